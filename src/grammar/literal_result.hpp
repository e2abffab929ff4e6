// What AnalyzeLiterals hands a search from the Info of a whole pattern: its literal sets, its
// endings (or last characters) and its first characters. Internal to src/grammar (literals.cpp).
#pragma once
#include <string>
#include <vector>

#include "grammar/literal_info.hpp"
#include "grammar/literals.hpp"

namespace gazette::literal_info {

/// The endings every match of the pattern INFO describes ends the text with: into ENDINGS where
/// all are strings, else (some are a class: \d or \s, its mark alone) their last characters into
/// LAST; neither where nothing is known.
void EndingsOf(const Info& info, std::vector<std::string>& endings, LastCharacters& last);

/// The literal sets of the pattern INFO describes: its required set first, then up to two more
/// its parts need, most selective first, none that a set chosen before implies.
std::vector<std::vector<std::string>> LiteralSetsOf(const Info& info);

/// The first characters of every match of the pattern INFO describes, sorted (empty: not known).
std::u32string StartsOf(const Info& info);

}  // namespace gazette::literal_info

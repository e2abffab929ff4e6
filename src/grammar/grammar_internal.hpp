// What grammar.cpp shares with the searches in search.cpp: finding a pattern by name and its
// literal prefilter.
#pragma once
#include <string_view>

#include "grammar/grammar.hpp"

namespace gazette::grammar_internal {

/// The pattern called NAME. Throws std::logic_error if no grammar defines it.
const GrammarPattern& Pattern(std::string_view name);

/// False if P's prefilter (its literals, its endings) rules out a match in TEXT from byte FROM on.
bool Admits(std::string_view text, size_t from, const CompiledPattern& p);

}  // namespace gazette::grammar_internal

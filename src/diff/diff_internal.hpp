// Internals shared by src/diff/*.cpp (not a public interface).
#pragma once
#include <set>
#include <string>

#include "diff/diff.hpp"

namespace gazette::diff {

/// The Latin acronyms of a certificate name (CFA, CDCS, FIA and FFA of FIA/FFA): runs of ASCII
/// letters and digits in its CompareForm with at least two letters, all upper case, and not a
/// Roman numeral (II, III).
std::set<std::string> Acronyms(const std::string& name);

/// The key names are matched on: MatchForm without its acronyms (and the brackets they leave
/// empty), then "|" and the acronyms sorted, so that CFA 特许金融分析师 and 特许金融分析师(CFA)
/// are one name.
std::string NameKey(const std::string& name);

/// When X and Y (FIELD of E's old and new side) differ in CompareForm, adds FIELD to E's fields
/// and its character diff to E's diffs; returns whether they differ.
bool AddFieldDiff(DiffEntry& e, const std::string& field, const std::string& x, const std::string& y);

/// A DocumentDiff of WHAT with the two documents' ids, titles and sources, and no entries.
DocumentDiff DiffHeader(const SourcedDocument& old_doc, const SourcedDocument& new_doc, Compared what);

}  // namespace gazette::diff

// Internals of the references extractor: lists of documents printed as tables.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "extract/references.hpp"

namespace gazette::refs {

/// The list being read: its name and 文号 columns and what it does to the listed documents.
struct ListTable {
  int name_col = -1;
  int docno_col = -1;
  Relation relation = Relation::kCites;
};

/// The relation a caption gives the documents listed under it (废止失效 → repeals, 继续有效 →
/// cites, 修改 → amends), or nullopt if it names none.
std::optional<Relation> ListRelation(const std::string& text);

/// Reads body line AT of DOC, a tab-separated line: a header of a list of documents (starts
/// TABLE), or a row of the list TABLE (appends its citation to OUT). False when the line is
/// neither, so the caller reads it as text.
bool ReadListRow(const Document& doc, size_t at, ListTable& table, std::vector<Reference>& out);

}  // namespace gazette::refs

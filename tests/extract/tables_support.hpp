// Helpers of the table tests (tables_test.cpp, tables_repair_test.cpp): documents cut from the
// samples by printed line range or made from a text, and the rows and cells of their tables.
#pragma once
#include <string>
#include <vector>

#include "extract/tables.hpp"
#include "model/issue.hpp"
#include "pipeline/pipeline.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"

namespace gazette::table_tests {

/// The bytes of REL, a file under the source tree.
inline std::string ReadFile(const std::string& rel) { return testing::ReadBytes(testing::Path(rel)); }

/// The body of a document: the normalized lines of REL printed within [FIRST, LAST].
inline Document DocFromLines(const std::string& rel, int first, int last) {
  Document d;
  for (auto& l : Normalize(ReadFile(rel), rel).lines)
    if (l.line >= first && l.last_line <= last) d.body.push_back(l);
  d.tables = ExtractTables(d);
  return d;
}

/// A document whose body is TEXT normalized, its tables extracted.
inline Document DocFromText(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  d.tables = ExtractTables(d);
  return d;
}

/// The value of cell KEY of row R ("<no KEY>" when it has none).
inline std::string Cell(const TableRow& r, const std::string& key) {
  for (const auto& [k, v] : r.cells)
    if (k == key) return v;
  return "<no " + key + ">";
}

/// The row of T printed at LINE, or null.
inline const TableRow* RowAt(const Table& t, int line) {
  for (const auto& s : t.sections)
    for (const auto& r : s.rows)
      if (r.line == line) return &r;
  return nullptr;
}

/// The number of rows of T over its sections.
inline int Rows(const Table& t) {
  int n = 0;
  for (const auto& s : t.sections) n += static_cast<int>(s.rows.size());
  return n;
}

/// The kinds of F, in order.
inline std::vector<std::string> Kinds(const std::vector<Finding>& f) {
  std::vector<std::string> k;
  for (const auto& x : f) k.push_back(x.kind);
  return k;
}

}  // namespace gazette::table_tests

// CheckTables: declared versus found counts and the 序号 backbone of each table.
#include <sstream>

#include "extract/tables.hpp"
#include "util/text.hpp"

namespace gazette {

int ItemRows(const TableSection& section) {
  int n = 0;
  for (const auto& r : section.rows) n += !r.filled && !r.total;
  return n;
}

int ItemRows(const Table& table) {
  int n = 0;
  for (const auto& s : table.sections) n += ItemRows(s);
  return n;
}

namespace {

std::string Name(const Table& t) {
  std::string name = "table " + std::to_string(t.index + 1);
  if (!t.title.empty()) name += " (" + t.title + ")";
  return name;
}

std::string SectionName(const Table& t, const TableSection& s) {
  return s.title.empty() ? Name(t) : Name(t) + " section " + s.title;
}

struct Checker {
  const std::string& source;
  std::vector<Finding>& out;
  void Add(int line, const char* kind, const std::string& message) { out.push_back({source, line, kind, message}); }

  /// WHAT names the declared count, with %d where the number goes.
  void Count(int line, const std::string& what, int declared, int found, const std::string& where) {
    if (declared < 0 || declared == found) return;
    std::string said = what;
    said.replace(said.find("%d"), 2, std::to_string(declared));
    Add(line, "count-mismatch", where + ": " + said + ", " + std::to_string(found) + " rows found");
  }

  /// 序号 of SECTION in order: each is the one before plus one; the first is 1 or carries on
  /// from the section before (PREV).
  void Sequence(const Table& t, const TableSection& s, int* prev) {
    int last = 0;
    std::string last_seq;
    bool first = true;
    for (const auto& r : s.rows) {
      if (r.filled || r.total) continue;
      if (r.seq.empty()) {
        Add(r.line, "seq-missing", SectionName(t, s) + ": row without 序号 after 序号 " + (last_seq.empty() ? "(none)" : last_seq));
        continue;
      }
      if (r.seq_num <= 0) continue;  // a 序号 this build cannot read as a number
      int n = r.seq_num;
      if (first) {
        if (n != 1 && n != *prev + 1)
          Add(r.line, "seq-gap", SectionName(t, s) + ": 序号 starts at " + r.seq + ", expected 1" +
                                     (*prev ? " or " + std::to_string(*prev + 1) : ""));
      } else if (n == last) {
        Add(r.line, "seq-repeat", SectionName(t, s) + ": 序号 " + r.seq + " printed twice");
      } else if (n > last + 1) {
        std::string missing = n == last + 2 ? std::to_string(last + 1)
                                            : std::to_string(last + 1) + "-" + std::to_string(n - 1);
        Add(r.line, "seq-gap", SectionName(t, s) + ": 序号 jumps from " + last_seq + " to " + r.seq + " (" + missing + " missing)");
      } else if (n < last) {
        Add(r.line, "seq-order", SectionName(t, s) + ": 序号 goes back from " + last_seq + " to " + r.seq);
      }
      first = false;
      last = n;
      last_seq = r.seq;
    }
    if (!first) *prev = last;
  }

  void Table(const gazette::Table& t) {
    bool numbered = false;
    for (const auto& s : t.sections)
      for (const auto& r : s.rows) numbered |= !r.total && !r.seq.empty();  // a 合计 row's seq is its label
    int total = 0, prev = 0;
    for (const auto& s : t.sections) {
      total += ItemRows(s);
      Count(s.line, "declared %d", s.declared, ItemRows(s), SectionName(t, s));
      if (numbered) Sequence(t, s, &prev);
      for (const auto& r : s.rows)
        for (const auto& repair : r.repairs)
          if (repair.find("padded") != std::string::npos) Add(r.line, "row-cells", SectionName(t, s) + ": " + repair);
    }
    Count(t.declared_total_line, "total declared %d", t.declared_total, total, Name(t));
    Count(t.total_row_line, "合计 row declares %d", t.total_row_count, total, Name(t));
    Count(t.stated_line, "the notice states %d (" + t.stated_text + ")", t.stated, total, Name(t));
  }
};

}  // namespace

std::vector<Finding> CheckTables(const Document& doc, const std::string& source) {
  std::vector<Finding> out;
  Checker checker{source, out};
  for (const auto& t : doc.tables) checker.Table(t);
  return out;
}

std::vector<std::string> TableCellKeys(const Table& t) {
  std::vector<std::string> keys;
  for (size_t k = 0; k < t.keys.size(); ++k) {
    ColumnType type = k < t.types.size() ? t.types[k] : ColumnType::kText;
    if (type == ColumnType::kSeq) continue;
    keys.push_back(t.keys[k]);
    if (type == ColumnType::kBilingual) keys.push_back(t.keys[k] + "_zh"), keys.push_back(t.keys[k] + "_en");
  }
  return keys;
}

}  // namespace gazette

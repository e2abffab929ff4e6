// From raw rows to TableRow records: shape repaired, cells cleaned and keyed, 序号 read.
#include <algorithm>

#include "extract/tables_internal.hpp"
#include "util/numerals.hpp"
#include "grammar/grammar.hpp"
#include "util/number.hpp"
#include "util/text.hpp"

namespace gazette::tables {
namespace {

const std::string kBlank;  ///< the cell of a row too short for a column

/// Cleaned, keyed cells of RAW; a bilingual column adds KEY_zh and KEY_en after KEY; the 序号
/// column is left out (it is the row's seq).
std::vector<std::pair<std::string, std::string>> KeyedCells(const RawRow& raw, const FittedSchema& schema,
                                                            int seq_col, CellCleaner& clean) {
  std::vector<std::pair<std::string, std::string>> cells;
  size_t n = 0;  // room for them all at once (a bilingual column takes three)
  for (const Column& c : schema.columns) n += c.type == ColumnType::kBilingual ? 3 : 1;
  cells.reserve(n);
  for (size_t k = 0; k < schema.columns.size(); ++k) {
    if (static_cast<int>(k) == seq_col) continue;
    const Column& c = schema.columns[k];
    // A reference to the cell or to one empty string (a ternary with std::string() copied the cell).
    const std::string& value = k < raw.cells.size() ? raw.cells[k] : kBlank;
    cells.emplace_back(c.key, clean(value, c.type));
    if (c.type == ColumnType::kBilingual) {
      const Bilingual& b = clean.Split(value);
      cells.emplace_back(c.key + "_zh", b.zh);
      cells.emplace_back(c.key + "_en", b.en);
    }
  }
  return cells;
}

/// True when every numbered row's first cell starts with an item label ((一), 一、, 1.).
bool LabelledFirstColumn(const std::vector<std::vector<RawRow>>& rows, CellCleaner& clean) {
  int n = 0;
  for (const auto& section : rows)
    for (const auto& r : section) {
      if (r.filled) continue;
      Match m;
      const std::string& first = r.cells.empty() ? kBlank : clean(r.cells[0], ColumnType::kText);
      if (!RxSearch(first, "table_row_label", m)) return false;
      ++n;
    }
  return n > 0;
}

// True when TEXT is a number in ASCII digits alone (a column of amounts: 12, 8).
bool IsAsciiNumber(std::string_view text) {
  text = TrimmedView(text);
  return !text.empty() && text.size() <= 12 && text.find_first_not_of("0123456789.") == std::string_view::npos;
}

// True if a row other than a total row holds, in column KEY, a count with its unit (12项): a 合计
// row's count there is that column's sum, not a count of the rows.
bool ColumnHoldsCounts(const Table& t, const std::string& key) {
  for (const auto& section : t.sections)
    for (const auto& row : section.rows) {
      if (row.total) continue;
      for (const auto& [column, text] : row.cells)
        if (column == key && (RxFull(text, "table_total_count"_rx) || IsAsciiNumber(text))) return true;  // 12人 or 12: a sum
    }
  return false;
}

// T's count from its 合计 row (合计 | 5件; TOTALS: where its total rows are, 小计 rows, which count a
// section, left out): a cell that is a count with its unit (table_total_count), in a column whose
// other rows hold no counts. The declared total when the caption prints none, else the row's own
// claim (total_row_count), which `check` compares too.
void TakeTotalRowCount(Table& t, const std::vector<std::pair<size_t, size_t>>& totals) {
  for (const auto& [section, index] : totals) {
    const TableRow& row = t.sections[section].rows[index];
    for (const auto& [key, text] : row.cells) {
      Match m;
      if (!RxFull(text, "table_total_count"_rx, m) || ColumnHoldsCounts(t, key)) continue;
      const int count = ParseChineseNumeral(GroupView(m, "count")).value_or(-1);  // 5 or 伍
      if (t.declared_total < 0) {
        t.declared_total = count;
        t.declared_total_line = row.line;
      } else {
        t.total_row_count = count;
        t.total_row_line = row.line;
      }
      return;
    }
  }
}

}  // namespace

bool ReadsTotal(const std::string& raw, CellCleaner& clean) {
  return RawMayReadTotal(raw) && RxFull(clean(raw, ColumnType::kText), "table_total_row");
}

std::string NormalizeCellText(const std::string& raw) { return CleanCell(raw, ColumnType::kText); }

Table FinishTable(Table t, std::vector<std::vector<RawRow>>& rows, const FittedSchema& schema, int seq_col) {
  std::vector<RawRow*> all;
  for (auto& section : rows)
    for (auto& r : section) all.push_back(&r);
  CellCleaner clean;
  RepairRows(all, schema.columns.size(), schema, clean);
  bool labelled = seq_col < 0 && LabelledFirstColumn(rows, clean);
  std::vector<std::pair<size_t, size_t>> totals;  // where the total rows are (not 小计): section, row
  for (size_t s = 0; s < rows.size() && s < t.sections.size(); ++s) {
    for (const auto& raw : rows[s]) {
      TableRow row;
      if (seq_col >= 0 && static_cast<size_t>(seq_col) < raw.cells.size()) {
        row.seq = clean(raw.cells[static_cast<size_t>(seq_col)], ColumnType::kSeq);
      } else if (labelled && !raw.cells.empty()) {
        Match m;
        std::string first = clean(raw.cells[0], ColumnType::kText);
        if (RxSearch(first, "table_row_label", m)) row.seq = m.str(1);
      }
      std::string ocr_repair;
      if (auto digits = SeqReadAsDigits(row.seq)) {  // 1O, l1: a 序号 OCR read letters in
        ocr_repair = "序号 " + row.seq + " read as " + *digits;
        row.seq = *digits;
      }
      row.seq_num = row.seq.empty() ? 0 : SeqNumber(row.seq);
      row.cells = KeyedCells(raw, schema, seq_col, clean);
      row.line = raw.line;
      row.last_line = raw.last_line;
      row.filled = raw.filled;
      bool subtotal = false;
      std::string label;  // what the total row says it is: 合计, 总计, 小计
      for (const auto& c : raw.cells) {  // the first filled cell says 合计: a total row
        if (TrimmedView(c).empty()) continue;
        row.total = ReadsTotal(c, clean);
        subtotal = row.total && RxFind(c, "table_subtotal"_rx);
        if (row.total) label = StripSpaces(clean(c, ColumnType::kText));
        break;
      }
      // A total row's 序号 is its label (合计 in the 序号 column, or beside an empty one): a reader of
      // the rows tells it from an item (its count, 15件, had read as an item's title).
      if (row.total) row.filled = false, row.seq = label, row.seq_num = 0;
      if (row.total && !subtotal) totals.emplace_back(s, t.sections[s].rows.size());
      // A 合计 row is a count, not an entry: its width short of the columns is as printed.
      if (!row.total) row.repairs = raw.repairs;
      if (!ocr_repair.empty()) row.repairs.push_back(std::move(ocr_repair));
      t.last_line = std::max(t.last_line, raw.last_line);
      t.sections[s].rows.push_back(std::move(row));
    }
  }
  TakeTotalRowCount(t, totals);
  return t;
}

}  // namespace gazette::tables

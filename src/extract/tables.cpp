// Catalog tables: tab-separated rows under a header row. A table runs on across page breaks
// (a repeated header row, furniture already dropped by the normalizer) and section titles
// ((二)境外职业资格清单(129项)); it ends at a different header, an attachment label, a heading,
// or prose. Rows are assembled from pieces (wrapped cells, merged cells continued on the next
// page, sub-rows with a blank 序号), repaired (tables_repair.cpp), then cleaned by type.
#include "extract/tables.hpp"

#include <algorithm>

#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/numerals.hpp"
#include "normalize/normalizer.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"
#include "util/number.hpp"

namespace gazette {
namespace {

using tables::RawRow;

/// A line that may belong to a table: a tab-separated row that is not a contents entry. CELLS,
/// when given, receives the row's cells (SplitCells) for a caller that reads them next.
bool IsTableLine(const TextLine& l, std::vector<std::string>* cells = nullptr) {
  if (!l.has_tab || RxFind(l.inline_text, "table_contents_line"_rx)) return false;
  std::vector<std::string> split = tables::SplitCells(l);
  int filled = 0;
  for (const auto& c : split) filled += !c.empty();
  const bool row = filled >= 1 && split.size() >= 2;
  if (cells) *cells = std::move(split);
  return row;
}

/// KEYS (of a row's cells) without the blank cells that end the row.
std::vector<std::string> WithoutTrailingBlanks(std::vector<std::string> keys) {
  while (!keys.empty() && keys.back().empty()) keys.pop_back();
  return keys;
}

/// WithoutTrailingBlanks(KEYS) == HEADER, without the copy of KEYS.
bool SameWithoutTrailingBlanks(const std::vector<std::string>& keys, const std::vector<std::string>& header) {
  size_t n = keys.size();
  while (n > 0 && keys[n - 1].empty()) --n;
  return n == header.size() && std::equal(header.begin(), header.end(), keys.begin());
}

/// Reads every table of one document body.
class TableReader {
 public:
  explicit TableReader(const std::vector<TextLine>& body) : body_(body) {}

  std::vector<Table> ReadAll() {
    for (size_t i = 0; i < body_.size();) {
      if (IsTableLine(body_[i]) && LooksLikeHeader(i)) i = ReadTable(i);
      else ++i;
    }
    return std::move(tables_);
  }

  /// Body index where each table's header stands (parallel to the result of ReadAll).
  const std::vector<size_t>& starts() const { return starts_; }

 private:
  /// A header row: a known schema, or a first row followed by another row (under a section title
  /// or not), whose first cell is not a 序号 and whose cells are not sentences.
  bool LooksLikeHeader(size_t i) const {
    auto cells = tables::SplitCells(body_[i]);
    if (tables::IsKnownHeader(cells, keys_.Keys(cells))) return true;
    // The next row may stand under the first section's title ((一)决定取消的事项(2项)).
    size_t next = i + 1;
    tables::SectionLine section;
    if (next < body_.size() && tables::ParseSection(body_[next], &section)) ++next;
    if (next >= body_.size() || !IsTableLine(body_[next]) || tables::IsSeqKey(keys_(cells[0]))) return false;
    int named = 0;
    for (const auto& c : cells) {
      if (RxFind(c, "table_cell_closed") && EndsWith(c, "。")) return false;
      named += !c.empty();
    }
    return named >= 2;
  }

  size_t ReadTable(size_t h);
  void LookBack(size_t h, Table& t, tables::SectionLine* first_section) const;
  /// Takes L, the line under the table's last row, for its declared total when it is one (共5件,
  /// (共计149项)) and the table has none above it; true if it was.
  bool TakeTotalBelow(const TextLine& l);
  bool NextLineContinues(size_t i) const;
  /// True when the body line after L (a table line) is a table line with a blank first cell too.
  bool NextLineIsPiece(const TextLine& l) const {
    const size_t next = static_cast<size_t>(&l - body_.data()) + 1;
    return next < body_.size() && tables::OpensWithBlankCell(body_[next]);
  }
  bool TrailingWrap(const TextLine& l) const;
  void AddPiece(std::vector<std::string> cells, const std::vector<std::string>& keys, const TextLine& l);
  void AddWrappedLine(const TextLine& l);
  size_t DocnoCutBy(const RawRow& last, std::string_view piece) const;
  void StartSection(const tables::SectionLine& s);
  Table Finish() { return tables::FinishTable(std::move(table_), rows_, schema_, seq_col_); }

  const std::vector<TextLine>& body_;
  std::vector<Table> tables_;
  std::vector<size_t> starts_;
  size_t last_end_ = 0;
  mutable tables::HeaderKeyMemo keys_;  // the HeaderKey of each distinct cell of the document's rows
  // The table being read.
  Table table_;
  tables::FittedSchema schema_;
  std::vector<std::string> header_keys_;
  std::vector<std::string> row_keys_;  // the keys of the row being read: one buffer, its strings reused
  std::vector<std::vector<RawRow>> rows_;  // per section
  int seq_col_ = -1;
};

void TableReader::StartSection(const tables::SectionLine& s) {
  // A title before any row replaces the untitled first section.
  if (!table_.sections.empty() && table_.sections.back().title.empty() && rows_.back().empty()) {
    table_.sections.back() = {s.title, s.declared, s.line, {}};
    return;
  }
  table_.sections.push_back({s.title, s.declared, s.line, {}});
  rows_.emplace_back();
}

bool TableReader::TakeTotalBelow(const TextLine& l) {
  Match m;
  if (table_.declared_total >= 0 || l.has_tab || !RxFull(l.text, "table_total", m)) return false;
  table_.declared_total = ParseChineseNumeral(GroupView(m, "count")).value_or(-1);
  table_.declared_total_line = l.line;
  return true;
}

void TableReader::LookBack(size_t h, Table& t, tables::SectionLine* first_section) const {
  std::vector<std::string> caption;
  size_t floor = h > 8 ? h - 8 : 0;
  if (floor < last_end_) floor = last_end_;
  for (size_t j = h; j-- > floor;) {
    const TextLine& l = body_[j];
    Match m;
    tables::SectionLine s;
    if (l.has_tab) break;
    if (RxFull(l.text, "table_total", m)) {
      t.declared_total = ParseChineseNumeral(GroupView(m, "count")).value_or(-1);
      t.declared_total_line = l.line;
    } else if (first_section->line == 0 && caption.empty() && tables::ParseSection(l, &s)) {
      *first_section = s;
    } else if (caption.empty() && tables::ParseSection(l, &s)) {
      // A part over the first section (一、市政府规章(5件) over (一)废止的规章(3件), as clean-up lists
      // of 规章 and 规范性文件 print them): the caption and the table's total are above it.
      continue;
    } else if (RxFind(l.text, "table_breaker") || OpensUnit(l.text) ||
               EndsWith(l.text, "。") || EndsWith(l.text, ":") || EndsWith(l.text, ";") || caption.size() >= 3) {
      break;
    } else if (!(StartsWith(l.text, "(") && EndsWith(l.text, ")"))) {  // (标注√为可申报项目) is a note
      caption.insert(caption.begin(), l.text);
      if (t.declared_total < 0 && RxSearch(l.text, "table_caption_count"_rx, m)) {  // …目录(5件)
        t.declared_total = ParseChineseNumeral(GroupView(m, "count")).value_or(-1);
        t.declared_total_line = l.line;
      }
    }
  }
  t.title = Join(caption, "");
}

/// True when the next table line after I (within three lines of text that do not end the table)
/// continues this table: a row or a repeated header.
bool TableReader::NextLineContinues(size_t i) const {
  for (size_t j = i + 1; j < body_.size() && j <= i + 3; ++j) {
    const TextLine& l = body_[j];
    tables::SectionLine s;
    if (!l.has_tab) {
      if (l.heading || RxFind(l.text, "table_breaker") || tables::ParseSection(l, &s)) return false;
      continue;
    }
    if (!IsTableLine(l)) return false;
    return SameWithoutTrailingBlanks(keys_.Keys(tables::SplitCells(l)), header_keys_) || !LooksLikeHeader(j);
  }
  return false;
}

/// A line of text right after the table's last row that finishes that row's last cell: the
/// cell is unfinished where that column's cells usually end a sentence, and the line ends one.
bool TableReader::TrailingWrap(const TextLine& l) const {
  const RawRow* last = rows_.back().empty() ? nullptr : &rows_.back().back();
  if (!last || l.heading || RxFind(l.text, "table_breaker") || OpensUnit(l.text) ||
      CodePointCount(l.text) > 80 || !RxFind(l.text, "table_cell_closed"))
    return false;
  size_t col = last->cells.size();
  while (col > 0 && last->cells[col - 1].empty()) --col;
  if (col == 0 || RxFind(Trim(last->cells[col - 1]), "table_cell_closed")) return false;
  int closed = 0, total = 0;
  for (const auto& section : rows_)
    for (const auto& r : section)
      if (r.cells.size() >= col && !r.cells[col - 1].empty())
        ++total, closed += RxFind(Trim(r.cells[col - 1]), "table_cell_closed");
  return total >= 2 && 2 * closed >= total;
}

/// The column (1-based) of LAST's 文号 cell that PIECE, a wrapped line, completes (京测发 /
/// 〔2002〕2号: neither is a 文号, the two are); 0 if none.
size_t TableReader::DocnoCutBy(const RawRow& last, std::string_view piece) const {
  for (size_t k = 0; k < last.cells.size() && k < schema_.columns.size(); ++k) {
    if (schema_.columns[k].type == ColumnType::kDocno && tables::CompletesDocno(last.cells[k], piece)) return k + 1;
  }
  return 0;
}

void TableReader::AddWrappedLine(const TextLine& l) {
  if (rows_.back().empty()) return;
  RawRow& last = rows_.back().back();
  size_t col = last.cells.size();  // a cut row: the line goes on with its last cell
  const size_t docno = col >= header_keys_.size() ? DocnoCutBy(last, l.inline_text) : 0;
  if (docno > 0) {
    col = docno;  // the rest of a 文号 cut by the wrap
  } else if (col >= header_keys_.size()) {
    // A complete row: the wrapped text belongs to a text column, the one left open if any,
    // else the last filled one (never to a 序号, 文号 or code column).
    size_t open = 0, text = 0;
    for (size_t k = 0; k < last.cells.size() && k < schema_.columns.size(); ++k) {
      ColumnType type = schema_.columns[k].type;
      if (last.cells[k].empty() || type == ColumnType::kSeq || type == ColumnType::kDocno || type == ColumnType::kCode)
        continue;
      text = k + 1;
      if (tables::Unbalanced(NormalizeText(last.cells[k]))) open = k + 1;
    }
    col = open ? open : text ? text : col;
  }
  last.cells[col - 1] = tables::JoinWrapped(last.cells[col - 1], l.inline_text);
  last.last_line = l.line;
  last.repairs.push_back("line " + std::to_string(l.line) + " (no tab) continues the cell of column " +
                         std::to_string(col));
}

// KEYS are the HeaderKeys of CELLS (the loop compared them with the header's): the 序号 test reads
// its cell's key instead of normalizing the cell again.
void TableReader::AddPiece(std::vector<std::string> cells, const std::vector<std::string>& keys, const TextLine& l) {
  auto& rows = rows_.back();
  size_t ncols = table_.keys.size();
  RawRow* last = rows.empty() ? nullptr : &rows.back();
  size_t sc = static_cast<size_t>(seq_col_);
  bool new_row = seq_col_ >= 0 ? sc < keys.size() && (tables::IsSeqKey(keys[sc]) || tables::SeqReadAsDigits(keys[sc]))
                               : !cells[0].empty() && (!last || last->cells.size() >= ncols);
  Match m;
  if (!new_row && seq_col_ == 0 && cells.size() + 1 == ncols && RxFull(cells[0], "table_seq_prefix", m)) {
    // A 序号 run together with the next cell ("24 财务和运营应用…"): the row is one cell short.
    std::string rest = Group(m, "rest");
    cells[0] = Group(m, "seq");
    cells.insert(cells.begin() + 1, rest);
    rows.push_back({std::move(cells), l.line, l.line, false, {"序号 run together with column 2 split"}});
    return;
  }
  for (size_t k = 0; k < cells.size(); ++k) {  // a 合计 row stands on its own (FinishTable marks it)
    if (cells[k].empty()) continue;
    new_row |= tables::IsTotalCell(cells[k], keys[k]);
    break;
  }
  if (new_row || !last) {
    rows.push_back({std::move(cells), l.line, l.line, false, {}});
    return;
  }
  if (seq_col_ == 0 && tables::ContinuesColumnByColumn(*last, cells, ncols, !NextLineIsPiece(l))) {
    tables::JoinColumnByColumn(*last, cells, l.line);
    return;
  }
  std::string where = "line " + std::to_string(l.line);
  if (last->cells.size() < ncols) {  // the row above was cut: its last cell wraps onto this line
    last->cells.back() = tables::JoinWrapped(last->cells.back(), cells[0]);
    last->cells.insert(last->cells.end(), cells.begin() + 1, cells.end());
    last->last_line = l.line;
    last->repairs.push_back(where + " continues the row (a cell wrapped)");
    return;
  }
  std::vector<size_t> filled;
  for (size_t k = 0; k < cells.size(); ++k)
    if (!cells[k].empty()) filled.push_back(k);
  if (filled.size() == 1) {  // one cell continued (a merged cell across a page break)
    size_t k = filled[0];
    RawRow* target = last;
    for (auto r = rows.rbegin(); r != rows.rend(); ++r) {
      if (k < r->cells.size() && !r->cells[k].empty()) { target = &*r; break; }
      if (!r->filled) break;  // stay within the numbered row's group
    }
    if (target->cells.size() <= k) target->cells.resize(k + 1);
    target->cells[k] = tables::JoinWrapped(target->cells[k], cells[k]);
    target->last_line = l.line;
    target->repairs.push_back(where + " continues the cell of column " + std::to_string(k + 1));
    return;
  }
  RawRow sub{std::move(cells), l.line, l.line, true, {}};
  for (size_t k = 0; k < filled.front() && k < last->cells.size(); ++k) sub.cells[k] = last->cells[k];
  rows.push_back(std::move(sub));
}

size_t TableReader::ReadTable(size_t h) {
  table_ = Table{};
  rows_.assign(1, {});
  auto header = tables::SplitCells(body_[h]);
  while (header.size() > 1 && header.back().empty()) header.pop_back();
  schema_ = tables::FitSchema(header);
  header_keys_ = WithoutTrailingBlanks(keys_.Keys(header));
  seq_col_ = -1;
  for (size_t k = 0; k < schema_.columns.size(); ++k) {
    table_.headers.push_back(tables::CleanCell(header[k], ColumnType::kText));
    table_.keys.push_back(schema_.columns[k].key);
    table_.types.push_back(schema_.columns[k].type);
    if (schema_.columns[k].type == ColumnType::kSeq && seq_col_ < 0) seq_col_ = static_cast<int>(k);
  }
  table_.schema = schema_.name;
  table_.line = body_[h].line;
  table_.sections.push_back({});
  tables::SectionLine first;
  LookBack(h, table_, &first);
  if (first.line) StartSection(first);

  tables::SectionLine pending;
  size_t i = h + 1;
  for (; i < body_.size(); ++i) {
    const TextLine& l = body_[i];
    std::vector<std::string> cells;
    if (IsTableLine(l, &cells)) {  // its cells split once, not again here
      keys_.KeysInto(cells, row_keys_);
      const std::vector<std::string>& keys = row_keys_;
      bool repeated = SameWithoutTrailingBlanks(keys, header_keys_);
      bool known = !repeated && tables::IsKnownHeader(cells, keys);  // a known header looks like one
      if (repeated || (known && tables::FitSchema(cells).name == schema_.name)) {
        // a header repeated after a page break, or a section's own header
        if (pending.line) StartSection(pending), pending = {};
        continue;
      }
      if (known) break;  // another table
      tables::SectionLine grid;
      if (tables::ParseGridSection(cells, l.line, &grid)) {  // \t二、市政府办公厅文件\t\t: a section, not a row
        pending = grid;
        continue;
      }
      if (pending.line) StartSection(pending), pending = {};
      auto second = tables::SecondRowOnLine(cells, header_keys_.size(), seq_col_);
      if (second) keys_.KeysInto(cells, row_keys_);  // the first row's, cut
      AddPiece(std::move(cells), row_keys_, l);
      if (second) {  // two rows on one line: the second after the first
        keys_.KeysInto(*second, row_keys_);
        AddPiece(std::move(*second), row_keys_, l);
        rows_.back().back().repairs.push_back("a second row on line " + std::to_string(l.line) + " split from the first");
      }
      continue;
    }
    if (RxFull(l.text, "table_furniture")) continue;  // a running head left by a page break
    tables::SectionLine s;
    if (tables::ParseSection(l, &s) && (s.declared >= 0 || NextLineContinues(i))) {
      pending = s;
      continue;
    }
    if (l.heading || RxFind(l.text, "table_breaker")) break;
    if (RxFull(l.text, "table_total")) break;  // 共计7家: the total under the last row (TakeTotalBelow), never a wrap
    if (auto spaced = pending.line ? std::nullopt
                                   : tables::SpacedRow(l.inline_text, rows_.back().empty() ? nullptr : &rows_.back().back(),
                                                       schema_, seq_col_, header_keys_.size())) {
      keys_.KeysInto(*spaced, row_keys_);
      AddPiece(std::move(*spaced), row_keys_, l);  // a row printed with spaces where tabs should be
      continue;
    }
    if (!pending.line && (NextLineContinues(i) || TrailingWrap(l))) {
      AddWrappedLine(l);
      continue;
    }
    break;
  }
  if (i < body_.size() && TakeTotalBelow(body_[i])) ++i;
  last_end_ = i;
  Table t = Finish();
  size_t rows = 0;
  for (const auto& s : t.sections) rows += s.rows.size();
  // Two tabbed lines of no known schema (issuers laid out side by side) are not a table.
  if (t.schema == "generic" && rows < 2) return i;
  starts_.push_back(h);
  t.index = static_cast<int>(tables_.size());
  tables_.push_back(std::move(t));
  return i;
}

}  // namespace

std::vector<Table> ExtractTables(const Document& doc) {
  TableReader reader(doc.body);
  std::vector<Table> tables = reader.ReadAll();
  // A count the notice states (废止失效57件) belongs to the table when the document has one.
  if (tables.size() == 1) tables::TakeStatedCount(doc, reader.starts()[0], tables[0]);
  return tables;
}

}  // namespace gazette

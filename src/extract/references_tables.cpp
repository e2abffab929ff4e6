// Lists of documents read from the rows the tables extractor repairs (references_lists.hpp).
#include <algorithm>
#include <string_view>

#include "extract/dates.hpp"  // ParsePrintedDate
#include "extract/references_lists.hpp"
#include "extract/tables.hpp"
#include "grammar/grammar.hpp"
#include "segment/docno.hpp"
#include "segment/header.hpp"
#include "util/text.hpp"

namespace gazette::refs {

const std::vector<Table>& RepairedTables::Get() {
  if (!doc_.tables.empty()) return doc_.tables;
  if (!own_) own_ = ExtractTables(doc_);
  return *own_;
}

namespace {

// The index of the first body line of DOC, from FROM on, that prints LINE or a line after it.
size_t BodyIndexOf(const Document& doc, size_t from, int line) {
  while (from < doc.body.size() && doc.body[from].last_line < line) ++from;
  return from;
}

// True when a caption of a list (ListRelation) stands on a line outside the table between body
// lines FROM and TO: the rows from TO on are another list's.
bool CaptionWithin(const Document& doc, size_t from, size_t to) {
  for (size_t i = from; i < to && i < doc.body.size(); ++i)
    if (!doc.body[i].has_tab && ListRelation(doc.body[i].text)) return true;
  return false;
}

// The cell of ROW of TABLE in header column COL, found by the column's key (a row's cells leave
// out its 序号); "" when the row has none.
const std::string& CellAt(const TableRow& row, const Table& table, int col) {
  static const std::string kNone;
  if (col < 0 || static_cast<size_t>(col) >= table.keys.size()) return kNone;
  const std::string& key = table.keys[static_cast<size_t>(col)];
  for (const auto& [k, cell] : row.cells)
    if (k == key) return cell;
  return kNone;
}

// True when a list's 备注 NOTE may decide its row: it says something, and not what was done before
// (refs_note_history, or opening with 原: 第五条已于2018年废止, 原文件自2016年1月1日起施行).
bool NoteDecides(const std::string& note) {
  return !note.empty() && !RxFind(note, "refs_note_history"_rx) && !StartsWith(note, "原");
}

// The relation ROW of TABLE gives its document by its own cells, when HEADER has a column for it:
// a review's outcome (处理意见: 废止 → repeals, 修改:… → amends, 继续有效 → cites, 有效期延长至… →
// extends, 已被…替代 → replaces; 拟修订, a plan, nothing), what of it is
// repealed (废止内容: 全文 → repeals, 第三条 → amends), or the outcome column it is marked in (√).
std::optional<Relation> RowRelation(const TableRow& row, const Table& table, const ListTable& header) {
  if (const std::string& outcome = CellAt(row, table, header.outcome_col); !outcome.empty()) {
    // What no caption says: 有效期延长至2018年12月31日 (no document named), 已被…替代.
    if (RxFind(outcome, "refs_extended_to"_rx)) return Relation::kExtends;
    if (RxFind(outcome, "refs_replace")) return Relation::kReplaces;
    if (std::optional<Relation> r = ListRelation(outcome)) return r;
  }
  // A 备注 extending the row, or naming the part a list repealing it repeals (第五条、第八条废止); not
  // one telling its history (第五条已于2018年废止, 有效期已延长至…,现已届满).
  if (const std::string& note = CellAt(row, table, header.note_col); NoteDecides(note)) {
    if (RxFind(note, "refs_extended_to"_rx)) return Relation::kExtends;
    if (RxFind(note, "refs_part_named") && ListRelation(note) == Relation::kRepeals) return Relation::kAmends;
  }
  if (const std::string& part = CellAt(row, table, header.part_col); !part.empty())
    return RxFull(StripSpaces(part), "refs_cell_whole"_rx) ? Relation::kRepeals : Relation::kAmends;
  for (const auto& [col, relation] : header.mark_cols)
    if (RxFull(StripSpaces(CellAt(row, table, col)), "refs_cell_mark"_rx)) return relation;
  return std::nullopt;
}

// The references ROW of TABLE, a list under HEADER, gives: one per number of its 文号 cell, the
// first with the row's title; none for a row with neither title nor 文号.
void AddRow(const TableRow& row, const Table& table, const ListTable& header, std::vector<Reference>& out) {
  const std::string& name = CellAt(row, table, header.name_col);
  const std::string& number = CellAt(row, table, header.docno_col);
  const std::vector<DocnoMatch> docnos = FindDocnos(number);
  if (name.empty() && docnos.empty()) return;
  Reference r = ListedReference(header, name, CellAt(row, table, header.end_col));
  if (std::optional<Relation> own = RowRelation(row, table, header); own && *own != r.type) {
    r.type = *own;  // the row's own outcome decides over the caption's
    if (r.type == Relation::kCites) r.date.reset();
  }
  // The outcome (or the 备注) may date the row too: 自2015年6月1日起停止执行, 有效期延长至2018年12月31日;
  // a column of the day it is repealed (废止时间: 2020年3月1日) does.
  if (const std::string& day = CellAt(row, table, header.day_col); !day.empty() && IsSupersession(r.type))
    if (std::optional<Date> own = ParsePrintedDate(day)) r.date = own;
  for (int col : {header.outcome_col, header.note_col}) {
    const std::string& outcome = CellAt(row, table, col);
    if (outcome.empty() || (col == header.note_col && (!NoteDecides(outcome) || (r.type != Relation::kExtends && !RxFind(outcome, "refs_repeal")))))
      continue;  // a 备注 dates a row when it extends it or states its repeal
    const std::optional<Date> own = r.type == Relation::kExtends ? ExtensionEndIn(outcome)
                                    : IsSupersession(r.type)     ? FromDate(outcome)
                                                                 : std::nullopt;
    if (own) {
      r.date = own;
      break;
    }
  }
  r.text = row.seq;  // the row as printed, its cells joined by spaces
  for (const auto& [key, cell] : row.cells)
    if (!cell.empty()) r.text += (r.text.empty() ? "" : " ") + cell;
  r.line = row.line;
  AddListed(std::move(r), number, docnos, out);
}

// A section title of the table that names what the list does to its rows (一、继续有效的规范性文件
// (4件), 二、予以废止的规范性文件, printed in the grid or above it): its relation for its rows; its
// day, else the caption's (CAPTION_DATE) for a relation that takes one.
void TakeSectionTitle(const std::string& title, const std::optional<Date>& caption_date, ListTable& table) {
  const std::optional<Relation> r = title.empty() ? std::nullopt : ListRelation(title);
  if (!r) return;
  table.relation = *r;
  const std::optional<Date> own = CaptionDate(*r, title);
  table.date = own ? own : (*r == Relation::kCites ? std::nullopt : caption_date);
}

}  // namespace

size_t ReadRepairedList(const Document& doc, size_t at, RepairedTables& tables, std::vector<Reference>& out) {
  const TextLine& line = doc.body[at];
  if (!RxMayMatch(line.inline_text, "refs_header_name_gate"_rx) || !RxMayMatch(line.inline_text, "refs_header_docno_gate"_rx))
    return std::string::npos;
  // Tables already read (xml, xlsx, check): no header to parse unless one of them starts here.
  auto starts_here = [&](const Table& t) { return t.line == line.line; };
  if (!doc.tables.empty() && std::none_of(doc.tables.begin(), doc.tables.end(), starts_here)) return std::string::npos;
  ListTable header;
  if (!ReadListHeader(ListCells(line), header)) return std::string::npos;
  const Table* table = nullptr;
  for (const auto& t : tables.Get())
    if (starts_here(t)) table = &t;
  ListTable repaired;
  if (!table || !ReadListHeader(table->headers, repaired)) return std::string::npos;
  TakeCaption(doc, at, repaired);
  const std::optional<Date> caption_date = repaired.date;
  size_t last = at;  // the body line of the row read last
  for (const auto& section : table->sections) {
    TakeSectionTitle(section.title, caption_date, repaired);
    for (const auto& row : section.rows) {
      if (row.total) continue;
      const size_t k = BodyIndexOf(doc, last, row.line);
      if (CaptionWithin(doc, last + 1, k)) TakeCaption(doc, k, repaired);
      AddRow(row, *table, repaired, out);
      last = k;
    }
  }
  return std::max(at, BodyIndexOf(doc, last, table->last_line));
}

namespace {

// True when a tab-separated cell of TEXT opens with a digit or 〔 and ends with 号 (1931号,
// 〔2007〕48号): the shape refs_cell_docno_tail then confirms.
bool CellLikeDocnoTail(std::string_view text) {
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = text.find('\t', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view cell = TrimmedView(text.substr(begin, end - begin));
    if (cell.ends_with("号") && (cell.starts_with("〔") || (!cell.empty() && cell[0] >= '0' && cell[0] <= '9'))) return true;
    begin = end + 1;
  }
  return false;
}

}  // namespace

void AddWrappedDocnos(const Document& doc, RepairedTables& tables, std::vector<Reference>& out) {
  // A cell that is a 文号's tail opens with a digit or 〔 and ends with 号: asked of such lines alone.
  auto holds_tail = [](const TextLine& l) {
    return l.has_tab && CellLikeDocnoTail(l.text) && RxFind(l.text, "refs_cell_docno_tail"_rx);
  };
  if (std::none_of(doc.body.begin(), doc.body.end(), holds_tail)) return;
  for (const Table& table : tables.Get())
    for (const auto& section : table.sections)
      for (const TableRow& row : section.rows) {
        if (row.last_line <= row.line) continue;  // one line: the line's own citations
        for (const auto& [key, cell] : row.cells)
          for (const DocnoMatch& d : FindDocnos(cell)) {
            auto cited_there = [&](const Reference& r) {
              return r.to == d.normalized && r.line >= row.line && r.line <= row.last_line;
            };
            if (std::any_of(out.begin(), out.end(), cited_there)) continue;
            Reference r;
            r.to = d.normalized;
            r.to_printed = cell.substr(d.begin, d.end - d.begin);
            r.text = row.seq;  // the row as printed, its cells joined by spaces
            for (const auto& [k, c] : row.cells)
              if (!c.empty()) r.text += (r.text.empty() ? "" : " ") + c;
            r.line = row.line;
            auto after = std::find_if(out.begin(), out.end(), [&](const Reference& o) { return o.line > row.line; });
            out.insert(after, std::move(r));
          }
      }
}

}  // namespace gazette::refs

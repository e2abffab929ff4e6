#include "export/xlsx_sheets.hpp"

#include <algorithm>

#include "export/xlsx_sort.hpp"
#include "extract/tables.hpp"
#include "pipeline/check.hpp"
#include "xref/corpus.hpp"
#include "util/text.hpp"
#include "util/number.hpp"

namespace gazette::xlsx {
namespace {

using Row = std::vector<SheetCell>;

SheetCell Text(std::string s) { return SheetCell::Text(std::move(s)); }

/// 2024年第38期, or the issue's short name when the masthead was not found.
std::string IssueLabel(const Issue& issue) {
  if (issue.header.year <= 0 || issue.header.number <= 0) return issue.name;
  return std::to_string(issue.header.year) + "年第" + std::to_string(issue.header.number) + "期";
}

/// The 文号, or the document's id when it has none.
std::string DocnoOrId(const Document& doc) { return doc.docno.empty() ? doc.id : doc.docno; }

/// A number cell for a positive N, else an empty text cell.
SheetCell CountCell(int n) { return n > 0 ? SheetCell::Number(n) : Text(""); }

/// 序号 as a number when it is one (so it sorts and filters as a number), else as printed.
SheetCell SeqCell(const std::string& seq) {
  bool digits = !seq.empty() && seq.size() <= 9 &&
                std::all_of(seq.begin(), seq.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits && ParseDecimal(seq) ? SheetCell::Number(*ParseDecimal(seq)) : Text(seq);
}

/// The columns of a table sheet: 序号 (from TableRow::seq) when the table numbers its rows, then
/// the cell keys (a bilingual column as printed, then its Chinese and English parts).
struct TableColumns {
  bool seq = false;
  std::vector<std::string> keys;
  std::vector<std::string> headers;
};

/// The printed header of KEY in TABLE ("issuer_zh" → the issuer column's header + " (中文)").
std::string HeaderOf(const Table& table, const std::string& key) {
  auto header = [&table](const std::string& k) -> std::string {
    for (size_t i = 0; i < table.keys.size(); ++i)
      if (table.keys[i] == k) return i < table.headers.size() && !Trim(table.headers[i]).empty() ? table.headers[i] : k;
    return "";
  };
  std::string h = header(key);
  if (!h.empty()) return h;
  if (EndsWith(key, "_zh") && !(h = header(key.substr(0, key.size() - 3))).empty()) return h + " (中文)";
  if (EndsWith(key, "_en") && !(h = header(key.substr(0, key.size() - 3))).empty()) return h + " (English)";
  return key;
}

TableColumns ColumnsOf(const Table& table) {
  TableColumns c;
  for (const auto& k : table.keys) c.seq = c.seq || k == "seq";
  for (const auto& s : table.sections)
    for (const auto& r : s.rows) c.seq = c.seq || !r.seq.empty();
  if (c.seq) c.headers.push_back("序号");
  c.keys = TableCellKeys(table);
  if (c.keys.empty())  // no schema: the keys of the first row that has cells
    for (const auto& s : table.sections)
      for (const auto& r : s.rows)
        if (c.keys.empty())
          for (const auto& [k, v] : r.cells) c.keys.push_back(k);
  for (const auto& k : c.keys) c.headers.push_back(HeaderOf(table, k));
  return c;
}

/// The cell of ROW under KEY, or "".
std::string CellOf(const TableRow& row, const std::string& key) {
  for (const auto& [k, v] : row.cells)
    if (k == key) return v;
  return "";
}

Row TableRowCells(const TableRow& row, const TableColumns& cols, const Issue& issue, const Document& doc) {
  Row out;
  if (cols.seq) out.push_back(SeqCell(row.seq));
  for (const auto& key : cols.keys) out.push_back(Text(CellOf(row, key)));
  out.push_back(Text(DocnoOrId(doc)));
  out.push_back(Text(SourceLine(issue.source, row.line)));
  out.push_back(Text(Join(row.repairs, "; ")));
  return out;
}

/// Rows that count as items: not the sub-rows filled from a merged 序号 cell.
size_t ItemCount(const TableSection& section) {
  return size_t(std::count_if(section.rows.begin(), section.rows.end(), [](const TableRow& r) { return !r.filled; }));
}

/// "声明 8 项, 找到 8 项 (declared 8, found 8)", MISMATCH marked; "未声明" when nothing is printed.
std::string CountText(int declared, size_t found) {
  std::string f = std::to_string(found);
  if (declared < 0) return "未声明, 找到 " + f + " 项 (no count printed, found " + f + ")";
  std::string d = std::to_string(declared);
  std::string text = "声明 " + d + " 项, 找到 " + f + " 项 (declared " + d + ", found " + f + ")";
  return size_t(declared) == found ? text : text + " 不符 MISMATCH";
}

/// The note above a table section's header: issue, 文号, captions, then the counts printed for
/// the section, for the whole table (共计 N 项) and in the notice text (废止失效 N 件), each with
/// the rows found, and where the section starts.
std::string TableNote(const Issue& issue, const Document& doc, const Table& table, const TableSection& section) {
  std::vector<std::string> parts = {IssueLabel(issue), DocnoOrId(doc)};
  if (!table.title.empty()) parts.push_back(table.title);
  if (!section.title.empty()) parts.push_back(section.title);
  size_t total = 0;
  for (const auto& s : table.sections) total += ItemCount(s);
  std::vector<std::string> counts;
  if (table.sections.size() > 1 || section.declared >= 0)
    counts.push_back("本节 section: " + CountText(section.declared, ItemCount(section)));
  if (table.sections.size() > 1 || section.declared < 0)
    counts.push_back("全表 table: " + CountText(table.declared_total, total));
  if (table.stated >= 0)
    counts.push_back("正文 text (" + SourceLine(issue.source, table.stated_line) + "): " +
                     CountText(table.stated, total));
  return Join(parts, " ") + ": " + Join(counts, "; ") + " — " +
         SourceLine(issue.source, section.line ? section.line : table.line);
}

/// What a table sheet is named after: the section's title, else the table's caption, else the
/// title the document issues (关于印发《X》的通知 → X), else the document's title.
std::string TableSheetName(const Document& doc, const Table& table, const TableSection& section) {
  if (!Trim(section.title).empty()) return section.title;
  if (!Trim(table.title).empty()) return table.title;
  size_t open = doc.title.find("《");
  size_t close = doc.title.rfind("》");
  if (open != std::string::npos && close != std::string::npos && close > open)
    return doc.title.substr(open + std::string("《").size(), close - open - std::string("《").size());
  return doc.title;
}

SheetData TableSectionSheet(const Issue& issue, const Document& doc, const Table& table, const TableSection& section,
                            const TableColumns& cols) {
  SheetData sheet;
  sheet.name = TableSheetName(doc, table, section);
  sheet.fallback_name = "表" + std::to_string(table.index + 1);
  sheet.note = TableNote(issue, doc, table, section);
  sheet.headers = cols.headers;
  for (const char* h : {"所属文件文号", "出处", "修复"}) sheet.headers.push_back(h);
  sheet.sort_column = cols.seq ? 1 : 0;
  if (cols.keys.empty()) sheet.sort_column = -1;
  for (const auto& row : section.rows) sheet.rows.push_back(TableRowCells(row, cols, issue, doc));
  sheet.empty_line = "(no rows found)";
  return sheet;
}

}  // namespace

std::string SourceLine(const std::string& source, int line) {
  return line > 0 ? source + ":" + std::to_string(line) : source;
}

SheetData DocumentsSheet(const std::vector<Issue>& issues, const Corpus& corpus) {
  SheetData sheet;
  sheet.name = "文件";
  sheet.headers = {"期号", "文号",     "标题", "英文标题", "发文机关", "文种", "成文日期",
                   "生效日期", "状态 (" + corpus.as_of() + ")", "状态依据", "出处"};
  sheet.sort_column = 2;
  for (const auto& issue : issues) {
    for (const auto& doc : issue.documents) {
      DocumentStatus status = corpus.Status(doc.id, corpus.as_of());
      const CorpusDocument* known = corpus.Find(doc.id);
      sheet.rows.push_back({Text(IssueLabel(issue)), Text(doc.docno), Text(doc.title), Text(doc.title_en),
                            Text(Join(doc.issuers, "、")), Text(doc.type), SheetCell::Date(doc.date),
                            SheetCell::Date(known ? known->effective : ""), Text(ToString(status.status)), Text(status.by),
                            Text(SourceLine(issue.source, doc.line))});
    }
  }
  sheet.empty_line = "(no documents found)";
  return sheet;
}

std::vector<SheetData> TableSheets(const std::vector<Issue>& issues) {
  std::vector<SheetData> sheets;
  for (const auto& issue : issues)
    for (const auto& doc : issue.documents)
      for (const auto& table : doc.tables) {
        TableColumns cols = ColumnsOf(table);
        for (const auto& section : table.sections)
          sheets.push_back(TableSectionSheet(issue, doc, table, section, cols));
      }
  return sheets;
}

SheetData DeadlinesSheet(const std::vector<Issue>& issues) {
  SheetData sheet;
  sheet.name = "期限";
  sheet.headers = {"期号", "文号", "文件标题", "类别", "日期", "时长", "单位", "起算", "本文件", "条文", "出处"};
  sheet.sort_column = 2;
  for (const auto& issue : issues)
    for (const auto& doc : issue.documents)
      for (const auto& d : doc.deadlines)
        sheet.rows.push_back({Text(IssueLabel(issue)), Text(DocnoOrId(doc)), Text(doc.title), Text(ToString(d.kind)),
                              SheetCell::Date(d.date), CountCell(d.amount), Text(ToString(d.unit)), Text(d.trigger),
                              Text(d.of_document ? "是" : "否"), Text(d.text), Text(SourceLine(issue.source, d.line))});
  sheet.empty_line = "(no deadlines found)";
  return sheet;
}

SheetData ReferencesSheet(const Corpus& corpus) {
  SheetData sheet;
  sheet.name = "引用";
  sheet.headers = {"被影响文件", "被影响文号", "类型", "影响文件", "影响文号", "日期", "证据", "出处", "在输入中"};
  sheet.sort_column = 0;
  for (const auto& r : corpus.references()) {
    const CorpusDocument* from = corpus.Find(r.from);
    const CorpusDocument* to = r.ref.resolved ? corpus.Find(r.ref.target_id) : nullptr;
    std::string title = to && to->printed ? to->title : r.ref.title;
    std::string docno = !r.ref.to.empty() ? r.ref.to : to ? to->docno : "";
    std::string date = from ? (!from->effective.empty() ? from->effective : from->date) : "";
    sheet.rows.push_back({Text(title), Text(docno), Text(ToString(r.ref.type)), Text(from ? from->title : r.from),
                          Text(from && !from->docno.empty() ? from->docno : r.from), SheetCell::Date(date),
                          Text(r.ref.text), Text(SourceLine(r.source, r.ref.line)),
                          Text(r.ref.resolved ? "是" : "否")});
  }
  sheet.empty_line = "(no references found)";
  return sheet;
}

SheetData FindingsSheet(const std::vector<Issue>& issues) {
  SheetData sheet;
  sheet.name = "检查";
  sheet.headers = {"文件", "行", "类别", "说明", "出处"};
  for (const auto& issue : issues)
    for (const auto& f : CheckIssue(issue)) {
      std::string source = f.source.empty() ? issue.source : f.source;
      sheet.rows.push_back({Text(source), CountCell(f.line), Text(f.kind), Text(f.message),
                            Text(SourceLine(source, f.line))});
    }
  sheet.empty_line = "未发现问题 (no findings)";
  return sheet;
}

std::vector<SheetData> PlanWorkbook(const std::vector<Issue>& issues, bool tables_only, bool sort_pinyin,
                                    const std::string& as_of) {
  std::vector<SheetData> sheets;
  Corpus corpus(as_of);
  if (!tables_only) {
    for (const auto& issue : issues) corpus.AddIssue(issue);
    sheets.push_back(DocumentsSheet(issues, corpus));
  }
  for (auto& s : TableSheets(issues)) sheets.push_back(std::move(s));
  if (tables_only && sheets.empty()) {
    SheetData none;
    none.name = "表格";
    none.empty_line = "(no catalog tables found)";
    sheets.push_back(std::move(none));
  }
  if (!tables_only) {
    sheets.push_back(DeadlinesSheet(issues));
    sheets.push_back(ReferencesSheet(corpus));
    sheets.push_back(FindingsSheet(issues));
  }
  if (sort_pinyin)
    for (auto& s : sheets) SortRowsPinyin(s);
  return sheets;
}

}  // namespace gazette::xlsx

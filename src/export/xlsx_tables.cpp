#include "export/xlsx_tables.hpp"

#include <algorithm>

#include "export/xlsx_cells.hpp"
#include "extract/tables.hpp"
#include "grammar/grammar.hpp"
#include "util/number.hpp"
#include "util/text.hpp"

namespace gazette::xlsx {
namespace {

/// A number cell for N ≥ 0, else an empty text cell.
SheetCell CountOrBlank(long n) { return n >= 0 ? SheetCell::Number(double(n)) : TextCell(""); }

/// 序号 as a number when it is one (so it sorts and filters as a number), else as printed.
SheetCell SeqCell(const std::string& seq) {
  bool digits = !seq.empty() && seq.size() <= 9 &&
                std::all_of(seq.begin(), seq.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits && ParseDecimal(seq) ? SheetCell::Number(*ParseDecimal(seq)) : TextCell(seq);
}

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

/// The cell keys of TABLE: its schema's, else those of the first row that has cells.
std::vector<std::string> KeysOf(const Table& table) {
  std::vector<std::string> keys = TableCellKeys(table);
  if (keys.empty())
    for (const auto& s : table.sections)
      for (const auto& r : s.rows)
        if (keys.empty())
          for (const auto& [k, v] : r.cells) keys.push_back(k);
  return keys;
}

/// True when TABLE numbers its rows (a 序号 column, or a row with a 序号).
bool NumbersRows(const Table& table) {
  bool seq = std::find(table.keys.begin(), table.keys.end(), "seq") != table.keys.end();
  for (const auto& s : table.sections)
    for (const auto& r : s.rows) seq = seq || !r.seq.empty();
  return seq;
}

/// The catalog title of a section: its title, else the table's caption without the total it ends
/// with (…目录清单(共计5项): the same catalog a year on prints another), else the title the document
/// issues (关于印发《X》的通知 → X), else the document's title.
std::string CatalogTitle(const Document& doc, const Table& table, const TableSection& section) {
  if (!Trim(section.title).empty()) return Trim(section.title);
  if (const std::string caption = Trim(table.title); !caption.empty()) {
    Match m;
    if (!RxSearch(caption, "table_caption_count"_rx, m)) return caption;
    return Trim(caption.substr(0, caption.rfind('(')));
  }
  size_t open = doc.title.find("《");
  size_t close = doc.title.rfind("》");
  if (open != std::string::npos && close != std::string::npos && close > open)
    return doc.title.substr(open + std::string("《").size(), close - open - std::string("《").size());
  return doc.title;
}

// The key of a catalog sheet: a table's schema and its section's title; for a table no schema
// fits (its cells keyed col_N), its printed header too — two such catalogs that share a section
// title (一、行政许可 of a 权力清单 and of a 许可目录) are one only when their columns are.
std::string CatalogKey(const Table& table, const std::string& title) {
  std::string key = table.schema + "\t" + title;
  if (table.schema == "generic") key += "\t" + Join(table.headers, "\t");
  return key;
}

// A catalog row as read: 期号, 文号, 序号 as printed, 出处, 修复, then each cell's key and text.
constexpr size_t kReadSeq = 2, kReadSource = 3, kReadRepairs = 4, kReadCells = 5;

SheetRow RowAsRead(const Issue& issue, const Document& doc, const TableRow& row) {
  SheetRow out = {TextCell(IssueLabel(issue)), TextCell(DocnoOrId(doc)), TextCell(row.seq),
                  TextCell(SourceLine(issue.source, row.line)), TextCell(Join(row.repairs, "; "))};
  out.reserve(kReadCells + 2 * row.cells.size());
  for (const auto& [k, v] : row.cells) {
    out.push_back(TextCell(k));
    out.push_back(TextCell(v));
  }
  return out;
}

/// The cell under KEY of a row as read, or "".
std::string CellOf(const SheetRow& as_read, const std::string& key) {
  for (size_t i = kReadCells; i + 1 < as_read.size(); i += 2)
    if (as_read[i].text == key) return as_read[i + 1].text;
  return "";
}

/// The headers of CATALOG's sheet: 期号, 文号, 序号 (when numbered), the cell columns, 出处, 修复.
std::vector<std::string> CatalogHeaders(const CatalogSheet& catalog) {
  std::vector<std::string> headers = {"期号", "文号"};
  if (catalog.seq) headers.push_back("序号");
  headers.insert(headers.end(), catalog.key_headers.begin(), catalog.key_headers.end());
  headers.push_back("出处");
  headers.push_back("修复");
  return headers;
}


/// Rows that count as items, as `check` counts them (ItemRows: not sub-rows, not 合计 rows).
size_t ItemCount(const TableSection& section) { return size_t(ItemRows(section)); }

/// "声明 8 项, 找到 8 项 (declared 8, found 8)", MISMATCH marked; "未声明" when nothing is printed.
std::string CountText(int declared, size_t found) {
  std::string f = std::to_string(found);
  if (declared < 0) return "未声明, 找到 " + f + " 项 (no count printed, found " + f + ")";
  std::string d = std::to_string(declared);
  std::string text = "声明 " + d + " 项, 找到 " + f + " 项 (declared " + d + ", found " + f + ")";
  return size_t(declared) == found ? text : text + " 不符 MISMATCH";
}

/// The counts printed for SECTION, for the whole table (共计 N 项, and its 合计 row's when both
/// print one) and in the notice text (废止失效 N 件), each against the rows found.
std::string CountsCheck(const Issue& issue, const Table& table, const TableSection& section) {
  size_t total = 0;
  for (const auto& s : table.sections) total += ItemCount(s);
  std::vector<std::string> counts;
  if (table.sections.size() > 1 || section.declared >= 0)
    counts.push_back("本节 section: " + CountText(section.declared, ItemCount(section)));
  if (table.sections.size() > 1 || section.declared < 0)
    counts.push_back("全表 table: " + CountText(table.declared_total, total));
  if (table.total_row_count >= 0)
    counts.push_back("合计行 total row (" + SourceLine(issue.source, table.total_row_line) + "): " +
                     CountText(table.total_row_count, total));
  if (table.stated >= 0)
    counts.push_back("正文 text (" + SourceLine(issue.source, table.stated_line) + "): " +
                     CountText(table.stated, total));
  return Join(counts, "; ");
}

}  // namespace

void TableCatalogs::Add(const Issue& issue) {
  for (const auto& doc : issue.documents)
    for (const auto& table : doc.tables) {
      std::vector<std::string> keys = KeysOf(table);
      bool seq = NumbersRows(table);
      for (const auto& section : table.sections) {
        std::string title = CatalogTitle(doc, table, section);
        auto [it, added] = by_key_.emplace(CatalogKey(table, title), sheets_.size());
        if (added) {
          CatalogSheet c;
          c.key = it->first;
          c.schema = table.schema;
          c.title = title;
          c.spec.name = title;
          c.spec.fallback_name = "表" + std::to_string(sheets_.size() + 1);
          c.spec.empty_line = "(no rows found)";
          sheets_.push_back(std::move(c));
        }
        CatalogSheet& c = sheets_[it->second];
        c.seq = c.seq || seq;
        for (const auto& k : keys)
          if (std::find(c.keys.begin(), c.keys.end(), k) == c.keys.end()) {
            c.keys.push_back(k);
            c.key_headers.push_back(HeaderOf(table, k));
          }
        c.spec.headers = CatalogHeaders(c);
        c.spec.sort_column = c.keys.empty() ? -1 : int(2 + c.seq);
      }
    }
}

void TableCatalogs::SetNames(const std::vector<std::string>& names) {
  for (size_t i = 0; i < sheets_.size() && i < names.size(); ++i) sheets_[i].spec.name = names[i];
}

SheetRow TableCatalogs::CatalogRow(size_t sheet, const SheetRow& as_read) const {
  const CatalogSheet& catalog = sheets_[sheet];
  SheetRow out = {as_read[0], as_read[1]};
  out.reserve(4 + catalog.keys.size());
  if (catalog.seq) out.push_back(SeqCell(as_read[kReadSeq].text));
  for (const auto& key : catalog.keys) out.push_back(TextCell(CellOf(as_read, key)));
  out.push_back(as_read[kReadSource]);
  out.push_back(as_read[kReadRepairs]);
  return out;
}

void TableCatalogs::NameIndexRow(size_t sheet, SheetRow& index) const { index[0] = TextCell(sheets_[sheet].spec.name); }

std::vector<SectionRows> TableCatalogs::Sections(const Issue& issue) const {
  std::vector<SectionRows> out = SectionsAsRead(issue);
  for (auto& s : out) {
    for (auto& row : s.rows) row = CatalogRow(s.sheet, row);
    NameIndexRow(s.sheet, s.index);
  }
  return out;
}

std::vector<SectionRows> TableCatalogs::SectionsAsRead(const Issue& issue) const {
  std::vector<SectionRows> out;
  for (const auto& doc : issue.documents)
    for (const auto& table : doc.tables)
      for (const auto& section : table.sections) {
        auto it = by_key_.find(CatalogKey(table, CatalogTitle(doc, table, section)));
        if (it == by_key_.end()) continue;  // not planned: cannot happen when Add saw ISSUE
        SectionRows s;
        s.sheet = it->second;
        for (const auto& row : section.rows)  // a 合计 row is the count 核对 compares, not a catalog entry
          if (!row.total) s.rows.push_back(RowAsRead(issue, doc, row));
        s.index = {TextCell(""), TextCell(IssueLabel(issue)), TextCell(DocnoOrId(doc)), TextCell(table.title),
                   TextCell(section.title), CountOrBlank(section.declared), CountOrBlank(long(ItemCount(section))),
                   CountOrBlank(long(s.rows.size())), TextCell(CountsCheck(issue, table, section)),
                   TextCell(SourceLine(issue.source, section.line ? section.line : table.line))};
        out.push_back(std::move(s));
      }
  return out;
}

SheetSpec TableIndexSpec() {
  SheetSpec spec;
  spec.name = "表格目录";
  spec.headers = {"工作表", "期号", "文号", "表题", "节", "本节声明", "本节找到", "行数", "核对", "出处"};
  spec.empty_line = "(no catalog tables found)";
  return spec;
}

std::vector<std::string> NameCatalogs(const std::vector<CatalogSheet>& catalogs, std::set<std::string>& used,
                                      std::vector<std::string>& renames) {
  std::map<std::string, int> wanted;  // folded plain name → how many catalogs want it
  for (const auto& c : catalogs) ++wanted[FoldSheetName(StableSheetName(c.title, "", false))];
  std::vector<std::string> names;
  for (const auto& c : catalogs) {
    std::string plain = FoldSheetName(StableSheetName(c.title, "", false));
    bool shared = wanted[plain] > 1 || used.count(plain);
    std::string stable = StableSheetName(c.title, c.key, shared);
    names.push_back(UniqueSheetName(stable, used, c.spec.fallback_name));
    if (names.back() != c.title) renames.push_back("sheet \"" + c.title + "\" named \"" + names.back() + "\"");
  }
  return names;
}

}  // namespace gazette::xlsx

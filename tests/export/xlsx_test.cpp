// The publishing workbook: cell and sheet-name limits, dates, pinyin order, the sheet plan and
// the writer's limits. tests/e2e/xlsx.py reads real workbooks back with openpyxl.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "export/xlsx.hpp"
#include "export/xlsx_cells.hpp"
#include "export/xlsx_sheets.hpp"
#include "export/xlsx_sort.hpp"
#include "util/text.hpp"

using namespace gazette;
using namespace gazette::xlsx;

namespace {

TableRow MakeRow(int seq, const std::string& name, const std::string& issuer) {
  TableRow r;
  r.seq = std::to_string(seq);
  r.seq_num = seq;
  r.cells = {{"name", name}, {"issuer", issuer}, {"issuer_zh", issuer}, {"issuer_en", ""}};
  r.line = 100 + seq;
  return r;
}

/// An issue with one document holding a qualification-like table of two sections.
Issue MakeIssue(int rows_in_second = 2) {
  Issue issue;
  issue.source = "t.txt";
  issue.name = "2025-3";
  issue.header.year = 2025;
  issue.header.number = 3;
  Document d;
  d.id = d.docno = "京测发〔2025〕2号";
  d.title = "关于印发《测试目录》的通知";
  d.date = "2025-01-10";
  Table t;
  t.title = "测试目录";
  t.headers = {"序号", "证书名称", "颁发机构"};
  t.keys = {"seq", "name", "issuer"};
  t.types = {ColumnType::kSeq, ColumnType::kText, ColumnType::kBilingual};
  t.declared_total = 3;
  TableSection a{"(一)第一清单", 1, 10, {MakeRow(1, "=SUM(A1:A2)", "甲会 Jia")}};
  TableSection b{"(二)第一清单", 2, 20, {}};
  for (int i = 1; i <= rows_in_second; ++i) b.rows.push_back(MakeRow(i, "证书" + std::to_string(i), "乙会"));
  t.sections = {a, b};
  d.tables.push_back(t);
  issue.documents.push_back(d);
  return issue;
}

}  // namespace

TEST_CASE("CleanCellText drops what XML forbids and keeps text", "[xlsx]") {
  bool cut = true;
  CHECK(CleanCellText("a\x01" "b\x0b" "c\r\nd\te\xef\xbf\xbe" "中", &cut) == "abc\nd\te中");
  CHECK_FALSE(cut);
}

TEST_CASE("CleanCellText cuts at Excel's 32,767 characters and marks it", "[xlsx]") {
  bool cut = false;
  std::string text = CleanCellText(std::string(40000, 'a'), &cut);
  CHECK(cut);
  CHECK(Utf16Length(text) == kXlsxMaxCellChars);
  CHECK(EndsWith(text, kXlsxTruncatedMark));
  std::string wide;
  for (int i = 0; i < 20000; ++i) wide += "\xf0\xa0\x80\x80";  // U+20000: two UTF-16 units each
  text = CleanCellText(wide, &cut);
  CHECK(cut);
  CHECK(Utf16Length(text) <= kXlsxMaxCellChars);
  CHECK(CleanCellText(std::string(kXlsxMaxCellChars, 'b'), &cut).size() == kXlsxMaxCellChars);
  CHECK_FALSE(cut);
}

TEST_CASE("UniqueSheetName replaces forbidden characters, cuts at 31 and avoids repeats", "[xlsx]") {
  std::set<std::string> used;
  CHECK(UniqueSheetName("a[b]:c*d?e/f\\g", used) == "a_b__c_d_e_f_g");
  CHECK(UniqueSheetName("'引号'", used) == "引号");
  CHECK(UniqueSheetName("", used, "表1") == "表1");
  CHECK(UniqueSheetName("History", used) == "History_");
  CHECK(UniqueSheetName("Sheet", used) == "Sheet");
  CHECK(UniqueSheetName("sheet", used) == "sheet (2)");  // Excel compares names case-insensitively
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "清";
  std::string first = UniqueSheetName(long_name, used);
  std::string second = UniqueSheetName(long_name, used);
  CHECK(Utf16Length(first) == kXlsxMaxSheetName);
  CHECK(Utf16Length(second) <= kXlsxMaxSheetName);
  CHECK(EndsWith(second, " (2)"));
}

TEST_CASE("ParseCellDate reads ISO days and months Excel can store", "[xlsx]") {
  auto d = ParseCellDate("2024-09-02");
  REQUIRE(d);
  CHECK((d->year == 2024 && d->month == 9 && d->day == 2 && !d->month_only));
  auto m = ParseCellDate("2024-11");
  REQUIRE(m);
  CHECK((m->month_only && m->day == 1));
  CHECK_FALSE(ParseCellDate("2024-02-30"));
  CHECK(ParseCellDate("2024-02-29"));
  CHECK_FALSE(ParseCellDate("1899-12-31"));
  CHECK_FALSE(ParseCellDate(""));
  CHECK_FALSE(ParseCellDate("2024年9月2日"));
}

TEST_CASE("SortRowsPinyin orders by the zh collator and keeps ties in order", "[xlsx]") {
  SheetData s;
  s.sort_column = 0;
  for (const char* t : {"印发", "本市", "调整", "本市"}) s.rows.push_back({SheetCell::Text(t), SheetCell::Text(t)});
  s.rows[3][1].text = "second";
  SortRowsPinyin(s);
  // běn < diào < yìn, although 印 U+5370 comes before 本 U+672C and 调 U+8C03 in code points.
  CHECK(s.rows[0][0].text == "本市");
  CHECK(s.rows[1][1].text == "second");
  CHECK(s.rows[2][0].text == "调整");
  CHECK(s.rows[3][0].text == "印发");
}

TEST_CASE("TableSheets gives a sheet per section with counts and bilingual columns", "[xlsx]") {
  auto sheets = TableSheets({MakeIssue()});
  REQUIRE(sheets.size() == 2);
  CHECK(sheets[0].name == "(一)第一清单");
  CHECK(sheets[0].headers == std::vector<std::string>{"序号", "证书名称", "颁发机构", "颁发机构 (中文)",
                                                      "颁发机构 (English)", "所属文件文号", "出处", "修复"});
  REQUIRE(sheets[0].rows.size() == 1);
  CHECK(sheets[0].rows[0][0].kind == SheetCell::Kind::kNumber);
  CHECK(sheets[0].rows[0][1].text == "=SUM(A1:A2)");
  CHECK(sheets[0].rows[0][6].text == "t.txt:101");
  CHECK(sheets[0].note.find("(declared 1, found 1)") != std::string::npos);
  CHECK(sheets[0].note.find("table: 声明 3 项, 找到 3 项") != std::string::npos);
  auto short_issue = TableSheets({MakeIssue(1)});
  CHECK(short_issue[1].note.find("(declared 2, found 1) 不符 MISMATCH") != std::string::npos);
}

TEST_CASE("PlanWorkbook lays out the sheets; tables_only keeps just the tables", "[xlsx]") {
  auto all = PlanWorkbook({MakeIssue()}, false, false, "2025-03-01");
  std::vector<std::string> names;
  for (const auto& s : all) names.push_back(s.name);
  CHECK(names == std::vector<std::string>{"文件", "(一)第一清单", "(二)第一清单", "期限", "引用", "检查"});
  CHECK(all[0].rows.size() == 1);
  CHECK(all[0].rows[0][6].kind == SheetCell::Kind::kDate);
  CHECK(all.back().rows.empty());
  CHECK(all.back().empty_line.find("no findings") != std::string::npos);
  auto tables = PlanWorkbook({MakeIssue()}, true, false, "2025-03-01");
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].name == "(一)第一清单");
  auto none = PlanWorkbook({}, true, false, "2025-03-01");
  REQUIRE(none.size() == 1);
  CHECK(none[0].empty_line == "(no catalog tables found)");
}

TEST_CASE("WriteWorkbook honours the row limit, says so, and leaves no temporary", "[xlsx]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "gazette-xlsx-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::vector<std::string> said;
  WorkbookOptions options;
  options.as_of = "2025-03-01";
  options.row_limit = 6;  // note + header + 3 rows + the "not written" line
  options.warn = [&said](const std::string& m) { said.push_back(m); };
  std::string path = (dir / "w.xlsx").string();
  Status s = WriteWorkbook({MakeIssue(10)}, path, options);
  REQUIRE(s.ok());
  CHECK(fs::file_size(path) > 0);
  bool cut = false;
  for (const auto& m : said) cut = cut || m.find("7 row(s) not written") != std::string::npos;
  CHECK(cut);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  Status bad = WriteWorkbook({MakeIssue()}, (dir / "missing" / "w.xlsx").string(), options);
  CHECK_FALSE(bad.ok());
  if (!bad.ok()) CHECK(bad.message().find("missing") != std::string::npos);
  fs::remove_all(dir);
}

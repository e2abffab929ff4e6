// The publishing workbook: cell and sheet-name limits, dates, pinyin order, the catalog sheets,
// stable names, row heights, status labels and the writer's limits. tests/e2e/xlsx.py reads real workbooks back with openpyxl.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "../support.hpp"
#include "export/xlsx.hpp"
#include "export/xlsx_cells.hpp"
#include "export/xlsx_sheets.hpp"
#include "export/status_labels.hpp"
#include "export/xlsx_sort.hpp"
#include "export/xlsx_tables.hpp"
#include "export/xlsx_writer.hpp"
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
  d.date = ParseIsoDate("2025-01-10");
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
  std::vector<SheetRow> rows;
  for (const char* t : {"印发", "本市", "调整", "本市"}) rows.push_back({SheetCell::Text(t), SheetCell::Text(t)});
  rows[3][1].text = "second";
  SortRowsPinyin(rows, 0);
  // běn < diào < yìn, although 印 U+5370 comes before 本 U+672C and 调 U+8C03 in code points.
  CHECK(rows[0][0].text == "本市");
  CHECK(rows[1][1].text == "second");
  CHECK(rows[2][0].text == "调整");
  CHECK(rows[3][0].text == "印发");
}

TEST_CASE("TableCatalogs puts a catalog's sections of every issue on one sheet, issue and 文号 first", "[xlsx]") {
  Issue later = MakeIssue(1);
  later.header.number = 4;
  later.documents[0].docno = later.documents[0].id = "京测发〔2025〕9号";
  TableCatalogs catalogs;
  catalogs.Add(MakeIssue());
  catalogs.Add(later);
  REQUIRE(catalogs.sheets().size() == 2);  // (一)第一清单 and (二)第一清单, not one per issue
  const CatalogSheet& first = catalogs.sheets()[0];
  CHECK(first.title == "(一)第一清单");
  CHECK(first.spec.headers == std::vector<std::string>{"期号", "文号", "序号", "证书名称", "颁发机构",
                                                       "颁发机构 (中文)", "颁发机构 (English)", "出处", "修复"});
  CHECK(first.spec.sort_column == 3);
  auto sections = catalogs.Sections(later);
  REQUIRE(sections.size() == 2);
  CHECK(sections[1].sheet == 1);
  REQUIRE(sections[1].rows.size() == 1);
  const SheetRow& row = sections[1].rows[0];
  CHECK(row[0].text == "2025年第4期");
  CHECK(row[1].text == "京测发〔2025〕9号");
  CHECK(row[2].kind == SheetCell::Kind::kNumber);
  CHECK(row[7].text == "t.txt:101");
  CHECK(sections[1].index[kIndexCheckColumn].text.find("(declared 2, found 1) 不符 MISMATCH") != std::string::npos);
  auto own = catalogs.Sections(MakeIssue());
  CHECK(own[0].rows[0][3].text == "=SUM(A1:A2)");
  CHECK(own[0].index[kIndexCheckColumn].text.find("table: 声明 3 项, 找到 3 项") != std::string::npos);
}

TEST_CASE("tables no schema fits share a sheet only when their headers are the same", "[xlsx]") {
  // 一、行政许可 of a 权力清单 and of a 许可目录: the same section title, other columns.
  auto generic = [](std::vector<std::string> headers) {
    Issue issue = MakeIssue();
    Table& t = issue.documents[0].tables[0];
    t.schema = "generic";
    t.headers = std::move(headers);
    t.sections.resize(1);
    t.sections[0].title = "一、行政许可";
    return issue;
  };
  TableCatalogs catalogs;
  catalogs.Add(generic({"序号", "职权名称", "实施依据"}));
  catalogs.Add(generic({"序号", "事项名称", "设定依据"}));
  catalogs.Add(generic({"序号", "职权名称", "实施依据"}));
  CHECK(catalogs.sheets().size() == 2);
}

TEST_CASE("NameCatalogs keeps short titles, tags long and shared ones with a stable hash", "[xlsx]") {
  std::vector<CatalogSheet> catalogs(4);
  catalogs[0].schema = "repeal", catalogs[0].title = "废止目录";
  catalogs[1].schema = "qualification", catalogs[1].title = std::string(40, 'x');
  catalogs[2].schema = "a", catalogs[2].title = "名单";
  catalogs[3].schema = "b", catalogs[3].title = "名单";
  for (auto& c : catalogs) c.key = c.schema + "\t" + c.title;  // as TableCatalogs::Add keys them
  std::set<std::string> used;
  UniqueSheetName("文件", used);
  std::vector<std::string> renames;
  auto names = NameCatalogs(catalogs, used, renames);
  CHECK(names[0] == "废止目录");
  CHECK(Utf16Length(names[1]) == kXlsxMaxSheetName);
  CHECK(names[1] == StableSheetName(catalogs[1].title, "qualification\t" + catalogs[1].title, false));
  CHECK(names[2] != names[3]);
  CHECK(StartsWith(names[2], "名单~"));
  CHECK(renames.size() == 3);
  // The same catalog gets the same name in another workbook, whatever else it holds.
  std::set<std::string> other;
  std::vector<std::string> again;
  CHECK(NameCatalogs({catalogs[1]}, other, again)[0] == names[1]);
}

TEST_CASE("Row heights follow the longest wrapped cell; CJK counts double", "[xlsx]") {
  CHECK(WrappedLines("", 60) == 1);
  CHECK(WrappedLines(std::string(60, 'a'), 60) == 1);
  CHECK(WrappedLines(std::string(61, 'a'), 60) == 2);
  std::string han;
  for (int i = 0; i < 31; ++i) han += "中";  // width 62
  CHECK(WrappedLines(han, 60) == 2);
  CHECK(WrappedLines("a\nb\nc", 60) == 3);
  SheetRow row = {SheetCell::Text("short"), SheetCell::Text(han + han + han), SheetCell::Text("x\ny")};
  CHECK(RowLines(row) == 4);  // width 186 in a 60-wide column
  CHECK(RowHeight(1) == 0);
  CHECK(RowHeight(4) == 60);
  CHECK(RowHeight(100) == 409);  // Excel's highest row
}

TEST_CASE("Status labels are the Chinese terms, one for every status", "[xlsx]") {
  CHECK(StatusLabelZh(LegalStatus::kInForce) == "有效");
  CHECK(StatusLabelZh(LegalStatus::kRepealed) == "已废止");
  CHECK(StatusLabelZh(LegalStatus::kAmended) == "已修改");
  CHECK(StatusLabelZh(LegalStatus::kNotYetInForce) == "尚未生效");
  std::set<std::string> labels;
  for (const auto& code : AllSpellings<LegalStatus>()) {
    auto status = Parse<LegalStatus>(code);
    REQUIRE(status);
    CHECK(StatusLabelZh(*status) != code);  // a Chinese label, not the code
    labels.insert(StatusLabelZh(*status));
  }
  CHECK(labels.size() == AllSpellings<LegalStatus>().size());
}

TEST_CASE("WriteWorkbook honours the row limit, says so, and leaves no temporary", "[xlsx]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "gazette-xlsx-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::vector<std::string> said;
  WorkbookOptions options;
  options.as_of = "2025-03-01";
  options.row_limit = 6;  // header + 4 rows + the "not written" line
  options.warn = [&said](const std::string& m) { said.push_back(m); };
  std::string path = (dir / "w.xlsx").string();
  Status s = WriteWorkbook({MakeIssue(11)}, path, options);  // (二)第一清单: 11 rows
  REQUIRE(s.ok());
  CHECK(fs::file_size(path) > 0);
  bool cut = false;
  for (const auto& m : said) cut = cut || m.find("7 row(s) not written") != std::string::npos;
  CHECK(cut);
  said.clear();
  s = WriteWorkbook({MakeIssue(5)}, path, options);  // exactly the 5 rows the sheet holds
  REQUIRE(s.ok());
  for (const auto& m : said) CHECK(m.find("not written") == std::string::npos);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  Status bad = WriteWorkbook({MakeIssue()}, (dir / "missing" / "w.xlsx").string(), options);
  CHECK_FALSE(bad.ok());
  if (!bad.ok()) CHECK(bad.message().find("missing") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("WorkbookStream says the same, in the same order, with one job or two", "[xlsx]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "gazette-xlsx-jobs-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  Issue issue = MakeIssue(11);  // (二)第一清单: 11 rows, in the front lane
  Document& d = issue.documents.front();
  for (int i = 1; i <= 6; ++i) {  // 期限 and 引用, the back lane: 6 rows each
    Deadline deadline;
    deadline.date = ParseIsoDate("2025-0" + std::to_string(i) + "-01");
    deadline.text = "自2025年" + std::to_string(i) + "月1日起施行";
    deadline.line = 10 + i;
    d.deadlines.push_back(deadline);
    Reference r;
    r.to = "京测发〔2020〕" + std::to_string(i) + "号";
    r.text = "《测试" + std::to_string(i) + "》(" + r.to + ")同时废止";
    r.type = Relation::kRepeals;
    r.line = 20 + i;
    d.references.push_back(r);
  }
  std::vector<std::string> said[2];
  for (unsigned jobs : {1u, 2u}) {
    WorkbookOptions options;
    options.as_of = "2025-03-01";
    options.row_limit = 4;  // header + 2 rows + the "not written" line
    options.jobs = jobs;
    options.created = 1733400000;  // both at one time: the workbook records when it was made
    options.warn = [&said, jobs](const std::string& m) { said[jobs - 1].push_back(m); };
    REQUIRE(WriteWorkbook({issue}, (dir / ("w" + std::to_string(jobs) + ".xlsx")).string(), options).ok());
  }
  CHECK(said[0] == said[1]);
  // The front lane's sheets speak first, then 期限 and 引用, whatever thread wrote them.
  std::vector<std::string> sheets;
  for (const auto& m : said[1])
    if (m.find("not written") != std::string::npos) sheets.push_back(m.substr(0, m.find(':')));
  CHECK(sheets == std::vector<std::string>{"(二)第一清单", "期限", "引用"});
  CHECK(testing::ReadBytes((dir / "w1.xlsx").string()) == testing::ReadBytes((dir / "w2.xlsx").string()));
  fs::remove_all(dir);
}

TEST_CASE("a catalog whose caption ends with its total is one sheet whatever the total", "[xlsx]") {
  // …目录清单(共计5项) one year and (共计4项) the next had been two sheets.
  auto captioned = [](const std::string& caption) {
    Issue issue = MakeIssue();
    Table& t = issue.documents[0].tables[0];
    t.title = caption;
    for (auto& section : t.sections) section.title.clear();
    return issue;
  };
  TableCatalogs catalogs;
  catalogs.Add(captioned("北京市行政事业性收费目录清单(共计5项)"));
  catalogs.Add(captioned("北京市行政事业性收费目录清单(共计4项)"));
  catalogs.Add(captioned("北京市行政事业性收费目录清单"));
  REQUIRE(catalogs.sheets().size() == 1);
  CHECK(catalogs.sheets()[0].title == "北京市行政事业性收费目录清单");
}

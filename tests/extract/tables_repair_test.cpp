// Table row repairs and the checks on planted faults (tests/data/table-*.txt): wrapped and lost
// cells, columns run together, 合计 rows, stated counts, slipped values; what is not a table.
#include <catch2/catch.hpp>

#include "extract/tables.hpp"
#include "extract/tables_internal.hpp"
#include "tables_support.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;
using namespace gazette::table_tests;

TEST_CASE("planted faults: a missing row, a duplicated 序号, a wrong declared count", "[tables]") {
  Document missing = DocFromText(ReadFile("tests/data/table-missing-row.txt"));
  auto f = CheckTables(missing, "table-missing-row.txt");
  CHECK(Kinds(f) == std::vector<std::string>{"seq-gap", "count-mismatch"});
  REQUIRE(f.size() == 2);
  CHECK(f[0].message.find("序号 jumps from 3 to 5 (4 missing)") != std::string::npos);

  Document dup = DocFromText(ReadFile("tests/data/table-duplicate-seq.txt"));
  f = CheckTables(dup, "table-duplicate-seq.txt");
  REQUIRE(!f.empty());
  CHECK(f[0].kind == "seq-repeat");

  Document count = DocFromText(ReadFile("tests/data/table-wrong-count.txt"));
  f = CheckTables(count, "table-wrong-count.txt");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == "count-mismatch");
  CHECK(f[0].message.find("declared 4, 3 rows found") != std::string::npos);
}

TEST_CASE("row repairs: wrapped cell, lost blank cell, columns run together", "[tables]") {
  Document d = DocFromText(ReadFile("tests/data/table-repairs.txt"));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  REQUIRE(Rows(t) == 5);
  const auto& rows = t.sections[0].rows;
  // A 文件名称 wrapped onto the next line (the second piece holds the 文号).
  CHECK(Cell(rows[1], "title") == "关于进一步规范本市引进非北京生源毕业生和人员调京工作渠道的通知");
  CHECK(Cell(rows[1], "docno") == "京人社毕发〔2017〕193号");
  // 文件名称 and 文号 run together (a tab lost).
  CHECK(Cell(rows[2], "title") == "关于调整本市引进非北京生源毕业生的通知");
  CHECK(Cell(rows[2], "docno") == "京人社毕发〔2017〕45号");
  // A line without a tab finishes the 文件名称 of the row above.
  CHECK(Cell(rows[3], "title") == "关于印发《北京市巾帼家政服务专项培训工程实施方案》的通知");
  CHECK(CheckTables(d, "t").empty());
}

TEST_CASE("qualification rows: lost blank cell, run-together columns, 序号 run together", "[tables]") {
  Document d = DocFromText(ReadFile("tests/data/table-qualification-repairs.txt"));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  REQUIRE(Rows(t) == 8);
  const auto& rows = t.sections[0].rows;
  // Line 12: the blank 国家(地区) lost its tab; the blank goes back under country, not field.
  CHECK(Cell(rows[4], "country") == "");
  CHECK(Cell(rows[4], "field") == "信息技术");
  CHECK(Cell(rows[4], "note") == "从事电气工程相关工作。");
  // Line 13: issuer and country run together.
  CHECK(Cell(rows[5], "issuer_en") == "The Association of International Accountants");
  CHECK(Cell(rows[5], "country") == "英国");
  CHECK(Cell(rows[5], "field") == "金融");
  // Line 14: 序号 run together with the name.
  CHECK(rows[6].seq == "7");
  CHECK(Cell(rows[6], "name") == "CMA 美国注册管理会计师资格");
  CHECK(Cell(rows[6], "country") == "美国");
  for (int i : {4, 5, 6}) CHECK(!rows[static_cast<size_t>(i)].repairs.empty());
  CHECK(CheckTables(d, "t").empty());
}

TEST_CASE("a 合计 row and a running head inside a table are not items", "[tables]") {
  Document d = DocFromText(
      "附件\n\n项目清单\n\n(共计 2 项)\n\n序号\t项目名称\t金额(万元)\n1\t国际性展会\t30\n\n2024年第38期\n\n"
      "2\t产品认证\t100\n合计\t\t130\n");
  REQUIRE(d.tables.size() == 1);
  const auto& rows = d.tables[0].sections[0].rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].repairs.empty());
  CHECK(rows[2].total);
  CHECK(rows[2].seq == "合计");  // its label, so that a reader of the rows tells it from an item
  CHECK(rows[2].seq_num == 0);
  CHECK(CheckTables(d, "t").empty());
}

TEST_CASE("a count the notice states is checked against its one table", "[tables]") {
  Document d = DocFromText(
      "现决定宣布废止失效 3 件行政规范性文件。\n\n特此通告。\n\n附件\n\n## 文件目录\n\n序号\t文件名称\t文号\n"
      "1\t关于转发《社会保险基金行政监督办法》的通知\t京劳社督发〔2001〕101号\n"
      "2\t关于印发《行政许可若干制度规定》的通知\t京劳社法发〔2004〕91号\n");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].stated == 3);
  auto f = CheckTables(d, "t.txt");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == "count-mismatch");
  CHECK(f[0].line == 1);
  CHECK(f[0].message.find("the notice states 3 (废止失效3件), 2 rows found") != std::string::npos);
}

TEST_CASE("issuers laid out with tabs are not a table", "[tables]") {
  Document d = DocFromText("北京市商务局\t北京市财政局\n北京市经济和信息化局\t北京市知识产权局\n\n2021年9月8日\n");
  CHECK(d.tables.empty());
}

TEST_CASE("a slipped value is judged by the columns as the rows stand after their counts are fixed", "[tables]") {
  // 商业服务 (a 领域 value) printed under 国家 with 领域 blank is moved back where 领域 is
  // seldom blank. A row of one cell, padded with blanks, makes 领域 blank more often: the
  // columns judged after the fix (not those before it) then leave the value where it is.
  const tables::FittedSchema schema{"generic",
                                    {{"name", ColumnType::kText}, {"country", ColumnType::kText}, {"field", ColumnType::kText}}};
  auto rows_of = [](bool with_short_row) {
    std::vector<tables::RawRow> rows;
    const char* countries[] = {"英国", "美国", "", "", "法国", "德国", "英国", "美国", "法国", "德国"};
    const char* fields[] = {"金融", "会计", "金融", "会计", "金融", "商业服务", "会计", "金融", "会计", "金融"};
    for (int i = 0; i < 10; ++i) rows.push_back({{"名称" + std::to_string(i), countries[i], fields[i]}, i + 1, i + 1, false, {}});
    rows.push_back({{"名称十", "商业服务", ""}, 11, 11, false, {}});
    if (with_short_row) rows.push_back({{"名称十一"}, 12, 12, false, {}});
    return rows;
  };
  for (bool with_short_row : {false, true}) {
    INFO(with_short_row);
    std::vector<tables::RawRow> rows = rows_of(with_short_row);
    std::vector<tables::RawRow*> pointers;
    for (auto& r : rows) pointers.push_back(&r);
    tables::CellCleaner clean;
    tables::RepairRows(pointers, 3, schema, clean);
    const tables::RawRow& slipped = rows[10];
    CHECK(slipped.cells[1] == (with_short_row ? "商业服务" : ""));
    CHECK(slipped.cells[2] == (with_short_row ? "" : "商业服务"));
    CHECK(slipped.repairs.empty() == with_short_row);
    if (with_short_row) CHECK(rows[11].cells == std::vector<std::string>{"名称十一", "", ""});
  }
}

// A 合计 row printed under a caption that declares the total too (the tools probe's t05: (共计15件)
// over 15 rows and 合计 | 16件): each count is a claim, and the row's is checked as well.
TEST_CASE("a 合计 row's count is checked when the caption declares the total too", "[tables]") {
  const std::string head = "附件\n\n文件目录\n\n(共计 2 件)\n\n序号\t文件名称\t文号\n"
                           "1\t关于甲的通知\t京政发〔2001〕1号\n2\t关于乙的通知\t京政发〔2001〕2号\n";
  Document wrong = DocFromText(head + "合计\t3件\t\n");
  REQUIRE(wrong.tables.size() == 1);
  CHECK(wrong.tables[0].declared_total == 2);
  CHECK(wrong.tables[0].total_row_count == 3);
  const auto findings = CheckTables(wrong, "t");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("合计 row declares 3, 2 rows found") != std::string::npos);
  CHECK(CheckTables(DocFromText(head + "合计\t2件\t\n"), "t").empty());
}

// Older issues print a section's count in Chinese numerals, or after a colon (the tools probe's
// t32, t33): read as the table's total is, so a section one row short is a finding.
TEST_CASE("a section's count in Chinese numerals or after a colon is declared", "[tables]") {
  const std::string rows = "序号\t文件名称\t文号\n1\t关于甲的通知\t京政发〔2001〕1号\n2\t关于乙的通知\t京政发〔2001〕2号\n";
  for (const char* title : {"一、宣布失效的文件(三件)", "一、宣布失效的文件:3件", "一、宣布失效的文件(计3件)"}) {
    INFO(title);
    Document d = DocFromText(std::string("附件\n\n文件目录\n\n") + title + "\n\n" + rows);
    REQUIRE(d.tables.size() == 1);
    REQUIRE(d.tables[0].sections.size() == 1);
    CHECK(d.tables[0].sections[0].title == "一、宣布失效的文件");
    CHECK(d.tables[0].sections[0].declared == 3);
    CHECK(CheckTables(d, "t").size() == 1);
  }
}

// A table printing no 序号 but a 合计 row: the total row's label is no 序号, so the table is not
// numbered and its rows lack none (they had each been a seq-missing finding).
TEST_CASE("a 合计 row does not make a table without 序号 numbered", "[tables]") {
  Document d = DocFromText("附件\n\n文件目录\n\n文件名称\t文号\n关于甲的通知\t京政发〔2001〕1号\n关于乙的通知\t京政发〔2001〕2号\n合计\t2件\n");
  REQUIRE(d.tables.size() == 1);
  CHECK(CheckTables(d, "t").empty());
}

// A clean-up list of 规章 and 规范性文件 prints a part over the first section (一、市政府规章(2件) /
// (一)废止的规章(2件)): the caption and the table's total above the part are the table's (the tools
// probe's t18: a wrong 共计 had passed check, the caption lost).
TEST_CASE("a part over the first section keeps the caption and the total above it", "[tables]") {
  Document d = DocFromText(
      "附件\n\n北京市人民政府废止的规章和规范性文件目录\n\n(共计4件)\n\n一、市政府规章(2件)\n\n(一)废止的规章(2件)\n\n"
      "序号\t规章名称\t发布文号\n1\t北京市甲管理办法\t北京市人民政府1988年第15号令\n2\t北京市乙管理办法\t北京市人民政府1989年第6号令\n\n"
      "二、规范性文件(1件)\n\n序号\t文件名称\t文号\n1\t关于丙的通知\t京政发〔1993〕45号\n");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].title == "北京市人民政府废止的规章和规范性文件目录");
  CHECK(d.tables[0].declared_total == 4);
  const auto findings = CheckTables(d, "t");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("total declared 4, 3 rows found") != std::string::npos);
}

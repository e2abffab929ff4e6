// The counts a table's list is checked against, in the wordings other notices print: a total
// under the last row (共5件), a list named by its first document (废止《A》等5件), a count as the
// verb's object (对五件…予以废止), in Arabic or Chinese numerals.
#include <catch2/catch.hpp>

#include "extract/tables.hpp"
#include "extract/tables_internal.hpp"
#include "tables_support.hpp"

using namespace gazette;
using namespace gazette::table_tests;

namespace {

// A notice stating STATED above a table of three repealed documents, with TOTAL under its last row.
Document RepealNotice(const std::string& stated, const std::string& total) {
  return DocFromText(stated + "\n\n序号\t文件名称\t文号\n1\t北京市甲管理办法\t京政发〔2010〕1号\n"
                     "2\t北京市乙管理办法\t京政发〔2011〕2号\n3\t北京市丙管理办法\t京政发〔2012〕3号\n" + total +
                     "\n\n北京市人民政府\n");
}

}  // namespace

TEST_CASE("a total printed under a table's last row is its declared total", "[tables][counts]") {
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "以上共3件").tables[0].declared_total == 3);
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "共计三件").tables[0].declared_total == 3);
  Document d = RepealNotice("市政府决定废止下列规范性文件。", "共4件");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].declared_total == 4);
  CHECK(d.tables[0].sections[0].rows.size() == 3);  // 共4件 is no row, nor a piece of one
  auto f = CheckTables(d, "t.txt");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("total declared 4, 3 rows found") != std::string::npos);
  CHECK(CheckTables(RepealNotice("市政府决定废止下列规范性文件。", "(共计3件)"), "t.txt").empty());
}

TEST_CASE("the notice's count of a list named by its first document or as the verb's object", "[tables][counts]") {
  CHECK(RepealNotice("市政府决定废止《北京市甲管理办法》等3件规范性文件。", "").tables[0].stated == 3);
  CHECK(RepealNotice("市政府决定废止《北京市甲管理办法》(京政发〔2010〕1号)等十件规章。", "").tables[0].stated == 10);
  CHECK(RepealNotice("市政府决定对四件规范性文件予以废止。", "").tables[0].stated == 4);
  CHECK(RepealNotice("现决定宣布废止失效三件行政规范性文件。", "").tables[0].stated == 3);
  // The State Council's wording, the count before the noun and the verb after it, and the count
  // after an issuer's documents (both had been unchecked).
  CHECK(RepealNotice("经过清理,决定宣布3件国务院文件失效。", "").tables[0].stated == 3);
  CHECK(RepealNotice("决定废止国务院文件3件。", "").tables[0].stated == 3);
  CHECK(RepealNotice("宣布3家单位为示范单位,下列文件同时废止。", "").tables[0].stated == -1);
  // Two announced counts of one list add up; one of the past, or of what is cancelled, is none.
  CHECK(RepealNotice("决定宣布2件国务院文件失效、1件国务院文件废止。", "").tables[0].stated == 3);
  CHECK(RepealNotice("2015年国务院宣布2件行政法规失效后,现决定宣布下列国务院文件失效。", "").tables[0].stated == -1);
  CHECK(RepealNotice("国务院决定取消企业申报证明文件5项,下列文件宣布失效。", "").tables[0].stated == -1);
  // Not a count of the list: 各区等5个单位, 对5家单位予以表彰.
  CHECK(RepealNotice("文件废止后,由各区等5个单位负责清理。", "").tables[0].stated == -1);
  CHECK(RepealNotice("对5家单位予以表彰,下列文件同时废止。", "").tables[0].stated == -1);
  auto f = CheckTables(RepealNotice("市政府决定对四件规范性文件予以废止。", ""), "t.txt");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("the notice states 4 (对四件规范性文件予以废止), 3 rows found") != std::string::npos);
}

TEST_CASE("a 合计 row's count with its unit is the table's declared total; a sum is not", "[tables][counts]") {
  Document d = RepealNotice("市政府决定废止下列规范性文件。", "合计\t4件\t");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].declared_total == 4);
  auto f = CheckTables(d, "t.txt");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("total declared 4, 3 rows found") != std::string::npos);
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "合计\t3件\t").tables[0].declared_total == 3);
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "合计\t\t130").tables[0].declared_total == -1);
  // In any count word, or in 大写; a 合计 row of two cells is as printed, no repair to report.
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "合计\t4所").tables[0].declared_total == 4);
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "合计\t10家").tables[0].declared_total == 10);
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "合计\t伍件").tables[0].declared_total == 5);
  Document three = RepealNotice("市政府决定废止下列规范性文件。", "合计\t3件");
  CHECK(CheckTables(three, "t.txt").empty());
  // Under a column of bare numbers, 合计 30人 is their sum, no count of rows.
  Document sum = DocFromText("序号\t推荐单位\t推荐人数\n1\t市教委\t12\n2\t市卫健委\t10\n3\t市科委\t8\n合计\t\t30人\n");
  REQUIRE(sum.tables.size() == 1);
  CHECK(sum.tables[0].declared_total == -1);
}

TEST_CASE("a count naming a document the table does not list, or two counts at odds, are not the table's", "[tables][counts]") {
  // 《北京市戊办法》 is no row of the table: its 等10件 and 等12件 count other lists.
  CHECK(RepealNotice("2023年,市政府已废止《北京市戊办法》等10件规范性文件。\n现决定宣布废止3件规范性文件。", "")
            .tables[0]
            .stated == 3);
  CHECK(RepealNotice("保留《北京市戊办法》等12件规范性文件,废止《北京市甲管理办法》等3件规范性文件。", "").tables[0].stated == 3);
  CHECK(RepealNotice("同时废止《北京市行政许可事项目录(2021年版)》等2个文件。", "").tables[0].stated == -1);
  // Two counts of two verbs on one line: which is the table's is not read.
  CHECK(RepealNotice("市政府决定:对2件规范性文件予以修改,对3件规范性文件予以废止。", "").tables[0].stated == -1);
  CHECK(RepealNotice("市政府决定对《北京市甲管理办法》等3件规范性文件予以废止。", "").tables[0].stated == 3);
  CHECK(RepealNotice("市政府决定对下列3件规范性文件予以废止:", "").tables[0].stated == 3);
}

TEST_CASE("a 小计 row counts its section and a column's sum with its unit counts no rows", "[tables][counts]") {
  Document sections = DocFromText(
      "市政府决定废止下列规范性文件。\n\n序号\t项目名称\t备注\n一、市级\n1\t甲项目\t\n2\t乙项目\t\n小计\t2项\t\n"
      "二、区级\n3\t丙项目\t\n4\t丁项目\t\n5\t戊项目\t\n小计\t3项\t\n合计\t5项\t\n");
  REQUIRE(sections.tables.size() == 1);
  CHECK(sections.tables[0].declared_total == 5);  // 合计's, not the first 小计's
  CHECK(CheckTables(sections, "t.txt").empty());
  Document sums = DocFromText(
      "下列项目予以公布。\n\n序号\t项目名称\t事项数量\n1\t甲项目\t12项\n2\t乙项目\t8项\n3\t丙项目\t10项\n合计\t\t30项\n");
  REQUIRE(sums.tables.size() == 1);
  CHECK(sums.tables[0].declared_total == -1);  // 30项 sums the column
  CHECK(CheckTables(sums, "t.txt").empty());
}

TEST_CASE("counts after the noun, in 部, totals with a colon or a full stop, and 废止N件、宣布失效M件 together", "[tables][counts]") {
  CHECK(RepealNotice("现决定宣布废止失效规范性文件 4 件。", "").tables[0].stated == 4);
  CHECK(RepealNotice("现决定废止 3 部政府规章。", "").tables[0].stated == 3);
  CHECK(RepealNotice("经清理,共废止失效规范性文件 3 件。", "").tables[0].stated == 3);
  CHECK(RepealNotice("现决定废止 2 件、宣布失效 2 件行政规范性文件。", "").tables[0].stated == 4);
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "合计:4件").tables[0].declared_total == 4);
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "共计4件。").tables[0].declared_total == 4);
  // Two counts of one verb at odds, or of a repeal and an amendment: which is the list's is not read.
  CHECK(RepealNotice("对3件予以修改,对4件予以废止。", "").tables[0].stated == -1);
}

TEST_CASE("a count of both verbs at once is the list's, whatever its parts", "[tables][counts]") {
  CHECK(RepealNotice("现决定宣布废止失效3件规范性文件,其中废止2件、失效1件。", "").tables[0].stated == 3);
}

TEST_CASE("a 序号 OCR read with letters (l, 1O, l1) is read as its digits, the row counted", "[tables][counts]") {
  Document d = DocFromText("现决定宣布废止失效3件行政规范性文件。\n\n序号\t文件名称\t文号\n"
                           "l\t北京市甲管理办法\t京政发〔2010〕1号\n"
                           "2\t北京市乙管理办法\t京政发〔2011〕2号\n"
                           "3\t北京市丙管理办法\t京政发〔2012〕3号\n");
  REQUIRE(d.tables.size() == 1);
  const auto& rows = d.tables[0].sections[0].rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].seq == "1");
  CHECK_FALSE(rows[0].filled);
  CHECK(rows[0].repairs == std::vector<std::string>{"序号 l read as 1"});
  CHECK(CheckTables(d, "t.txt").empty());
  CHECK(tables::SeqReadAsDigits("1O") == "10");
  CHECK(tables::SeqReadAsDigits("l1") == "11");
  CHECK_FALSE(tables::SeqReadAsDigits("O"));    // nothing that reads as a 序号
  CHECK(tables::SeqReadAsDigits("I2") == "12");   // I or | for 1 beside a digit
  CHECK(tables::SeqReadAsDigits("|3") == "13");
  CHECK_FALSE(tables::SeqReadAsDigits("II"));  // a Roman numeral
  CHECK_FALSE(tables::SeqReadAsDigits("12"));   // digits already
  CHECK_FALSE(tables::SeqReadAsDigits("Oil"));  // a word
}

TEST_CASE("a count of repeals past, and counts of a verb the list is not of, are not the list's", "[tables][counts]") {
  CHECK(RepealNotice("近年来已累计废止规范性文件120件。现决定废止下列文件。", "").tables[0].stated == -1);
}

// 权力清单 and 事项目录 print their header once, then each category: under the header as a section
// title ((一)…(2项)), or in the grid as a group row (一⇥市发展改革委⇥⇥).
TEST_CASE("a section title right under an unknown header, and group rows numbered 一 in the 序号 column", "[tables][counts]") {
  Document d = DocFromText(
      "(共4项)\n序号\t事项名称\t实施机关\t处理决定\n(一)决定取消的事项(2项)\n1\t甲资格认定\t市甲局\t取消\n"
      "2\t乙经营许可\t市乙委\t取消\n(二)决定下放的事项(2项)\n3\t丙项目核准\t市丙委\t下放至区级\n4\t丁经营许可\t市乙委\t下放至区级\n");
  REQUIRE(d.tables.size() == 1);
  REQUIRE(d.tables[0].sections.size() == 2);
  CHECK(d.tables[0].sections[1].title == "(二)决定下放的事项");
  CHECK(d.tables[0].sections[1].rows.size() == 2);
  CHECK(CheckTables(d, "t.txt").empty());
  d = DocFromText(
      "(共4项)\n序号\t事项名称\t实施机关\t处理决定\n一\t市甲委\t\t\n1\t甲项目核准\t市甲委\t下放至区级\n2\t乙资格认定\t市甲委\t取消\n"
      "二\t市乙委\t\t\n3\t丙资质核定\t市乙委\t下放至区级\n4\t丁资质认定\t市乙委\t取消\n");
  REQUIRE(d.tables.size() == 1);
  REQUIRE(d.tables[0].sections.size() == 2);
  CHECK(d.tables[0].sections[0].title == "一、市甲委");
  CHECK(d.tables[0].sections[1].rows.size() == 2);
  CHECK(CheckTables(d, "t.txt").empty());
}

TEST_CASE("rows numbered 一, 二 in a narrow table whose last cell is blank are rows, not groups", "[tables][counts]") {
  Document d = DocFromText("(共3项)\n序号\t事项名称\t备注\n一\t甲事项\t\n二\t乙事项\t已调整\n三\t丙事项\t\n");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].sections.size() == 1);
  CHECK(d.tables[0].sections[0].rows.size() == 3);
  CHECK(CheckTables(d, "t.txt").empty());
}

TEST_CASE("counts in 大写 numerals, as fee and finance catalogs print them, are read", "[tables][counts]") {
  // 壹拾伍项, 捌项: printed so they cannot be altered; they had never been read, check passing.
  CHECK(RepealNotice("市政府决定废止下列规范性文件。", "共计叁件").tables[0].declared_total == 3);
  Document d = RepealNotice("市政府决定废止下列规范性文件。", "合计:肆件");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].declared_total == 4);
  CHECK_FALSE(CheckTables(d, "t.txt").empty());
}

TEST_CASE("a total in 户, 名, 人, 部, 处, 宗 or 座 is declared as one in 项 is", "[tables][counts]") {
  for (const std::string unit : {"户", "名", "人", "部", "处", "宗", "座"}) {
    INFO(unit);
    Document d = DocFromText("序号\t名称\t地址\n1\t甲\t东城区\n2\t乙\t西城区\n3\t丙\t朝阳区\n共计4" + unit + "\n");
    REQUIRE(d.tables.size() == 1);
    CHECK(d.tables[0].declared_total == 4);
    CHECK_FALSE(CheckTables(d, "t.txt").empty());
  }
}

TEST_CASE("a signing date in Chinese numerals above a table is no piece of its caption", "[tables][counts]") {
  Document d = DocFromText("北京市人民政府办公厅\n二〇〇八年七月十五日\n北京市2008年下半年重点工作任务分解\n序号\t任务\t责任单位\n"
                           "1\t甲任务\t市发展改革委\n2\t乙任务\t市财政局\n");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].title == "北京市2008年下半年重点工作任务分解");
}

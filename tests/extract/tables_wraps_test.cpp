// Rows whose several cells wrap at once (a line under the row with a blank 序号 and its pieces
// under the row's columns), and the 文号 such a wrap or a page break cuts: joined in the table's
// cells and cited in `refs` (src/extract/tables_wraps.cpp, AddWrappedDocnos).
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "tables_support.hpp"

using namespace gazette;
using namespace gazette::table_tests;

namespace {

const std::string kDirectory =
    "序号\t企业名称\t统一社会信用代码\t所在区\t备注\n"
    "1\t北京华大九天软件有限公司\t91110108700218385X\t海淀区\t\n"
    "2\t北京市京西\t9111010905\n"
    "\t重型机械厂\t5812345Y\t石景山区\t\n"
    "3\t北京通州运河科技有限公司\t91110112MA01ABCD1E\t通州区\t\n";

const std::string kFees =
    "序号\t项目名称\t执收部门\t资金管理方式\t政策依据\n"
    "1\t护照工本费\t市公安局\t缴入国库\t发改价格〔2017〕1186号\n"
    "2\t机动车号牌工本费\t市公安局\t缴入国库\t发改价格规〔2019〕\n"
    "\t(含临时号牌)\t\t\t1931号\n"
    "3\t耕地开垦费\t市规划自然资源委\t缴入国库\t《中华人民共和国土地管理法》、财综\n"
    "— 36 —\n"
    "北京市人民政府公报　　　　　　2019年第40期\n"
    "序号\t项目名称\t执收部门\t资金管理方式\t政策依据\n"
    "\t\t\t\t〔2007〕48号\n"
    "4\t污水处理费\t市水务局\t缴入国库\t财税〔2014〕151号\n";

}  // namespace

TEST_CASE("a cut row whose cells wrap at once is continued column by column", "[tables][wraps]") {
  Document d = DocFromText(kDirectory);
  REQUIRE(d.tables.size() == 1);
  CHECK(Rows(d.tables[0]) == 3);
  const TableRow* r = RowAt(d.tables[0], 3);
  REQUIRE(r);
  CHECK(Cell(*r, "col_2") == "北京市京西重型机械厂");
  CHECK(Cell(*r, "credit_code") == "91110109055812345Y");  // a code: no space where it wrapped
  CHECK(Cell(*r, "district") == "石景山区");
  CHECK(Cell(*r, "note") == "");
}

TEST_CASE("a piece that finishes a 文号 cut after its year continues the row, no sub-row", "[tables][wraps]") {
  Document d = DocFromText(kFees);
  REQUIRE(d.tables.size() == 1);
  CHECK(Rows(d.tables[0]) == 4);
  const TableRow* r = RowAt(d.tables[0], 3);
  REQUIRE(r);
  CHECK(Cell(*r, "col_2") == "机动车号牌工本费(含临时号牌)");
  CHECK(Cell(*r, "col_5") == "发改价格规〔2019〕1931号");
  CHECK_FALSE(r->filled);
}

TEST_CASE("a sub-row of its own values under a numbered row stays a sub-row", "[tables][wraps]") {
  Document d = DocFromText(
      "序号\t项目名称\t收费标准\t计费单位\t备注\n"
      "1\t挂号费\t\t\t\n"
      "\t普通门诊\t1\t元/次\t\n"
      "\t专家门诊\t5\t元/次\t\n"
      "2\t诊察费\t10\t元/次\t\n");
  REQUIRE(d.tables.size() == 1);
  const TableRow* r = RowAt(d.tables[0], 2);
  REQUIRE(r);
  CHECK(Cell(*r, "name") == "挂号费");
  CHECK(Rows(d.tables[0]) == 4);
  const TableRow* sub = RowAt(d.tables[0], 3);
  REQUIRE(sub);
  CHECK(sub->filled);
  CHECK(Cell(*sub, "name") == "普通门诊");
}

TEST_CASE("a 文号 a wrap or a page break cuts in a cell is cited once, at its row", "[refs][wraps]") {
  Document d = DocFromText(kFees);
  std::vector<std::string> cited;
  for (const auto& r : ExtractReferences(d)) cited.push_back(r.to + "@" + std::to_string(r.line));
  CHECK(cited == std::vector<std::string>{"发改价格〔2017〕1186号@2", "发改价格规〔2019〕1931号@3", "@5",
                                          "财综〔2007〕48号@5", "财税〔2014〕151号@10"});
}

TEST_CASE("sub-rows under a parent printed short are never joined to it column by column", "[tables][wraps]") {
  // The parent ends in blank cells (printed whole): two sub-rows follow.
  Document blank_cells = DocFromText("序号\t项目名称\t收费标准\t计费单位\t备注\n1\t床位费\t\t\n\t三人间\t30\n\t双人间\t50\n2\t诊察费\t10\t元/次\n");
  REQUIRE(blank_cells.tables.size() == 1);
  for (const auto& s : blank_cells.tables[0].sections)
    for (const auto& r : s.rows)
      for (const auto& repair : r.repairs) CHECK(repair.find("column by column") == std::string::npos);
  // The parent ends in its name, several sub-rows under it: not one wrapped line.
  Document several = DocFromText("序号\t项目名称\t收费标准\t计费单位\t备注\n1\t挂号费\n\t普通门诊\t1\t元/次\t\n\t专家门诊\t5\t元/次\t\n2\t诊察费\t10\t元/次\n");
  REQUIRE(several.tables.size() == 1);
  const TableRow* parent = RowAt(several.tables[0], 2);
  REQUIRE(parent);
  CHECK(parent->cells.front().second.find("普通门诊") == std::string::npos);  // 挂号费 not glued to it
}

TEST_CASE("a row printed with spaces among tabbed rows, and two rows on one line, are rows of their own", "[tables][wraps]") {
  const std::string spaced =
      "序号\t文件名称\t文号\n"
      "6\t关于加强水土保持方案审批管理的通知\t京水务保〔2010〕22号\n"
      "7 关于印发《北京市排水许可管理办法》的通知 京水务排〔2011〕30号\n"
      "8\t关于做好再生水利用工作的通知\t京水务节〔2012〕7号\n";
  Document d = DocFromText(spaced);
  REQUIRE(d.tables.size() == 1);
  CHECK(Rows(d.tables[0]) == 3);
  const TableRow* seven = RowAt(d.tables[0], 3);
  REQUIRE(seven);
  CHECK(seven->seq == "7");
  CHECK(Cell(*seven, "docno") == "京水务排〔2011〕30号");
  CHECK(Cell(*seven, "title") == "关于印发《北京市排水许可管理办法》的通知");
  // A wrapped title that happens to open with a number is a wrap still: no whole 文号 after it.
  Document wrap = DocFromText("序号\t文件名称\t文号\n6\t关于加强2010年度水土保持方案\t京水务保〔2010〕22号\n7 审批管理的通知\n8\t关于做好再生水利用工作的通知\t京水务节〔2012〕7号\n");
  REQUIRE(wrap.tables.size() == 1);
  CHECK(Rows(wrap.tables[0]) == 2);

  Document two = DocFromText(
      "序号\t文件名称\t文号\n8\t关于做好再生水利用工作的通知\t京水务节〔2012〕7号\n"
      "9\t关于加强农村供水工程管理的通知\t京水务农〔2013〕18号 10\t关于印发《北京市河湖保护管理办法》的通知\t京水务河〔2014〕5号\n"
      "11\t关于加强防汛物资储备管理的通知\t京水务防〔2015〕13号\n");
  REQUIRE(two.tables.size() == 1);
  CHECK(Rows(two.tables[0]) == 4);
  std::vector<std::string> docnos;
  for (const auto& r : two.tables[0].sections[0].rows) docnos.push_back(r.seq + " " + Cell(r, "docno"));
  CHECK(docnos == std::vector<std::string>{"8 京水务节〔2012〕7号", "9 京水务农〔2013〕18号", "10 京水务河〔2014〕5号", "11 京水务防〔2015〕13号"});
  // Parted by a tab; a spaced row with an OCR space in its title; a spaced row last.
  Document tab = DocFromText("序号\t文件名称\t文号\n1\t关于甲的通知\t京水务节〔2006〕12号\n"
                             "2\t关于乙的通知\t京水务资〔2009〕9号\t3\t关于丙的通知\t京水务供〔2010〕15号\n");
  REQUIRE(tab.tables.size() == 1);
  CHECK(Rows(tab.tables[0]) == 3);
  Document ocr = DocFromText("序号\t文件名称\t文号\n1\t关于甲的通知\t京水务节〔2006〕12号\n"
                             "2 关于印发《北京市 河道管理办法》的通知 京水务河〔2008〕41号\n3\t关于丙的通知\t京水务供〔2010〕15号\n");
  REQUIRE(ocr.tables.size() == 1);
  REQUIRE(Rows(ocr.tables[0]) == 3);
  CHECK(Cell(ocr.tables[0].sections[0].rows[1], "title") == "关于印发《北京市河道管理办法》的通知");
  Document last = DocFromText("序号\t文件名称\t文号\n1\t关于甲的通知\t京水务节〔2006〕12号\n"
                              "2 关于乙的通知 京水务资〔2009〕9号\n\n本决定自发布之日起施行。\n");
  REQUIRE(last.tables.size() == 1);
  CHECK(Rows(last.tables[0]) == 2);
}

// Catalog tables: golden rows and counts from the sample issues (repairs and planted faults are
// in tables_repair_test.cpp, cells in tables_cells_test.cpp). Documents are cut from the corpus by printed line
// range (the 文号 line + 1 to the document's last line), so these tests do not depend on the
// segmenter.
#include <catch2/catch.hpp>

#include "extract/tables.hpp"
#include "extract/tables_internal.hpp"
#include "tables_support.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"
#include "util/text.hpp"

using namespace gazette;
using namespace gazette::table_tests;

TEST_CASE("2024 第38期 catalog: 8 + 129 + 12 = 149 rows by section", "[tables]") {
  // 京人社事业发〔2024〕10号 at 2024-38.txt:86; its 附件2 ends at 375.
  Document d = DocFromLines("tests/corpus/2024-38.txt", 87, 375);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.schema == "qualification");
  CHECK(t.title == "北京市国际职业资格认可目录(1.0版)");  // 2024-38.txt:160
  CHECK(t.declared_total == 149);                          // 2024-38.txt:162
  CHECK(t.line == 166);
  REQUIRE(t.sections.size() == 3);
  CHECK(t.sections[0].title == "(一)急需紧缺境外职业资格清单");  // 2024-38.txt:164
  CHECK(t.sections[0].declared == 8);
  CHECK(t.sections[0].rows.size() == 8);
  CHECK(t.sections[1].title == "(二)境外职业资格清单");  // 2024-38.txt:178
  CHECK(t.sections[1].declared == 129);
  CHECK(t.sections[1].rows.size() == 129);
  CHECK(t.sections[2].title == "(三)出海职业认证清单");  // 2024-38.txt:347
  CHECK(t.sections[2].declared == 12);
  CHECK(t.sections[2].rows.size() == 12);
  CHECK(t.sections[1].rows.back().seq == "129");  // 2024-38.txt:345
  CHECK(t.sections[1].rows.back().line == 345);
  CHECK(CheckTables(d, "2024-38.txt").empty());
}

TEST_CASE("2024 第38期 catalog: the hardest rows", "[tables]") {
  Document d = DocFromLines("tests/corpus/2024-38.txt", 87, 375);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  // 2024-38.txt:221 three issuers run together, one of them letter-spaced; country blank.
  const TableRow* r = RowAt(t, 221);
  REQUIRE(r);
  CHECK(r->seq == "33");
  CHECK(Cell(*r, "name") == "跟单信用证专家证书(CDCS)");
  CHECK(Cell(*r, "issuer_zh") == "伦敦银行与金融学院; 国际商会; 对外贸易银行业者协会");
  CHECK(Cell(*r, "issuer_en") ==
        "The London Institute of Banking & Finance; The International Chamber of Commerce; Bankers Association for Foreign Trade");
  CHECK(Cell(*r, "country") == "");
  CHECK(Cell(*r, "field") == "金融");
  // 2024-38.txt:229 letter-spaced name and issuer.
  r = RowAt(t, 229);
  REQUIRE(r);
  CHECK(Cell(*r, "name") == "ACA 英格兰及威尔士特许会计师");
  CHECK(Cell(*r, "issuer_zh") == "英格兰及威尔士特许会计师协会");
  CHECK(Cell(*r, "issuer_en") == "The Institute of Chartered Accountants in England and Wales");
  // 2024-38.txt:233 two countries in one cell stay apart.
  r = RowAt(t, 233);
  REQUIRE(r);
  CHECK(Cell(*r, "country") == "英国 美国");
  // 2024-38.txt:200 a word split by OCR: DELT A.
  r = RowAt(t, 200);
  REQUIRE(r);
  CHECK(Cell(*r, "name") == "DELTA 英语语言教师文凭");
  // 2024-38.txt:238 acronym before the Chinese name, 2024-38.txt:228 IMA 管理会计师协会.
  r = RowAt(t, 228);
  REQUIRE(r);
  CHECK(Cell(*r, "name") == "CMA 注册管理会计师资格");
  CHECK(Cell(*r, "issuer_zh") == "IMA 管理会计师协会");
  CHECK(Cell(*r, "issuer_en") == "Institute of Management Accountants");
  // 2024-38.txt:313 领域 value printed under 国家(地区) with 领域 blank: moved back.
  r = RowAt(t, 313);
  REQUIRE(r);
  CHECK(r->seq == "103");
  CHECK(Cell(*r, "country") == "");
  CHECK(Cell(*r, "field") == "商业服务");
  CHECK(!r->repairs.empty());
  // 2024-38.txt:189 国家(地区) holds a copy of 领域 (金融、会计): cleared.
  r = RowAt(t, 189);
  REQUIRE(r);
  CHECK(Cell(*r, "country") == "");
  CHECK(Cell(*r, "field") == "金融、会计");
  // 2024-38.txt:307 wrapped cell text 文化旅游 及娱乐服务, 2024-38.txt:305 dash in a Latin name.
  CHECK(Cell(*RowAt(t, 307), "field") == "文化旅游及娱乐服务");
  CHECK(Cell(*RowAt(t, 305), "issuer_en") == "Schweizer Schneesport Berufs- und Schulverband");
  // 2024-38.txt:175 two Chinese names before one English name.
  CHECK(Cell(*RowAt(t, 175), "issuer_en") == "Green Business Certification, Inc");
}

TEST_CASE("2021 第44期 catalog: 82 rows", "[tables]") {
  // 京人社事业发〔2021〕33号 at 2021-44.txt:269; its 附件2 ends at 420.
  Document d = DocFromLines("tests/corpus/2021-44.txt", 270, 420);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.schema == "qualification");
  CHECK(t.declared_total == 82);  // 2021-44.txt:300
  REQUIRE(t.sections.size() == 1);
  CHECK(Rows(t) == 82);
  CHECK(t.sections[0].rows.front().line == 303);
  CHECK(t.sections[0].rows.back().seq == "82");  // 2021-44.txt:408
  // 2021-44.txt:314 blank 国家(地区); 2021-44.txt:322 issuer wrapped inside the cell.
  CHECK(Cell(*RowAt(t, 314), "country") == "");
  CHECK(Cell(*RowAt(t, 314), "field") == "金融");
  CHECK(Cell(*RowAt(t, 322), "issuer") == "中国澳门特别行政区土地工务运输局");
  CHECK(Cell(*RowAt(t, 322), "issuer_en") == "");
  CHECK(Cell(*RowAt(t, 318), "field") == "建筑与工程服务");
  // 2021-44.txt:323 an acronym inside the Chinese name (美国 IEEE 计算机协会), the English after it.
  CHECK(Cell(*RowAt(t, 323), "issuer_zh") == "美国 IEEE 计算机协会");
  CHECK(Cell(*RowAt(t, 323), "issuer_en") == "IEEE Computer Society");
  CHECK(CheckTables(d, "2021-44.txt").empty());
}

TEST_CASE("2021 第44期 support tables: items numbered inside the first column, sub-rows", "[tables]") {
  // 京商财务字〔2021〕33号 at 2021-44.txt:608; the document ends at 832.
  Document d = DocFromLines("tests/corpus/2021-44.txt", 609, 832);
  REQUIRE(d.tables.size() == 2);
  const Table& t1 = d.tables[0];  // 2021-44.txt:770-785
  CHECK(t1.schema == "generic");
  CHECK(Rows(t1) == 15);
  CHECK(t1.sections[0].rows[14].seq == "十五");  // 2021-44.txt:785
  CHECK(Cell(t1.sections[0].rows[7], "col_2") == "");  // 2021-44.txt:778 (八) blank for 中小外贸企业
  const Table& t2 = d.tables[1];  // 2021-44.txt:791-830
  int items = 0, subrows = 0;
  for (const auto& r : t2.sections[0].rows) (r.filled ? subrows : items)++;
  CHECK(items == 16);
  CHECK(subrows == 10);
  // 2021-44.txt:793 a sub-row carries its item's 序号 and direction.
  const TableRow* r = RowAt(t2, 793);
  REQUIRE(r);
  CHECK(r->filled);
  CHECK(r->seq == "一");
  CHECK(Cell(*r, "col_2") == "国际性展会");
  // 2021-44.txt:811 continues 七's 备注 (2021-44.txt:806) after the header repeated at 810.
  r = RowAt(t2, 806);
  REQUIRE(r);
  CHECK(Cell(*r, "note").find("7.此项目依据评审结果给予资金支持") != std::string::npos);
  CHECK(r->last_line == 811);
  CHECK(CheckTables(d, "2021-44.txt").empty());
}

TEST_CASE("2023 第42期 repeal list: 57 rows with every 文号", "[tables]") {
  // 京人社发〔2023〕10号 at 2023-42.txt:943; the list ends at 1024.
  Document d = DocFromLines("tests/corpus/2023-42.txt", 944, 1024);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.schema == "repeal");
  CHECK(t.stated == 57);  // 2023-42.txt:945 废止失效 57 件
  CHECK(t.stated_line == 945);
  CHECK(Rows(t) == 57);
  // Every 文号, 2023-42.txt:960-1024, in order.
  const std::vector<std::string> expected = {
      "京劳社督发〔2001〕100号", "京劳社督发〔2001〕101号", "京劳社法发〔2004〕91号", "京人社就发〔2018〕212号",
      "京人社就字〔2020〕70号", "京人社就发〔2021〕25号", "京人社就发〔2022〕24号", "京人发〔2006〕48号",
      "京人发〔2008〕77号", "京人社毕发〔2012〕219号", "京人社毕发〔2015〕273号", "京人社毕发〔2017〕45号",
      "京人社毕发〔2017〕193号", "京人社毕字〔2020〕67号", "京人社能发〔2017〕7号", "京人社能字〔2020〕48号",
      "京人社能字〔2020〕89号", "京人社能发〔2020〕6号", "京人社能发〔2021〕3号", "京人社能发〔2021〕34号",
      "京人社能发〔2021〕39号", "京劳社服复〔2004〕302号", "京人社服发〔2011〕9号", "京人社服复〔2019〕352号",
      "京人发〔2000〕87号", "京人发〔2003〕10号", "京人发〔2003〕14号", "京人发〔2003〕68号",
      "京人社专技字〔2020〕90号", "京人发〔2002〕65号", "京人发〔2003〕63号", "京人社专技发〔2018〕14号",
      "京人社专技发〔2018〕15号", "京劳社就发〔2001〕263号", "京人社积发〔2018〕72号", "京人社积发〔2018〕73号",
      "京人社积发〔2018〕82号", "京人社积发〔2018〕84号", "京人社积发〔2018〕116号", "京人社积发〔2018〕193号",
      "京人社积发〔2018〕208号", "京人社积发〔2019〕73号", "京人社发〔2020〕11号", "〔87〕市劳险字第224号",
      "京劳社养发〔2000〕221号", "京劳社养发〔2001〕52号", "京劳社养发〔2001〕156号", "京劳社养发〔2004〕122号",
      "京劳社养发〔2006〕39号", "京劳社养发〔2006〕98号", "京人社养发〔2010〕208号", "京人社养发〔2010〕265号",
      "京人社工发〔2012〕131号", "京劳社保发〔2002〕113号", "京劳社保发〔2008〕238号", "京人社监发〔2018〕205号",
      "京人社监发〔2022〕21号"};
  std::vector<std::string> docnos;
  for (const auto& r : t.sections[0].rows) docnos.push_back(Cell(r, "docno"));
  CHECK(docnos == expected);
  CHECK(t.sections[0].rows[27].seq == "28");
  CHECK(Cell(t.sections[0].rows[27], "title") == "关于印发《北京市继续教育评选表彰管理办法(试行)》的通知");  // 2023-42.txt:991
  CHECK(CheckTables(d, "2023-42.txt").empty());
}

TEST_CASE("2023 第42期 price table: 5 rows, trailing blank cells kept", "[tables]") {
  // 京医保发〔2023〕14号 at 2023-42.txt:1056; the table ends at 1087.
  Document d = DocFromLines("tests/corpus/2023-42.txt", 1057, 1087);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.schema == "price-item");
  CHECK(t.stated == 5);  // 2023-42.txt:1062 新增5项
  REQUIRE(Rows(t) == 5);
  const TableRow& r = t.sections[0].rows[2];  // 2023-42.txt:1085
  CHECK(r.seq == "");
  CHECK(Cell(r, "code") == "PCAA0408");
  CHECK(Cell(r, "unit") == "每百克");
  CHECK(Cell(r, "pricing_note") == "以处方药物重量计。不足1百克按1百克计算。");
  CHECK(Cell(r, "excluded") == "");
  CHECK(Cell(r, "note") == "不与其他临方加工项目同时收取");
  CHECK(Cell(t.sections[0].rows[1], "excluded") == "止血材料、可吸收性缝线");  // 2023-42.txt:1084
  CHECK(Cell(t.sections[0].rows[0], "name") == "人磷酸化 tau-181蛋白检测");  // 2023-42.txt:1083
  CHECK(CheckTables(d, "2023-42.txt").empty());
}

TEST_CASE("2023 第42期 institution list and no table in 2024 第16期", "[tables]") {
  Document d = DocFromLines("tests/corpus/2023-42.txt", 1092, 1200);  // 京医保发〔2023〕15号
  REQUIRE(d.tables.size() == 1);
  CHECK(Rows(d.tables[0]) == 23);  // 2023-42.txt:1154-1176
  CHECK(d.tables[0].stated == -1);  // 认定1家 (2023-42.txt:1099) is not a count of the list
  Document none = DocFromLines("tests/corpus/2024-16.txt", 81, 1280);
  CHECK(none.tables.empty());
}

TEST_CASE("through segmentation: rows per document, and check is silent", "[tables]") {
  struct Expect {
    const char* file;
    const char* docno;
    std::vector<int> rows;  // per table
  };
  const std::vector<Expect> expected = {
      {"2024-38", "京人社事业发〔2024〕10号", {149}},   // 2024-38.txt:166-363
      {"2021-44", "京人社事业发〔2021〕33号", {82}},    // 2021-44.txt:302-408
      {"2021-44", "京商财务字〔2021〕33号", {15, 26}},  // 2021-44.txt:770-785, 791-830
      {"2023-42", "京人社发〔2023〕10号", {57}},        // 2023-42.txt:959-1024
      {"2023-42", "京医保发〔2023〕14号", {5}},         // 2023-42.txt:1082-1087
      {"2023-42", "京医保发〔2023〕15号", {23}},        // 2023-42.txt:1153-1176
  };
  for (std::string f : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    auto issue = LoadIssue(std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/" + f + ".txt");
    REQUIRE(issue.ok());
    for (const auto& d : issue->documents) {
      INFO(f << " " << d.docno);
      std::vector<int> rows;
      for (const auto& t : d.tables) rows.push_back(Rows(t));
      std::vector<int> want;
      for (const auto& e : expected)
        if (f == e.file && d.docno == e.docno) want = e.rows;
      CHECK(rows == want);
      CHECK(CheckTables(d, f).empty());
    }
  }
}

TEST_CASE("a table's count printed alone in parentheses or at the end of its caption is its total", "[tables]") {
  const std::string rows =
      "序号\t文件名称\t文号\n"
      "1\t关于印发《北京市甲办法》的通知\t京测发〔2001〕1号\n"
      "2\t关于印发《北京市乙办法》的通知\t京测发〔2002〕2号\n";
  for (const std::string caption : {"废止的规范性文件目录\n(5件)\n", "废止的规范性文件目录(5件)\n", "废止的规范性文件目录(共5件)\n"}) {
    INFO(caption);
    Document d;
    d.body = Normalize("附件\n" + caption + rows, "t.txt").lines;
    auto tables = ExtractTables(d);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].declared_total == 5);
    CHECK(StartsWith(tables[0].title, "废止的规范性文件目录"));
  }
}

TEST_CASE("a title wrapped onto the next line is no part of a 文号 it cites", "[tables]") {
  Document d;
  d.body = Normalize("附件\n序号\t文件名称\t文号\n"
                     "1\t北京市测试局关于贯彻落实《国务院关于加强测试工作的决定》\t-\n"
                     "(国发〔2005〕1号)的实施意见\n"
                     "2\t北京市测试局关于做好测试工作的通知\t京测发〔2003〕3号\n",
                     "t.txt").lines;
  auto tables = ExtractTables(d);
  REQUIRE(tables.size() == 1);
  const auto& rows = tables[0].sections.at(0).rows;
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells.at(0).second == "北京市测试局关于贯彻落实《国务院关于加强测试工作的决定》(国发〔2005〕1号)的实施意见");
  CHECK(rows[0].cells.at(1).second == "-");
}

TEST_CASE("a repeal list's columns headed 规章名称 and 文件编号 are its title and 文号", "[tables]") {
  for (const char* header : {"序号\t规章名称\t文件编号\n", "序号\t规范性文件名称\t发文文号\n", "序号\t名称\t文件字号\n"}) {
    INFO(header);
    Document d = table_tests::DocFromText(std::string("宣布废止的文件目录\n") + header +
                                          "1\t关于加强出租汽车行业管理的通知\t京交发〔2010〕12号\n"
                                          "2\t关于做好停车收费管理的通知\t京交发〔2012〕7号\n");
    REQUIRE(d.tables.size() == 1);
    const auto& rows = d.tables[0].sections.at(0).rows;
    REQUIRE(rows.size() == 2);
    CHECK(table_tests::Cell(rows[1], "title") == "关于做好停车收费管理的通知");
    CHECK(table_tests::Cell(rows[1], "docno") == "京交发〔2012〕7号");
  }
}

TEST_CASE("a 文号 cell listing a document's numbers keeps every one", "[tables]") {
  Document d = table_tests::DocFromText("宣布废止的文件目录\n序号\t文件名称\t文号\n"
                                        "1\t关于规范停车收费管理的通知\t京财预〔2014〕88号、京发改〔2014〕21号\n"
                                        "2\t关于加强出租汽车管理的通知\t京交发〔2011〕45号、46号\n"
                                        "3\t关于做好除雪工作的通知\t京交发〔2012〕7号(根据京交发〔2015〕2号修改)\n");
  REQUIRE(d.tables.size() == 1);
  const auto& rows = d.tables[0].sections.at(0).rows;
  REQUIRE(rows.size() == 3);
  CHECK(table_tests::Cell(rows[0], "docno") == "京财预〔2014〕88号、京发改〔2014〕21号");
  CHECK(table_tests::Cell(rows[1], "docno") == "京交发〔2011〕45号、京交发〔2011〕46号");
  CHECK(table_tests::Cell(rows[2], "docno") == "京交发〔2012〕7号");  // the second names its amendment
}

TEST_CASE("a section title printed in the grid, its one cell not blank, is a section, not a row", "[tables]") {
  Document d = table_tests::DocFromText("宣布废止的文件目录\n序号\t文件名称\t文号\n"
                                        "\t一、市政府文件\t\n"
                                        "1\t关于加强出租汽车行业管理的通知\t京政发〔2010〕12号\n"
                                        "\t二、市政府办公厅文件(1件)\t\t\n"
                                        "2\t关于进一步规范停车收费管理的通知\t京政办发〔2012〕7号\n");
  REQUIRE(d.tables.size() == 1);
  const auto& sections = d.tables[0].sections;
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].title == "一、市政府文件");
  CHECK(sections[1].title == "二、市政府办公厅文件");
  CHECK(sections[1].declared == 1);
  REQUIRE(sections[0].rows.size() == 1);
  CHECK(table_tests::Cell(sections[0].rows[0], "title") == "关于加强出租汽车行业管理的通知");
}

TEST_CASE("a cell's wrapped item ending a clause is no section title printed in the grid", "[tables]") {
  Document d = table_tests::DocFromText("任务分工表\n序号\t任务\t责任单位\n"
                                        "1\t完善政策体系,包括:\t市发展改革委\n"
                                        "\t(一)财政补贴政策;\t\n"
                                        "\t(二)税收优惠政策。\t\n"
                                        "2\t加强组织保障\t市财政局\n");
  REQUIRE(d.tables.size() == 1);
  REQUIRE(d.tables[0].sections.size() == 1);
  CHECK(d.tables[0].sections[0].title.empty());
}

TEST_CASE("a 编号 column beside the 序号 is an identifier of its own, kept as printed", "[tables]") {
  // A catalog of standards repealed (序号 编号 名称): the 编号 holds DB11/T 101-1998, no row
  // number; as a second sequence column it had been left out of CSV, TSV and the workbook.
  const tables::FittedSchema fitted = tables::FitSchema({"序号", "编号", "名称", "批准日期"});
  REQUIRE(fitted.columns.size() == 4);
  CHECK(fitted.columns[0].key == "seq");
  CHECK(fitted.columns[1].key == "number");
  CHECK(fitted.columns[1].type == ColumnType::kText);
  // 编号 alone numbers the rows, as 序号 does.
  CHECK(tables::FitSchema({"编号", "名称"}).columns[0].key == "seq");
  Issue issue = BuildIssue({"t.txt", "UTF-8",
                            "北京市质量技术监督局关于废止部分地方标准的通知\n京质监标发〔2013〕105号\n各有关单位:\n"
                            "现将废止的地方标准目录印发给你们。\n废止的北京市地方标准目录\n序号\t编号\t名称\n"
                            "1\tDB11/T 101-1998\t蔬菜生产技术规程\n2\tDB11/T 102-1998\t果树栽培技术规程\n"
                            "北京市质量技术监督局\n2013年5月6日\n"});
  REQUIRE(issue.documents.size() == 1);
  REQUIRE(issue.documents[0].tables.size() == 1);
  const auto& rows = issue.documents[0].tables[0].sections[0].rows;
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].cells.size() == 2);
  CHECK(rows[0].cells[0] == std::pair<std::string, std::string>{"number", "DB11/T 101-1998"});
}

TEST_CASE("the headers every table prints do not name a table's kind", "[tables]") {
  // A 行政许可事项目录 shares only 项目名称 with price lists beside 序号 and 备注: generic, not price-item.
  CHECK(tables::FitSchema({"序号", "项目名称", "实施机关", "设定依据", "备注"}).name == "generic");
  // A list whose every header the schema names keeps it (序号 医疗机构名称: institutions).
  CHECK(tables::FitSchema({"序号", "医疗机构名称"}).name == "institutions");
}

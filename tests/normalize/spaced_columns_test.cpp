// Tables printed with runs of spaces between their columns (a PDF's text with its layout kept):
// read as the tab-separated rows they stand for, so that no row is lost.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"
#include "normalize/spaced_columns.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;
using normalize_internal::SpacedColumns;
using normalize_internal::SplitAtGaps;

namespace {

// Each line of TEXT as SpacedColumns leaves it: rewritten with tabs, or as printed.
std::vector<std::string> Rewritten(const std::string& text) {
  SpacedColumns columns;
  std::vector<std::string> out;
  for (size_t at = 0; at < text.size();) {
    size_t nl = text.find('\n', at);
    std::string_view raw = std::string_view(text).substr(at, nl - at);
    std::string tabbed;
    out.push_back(columns.Rewrite(raw, &tabbed) ? tabbed : std::string(raw));
    at = nl + 1;
  }
  return out;
}

const char* const kDecision =
    "北京市人民政府关于宣布失效一批规范性文件的决定\n"
    "京政发〔2016〕12号\n"
    "\n"
    "各区人民政府，市政府各委、办、局：\n"
    "    市政府决定宣布失效以下规范性文件（4件）。\n"
    "\n"
    "附件\n"
    "\n"
    "                      宣布失效的规范性文件目录\n"
    "\n"
    "  序号                   文件名称                              文号\n"
    "   1     北京市人民政府关于加强城市管理工作的通知          京政发〔2005〕30号\n"
    "   2     北京市人民政府关于进一步加强和改进街道工作的      京政发〔2006〕12号\n"
    "         若干意见\n"
    "   3     北京市人民政府关于促进就业工作的通知              京政发〔2008〕5号\n"
    "\n"
    "                                   - 2 -\n"
    "\n"
    "  序号                   文件名称                              文号\n"
    "   4     北京市人民政府关于做好节能工作的通知              京政发〔2007〕3号\n"
    "\n"
    "    本决定自印发之日起施行。\n";

}  // namespace

TEST_CASE("cells split at gaps of two columns or more, a wide character counting two", "[normalize][columns]") {
  auto cells = SplitAtGaps("  序号    文件 名称　文号  ");
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].text == "序号");
  CHECK(cells[0].column == 2);
  CHECK(cells[1].text == "文件 名称");  // one space is no gap
  CHECK(cells[1].column == 10);
  CHECK(cells[2].text == "文号");
  CHECK(cells[2].column == 21);  // past 文件 名称 (9 columns) and the ideographic space (2)
  CHECK(SplitAtGaps("   ").empty());
}

TEST_CASE("a table's rows, wrapped pieces and repeated header get tabs; the rest stays", "[normalize][columns]") {
  auto lines = Rewritten(kDecision);
  CHECK(lines[4] == "    市政府决定宣布失效以下规范性文件（4件）。");
  CHECK(lines[10] == "序号\t文件名称\t文号");
  CHECK(lines[11] == "1\t北京市人民政府关于加强城市管理工作的通知\t京政发〔2005〕30号");
  CHECK(lines[13] == "\t若干意见");  // under the name column
  CHECK(lines[16] == "                                   - 2 -");
  CHECK(lines[18] == "序号\t文件名称\t文号");
  CHECK(lines[21] == "    本决定自印发之日起施行。");
  // A line with gaps outside a table, and a header whose first cell is no 序号, stay as printed.
  CHECK(Rewritten("北京市人民政府          2015年12月31日\n名称    文号\n甲    乙\n") ==
        std::vector<std::string>{"北京市人民政府          2015年12月31日", "名称    文号", "甲    乙"});
}

TEST_CASE("rows go on under a section title printed between them", "[normalize][columns]") {
  auto lines = Rewritten(
      "一、综合类（1件）\n"
      "  序号    文件名称                                文号\n"
      "   1      北京市人民政府关于加强城市管理工作的通知    京政发〔2005〕30号\n"
      "二、经济类（1件）\n"
      "   2      北京市人民政府关于做好节能工作的通知        京政发〔2007〕3号\n"
      "    注：  以上文件  继续有效。\n");
  CHECK(lines[3] == "二、经济类（1件）");
  CHECK(lines[4] == "2\t北京市人民政府关于做好节能工作的通知\t京政发〔2007〕3号");
  CHECK(lines[5] == "    注：  以上文件  继续有效。");
}

TEST_CASE("a table printed with gaps gives its rows, its repeals and no check finding", "[normalize][columns][tables]") {
  Issue issue = BuildIssue({"spaced.txt", "UTF-8", kDecision});
  REQUIRE(issue.documents.size() == 1);
  const Document& doc = issue.documents[0];
  REQUIRE(doc.tables.size() == 1);
  size_t rows = 0;
  for (const auto& section : doc.tables[0].sections) rows += section.rows.size();
  CHECK(rows == 4);
  auto refs = ExtractReferences(doc);
  REQUIRE(refs.size() == 4);
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(refs[1].to == "京政发〔2006〕12号");
  CHECK(refs[1].title == "北京市人民政府关于进一步加强和改进街道工作的若干意见");
}

TEST_CASE("a header's 序号 printed on a line of its own joins the header under it", "[normalize][columns][tables]") {
  const char* const tabbed =
      "附件\n序号\n文件名称\t文号\n"
      "1\t关于印发《北京市甲办法》的通知\t京测发〔2001〕1号\n";
  const char* const spaced =
      "附件\n序号\n文件名称                    文号\n"
      "1     关于印发《北京市甲办法》的通知    京测发〔2001〕1号\n";
  for (const char* text : {tabbed, spaced}) {
    INFO(text);
    auto lines = Normalize(text, "t.txt").lines;
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].line == 2);  // the header starts where its 序号 is printed
    CHECK(lines[1].text == "序号\t文件名称\t文号");
    CHECK(lines[2].text == "1\t关于印发《北京市甲办法》的通知\t京测发〔2001〕1号");
  }
  // 序号 alone over a line without columns stays a line of its own.
  CHECK(Normalize("序号\n关于印发《北京市甲办法》的通知\n", "t.txt").lines.size() == 2);
}

TEST_CASE("a 文号 cut by the wrap is finished by the line under its row, in tables and in refs", "[columns][tables][refs]") {
  const char* const tabbed =
      "北京市测试局关于废止部分文件的通知\n京测发〔2022〕5号\n\n各区：\n    现将废止的文件目录公布如下。\n\n附件\n"
      "序号\t文件名称\t文号\n"
      "1\t关于印发《北京市甲办法》的通知\t京测发〔2001〕1号\n"
      "2\t关于印发《北京市乙办法》的通知\t京测发\n"
      "〔2002〕2号\n"
      "3\t关于印发《北京市丙办法》的通知\t京测发〔2003〕3号\n";
  const char* const spaced =
      "北京市测试局关于废止部分文件的通知\n京测发〔2022〕5号\n\n各区：\n    现将废止的文件目录公布如下。\n\n附件\n"
      "序号      文件名称                               文号\n"
      "1         关于印发《北京市甲办法》的通知         京测发〔2001〕1号\n"
      "2         关于印发《北京市乙办法》的通知         京测发\n"
      "                                                 〔2002〕2号\n"
      "3         关于印发《北京市丙办法》的通知         京测发〔2003〕3号\n";
  for (const char* text : {tabbed, spaced}) {
    INFO(text);
    Issue issue = BuildIssue({"cut.txt", "UTF-8", text});
    REQUIRE(issue.documents.size() == 1);
    const Document& doc = issue.documents[0];
    REQUIRE(doc.tables.size() == 1);
    const auto& rows = doc.tables[0].sections.at(0).rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].cells.at(1).second == "京测发〔2002〕2号");
    auto refs = ExtractReferences(doc);
    REQUIRE(refs.size() == 3);
    CHECK(ToString(refs[1].type) == "repeals");
    CHECK(refs[1].to == "京测发〔2002〕2号");
  }
}

TEST_CASE("no line outside a table's columns is read as a piece of its rows", "[normalize][columns]") {
  // A paragraph after the table starts under the name column but runs past it; a section title
  // under the name column is a section title; 序 over an article is a heading, not a header.
  auto lines = Rewritten(
      "序号  文件名称                                      文号\n"
      "      一、综合类（1件）\n"
      "1     北京市人民政府关于加强城市管理工作的通知      京政发〔2005〕30号\n"
      "      二、经济类（1件）\n"
      "2     北京市人民政府关于促进就业工作的通知          京政发〔2008〕5号\n"
      "      上述文件自本决定印发之日起不再执行，各区、各部门要认真做好相关文件的清理工作，确保\n");
  CHECK(lines[1] == "      一、综合类（1件）");
  CHECK(lines[2] == "1\t北京市人民政府关于加强城市管理工作的通知\t京政发〔2005〕30号");
  CHECK(lines[3] == "      二、经济类（1件）");
  CHECK(lines[4] == "2\t北京市人民政府关于促进就业工作的通知\t京政发〔2008〕5号");
  CHECK(lines[5].find('\t') == std::string::npos);
  // 序　　言 centred over a preamble is no header (its first cell, 序, is no 序号).
  CHECK(Rewritten("          序　　言\n1.　提高管理水平　保障安全\n") ==
        std::vector<std::string>{"          序　　言", "1.　提高管理水平　保障安全"});
  auto text = Normalize("序\n第一条　为了加强管理，制定本办法。\n", "t.txt").lines;
  REQUIRE(text.size() == 2);
  CHECK_FALSE(text[1].has_tab);
}

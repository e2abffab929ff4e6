// Table headers printed in other layouts: letter-spaced (序  号   文  件  名  称) and wrapped, the
// rest of a cell on the next line (文件 / 名称). Each is read as the one header line it stands
// for, so that the tables extractor and the lists of references know its columns.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

const char* const kRows =
    "1\t北京市甲管理办法\t京政发〔2010〕1号\n"
    "2\t北京市乙管理办法\t京政发〔2011〕2号\n";

// The references and table rows of a repeal decision whose list is printed under HEADER, then ROWS.
struct Read {
  size_t rows = 0;
  std::vector<Reference> refs;
};
Read ReadDecision(const std::string& header, const std::string& rows) {
  const std::string text = "北京市人民政府关于废止部分规范性文件的决定\n\n京政发〔2020〕5号\n\n市政府决定废止下列规范性文件。\n\n" +
                           header + rows + "\n北京市人民政府\n2020年3月1日\n";
  Issue issue = BuildIssue({"h.txt", "UTF-8", text});
  Read out;
  if (issue.documents.size() != 1) return out;
  const Document& doc = issue.documents[0];
  for (const auto& t : doc.tables)
    for (const auto& s : t.sections) out.rows += s.rows.size();
  out.refs = ExtractReferences(doc);
  return out;
}

void CheckTwoRepeals(const Read& r) {
  CHECK(r.rows == 2);
  REQUIRE(r.refs.size() == 2);
  for (const auto& ref : r.refs) CHECK(ToString(ref.type) == "repeals");
  CHECK(r.refs[0].title == "北京市甲管理办法");
  CHECK(r.refs[1].to == "京政发〔2011〕2号");
}

}  // namespace

TEST_CASE("a header printed letter-spaced is read word by word, its columns by their wider gaps", "[normalize][columns][tables]") {
  auto lines = Normalize("  序  号    文  件  名  称                  文  号\n"
                         "    1       北京市甲管理办法                京政发〔2010〕1号\n",
                         "t.txt")
                   .lines;
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "序号\t文件名称\t文号");
  CheckTwoRepeals(ReadDecision("  序  号    文  件  名  称                  文  号\n",
                               "    1       北京市甲管理办法                京政发〔2010〕1号\n"
                               "    2       北京市乙管理办法                京政发〔2011〕2号\n"));
}

TEST_CASE("a header whose letters spread over their columns is read by the columns of the row under it", "[normalize][columns][tables]") {
  // Each word's letters spaced to fill its column: 文件名称's letters stand wider apart than 序号's.
  const char* const header = "  序  号      文    件    名    称          文  号\n";
  const char* const rows =
      "    1       北京市甲管理办法              京政发〔2010〕1号\n"
      "    2       北京市乙管理办法              京政发〔2011〕2号\n";
  CHECK(Normalize(std::string(header) + rows, "t.txt").lines[0].text == "序号\t文件名称\t文号");
  CheckTwoRepeals(ReadDecision(header, rows));
  // 序号 not spaced, the other words spaced.
  CheckTwoRepeals(ReadDecision("  序号      文  件  名  称                文  号\n", rows));
  // One-letter words spaced as 序  号 is: read by that gap, each a column.
  CHECK(Normalize("序  号    类  别    名  称    级  别    备  注\n  1       甲      北京市甲管理办法    一级    无\n", "t.txt")
            .lines[0]
            .text == "序号\t类别\t名称\t级别\t备注");
}

TEST_CASE("the rest of a header's cells wrapped onto the next line joins the header", "[normalize][columns][tables]") {
  auto lines = Normalize("序号\t文件\t发文\n\t名称\t字号\n1\t北京市甲管理办法\t京政发〔2010〕1号\n", "t.txt").lines;
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "序号\t文件名称\t发文字号");
  CHECK(lines[0].line == 1);
  CHECK(lines[0].last_line == 2);
  CheckTwoRepeals(ReadDecision("序号\t文件\t文号\n\t名称\t\n", kRows));
  CheckTwoRepeals(ReadDecision("  序号     文件               文号\n           名称\n",
                               "   1       北京市甲管理办法   京政发〔2010〕1号\n"
                               "   2       北京市乙管理办法   京政发〔2011〕2号\n"));
  // A qualifier in brackets is a piece too.
  CHECK(Normalize("序号\t项目名称\t补助金额\n\t\t(万元)\n", "t.txt").lines[0].text == "序号\t项目名称\t补助金额(万元)");
  // Under a header, a section title or a row without its 序号 is no piece of it.
  CHECK(Normalize("序号\t文件名称\t文号\n\t(一)市级部门(2件)\t\n", "t.txt").lines.size() == 2);
  CHECK(Normalize("序号\t文件名称\t文号\n\t市政府文件\t\n", "t.txt").lines.size() == 2);
  CHECK(Normalize("序号\t单位\t负责人\n\t市发展改革委\t张三\n", "t.txt").lines.size() == 2);
  CHECK(Normalize("序号\t文件\t文号\n\t市级部门\t\n", "t.txt").lines.size() == 2);
  CHECK(Normalize("序号\t文件名称\t文号\n1\t名称\t京政发〔2010〕1号\n", "t.txt").lines.size() == 2);
}

// Running heads: a title a PDF's text repeats at the top of its pages, left between a page's
// furniture and the text the page break cut. Dropped where it is known to be one, kept where a
// title after a page break may be a document's own.
#include <catch2/catch.hpp>

#include <algorithm>

#include <string>
#include <vector>

#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

// The text of each line Normalize keeps of TEXT.
std::vector<std::string> KeptLines(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& l : Normalize(text, "t.txt").lines) out.push_back(l.text);
  return out;
}

bool Holds(const std::vector<std::string>& lines, const std::string& text) {
  for (const auto& l : lines)
    if (l == text) return true;
  return false;
}

}  // namespace

TEST_CASE("a running head inside a sentence cut by a page break is furniture", "[normalize][running-heads]") {
  const auto lines = KeptLines(
      "北京市示范停车管理办法\n"
      "第一条 为了加强本市停车管理，制定本办法。\n"
      "第二条 停车设施经营者应当公示收费标准，\n"
      "— 2 —\n"
      "北京市示范停车管理办法\n"
      "并按照标准收费。\n");
  CHECK(lines.front() == "北京市示范停车管理办法");  // the title itself stays
  CHECK(std::count(lines.begin(), lines.end(), "北京市示范停车管理办法") == 1);
  CHECK(Holds(lines, "并按照标准收费。"));
}

TEST_CASE("a title-shaped line after furniture again, the text going on under it, is a running head", "[normalize][running-heads]") {
  const auto lines = KeptLines(
      "第一条 本办法所称停车设施，是指停放机动车的场所。\n"
      "— 2 —\n"
      "政府规章\n"
      "第二条 市交通行政主管部门负责本市停车管理工作。\n"
      "— 3 —\n"
      "政府规章\n"
      "第三条 本办法自2020年1月1日起施行。\n"
      "— 4 —\n"
      "政府规章\n"
      "第四条 本办法由市交通委负责解释。\n");
  CHECK(std::count(lines.begin(), lines.end(), "政府规章") == 0);  // each goes on with the text: 第二条, 第三条
  CHECK(lines.size() == 4);
}

TEST_CASE("a document's title after a page break is kept, its running heads are not", "[normalize][running-heads]") {
  // The issuing notice closed, the regulation begins on a new page with its title; the same title
  // heads its next pages, once inside a sentence, once between two articles.
  const auto regulation = KeptLines(
      "现将《北京市示范停车管理办法》印发给你们，请认真贯彻执行。\n"
      "(此件公开发布)\n"
      "— 2 —\n"
      "北京市示范停车管理办法\n"
      "第一条 为了加强本市停车管理，制定本办法。\n"
      "第二条 停车设施经营者应当公示收费标准，\n"
      "— 3 —\n"
      "北京市示范停车管理办法\n"
      "并按照标准收费。\n"
      "— 4 —\n"
      "北京市示范停车管理办法\n"
      "第三条 本办法自2020年1月1日起施行。\n");
  CHECK(std::count(regulation.begin(), regulation.end(), "北京市示范停车管理办法") == 1);
  CHECK(regulation[2] == "北京市示范停车管理办法");
  CHECK(Holds(regulation, "并按照标准收费。"));
  // A document's title after a page break, the last line above left open (a contact line), and
  // printed before in the contents: the line below opens a unit of its own, so it is kept.
  const auto next = KeptLines(
      "北京市示范局关于做好示范资金申报工作的通知\n"
      "联系人:王某某 联系电话:010-66668888，\n"
      "— 3 —\n"
      "北京市示范局关于做好示范资金申报工作的通知\n"
      "京示发〔2024〕3号\n");
  CHECK(std::count(next.begin(), next.end(), "北京市示范局关于做好示范资金申报工作的通知") == 2);
}

TEST_CASE("a contents entry between its page numbers is no running head", "[normalize][running-heads]") {
  // Contents printing each page number on a line of its own: the entry follows furniture too.
  const auto lines = KeptLines(
      "目 录\n北京市示范停车管理办法\n2\n北京市示范道路管理办法\n5\n"
      "北京市人民政府令\n第316号\n市长 张三\n2024年1月15日\n"
      "— 5 —\n"
      "北京市示范道路管理办法\n"
      "第一条 为了加强本市道路管理，制定本办法。\n");
  CHECK(std::count(lines.begin(), lines.end(), "北京市示范道路管理办法") == 2);
}

TEST_CASE("a title after a page break, printed once there, is kept", "[normalize][running-heads]") {
  // The title printed before (a contents entry without its page) and after the page break that
  // opens the document: the text above is closed, and the title follows furniture only once.
  const auto lines = KeptLines(
      "北京市示范停车管理办法\n"
      "市长 张三\n"
      "2020年1月1日\n"
      "— 1 —\n"
      "北京市示范停车管理办法\n"
      "第一条 为了加强本市停车管理，制定本办法。\n");
  CHECK(std::count(lines.begin(), lines.end(), "北京市示范停车管理办法") == 2);
  // A title-shaped line printed twice, never after furniture: both kept.
  const auto twice = KeptLines("关于加强停车管理的通知\n正文。\n关于加强停车管理的通知\n正文。\n");
  CHECK(std::count(twice.begin(), twice.end(), "关于加强停车管理的通知") == 2);
}

TEST_CASE("a head under which the text goes on is dropped, even the first; a title a document opens under is kept", "[normalize][running-heads]") {
  // The regulation's title printed once as its own, then heading the next page between two
  // articles, and inside a sentence that goes on with a colon.
  const auto lines = KeptLines(
      "北京市示范停车管理办法\n"
      "第一条 为了加强本市停车管理，制定本办法。\n"
      "— 2 —\n"
      "北京市示范停车管理办法\n"
      "第二条 本市新建、改建、扩建的停车设施应当同时符合以下\n"
      "— 3 —\n"
      "北京市示范停车管理办法\n"
      "条件:\n");
  CHECK(std::count(lines.begin(), lines.end(), "北京市示范停车管理办法") == 1);
  CHECK(Holds(lines, "第二条本市新建、改建、扩建的停车设施应当同时符合以下条件:"));  // the sentence joined
  // Contents over two pages: an entry heads the second; the decision it names opens a page too.
  const auto issue = KeptLines(
      "目 录\n北京市人民政府关于印发甲办法的通知\n— 1 —\n"
      "北京市人民政府关于废止部分规范性文件的决定\n(京政发〔2024〕7号)……(5)\n"
      "— 4 —\n"
      "北京市人民政府关于废止部分规范性文件的决定\n"
      "京政发〔2024〕7号\n");
  CHECK(std::count(issue.begin(), issue.end(), "北京市人民政府关于废止部分规范性文件的决定") == 2);
}

TEST_CASE("a plan's title a page begins with stays; its heads between sections go", "[normalize][running-heads]") {
  // The title followed by a preamble, then by 一、; the same title heads the next page before 二、.
  const auto lines = KeptLines(
      "现将《北京市示范资金管理实施方案》印发给你们，请认真贯彻执行。\n"
      "— 4 —\n"
      "北京市示范资金管理实施方案\n"
      "为规范示范资金管理，提高资金使用效益，制定本方案。\n"
      "一、总体要求\n"
      "— 5 —\n"
      "北京市示范资金管理实施方案\n"
      "二、主要任务\n");
  CHECK(std::count(lines.begin(), lines.end(), "北京市示范资金管理实施方案") == 1);
  CHECK(lines[1] == "北京市示范资金管理实施方案");
}

TEST_CASE("another province's or the State Council's gazette name beside its issue is a running head too", "[normalize][running-heads]") {
  const auto lines = Normalize("第五条　船舶应当遵守下列规定。\n广东省人民政府公报　　　　　　2014年第30期\n第六条　本规定自公布之日起施行。\n"
                               "2015年第3期　中华人民共和国国务院公报\n", "t.txt").lines;
  for (const auto& l : lines) CHECK(l.text.find("公报") == std::string::npos);
  // Alone on its line it may be a cited title or a table's cell: kept.
  const auto alone = Normalize("各单位可订阅\n天津市人民政府公报\n等兄弟省市公报。\n序号\t名称\t份数\n1\t广东省人民政府公报\t2\n", "t.txt").lines;
  CHECK(std::count_if(alone.begin(), alone.end(), [](const TextLine& l) { return l.text.find("人民政府公报") != std::string::npos; }) == 2);
}

TEST_CASE("a running head with its page's section beside the gazette name is furniture; the section alone is not", "[normalize][running-heads]") {
  for (const std::string head : {"北京市人民政府公报　　　　市政府文件", "部门文件　　　北京市人民政府公报", "北京市人民政府公报　【部门文件】"}) {
    INFO(head);
    auto lines = KeptLines("北京市人民政府关于进一步加强\n\n- 3 -\n\n" + head + "\n\n地下管线安全管理工作的通知\n");
    CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.find("公报") != std::string::npos; }));
  }
  CHECK(Holds(KeptLines("目　录\n\n市政府文件\n\n北京市人民政府关于做好工作的通知……（1）\n"), "市政府文件"));
}

// Lines a wrap or a page break cut inside an article: a cross-reference wrapped before its 第N条
// (依照本条例 / 第五条处罚。) is no article, and an item's first line cut after a comma or a
// conjunction is no heading.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "articles_support.hpp"
#include "extract/articles.hpp"

using namespace gazette;
using namespace gazette::article_tests;

namespace {

// "id heading|text" of each node of REGULATION.
std::vector<std::string> NodesOf(const std::string& regulation) {
  std::vector<std::string> out;
  for (const auto& n : ExtractArticles(Doc(regulation))) out.push_back(n.id + " " + n.heading + "|" + n.text);
  return out;
}

}  // namespace

TEST_CASE("a cross-reference wrapped before its article number is no article", "[articles][wraps]") {
  const auto nodes = NodesOf(
      "第一条　为了加强乡村道路管理，制定本条例。\n"
      "第二条　擅自占用乡村道路的，由县级交通主管部门依照本条例\n第五条处罚。\n"
      "第三条　当事人不服的，可以依照《中华人民共和国行政复议法》\n第九条申请行政复议。\n"
      "第四条　本条例自2001年1月1日起施行。\n"
      "第五条　本条例由省交通运输厅负责解释。\n");
  CHECK(nodes == std::vector<std::string>{"art_1 |为了加强乡村道路管理,制定本条例。",
                                          "art_2 |擅自占用乡村道路的,由县级交通主管部门依照本条例第五条处罚。",
                                          "art_3 |当事人不服的,可以依照《中华人民共和国行政复议法》第九条申请行政复议。",
                                          "art_4 |本条例自2001年1月1日起施行。", "art_5 |本条例由省交通运输厅负责解释。"});
  // The next article in sequence is one, whatever the line before ends with.
  CHECK(NodesOf("第一条　制定本条例。\n第二条　依照本条例\n第三条　本条例自公布之日起施行。\n").size() == 3);
}

TEST_CASE("an item's first line cut after a comma or a conjunction is no heading", "[articles][wraps]") {
  const auto nodes = NodesOf(
      "第二条　单位应当履行下列消防安全职责：\n"
      "（一）按照国家标准、行业标准配置消防设施、器材，设置消防安全标志，\n并定期组织检验、维修，确保完好有效；\n"
      "（二）改变船舶检验证书所限定的航区或者\n用途的；\n"
      "（三）组织防火检查。\n");
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[1] == "art_2__item_1 |按照国家标准、行业标准配置消防设施、器材,设置消防安全标志,并定期组织检验、维修,确保完好有效;");
  CHECK(nodes[2] == "art_2__item_2 |改变船舶检验证书所限定的航区或者用途的;");
}

TEST_CASE("an article out of sequence is one under a heading, or set off by a space", "[articles][wraps]") {
  // A missing article (OCR lost its label) leaves a gap check reports; the next article stays.
  const auto under_heading = NodesOf("第一章　总则\n第一条　为了加强管理，制定本办法。\n第二章　法律适用\n第五条　违反本办法的，依法处理。\n");
  CHECK(under_heading.back() == "chp_2__art_5 |违反本办法的,依法处理。");
  const auto set_off = NodesOf("第一条　制定本办法。\n第二条　具体职责依照本办法\n第四条　本办法自2015年5月1日起施行。\n");
  CHECK(set_off.back() == "art_4 |本办法自2015年5月1日起施行。");
}

TEST_CASE("a heading that holds commas or ends in a word like 参与 stays a heading", "[articles][wraps]") {
  const auto nodes = NodesOf("一、总体要求\n（一）坚持政府主导，部门协作，社会参与\n各区政府是乡村道路管理的责任主体。\n");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[1] == "sec_1__item_1 坚持政府主导,部门协作,社会参与|各区政府是乡村道路管理的责任主体。");
}

TEST_CASE("the 版记 after an issued instrument's last item belongs to no item", "[articles][wraps]") {
  const auto nodes = NodesOf("一、工作要点\n（一）办好政府网站。\n（二）办好政府公报。\n抄送：市委各部门，市人大常委会办公厅。\n"
                             "北京市人民政府办公厅　　　　2022年2月24日印发\n");
  REQUIRE(nodes.size() == 3);
  CHECK(nodes[2] == "sec_1__item_2 |办好政府公报。");
}

TEST_CASE("an article's own line opening 抄报: with one recipient is its text, no 版记", "[articles][wraps]") {
  const auto nodes = NodesOf("第一条　为加强管理，制定本办法。\n第二条　项目单位应当报送下列材料：\n抄报：区县农业主管部门；\n第三条　本办法自发布之日起施行。\n");
  REQUIRE(nodes.size() >= 3);
  CHECK(nodes.back().rfind("art_3 ", 0) == 0);
  CHECK(std::any_of(nodes.begin(), nodes.end(), [](const std::string& n) { return n.find("抄报") != std::string::npos; }));
}

TEST_CASE("a chapter's heading wrapped after a conjunction goes on on the next line", "[articles][wraps]") {
  const auto nodes = ExtractArticles(Doc("第一章　总则\n第一条　为了加强城乡规划管理，制定本条例。\n"
                                         "第二章　城乡规划的制定、修改和\n实施监督管理\n第二条　城乡规划的制定应当遵循本条例。\n"));
  const ArticleNode* chapter = Find(nodes, "chp_2");
  REQUIRE(chapter);
  CHECK(chapter->heading == "城乡规划的制定、修改和实施监督管理");
}

TEST_CASE("article labels OCR printed without a real digit or with a space are articles", "[articles][wraps]") {
  // 第lO条 and 第1 1条 had been 款 of the article before, check silent.
  const auto nodes = NodesOf("第八条　甲。\n第九条　乙。\n第lO条　丙。\n第1 1条　本办法自2020年1月1日起施行。\n");
  CHECK(nodes == std::vector<std::string>{"art_8 |甲。", "art_9 |乙。", "art_10 |丙。", "art_11 |本办法自2020年1月1日起施行。"});
}

TEST_CASE("items numbered with the single characters ⑴ and ⒈ are items (1) and 1.", "[articles][wraps]") {
  // Word and PDF text of provincial rules prints (1) and 1. so: they had been 款.
  const auto nodes = NodesOf("第二条　单位应当履行下列职责：\n⑴落实责任制；\n⑵制定制度。\n"
                             "第三条　重点单位还应当履行下列职责：\n⒈确定管理人；\n⒉建立档案。\n");
  CHECK(nodes == std::vector<std::string>{"art_2 |单位应当履行下列职责:\n(1)落实责任制;\n(2)制定制度。",
                                          "art_2__item_1 |落实责任制;", "art_2__item_2 |制定制度。",
                                          "art_3 |重点单位还应当履行下列职责:\n1.确定管理人;\n2.建立档案。",
                                          "art_3__item_1 |确定管理人;", "art_3__item_2 |建立档案。"});
}

TEST_CASE("the 、 : or . a web page prints after an article's label is the label's, not the text's", "[articles][wraps]") {
  for (const char* separator : {"、", "：", ":", "."}) {
    INFO(separator);
    const std::string s = separator;
    CHECK(NodesOf("第一条" + s + "为了规范管理，制定本办法。\n第二条" + s + "申请人应当自收到通知之日起十日内补正。\n") ==
          std::vector<std::string>{"art_1 |为了规范管理,制定本办法。", "art_2 |申请人应当自收到通知之日起十日内补正。"});
  }
  // The next article's text may open with a year or another article's number.
  CHECK(NodesOf("第一条、为了规范管理。\n第二条、2020年12月31日前登记的机构,继续有效。\n第三条、第一条所称机构包括养老院。\n").size() == 3);
  // 第五条、第六条 wrapped at a line's start is still a cross-reference.
  CHECK(NodesOf("第一条　违反本办法\n第五条、第六条规定的，予以处罚。\n第二条　本办法自公布之日起施行。\n").size() == 2);
}

// The article extractor on small hand-made documents: hierarchy, ids, text, damage.
#include <catch2/catch.hpp>
#include <string>

#include "extract/articles.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

/// A document whose body is TEXT (no instruments: everything is the notice).
Document Doc(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  return d;
}

/// A document whose body is NOTICE then an instrument titled TITLE holding REGULATION.
Document DocWithInstrument(const std::string& notice, const std::string& title, const std::string& regulation) {
  Document d = Doc(notice + "\n\n# " + title + "\n\n" + regulation);
  size_t first = 0;
  while (first < d.body.size() && d.body[first].text != title) ++first;
  d.instruments.push_back(Instrument{title, first, d.body.size(), d.body[first].line});
  return d;
}

const ArticleNode* Find(const std::vector<ArticleNode>& nodes, const std::string& id) {
  for (const auto& n : nodes)
    if (n.id == id) return &n;
  return nullptr;
}

const char* kRegulation =
    "## 第一章 总则\n\n"
    "**第一条** 为加强管理,制定本办法。\n\n"
    "**第二条** 本办法所称人员包括:\n\n"
    "- (一)零就业家庭成员;\n"
    "- (二)享受最低生活保障待遇人员;\n\n"
    "本市农村劳动力,纳入本市就业困难人员范围。\n\n"
    "## 第二章\n\n认定程序\n\n"
    "**第三条** 申请人对认定结果有异议的,可以自收到认定结\n\n"
    "果之日起 15 个工作日内申请复核。\n\n"
    "**第三条之一** 复核结果应当书面告知。\n\n"
    "**第四条**\n\n"
    "街道应当受理申请:\n\n"
    "(一)本市户籍人员;\n\n"
    "1. 持有居住证;\n\n"
    "2. 在本市就业;\n\n"
    "(二)其他情形。\n";

}  // namespace

TEST_CASE("articles: chapters, articles, paragraphs and items of an instrument", "[articles]") {
  Document d = DocWithInstrument("各有关单位:\n\n现印发给你们,请遵照执行。", "测试管理办法", kRegulation);
  auto nodes = ExtractArticles(d);
  REQUIRE(Find(nodes, "ins_1__chp_1"));
  CHECK(Find(nodes, "ins_1__chp_1")->heading == "总则");
  CHECK(Find(nodes, "ins_1__chp_1")->instrument == "测试管理办法");
  CHECK(Find(nodes, "ins_1__chp_2")->heading == "认定程序");  // heading on the next line
  const ArticleNode* a1 = Find(nodes, "ins_1__chp_1__art_1");
  REQUIRE(a1);
  CHECK(a1->label == "第一条");
  CHECK(a1->num == 1);
  CHECK(a1->text == "为加强管理,制定本办法。");
  // 第二条: two paragraphs, the items in the first.
  const ArticleNode* p1 = Find(nodes, "ins_1__chp_1__art_2__para_1");
  REQUIRE(p1);
  CHECK(p1->text == "本办法所称人员包括:\n(一)零就业家庭成员;\n(二)享受最低生活保障待遇人员;");
  const ArticleNode* item = Find(nodes, "ins_1__chp_1__art_2__para_1__item_2");
  REQUIRE(item);
  CHECK(item->label == "(二)");
  CHECK(item->text == "享受最低生活保障待遇人员;");
  CHECK(Find(nodes, "ins_1__chp_1__art_2__para_2")->text == "本市农村劳动力,纳入本市就业困难人员范围。");
  // 第三条 rejoined across the page break; 第三条之一.
  CHECK(Find(nodes, "ins_1__chp_2__art_3")->text == "申请人对认定结果有异议的,可以自收到认定结果之日起15个工作日内申请复核。");
  const ArticleNode* a3a = Find(nodes, "ins_1__chp_2__art_3-1");
  REQUIRE(a3a);
  CHECK(a3a->label == "第三条之一");
  CHECK(a3a->num == 3);
  // 第四条: label alone, text on the next line, nested items, no paragraph node.
  const ArticleNode* nested = Find(nodes, "ins_1__chp_2__art_4__item_1__item_2");
  REQUIRE(nested);
  CHECK(nested->text == "在本市就业;");
  CHECK(Find(nodes, "ins_1__chp_2__art_4")->text ==
        "街道应当受理申请:\n(一)本市户籍人员;\n1.持有居住证;\n2.在本市就业;\n(二)其他情形。");
  CHECK(Find(nodes, "ins_1__chp_2__art_4__para_1") == nullptr);
}

TEST_CASE("articles: parents link the tree and lines are printed lines", "[articles]") {
  Document d = DocWithInstrument("通知正文。", "测试管理办法", kRegulation);
  auto nodes = ExtractArticles(d);
  for (size_t i = 0; i < nodes.size(); ++i) {
    INFO(nodes[i].id);
    if (nodes[i].parent >= 0) CHECK(nodes[i].id.rfind(nodes[size_t(nodes[i].parent)].id + "__", 0) == 0);
    CHECK(nodes[i].line > 0);
  }
  // "通知正文。" 1, "# 测试管理办法" 3, "## 第一章 总则" 5, **第一条** 7.
  CHECK(Find(nodes, "ins_1__chp_1__art_1")->line == 7);
}

TEST_CASE("articles: numbered sections of a notice, run-in and bold headings", "[articles]") {
  Document d = Doc(
      "各有关单位:\n\n"
      "**一、提供便利服务**\n\n"
      "1. 对持证人员开通绿色通道;\n"
      "2. 给予便利。\n\n"
      "二、强化支持保障。持有证书的人员,纳入支持范围。\n\n"
      "**三、申请查验。**用人单位登录平台。\n\n"
      "四、本通知自2024年2月1日起施行。国家有新规定的,从其规定。\n\n"
      "北京市人力资源和社会保障局\n\n"
      "2024年9月2日\n");
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 6);
  CHECK(nodes[0].id == "sec_1");
  CHECK(nodes[0].kind == "section");
  CHECK(nodes[0].heading == "提供便利服务");
  CHECK(nodes[1].id == "sec_1__item_1");
  CHECK(nodes[2].text == "给予便利。");
  CHECK(nodes[3].heading == "强化支持保障");
  CHECK(nodes[3].text == "持有证书的人员,纳入支持范围。");
  CHECK(nodes[4].heading == "申请查验");
  CHECK(nodes[4].text == "用人单位登录平台。");
  CHECK(nodes[5].heading.empty());
  CHECK(nodes[5].text == "本通知自2024年2月1日起施行。国家有新规定的,从其规定。");  // signature not text
}

TEST_CASE("articles: attachments number apart", "[articles]") {
  Document d = Doc(
      "一、总体要求。\n\n二、工作安排。\n\n附件:1. 名单\n\n2. 条件\n\n北京市医疗保障局\n\n2023年9月25日\n\n"
      "附件 2\n\n试点零售药店遴选条件\n\n一、取得资格。\n\n二、人员不少于6名。\n");
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[1].id == "sec_2");
  CHECK(nodes[2].id == "att_2__sec_1");
  CHECK(nodes[2].instrument == "试点零售药店遴选条件");
  CHECK(nodes[3].text == "人员不少于6名。");
}

TEST_CASE("articles: a cross-reference at a line start is not an article", "[articles]") {
  Document d = DocWithInstrument("", "办法",
                                 "第一条 为规范管理,制定本办法。\n\n第二条 本办法适用于本市。\n\n"
                                 "第五条规定的人员除外。\n");
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[3].id == "ins_1__art_2__para_2");
  CHECK(nodes[3].text == "第五条规定的人员除外。");
}

TEST_CASE("check: gaps, repeats and order in article numbers", "[articles]") {
  Document d = DocWithInstrument("", "办法",
                                 "第一条 甲。\n\n第二条 乙。\n\n第四条 丁。\n\n第四条 丁。\n\n第三条 丙。\n");
  d.articles = ExtractArticles(d);
  auto findings = CheckArticles(d, "t.txt");
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].kind == "article-gap");
  CHECK(findings[0].line == 9);
  CHECK(findings[0].source == "t.txt");
  CHECK(findings[0].message.find("expected article 3") != std::string::npos);
  CHECK(findings[0].message.find("第四条") != std::string::npos);
  CHECK(findings[1].kind == "article-repeat");
  CHECK(findings[2].kind == "article-order");
}

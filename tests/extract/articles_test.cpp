// The article extractor on small hand-made documents: hierarchy, ids, text, damage (the
// samples' golden trees and the numbering checks are in articles_golden_test.cpp).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "articles_support.hpp"
#include "extract/articles.hpp"
#include "extract/articles_internal.hpp"
#include "gates.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"
#include "../support.hpp"
#include "util/text.hpp"

using namespace gazette;
using namespace gazette::article_tests;

namespace {

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
  CHECK(ToString(nodes[0].kind) == "section");
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

TEST_CASE("articles: a regulation's contents list is not its structure", "[articles]") {
  Document d = DocWithInstrument("", "条例",
                                 "目 录\n\n第一章 总则\n\n第二章 管理\n\n第一节 登记\n\n"
                                 "第一章 总则\n\n第一条 为规范管理,制定本条例。\n\n"
                                 "第二章 管理\n\n第一节 登记\n\n第二条 登记应当如实。\n");
  d.articles = ExtractArticles(d);
  REQUIRE(d.articles.size() == 5);
  CHECK(d.articles[0].id == "ins_1__chp_1");
  CHECK(d.articles[0].line == 13);
  CHECK(d.articles[4].id == "ins_1__chp_2__sec_1__art_2");
  CHECK(CheckArticles(d, "t.txt").empty());
}

TEST_CASE("articles: a code's chapters start again in each 编, its articles run through", "[articles]") {
  Document d = DocWithInstrument("", "条例",
                                 "第一编 总则\n第一章 基本规定\n第一条 为了规范管理,制定本条例。\n第二章 主体\n第二条 主体应当依法登记。\n"
                                 "第二编 分则\n第一章 一般规定\n第三条 分则适用于具体事项。\n第二章 特别规定\n第四条 特别事项依照特别规定。\n");
  d.articles = ExtractArticles(d);
  CHECK(CheckArticles(d, "t.txt").empty());
  // Articles still run through the whole text: 第一条 again in 第二编 is a gap and an order.
  d = DocWithInstrument("", "条例", "第一编 总则\n第一章 基本规定\n第一条 为了规范管理。\n第二编 分则\n第一章 一般规定\n第一条 分则适用。\n");
  d.articles = ExtractArticles(d);
  CHECK_FALSE(CheckArticles(d, "t.txt").empty());
}

TEST_CASE("articles: joined headings split when siblings share the shape; 1) items", "[articles]") {
  Document d = Doc(
      "二、健全帮扶链条\n\n"
      "(一)送政策进军营,服务部队加强技能储备\n\n各区部门要为驻区部队提供支持。\n\n"
      "(二)实施即退即训,强化适应性教育\n\n各区部门要坚持全员组织。\n\n"
      "(三)开展信息采集,建立档案\n\n1)采集信息;\n2)建立档案。\n");
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 6);
  CHECK(nodes[1].heading == "送政策进军营,服务部队加强技能储备");
  CHECK(nodes[1].text == "各区部门要为驻区部队提供支持。");
  CHECK(nodes[2].heading == "实施即退即训,强化适应性教育");
  CHECK(nodes[3].heading == "开展信息采集,建立档案");
  CHECK(nodes[5].id == "sec_2__item_3__item_2");
  CHECK(nodes[5].label == "2)");
}

TEST_CASE("articles: empty documents and out-of-range instruments give no nodes", "[articles]") {
  Document empty;
  CHECK(ExtractArticles(empty).empty());
  Document d = Doc("一、总体要求。\n");
  d.instruments.push_back(Instrument{"越界", 5, 9, 0});
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 1);
  CHECK(nodes[0].id == "sec_1");
  d.articles = nodes;
  CHECK(CheckArticles(d, "t.txt").empty());
}

TEST_CASE("articles: a bracketed article heading", "[articles]") {
  Document d = DocWithInstrument("", "条例", "第一条【立法目的】为了规范管理,制定本条例。\n");
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 1);
  CHECK(nodes[0].heading == "立法目的");
  CHECK(nodes[0].text == "为了规范管理,制定本条例。");
  // In parentheses (full-width as printed), run in or on the label's line alone; an item's
  // numeral in parentheses is no heading.
  d = DocWithInstrument("", "条例",
                        "第一条（立法目的）为了规范管理,制定本条例。\n第二条 （职责分工）\n市人民政府负责组织实施。\n"
                        "第三条 下列事项适用本条例:\n(一)登记;\n(二)变更。\n");
  nodes = ExtractArticles(d);
  std::vector<const ArticleNode*> articles;
  for (const auto& n : nodes)
    if (n.kind == NodeKind::kArticle) articles.push_back(&n);
  REQUIRE(articles.size() == 3);
  CHECK(articles[0]->heading == "立法目的");
  CHECK(articles[0]->text == "为了规范管理,制定本条例。");
  CHECK(articles[1]->heading == "职责分工");
  CHECK(articles[1]->text == "市人民政府负责组织实施。");
  CHECK(articles[2]->heading.empty());
  // A note of the article's history in parentheses is its text, not a heading.
  d = DocWithInstrument("", "条例", "第一条 为了规范管理,制定本条例。\n第二条（本条已删除）\n第三条(2015年修订)本市各级人民政府应当加强领导。\n");
  nodes = ExtractArticles(d);
  for (const auto& n : nodes) CHECK(n.heading.empty());
}

TEST_CASE("articles: a chapter or article whose text begins with 项 or 款 is one", "[articles]") {
  Document d = DocWithInstrument("", "办法",
                                 "第一章 总则\n第一条 为了规范管理,制定本办法。\n第二章 项目申报\n第二条 申报应当如实。\n"
                                 "第三条项目单位应当提交材料。\n第四条款项拨付按照规定执行。\n");
  const auto nodes = ExtractArticles(d);
  std::vector<const ArticleNode*> articles, chapters;
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::kArticle) articles.push_back(&n);
    if (n.kind == NodeKind::kChapter) chapters.push_back(&n);
  }
  REQUIRE(chapters.size() == 2);
  CHECK(chapters[1]->heading == "项目申报");
  REQUIRE(articles.size() == 4);
  CHECK(articles[2]->text == "项目单位应当提交材料。");
  CHECK(articles[3]->text == "款项拨付按照规定执行。");
}

// MarkerCandidates turns a line away from the marker patterns its first character cannot open,
// as the grammar's patterns say they open: every example and sample line, and lines made to open
// with each numeral, digit and mark, match no pattern it leaves out, and each pattern is left
// out of some line.
TEST_CASE("articles: a line is asked only the markers its first character may open", "[articles]") {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* head : {"一", "〇", "十", "两", "壹", "仟", "第", "①", "⑳", "1", "9", "١", "１", "(", "(一", "(1",
                           "〔", "【", "特", "a", " ", "\xEF\xBC\x88", "\xE4\xB8"})
    for (const char* tail : {"、正文", ")正文", ". 正文", ")", "", "章 总则", "条 正文"}) texts.push_back(std::string(head) + tail);
  size_t matched = 0;
  unsigned ever_left_out = 0;
  for (const auto& t : texts) {
    const unsigned may = articles::MarkerCandidates(t);
    for (size_t i = 0; i < articles::kMarkerCount; ++i) {
      const bool found = RxFull(t, articles::kMarkerPatterns[i]);
      matched += found;
      if (may >> i & 1) continue;
      ever_left_out |= 1u << i;
      INFO(articles::kMarkerPatterns[i] << ": " << t);
      REQUIRE_FALSE(found);
    }
  }
  CHECK(matched > 100);
  CHECK(ever_left_out == (1u << articles::kMarkerCount) - 1);
  CHECK(articles::MarkerCandidates("第一条 正文") == 0x1Fu);  // the five headings open with 第
  CHECK(articles::MarkerCandidates("\xE4\xB8") == (1u << articles::kMarkerCount) - 1);  // not UTF-8: all asked
}

// Which patterns may be asked of a line's head is read from their source: all ten of ours, and
// not a label that may match a stop, the end of a line, any character or what no rule here reads.
TEST_CASE("articles: a pattern is asked of a line's head only where its label cannot reach a stop", "[articles]") {
  for (size_t i = 0; i < articles::kMarkerCount; ++i) {
    INFO(articles::kMarkerPatterns[i]);
    CHECK(articles::HeadMatchable(i));
  }
  CHECK(articles::HeadMatchableSource("^第(?<num>[一二三]+)条\\s*(?<rest>.*)$"));
  CHECK(articles::HeadMatchableSource("^(?<num>\\d{1,3})\\s*[.、](?!\\d)\\s*(?<rest>.*)$"));
  CHECK_FALSE(articles::HeadMatchableSource("^第(?<num>[一二三]+)条\\s*(?<rest>[^。]*)$"));  // rest not .*$
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^第(?<num>\\d+)条:"));    // a stop in the label
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)。"));
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)\\:"));   // escaped, still a stop
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)."));       // any character
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)[^a]"));    // a negated class
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)\\S"));   // an escape not read here
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)[!-/]"));   // a range holding ','
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)(?=;)"));   // a lookahead at a stop
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d+)$"));
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>[[:punct:]])"));
  CHECK(articles::LabelAvoidsHeadStops("^(?<num>[①-⑳])\\s*"));
  CHECK(articles::LabelAvoidsHeadStops("^(?<num>\\d{1,3})"));  // a quantifier's comma
  CHECK(articles::LabelAvoidsHeadStops("^第(?:之(?<sub>\\d))?"));  // a group's colon
  CHECK_FALSE(articles::LabelAvoidsHeadStops("^(?<num>\\d){,"));  // no quantifier: a comma
}

// A marker pattern asked of a line's head (up to its first , ; : or 。) answers as asked of the
// line, with the same groups and its rest starting at the same byte: every marker pattern, every
// example and sample line, and lines whose stop falls inside a label or its spaces.
TEST_CASE("articles: a marker matched against the line's head, as against the line", "[articles]") {
  const char* kMarkers[] = {"article_part",       "article_chapter",    "article_section",
                            "article_article",    "article_cn_section", "article_item_cn",
                            "article_item_digit", "article_item_paren_digit", "article_item_circled"};
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* t : {"(一,)正文", "(一) ,正文", "1,. 正文", "1. ;正文", "1 .:正文", "第一,条 正文", "第一条之,一 正文",
                        "第一条之一 ,正文", "一;、正文", "一、。正文", "①,正文", "(1)\n,正文", "1.\0,正文", "第二章:总则"})
    texts.push_back(t);
  texts.push_back(std::string("(1)正文,\0尾", 13));
  size_t headed = 0, matched = 0;
  for (const auto& t : texts) {
    const size_t cut = articles::MarkerHead(t);
    if (cut == t.size() || !IsValidUtf8(t)) continue;
    ++headed;
    const std::string head = t.substr(0, cut);
    for (const char* name : kMarkers) {
      INFO(name << ": " << t);
      Match whole, part;
      const bool found = RxFull(t, name, whole);
      REQUIRE(RxFull(head, name, part) == found);
      if (!found) continue;
      ++matched;
      CHECK(whole.position("rest") == part.position("rest"));
      CHECK(GroupView(whole, "num") == GroupView(part, "num"));
      if (std::string_view(name) == "article_article") CHECK(GroupView(whole, "sub") == GroupView(part, "sub"));
    }
  }
  CHECK(headed > 100);
  CHECK(matched > 50);
  CHECK(articles::MarkerHead("一、总体要求。正文") == std::string("一、总体要求").size());
  CHECK(articles::MarkerHead("1.正文") == 8);
}

// A run-in heading is 1 to 12 characters before the first 。: at the bound and one past it,
// and a 。 with nothing before it (MayRunInHeading spares the regex the rest).
TEST_CASE("articles: a run-in heading of twelve characters, not thirteen", "[articles]") {
  const std::string h12 = "甲乙丙丁戊己庚辛壬癸子丑";
  Document d = Doc("一、" + h12 + "。正文在此。\n\n二、" + h12 + "寅。正文在此。\n\n三、。正文在此。\n\n四、" + h12 +
                   "\n");
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[0].heading == h12);
  CHECK(nodes[0].text == "正文在此。");
  CHECK(nodes[1].heading.empty());
  CHECK(nodes[1].text == h12 + "寅。正文在此。");
  CHECK(nodes[2].heading.empty());
  CHECK(nodes[2].text == "。正文在此。");
  CHECK(nodes[3].heading.empty());  // a short line without 。 and nothing after it: text
  CHECK(nodes[3].text == h12);
}

// An article's text holds its paragraphs and items as printed, each item's label opening its
// line, at every level of the tree (Flattener makes each node's text once, from its children's).
TEST_CASE("articles: texts of nested nodes hold their children's lines", "[articles]") {
  Document d = DocWithInstrument("通知正文。", "测试管理办法", kRegulation);
  auto nodes = ExtractArticles(d);
  const ArticleNode* art4 = Find(nodes, "ins_1__chp_2__art_4");
  REQUIRE(art4 != nullptr);
  CHECK(art4->text == "街道应当受理申请:\n(一)本市户籍人员;\n1.持有居住证;\n2.在本市就业;\n(二)其他情形。");
  const ArticleNode* item1 = Find(nodes, "ins_1__chp_2__art_4__item_1");
  REQUIRE(item1 != nullptr);
  CHECK(item1->text == "本市户籍人员;\n1.持有居住证;\n2.在本市就业;");
  const ArticleNode* art2 = Find(nodes, "ins_1__chp_1__art_2");
  REQUIRE(art2 != nullptr);
  CHECK(art2->text == "本办法所称人员包括:\n(一)零就业家庭成员;\n(二)享受最低生活保障待遇人员;\n本市农村劳动力,纳入本市就业困难人员范围。");
}

TEST_CASE("articles: circled items are numbered by their mark, a label set off by a space opens an article",
          "[articles]") {
  Document d = DocWithInstrument("", "办法",
                                 "第一条 为规范管理,制定本办法。\n\n第二条 下列人员适用本办法:\n\n①本市居民;\n\n"
                                 "②外省市人员。\n\n第五条 规定的人员除外。\n\n第八条规定的人员另行规定。\n");
  auto nodes = ExtractArticles(d);
  std::vector<const ArticleNode*> items, articles;
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::kItem) items.push_back(&n);
    if (n.kind == NodeKind::kArticle) articles.push_back(&n);
  }
  REQUIRE(items.size() == 2);
  CHECK(items[0]->num == 1);
  CHECK(items[0]->label == "①");
  CHECK(items[1]->num == 2);
  CHECK(items[1]->text == "外省市人员。");
  // 第五条 set off from its text is an article, though not the next number; 第八条规定的… is a
  // cross-reference at a line start, text of article 5.
  REQUIRE(articles.size() == 3);
  CHECK(articles[2]->num == 5);
  CHECK(articles[2]->text == "规定的人员除外。\n第八条规定的人员另行规定。");
}

TEST_CASE("articles: a cross-reference a wrap put at a line's start continues the article", "[articles]") {
  // The PDF broke the line before 第四条规定的 and before 第二章的规定; the next number too, so
  // only the words after the label tell it from an article (or chapter) of its own.
  Document d = DocWithInstrument("", "办法",
                                 "第一章 总则\n第一条 为了规范管理,制定本办法。\n第二条 登记事项的变更,适用本办法\n第二章的规定。\n"
                                 "第二章 登记\n第三条 单位变更登记事项的,应当依照本办法\n第四条规定的程序办理。\n"
                                 "第四条 登记程序由主管部门规定。\n");
  std::vector<const ArticleNode*> articles, chapters;
  auto nodes = ExtractArticles(d);
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::kArticle) articles.push_back(&n);
    if (n.kind == NodeKind::kChapter) chapters.push_back(&n);
  }
  REQUIRE(chapters.size() == 2);
  REQUIRE(articles.size() == 4);
  CHECK(articles[1]->text == "登记事项的变更,适用本办法第二章的规定。");
  CHECK(articles[2]->text == "单位变更登记事项的,应当依照本办法第四条规定的程序办理。");
  CHECK(articles[3]->num == 4);
  CHECK(articles[3]->text == "登记程序由主管部门规定。");
}

TEST_CASE("articles: a wrapped line joins its item's text, a space only between Latin words", "[articles]") {
  Document d = Doc("一、总体要求\n\n(一)适用范围。本办法适用于ISO\n\n9001认证机构及其\n\n分支机构\n");
  auto nodes = ExtractArticles(d);
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[1].text == "本办法适用于ISO 9001认证机构及其分支机构");
}

// MayOpenWithAttachment turns away only lines that neither attachment pattern matches: every
// example and sample line, as printed and normalized, and 附件 after a line separator, where a
// search's ^ matches too. EndsClosed reads a text of up to 64 bytes whole, a longer one's tail.
TEST_CASE("articles: the attachment test before the engine, and a closed end", "[articles]") {
  REQUIRE(StartsWith(Grammars().Find("article_attachment_label")->source, "^(?:附件|附录|附表)"));
  REQUIRE(StartsWith(Grammars().Find("article_attachment_list")->source, "^附件"));
  CHECK(articles::MayOpenWithAttachment("附录一", false));
  CHECK(RxFull("附录一", "article_attachment_label"));
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  texts.push_back("正文\n附件:1. 目录");
  size_t opened = 0;
  for (const auto& t : texts) {
    INFO(t);
    opened += articles::MayOpenWithAttachment(t, false);
    if (!articles::MayOpenWithAttachment(t, false)) REQUIRE_FALSE(RxFull(t, "article_attachment_label"));
    if (!articles::MayOpenWithAttachment(t, true)) REQUIRE_FALSE(RxFind(t, "article_attachment_list"));
  }
  CHECK(opened > 0);
  CHECK(articles::MayOpenWithAttachment("正文\n附件:1. 目录", true));
  CHECK(RxFind("正文\n附件:1. 目录", "article_attachment_list"));
  for (size_t ascii : {0, 1, 2, 3, 30, 61, 62, 63}) {  // the 。 or 字 ending at byte 64 or past it
    INFO(ascii);
    CHECK(articles::EndsClosed(std::string(ascii, 'a') + "。"));
    CHECK_FALSE(articles::EndsClosed(std::string(ascii, 'a') + "字"));
  }
}

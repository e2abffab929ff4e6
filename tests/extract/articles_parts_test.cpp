// Parts and their titles: a part title printed without its 第N章 (附 则, 总则) is an unnumbered unit,
// never a paragraph of the article before it; a plan's 第N部分 is a part over its 一、 sections; a
// code's 分编 a subpart between its 编 and its chapters.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "../support.hpp"
#include "articles_support.hpp"
#include "extract/articles.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;
using namespace gazette::article_tests;

namespace {

// "id text" of each node of REGULATION, an instrument of a notice.
std::vector<std::string> NodesOfPart(const std::string& regulation) {
  std::vector<std::string> out;
  for (const auto& n : ExtractArticles(DocWithInstrument("", "规定", regulation))) out.push_back(n.id + " " + n.text);
  return out;
}

}  // namespace

TEST_CASE("附 则 without 第N章 ends the chapter before and is no text of its last article", "[articles]") {
  CHECK(NodesOfPart("第一章　总则\n第一条　甲。\n第二章　管理\n第二条　乙。\n附　则\n第三条　丙。\n") ==
        std::vector<std::string>{"ins_1__chp_1 ", "ins_1__chp_1__art_1 甲。", "ins_1__chp_2 ", "ins_1__chp_2__art_2 乙。",
                                 "ins_1__art_3 丙。"});
}

TEST_CASE("附 则 under a 第N章 printed alone is that chapter's heading", "[articles]") {
  CHECK(NodesOfPart("第一章　总则\n第一条　甲。\n第二章\n附　则\n第二条　乙。\n") ==
        std::vector<std::string>{"ins_1__chp_1 ", "ins_1__chp_1__art_1 甲。", "ins_1__chp_2 ", "ins_1__chp_2__art_2 乙。"});
  for (const auto& n : ExtractArticles(DocWithInstrument("", "规定", "第一章\n总　则\n第一条　甲。\n")))
    if (n.kind == NodeKind::kChapter) CHECK(n.heading == "总则");
}

TEST_CASE("external/05.txt: 附 则 after 第五章 is no paragraph of 第五十二条", "[articles]") {
  Document d;
  d.body = Normalize(testing::ReadBytes(testing::Path("tests/corpus/external/05.txt")), "05.txt").lines;
  const std::vector<ArticleNode> nodes = ExtractArticles(d);
  const ArticleNode* art52 = nullptr;
  const ArticleNode* art53 = nullptr;
  for (const auto& n : nodes) {
    if (n.id.ends_with("art_52")) art52 = &n;
    if (n.id.ends_with("art_53")) art53 = &n;
  }
  REQUIRE(art52);
  REQUIRE(art53);
  // external/05.txt:215 and 219, with 附 则 printed alone at 217.
  CHECK(art52->text == "会议表决议案采用投票方式、按表决器方式、举手方式或者其他方式,由主席团决定。");
  CHECK(art53->line == 219);
  CHECK(art53->parent < 0);  // in no chapter: not in 第五章
}

TEST_CASE("a plan's 第N部分 is its part: its 一、 sections start again under each, with no check finding", "[articles]") {
  Document d = DocWithInstrument("", "规划",
                                 "第一部分　发展基础\n一、取得的成绩\n（一）大气环境明显改善。\n二、面临的形势\n"
                                 "第二部分　指导思想和目标\n一、指导思想\n二、主要目标\n");
  d.articles = ExtractArticles(d);
  std::vector<std::string> ids;
  for (const auto& n : d.articles) ids.push_back(n.id + " " + n.label + " " + n.heading);
  CHECK(ids == std::vector<std::string>{"ins_1__part_1 第一部分 发展基础", "ins_1__part_1__sec_1 一、 取得的成绩",
                                        "ins_1__part_1__sec_1__item_1 (一) ", "ins_1__part_1__sec_2 二、 ",
                                        "ins_1__part_2 第二部分 指导思想和目标", "ins_1__part_2__sec_1 一、 ",
                                        "ins_1__part_2__sec_2 二、 "});
  CHECK(CheckArticles(d, "t.txt").empty());
}

// 民法典 第二编 物权: 第一分编 通则 (第一章–第二章), 第二分编 所有权 (第三章): chapters run on through a
// 编's 分编, which are numbered within it.
TEST_CASE("a code's 分编 is a subpart between its 编 and its chapters", "[articles]") {
  Document d = DocWithInstrument("", "法",
                                 "第一编　总则\n第一条　甲。\n第二编　物权\n第一分编　通则\n第一章　一般规定\n第二条　乙。\n"
                                 "第二章　物权的设立\n第三条　丙。\n第二分编　所有权\n第三章　一般规定\n第四条　丁。\n"
                                 "第三编　合同\n第一分编　通则\n第一章　一般规定\n第五条　戊。\n");
  d.articles = ExtractArticles(d);
  std::vector<std::string> ids;
  for (const auto& n : d.articles)
    if (n.kind != NodeKind::kArticle) ids.push_back(n.id + " " + ToString(n.kind) + " " + n.heading);
  CHECK(ids == std::vector<std::string>{"ins_1__part_1 part 总则", "ins_1__part_2 part 物权",
                                        "ins_1__part_2__subpart_1 subpart 通则", "ins_1__part_2__subpart_1__chp_1 chapter 一般规定",
                                        "ins_1__part_2__subpart_1__chp_2 chapter 物权的设立", "ins_1__part_2__subpart_2 subpart 所有权",
                                        "ins_1__part_2__subpart_2__chp_3 chapter 一般规定", "ins_1__part_3 part 合同",
                                        "ins_1__part_3__subpart_1 subpart 通则", "ins_1__part_3__subpart_1__chp_1 chapter 一般规定"});
  CHECK(CheckArticles(d, "t.txt").empty());
  // A 分编's chapters starting again at 第一章 within the same 编 are out of order.
  d = DocWithInstrument("", "法", "第一编　物权\n第一分编　通则\n第一章　一般规定\n第一条　甲。\n第二分编　所有权\n第一章　一般规定\n第二条　乙。\n");
  d.articles = ExtractArticles(d);
  CHECK_FALSE(CheckArticles(d, "t.txt").empty());
}

TEST_CASE("a plan's sections may run on from part to part; a sentence opening with 第N部分 is no part", "[articles]") {
  Document d = DocWithInstrument("", "方案",
                                 "第一部分　总体要求\n一、指导思想\n二、工作目标\n第二部分　重点任务\n三、加强统筹\n四、强化保障\n");
  d.articles = ExtractArticles(d);
  CHECK(CheckArticles(d, "t.txt").empty());
  d = DocWithInstrument("", "决定",
                        "一、将《北京市示例规划》作如下修改：\n第二部分第(三)项中的“2025年”修改为“2027年”。\n"
                        "第二部分内容作相应调整。\n二、本决定自公布之日起施行。\n");
  d.articles = ExtractArticles(d);
  for (const auto& n : d.articles) CHECK(n.kind != NodeKind::kPart);
  CHECK(CheckArticles(d, "t.txt").empty());
}

TEST_CASE("附录 and 附表 after the last article open attachments, as 附件 does", "[articles]") {
  auto nodes = NodesOfPart("第一条　甲。\n第二条　本规定自发布之日起施行。\n附录一\n审批项目目录\n一、核与辐射类项目\n"
                           "附表1\n申请表\n1.申请人名称\n");
  CHECK(nodes == std::vector<std::string>{"ins_1__art_1 甲。", "ins_1__art_2 本规定自发布之日起施行。",
                                          "ins_1__att_1__sec_1 核与辐射类项目", "ins_1__att_1__item_1 申请人名称"});
}

TEST_CASE("a section numbered 三. (or 三．) is a section, as 三、 is", "[articles]") {
  auto nodes = NodesOfPart("一、落实责任。\n二、加强监管。\n三．强化检查。\n四、本通知自发布之日起执行。\n");
  CHECK(nodes == std::vector<std::string>{"ins_1__sec_1 落实责任。", "ins_1__sec_2 加强监管。", "ins_1__sec_3 强化检查。",
                                          "ins_1__sec_4 本通知自发布之日起执行。"});
}

TEST_CASE("a part's heading may open with 中 or 和 (第二部分 中心城区…, 第三部分 和谐…)", "[articles]") {
  Document d = DocWithInstrument("", "规划", "第一部分　总体要求\n一、指导思想\n第二部分　中心城区功能重组\n二、优化功能\n"
                                           "第三部分　和谐宜居城市建设\n三、加强住房保障\n");
  d.articles = ExtractArticles(d);
  int parts = 0;
  for (const auto& n : d.articles) parts += n.kind == NodeKind::kPart;
  CHECK(parts == 3);
  CHECK(CheckArticles(d, "t.txt").empty());
}

TEST_CASE("an item may open with a year or a figure a letter follows (1.2015年…, 2.5G…, 3.3D…)", "[articles]") {
  const auto nodes = ExtractArticles(Doc("一、重点任务\n1.2015年至2017年,完成老旧小区改造。\n2.5G网络建设。\n3.3D打印服务平台。\n"
                                         "4.提高1.5倍的补贴。\n"));
  std::vector<std::string> ids;
  for (const auto& n : nodes) ids.push_back(n.id);
  CHECK(ids == std::vector<std::string>{"sec_1", "sec_1__item_1", "sec_1__item_2", "sec_1__item_3", "sec_1__item_4"});
  REQUIRE(Find(nodes, "sec_1__item_1") != nullptr);
  CHECK(Find(nodes, "sec_1__item_1")->text == "2015年至2017年,完成老旧小区改造。");
  CHECK(Find(nodes, "sec_1__item_2")->text == "5G网络建设。");
}

// Articles inserted by an amendment (第N条之M) in every printed form: Chinese or Arabic numerals,
// the text opening with 第 (which otherwise marks a cross-reference a wrap put at a line's start).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "articles_support.hpp"
#include "extract/articles.hpp"

using namespace gazette;
using namespace gazette::article_tests;

namespace {

// "id label text" of each article of REGULATION.
std::vector<std::string> ArticlesOf(const std::string& regulation) {
  std::vector<std::string> out;
  for (const auto& n : ExtractArticles(DocWithInstrument("", "规定", regulation)))
    if (n.kind == NodeKind::kArticle) out.push_back(n.id + " " + n.label + " " + n.text);
  return out;
}

}  // namespace

TEST_CASE("an inserted article is an article of its own, whatever its numerals", "[articles]") {
  CHECK(ArticlesOf("第1条　第一条。\n第2条　第二条。\n第2条之一　第二条之一。\n第3条　第三条。\n") ==
        std::vector<std::string>{"ins_1__art_1 第1条 第一条。", "ins_1__art_2 第2条 第二条。", "ins_1__art_2-1 第2条之一 第二条之一。",
                                 "ins_1__art_3 第3条 第三条。"});
  CHECK(ArticlesOf("第一百条　甲。\n第100条之1　乙。\n第一百零一条　丙。\n") ==
        std::vector<std::string>{"ins_1__art_100 第一百条 甲。", "ins_1__art_100-1 第100条之1 乙。", "ins_1__art_101 第一百零一条 丙。"});
  // A cross-reference a wrap put at a line's start stays text: 第二条之一 is no article after 第三条.
  CHECK(ArticlesOf("第三条　依照本规定\n第二条之一第一款规定的程序办理。\n第四条　丁。\n") ==
        std::vector<std::string>{"ins_1__art_3 第三条 依照本规定第二条之一第一款规定的程序办理。", "ins_1__art_4 第四条 丁。"});
}

TEST_CASE("a wrapped item's first line is no heading; a cross-reference cut after 第 is no item", "[articles]") {
  // Both items wrap after a word that joins their lines: no heading, however often the shape recurs.
  CHECK(ArticlesOf("第一条　有下列行为之一的，依法处理：\n（一）超过规定面积，且经责令改正后拒不改正的，或者\n两次以上受到处罚的；\n"
                   "（二）擅自改变测试用途，情节严重的，或者造成\n重大损失的。\n第二条　违反本规定第一条第\n（二）项规定的，处2000元以上\n"
                   "2万元以下罚款。\n")
            .back() == "ins_1__art_2 第二条 违反本规定第一条第(二)项规定的,处2000元以上2万元以下罚款。");
  std::vector<std::string> items;
  for (const auto& n : ExtractArticles(DocWithInstrument("", "规定",
           "第一条　有下列行为之一的，依法处理：\n（一）超过规定面积，且经责令改正后拒不改正的，或者\n两次以上受到处罚的；\n"
           "（二）擅自改变测试用途，情节严重的，或者造成\n重大损失的。\n")))
    if (n.kind == NodeKind::kItem) items.push_back(n.heading + "|" + n.text);
  CHECK(items == std::vector<std::string>{"|超过规定面积,且经责令改正后拒不改正的,或者两次以上受到处罚的;",
                                          "|擅自改变测试用途,情节严重的,或者造成重大损失的。"});
}

// A list's caption read as a caption wherever it stands: under a sentence that introduced the list
// already (经清理,决定废止规范性文件2件。现将清理结果公布如下: / 一、决定废止的规范性文件(2件)), counting
// its rows in parentheses as an entry prints its dating.
#include <catch2/catch.hpp>

#include "references_support.hpp"

using namespace gazette;
using gazette::refs_tests::RefsOfText;

TEST_CASE("a numbered caption counting its rows under an intro sentence types the items under it", "[refs][items]") {
  auto refs = RefsOfText(
      "经清理,决定废止规范性文件2件。现将清理结果公布如下:\n"
      "一、决定废止的规范性文件(2件)\n"
      "1.浙江省人民政府办公厅关于印发浙江省城市房屋拆迁补偿办法的通知(浙政办发〔2001〕17号)\n"
      "2.浙江省人民政府关于加快发展乡镇企业的若干意见(浙政发〔1995〕101号)\n"
      "二、宣布失效的规范性文件(1件)\n"
      "1.浙江省人民政府关于加强粮食收购工作的通知(浙政发〔1996〕8号)\n"
      "上述文件自本通知印发之日起停止执行。\n");
  REQUIRE(refs.size() == 3);
  for (const auto& r : refs) {
    INFO(r.to);
    CHECK(ToString(r.type) == "repeals");
  }
}

TEST_CASE("items dated without a number under an attached list's caption without a colon are the list's", "[refs][items]") {
  auto refs = RefsOfText(
      "国务院决定废止7件行政法规。(附件)\n"
      "附件\n"
      "国务院决定废止的行政法规\n"
      "1.工商企业登记管理条例(1962年12月30日国务院发布)\n"
      "2.关于劳动教养的补充规定(1982年1月21日国务院转发)\n"
      "3.中华人民共和国水土保持法实施条例(1993年8月1日国务院令第120号发布)\n");
  REQUIRE(refs.size() == 3);
  CHECK(ToString(refs[0].type) + " " + refs[0].title == "repeals 工商企业登记管理条例");
  CHECK(ToString(refs[1].type) + " " + refs[1].title == "repeals 关于劳动教养的补充规定");
  CHECK(ToString(refs[2].type) + " " + refs[2].to == "repeals 国务院令第120号");
  // A heading naming a task is no caption: the items under it are nobody's repeal.
  auto task = RefsOfText("一、做好规章的修改和废止工作\n1.北京市甲管理办法(1998年3月1日市政府发布)\n");
  CHECK(task.empty());
}

TEST_CASE("a bare item dated with the decision that amended it in 《》 is the list's; the decision is only cited", "[refs][items]") {
  auto refs = RefsOfText(
      "国务院决定,对下列行政法规予以废止:\n"
      "1.工商企业登记管理条例(1962年12月30日国务院发布)\n"
      "2.公路管理条例(1987年10月13日国务院发布,根据2008年12月27日《国务院关于修改〈公路管理条例〉的决定》修订)\n");
  std::vector<std::string> typed;
  for (const auto& r : refs) typed.push_back(ToString(r.type) + " " + r.title);
  CHECK(typed == std::vector<std::string>{"repeals 工商企业登记管理条例", "cites 国务院关于修改〈公路管理条例〉的决定",
                                          "repeals 公路管理条例"});
}

TEST_CASE("a plan's, a refusal's or history's heading over items repeals nothing", "[refs][items]") {
  for (const char* heading : {"二、适时废止的规章", "二、暂不废止的规章", "二、已经废止的规章", "二、需要修改的规章"}) {
    INFO(heading);
    auto refs = RefsOfText(std::string(heading) + "\n1.北京市城市房屋拆迁管理办法(1998年10月15日市人民政府发布)\n"
                                                  "2.北京市殡葬管理规定(1997年12月5日市人民政府发布)\n");
    for (const auto& r : refs) CHECK(ToString(r.type) == "cites");
  }
}

TEST_CASE("an entry ending in a count (…名录的通知(64项)) is no caption: the list goes on", "[refs][items]") {
  auto refs = RefsOfText(
      "经清理,决定废止规范性文件3件。现将清理结果公布如下:\n"
      "一、决定废止的规范性文件(3件)\n"
      "1.浙江省人民政府关于加快发展乡镇企业的若干意见(浙政发〔1995〕101号)\n"
      "2.浙江省人民政府关于公布第一批省级非物质文化遗产名录的通知(64项)\n"
      "3.浙江省人民政府关于加强粮食收购工作的通知(浙政发〔1996〕8号)\n");
  REQUIRE(refs.size() >= 2);
  CHECK(ToString(refs.back().type) + " " + refs.back().to == "repeals 浙政发〔1996〕8号");
}

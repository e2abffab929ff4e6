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

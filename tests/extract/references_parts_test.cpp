// Parts of a document stopped in the wordings drafting uses beside 第五条废止 (an amendment, not a
// repeal), and a document cancelled by 作废 or 停止实行 (a repeal).
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "references_support.hpp"

using namespace gazette;

namespace {

std::string TypeTo(const std::string& text, const std::string& docno) {
  for (const auto& r : refs_tests::RefsOfText(text))
    if (r.to == docno) return ToString(r.type);
  return "";
}

}  // namespace

TEST_CASE("all but a part repealed, a part stopped after the verb or by its 部分, amend it", "[refs][parts]") {
  CHECK(TypeTo("《关于戊的通知》(京政发〔2001〕5号)除第四条外,其余内容同时废止。\n", "京政发〔2001〕5号") == "amends");
  CHECK(TypeTo("《关于壬的通知》(京政发〔2001〕10号)自本通知印发之日起停止执行第六条的规定。\n", "京政发〔2001〕10号") ==
        "amends");
  CHECK(TypeTo("《关于癸的通知》(京政发〔2001〕11号)第二部分“收费标准”停止执行。\n", "京政发〔2001〕11号") == "amends");
  // The whole stopped stays a repeal.
  CHECK(TypeTo("《关于庚的通知》(京政发〔2001〕7号)同时停止执行。\n", "京政发〔2001〕7号") == "repeals");
}

TEST_CASE("作废 right after a document's title, and 停止实行, repeal it", "[refs][parts]") {
  CHECK(TypeTo("市政府《关于子的批复》(京政函〔2001〕12号)作废。\n", "京政函〔2001〕12号") == "repeals");
  CHECK(TypeTo("本通知自1996年7月1日起实行,《北京市最低工资规定》(京劳发〔1994〕3号)同时停止实行。\n", "京劳发〔1994〕3号") ==
        "repeals");
  // Not a document the title's holder makes void (a licence is no document), nor 作废 of something else.
  CHECK(TypeTo("依据《关于丑的批复》(京政函〔2001〕13号)核发的证件作废。\n", "京政函〔2001〕13号") != "repeals");
}

// MoreCodePointsThan against CodePointCount: the same answer, however far it counts.
#include <catch2/catch.hpp>

#include "util/text.hpp"

using namespace gazette;

TEST_CASE("MoreCodePointsThan is CodePointCount > N", "[text]") {
  for (std::string s : {"", "a", "京", "a京〔1〕", "北京市人民政府关于印发实施方案的通知", "\x80\x80\x80\x80\x80", "ab\xFF\xFE"})
    for (size_t n = 0; n <= 40; ++n) {
      INFO(s << " " << n);
      CHECK(MoreCodePointsThan(s, n) == (CodePointCount(s) > n));
    }
}

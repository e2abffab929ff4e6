// The FRBR work URIs of the Akoma Ntoso export: by 文号, by a printed document's place in its
// issue, and one per cited title for acts the inputs cite by title alone (they had all shared
// /akn/cn-bj/act/0000/gazette--0).
#include <catch2/catch.hpp>

#include "export/akn.hpp"

using namespace gazette;

TEST_CASE("akn: each act its own work URI, whatever the corpus knows it by", "[akn]") {
  CHECK(AknUriOfId("京政发〔2023〕20号", "京政发〔2023〕20号") == AknWorkUri("京政发〔2023〕20号", "", 0));
  CHECK(AknUriOfId("", "2024-38#3") == AknWorkUri("", "2024-38", 3));
  const std::string a = AknUriOfId("", "《城市房屋拆迁管理条例》"), b = AknUriOfId("", "《城市供水条例》");
  CHECK(a != b);
  CHECK(a == AknUriOfId("", "《城市房屋拆迁管理条例》"));  // stable across runs
  CHECK(a.rfind("/akn/cn-bj/act/0000/cited-", 0) == 0);
}

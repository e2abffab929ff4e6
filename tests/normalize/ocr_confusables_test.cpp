// Characters OCR reads for others, repaired where they stand: 笫 for 第 before a number, 曰 for 日
// after a month's day.
#include <catch2/catch.hpp>

#include "normalize/normalizer.hpp"

using namespace gazette;

TEST_CASE("笫 before a number is 第; 曰 after a month's day is 日", "[normalize]") {
  CHECK(NormalizeText("笫四条 本办法自公布之日起施行。") == NormalizeText("第四条 本办法自公布之日起施行。"));
  CHECK(NormalizeText("北京市人民政府令 笫 205 号") == NormalizeText("北京市人民政府令 第 205 号"));
  CHECK(NormalizeText("2006年2月13曰") == "2006年2月13日");
  CHECK(NormalizeText("二〇〇六年二月十三曰") == "二〇〇六年二月十三日");
  // Elsewhere they are the characters printed.
  CHECK(NormalizeText("床笫之间") == "床笫之间");
  CHECK(NormalizeText("子曰:学而时习之。") == "子曰:学而时习之。");
}

TEST_CASE("an order numbered 笫N号 and an article 笫四条 are read as printed with 第", "[normalize][segment]") {
  const auto lines = Normalize("北京市人民政府令\n\n笫 205 号\n\n笫四条 本办法自2008年6月3曰起施行。\n", "t.txt").lines;
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].text == NormalizeText("第 205 号"));
  CHECK(lines[2].text == NormalizeText("第四条 本办法自2008年6月3日起施行。"));
}

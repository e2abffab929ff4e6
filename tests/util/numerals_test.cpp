// Chinese numerals: 1–199 in the forms articles and items print, and the special forms.
#include <catch2/catch.hpp>
#include <string>

#include "util/numerals.hpp"

using namespace gazette;

namespace {

const char* kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

/// N (1–199) written as articles number it: 十二, 二十, 一百零五, 一百一十.
std::string Spell(int n) {
  std::string s;
  if (n >= 100) {
    s += std::string(kDigits[n / 100]) + "百";
    n %= 100;
    if (n == 0) return s;
    if (n < 10) return s + "零" + kDigits[n];
    s += std::string(kDigits[n / 10]) + "十";
    return n % 10 ? s + kDigits[n % 10] : s;
  }
  if (n >= 10) {
    if (n / 10 > 1) s += kDigits[n / 10];
    s += "十";
    return n % 10 ? s + kDigits[n % 10] : s;
  }
  return kDigits[n];
}

}  // namespace

// 一 to 十 alone are read without ICU (OneToTen): the values below are those ICU gave them.
TEST_CASE("numerals 1 to 199", "[numerals]") {
  for (int n = 1; n <= 199; ++n) {
    INFO(n << " " << Spell(n));
    CHECK(ParseChineseNumeral(Spell(n)) == n);
    CHECK(ParseChineseNumeralFallback(Spell(n)) == n);
  }
}

TEST_CASE("numerals: 两, 〇, digit by digit, ASCII", "[numerals]") {
  CHECK(ParseChineseNumeral("两") == 2);
  CHECK(ParseChineseNumeral("两千零二十四") == 2024);
  CHECK(ParseChineseNumeral("二千零二十四") == 2024);
  CHECK(ParseChineseNumeral("〇") == 0);
  CHECK(ParseChineseNumeral("零") == 0);
  CHECK(ParseChineseNumeral("二〇二三") == 2023);
  CHECK(ParseChineseNumeral("二零二四") == 2024);  // ICU stops at 零: the fallback reads it
  CHECK(ParseChineseNumeral("一九九九") == 1999);
  // A year's zero as typed or read by OCR: a white circle, a large circle, the letter O, a digit.
  CHECK(ParseChineseNumeral("二○○八") == 2008);
  CHECK(ParseChineseNumeral("二◯◯八") == 2008);
  CHECK(ParseChineseNumeral("二OO八") == 2008);
  CHECK(ParseChineseNumeral("二ＯＯ八") == 2008);
  CHECK(ParseChineseNumeral("二00八") == 2008);
  CHECK(ParseChineseNumeral("一十二") == 12);
  CHECK(ParseChineseNumeral("一百零五") == 105);
  CHECK(ParseChineseNumeral("一万二千") == 12000);
  CHECK(ParseChineseNumeral("拾贰") == 12);
  CHECK(ParseChineseNumeral("12") == 12);
  CHECK(ParseChineseNumeral(" 十六 ") == 16);
}

TEST_CASE("numerals: 廿 and 卅 are twenty and thirty", "[numerals]") {
  CHECK(ParseChineseNumeral("廿六") == 26);
  CHECK(ParseChineseNumeral("廿") == 20);
  CHECK(ParseChineseNumeral("卅一") == 31);
  CHECK_FALSE(ParseChineseNumeral("廿条"));
}

TEST_CASE("numerals: not numerals", "[numerals]") {
  CHECK_FALSE(ParseChineseNumeral(""));
  CHECK_FALSE(ParseChineseNumeral("之一"));
  CHECK_FALSE(ParseChineseNumeral("十二条"));
  CHECK_FALSE(ParseChineseNumeral("总则"));
  CHECK_FALSE(ParseChineseNumeral("12a"));
  CHECK_FALSE(ParseChineseNumeral("十二三"));
  CHECK_FALSE(ParseChineseNumeral("99999999999"));
}

TEST_CASE("numerals: fallback forms", "[numerals]") {
  CHECK(ParseChineseNumeralFallback("二零二四") == 2024);
  CHECK(ParseChineseNumeralFallback("两千零二十四") == 2024);
  CHECK(ParseChineseNumeralFallback("十万") == 100000);
  CHECK(ParseChineseNumeralFallback("〇") == 0);
  CHECK_FALSE(ParseChineseNumeralFallback("之"));
}

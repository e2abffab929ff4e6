// The byte scans of normalization (dash variants, CJK spacing) against the character-at-a-time
// forms they replaced, over random texts of the characters they treat apart.
#include <catch2/catch.hpp>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <vector>

#include "normalize/nfkc.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

bool IsDash(char32_t c) {
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D ||
         c == 0x2E3A || c == 0x2E3B;
}

// NormalizeInline's dash and space mapping as first written: every code point decoded.
std::string MapDashesByCodePoints(const std::string& text) {
  std::string out;
  for (char32_t c : ToU32(text)) {
    if (IsDash(c)) c = '-';
    if (c == 0x00A0) c = ' ';
    AppendUtf8(out, c);
  }
  return out;
}

bool IsAsciiPunct(char32_t c) {
  return c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '.' || c == ':' || c == ';' ||
         c == '!' || c == '?' || c == '%' || c == '"' || c == '\'';
}

bool IsSpacing(char32_t c) { return c == ' ' || c == 0x3000; }

// RemoveCjkSpacing as it was before it stepped over characters undecoded: each code point
// decoded by U8_NEXT, each sequence that is not UTF-8 written as U+FFFD where the text holds a
// space.
std::string RemoveCjkSpacingByCodePoints(const std::string& text) {
  if (text.find(' ') == std::string::npos && text.find("\u3000") == std::string::npos) return text;
  std::vector<char32_t> points;  // U+FFFD for each sequence U8_NEXT refuses
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    points.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  auto between = [](char32_t a, char32_t b) {
    auto digit = [](char32_t c) { return c >= '0' && c <= '9'; };
    if (IsCjk(a) && IsCjk(b)) return true;
    if (IsCjk(a) && (digit(b) || IsAsciiPunct(b))) return true;
    return IsCjk(b) && (digit(a) || IsAsciiPunct(a));
  };
  std::string out;
  char32_t before = 0;
  for (size_t i = 0; i < points.size();) {
    if (!IsSpacing(points[i])) {
      AppendUtf8(out, before = points[i++]);
      continue;
    }
    size_t j = i;
    while (j < points.size() && IsSpacing(points[j])) ++j;
    const char32_t after = j < points.size() ? points[j] : 0;
    if (!(before == 0 || after == 0 || before == '\t' || after == '\t' || between(before, after))) {
      out.push_back(' ');
      before = ' ';
    }
    i = j;
  }
  return out;
}

// A random text of the pieces PIECES, up to MOST of them.
std::string RandomText(std::mt19937& random, const std::vector<std::string>& pieces, unsigned most = 12) {
  std::string s;
  for (int k = static_cast<int>(random() % (most + 1)); k > 0; --k) s += pieces[random() % pieces.size()];
  return s;
}

}  // namespace

TEST_CASE("dash variants and no-break spaces are found among the bytes that lead them", "[normalize]") {
  // Characters led by C2, E2 and EF that are and are not mapped, and text around them.
  const std::vector<std::string> pieces = {"\u2010", "\u2013", "\u2014", "\u2015", "\u2212", "\u2E3A", "\u2E3B",
                                           "\u00A0", "\u00A9", "\u00B0", "\u201C", "\u201D", "\u2460", "\u2026",
                                           "\uFFFD", "\uFF5E", "北", "京", "a", "1", " ", "-", "。"};
  std::mt19937 random(9);
  for (int k = 0; k < 20000; ++k) {
    const std::string text = normalize_internal::Nfkc(RandomText(random, pieces));
    INFO(text);
    REQUIRE(NormalizeInline(text) == MapDashesByCodePoints(text));
  }
}

TEST_CASE("CJK spacing steps over characters as decoding each did", "[normalize]") {
  // Spaces, ideographic spaces, tabs, CJK, digits, punctuation, other lengths of UTF-8, and
  // bytes that are not UTF-8 (a stray continuation, a cut sequence, an overlong form, a surrogate).
  const std::vector<std::string> pieces = {" ",   " ",    "\u3000", "\t",   "北",   "京",   "。",   "、",
                                           "a",   "Z",    "1",      "(",    ",",    "\u00E9", "\U00020000",
                                           "\u3001", "\xE3\x80", "\x80", "\xFF", "\xE0\x81\x81", "\xED\xA0\x80",
                                           "\xE4\xB8", "\xC3"};
  std::mt19937 random(26262);
  for (int k = 0; k < 50000; ++k) {
    const std::string text = RandomText(random, pieces);
    INFO(text);
    REQUIRE(RemoveCjkSpacing(text) == RemoveCjkSpacingByCodePoints(text));
  }
}

TEST_CASE("CJK spacing of well-formed text goes from one run of spaces to the next", "[normalize]") {
  // Only UTF-8 (RemoveCjkSpacing's run-to-run pass), long enough for the 32-byte check of it.
  const std::vector<std::string> pieces = {" ",  " ",      "  ",     "\u3000", "\t",     "北",     "京市",   "。",
                                           "、", "a",      "Z",      "1",      "(",      ",",      "\u00E9", "\U00020000",
                                           "\u3001", "\u201C", "\uFF08", "\u2460", "ISO",   "2024年", "〔2023〕"};
  std::mt19937 random(2612);
  for (int k = 0; k < 50000; ++k) {
    const std::string text = RandomText(random, pieces, 40);
    INFO(text);
    REQUIRE(RemoveCjkSpacing(text) == RemoveCjkSpacingByCodePoints(text));
  }
}

TEST_CASE("CJK spacing of Latin text passes over the single spaces between its words", "[normalize]") {
  // Words, numbers and ASCII punctuation with single spaces (kept as they are, unjudged), beside
  // runs of two, tabs, U+3000, CJK and quotation marks (judged), at either end too.
  const std::vector<std::string> pieces = {"The", "word", "1", "2024", ".", ",", "(", ")", "-", "'", " ", " ", " ",
                                           "  ", "\t", "\u3000", "北", "京市", "。", "\u201C", "\u201D", "\u00E9"};
  std::mt19937 random(2614);
  for (int k = 0; k < 30000; ++k) {
    const std::string text = RandomText(random, pieces, 40);
    INFO(text);
    REQUIRE(RemoveCjkSpacing(text) == RemoveCjkSpacingByCodePoints(text));
    REQUIRE(normalize_internal::RemoveCjkSpacingOfUtf8(text) == RemoveCjkSpacingByCodePoints(text));
  }
}

TEST_CASE("NextSpacing finds the first space or U+3000 from any place", "[normalize]") {
  // Against a byte-at-a-time search, over texts long enough for the sixteen-byte steps, with the
  // bytes of U+3000 apart (E3 80, 80 80) and other characters led by E3 (。、《) about.
  const std::vector<std::string> pieces = {"北", "京", "。", "、", "《", "a", "1", "\t", "\u3000", " ", "\xE3\x80",
                                           "\x80\x80", "\u3001\u3000", "\u4E00"};
  std::mt19937 random(3000);
  for (int k = 0; k < 20000; ++k) {
    const std::string text = RandomText(random, pieces, 30);
    for (size_t from = 0; from <= text.size() + 1; from += 1 + random() % 5) {
      size_t want = std::min(from, text.size());
      while (want < text.size() && text[want] != ' ' && text.compare(want, 3, "\u3000") != 0) ++want;
      INFO(text << " from " << from);
      REQUIRE(NextSpacing(text, from) == want);
    }
  }
}

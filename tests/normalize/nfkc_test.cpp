// The quick NFKC test against ICU itself: a text it calls stable is one ICU's NFKC (circled
// numbers kept, default-ignorable code points dropped) leaves as it is, and Nfkc gives what ICU
// gives, quick test or not.
#include <catch2/catch.hpp>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <vector>

#include "normalize/nfkc.hpp"
#include "util/text.hpp"

using namespace gazette;
using normalize_internal::IsNfkcStable;
using normalize_internal::Nfkc;

namespace {

// TEXT without its default-ignorable code points (bytes that are not UTF-8 kept).
std::string WithoutIgnorable(const std::string& text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  std::string out;
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) out.append(text, at, i - at);
  }
  return out;
}

// The code points kept as printed: circled numbers and letters (item numbers), super- and
// subscripts, fractions and squared units (values a catalog's cell prints: 85¹, ¼, ㎡).
constexpr const char* kKeptSet =
    "[\\u2460-\\u2473\\u24B6-\\u24FF\\u3251-\\u32BF\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u2070-\\u209F\\u2150-\\u215F\\u3371-\\u33DF]";

bool IsKeptCodePoint(UChar32 c) {
  static const icu::UnicodeSet* kept = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto* s = new icu::UnicodeSet(icu::UnicodeString(kKeptSet, -1, US_INV), status);
    s->freeze();
    return s;
  }();
  return kept->contains(c);
}

// ICU's NFKC with those code points kept and the default-ignorable code points dropped, built
// here on its own.
std::string IcuNfkc(const std::string& text) {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    static icu::UnicodeSet keep(icu::UnicodeString(kKeptSet, -1, US_INV), status);
    keep.complement();
    keep.freeze();
    return new icu::FilteredNormalizer2(*icu::Normalizer2::getNFKCInstance(status), keep);
  }();
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfkc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  return WithoutIgnorable(out);
}

std::string Utf8(char32_t c) {
  std::string s;
  AppendUtf8(s, c);
  return s;
}

// IsNfkcStable as the rule reads, a code point at a time (U8_NEXT): every one in the BMP and kept
// (a circled number) or quick check Yes with combining class 0 and not default-ignorable; false
// for bytes that are not UTF-8.
bool StableByCodePoints(const std::string& text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || c > 0xFFFF) return false;
    const bool kept = IsKeptCodePoint(c);
    if (!kept && !(u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0 &&
                   !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)))
      return false;
  }
  return true;
}

}  // namespace

TEST_CASE("every BMP code point the quick test calls stable is its own NFKC", "[normalize][nfkc]") {
  std::vector<char32_t> stable;
  for (char32_t c = 1; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string s = Utf8(c);
    if (!IsNfkcStable(s)) continue;
    stable.push_back(c);
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    REQUIRE(IcuNfkc(s) == s);
  }
  // Texts made of them only, in any order, stay as they are too.
  std::mt19937 random(15);
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int n = 1 + static_cast<int>(random() % 6); n > 0; --n) s += Utf8(stable[random() % stable.size()]);
    REQUIRE(IsNfkcStable(s));
    REQUIRE(IcuNfkc(s) == s);
  }
}

TEST_CASE("the quick test leaves to ICU what NFKC changes or may combine", "[normalize][nfkc]") {
  CHECK(IsNfkcStable("北京市人民政府关于印发《实施方案》的通知,ISO 26262 (2024)。"));  // 2023-42.txt
  CHECK(IsNfkcStable("①身份证明"));  // kept circled numbers
  CHECK_FALSE(IsNfkcStable("各区人民政府，市政府"));  // a full-width comma: 2023-42.txt:110
  CHECK_FALSE(IsNfkcStable("e\xCC\x81"));          // e + combining acute: composes
  CHECK_FALSE(IsNfkcStable("\xE1\x84\x80\xE1\x85\xA1"));  // Hangul jamo L + V: composes
  CHECK_FALSE(IsNfkcStable("\xC2\xA0"));            // no-break space: a space under NFKC
  CHECK_FALSE(IsNfkcStable("a\xFF"));               // not UTF-8
  CHECK_FALSE(IsNfkcStable("\xF0\xA0\x80\x80"));    // beyond the BMP: ICU decides
}

TEST_CASE("Nfkc is ICU's NFKC with circled numbers kept", "[normalize][nfkc]") {
  for (std::string s : {"", "第 16 期（总第 844 期）", "①②⑴㉑ＡＢＣ", "e\xCC\x81 caf\xC3\xA9", "a\xFF b\xE4\xB8 c",
                        "\xE1\x84\x80\xE1\x85\xA1", "京政发［2023］20号", "\xF0\xA0\x80\x80\xEF\xBC\x8C", "ﬁ ㍿ ½"})
    CHECK(Nfkc(s) == IcuNfkc(s));
  // The parenthesized and full-stopped numbers are the items' (1) and 1. (they had been 款).
  CHECK(Nfkc("⑴落实；⒉建立；⒇") == "(1)落实;2.建立;(20)");
  CHECK(Nfkc("①Ⓐ") == "①Ⓐ");
}

// PDF text carries invisible format characters into labels, 文号 and dates (第二条 after a zero-width
// space, 〔2010〕 + U+200B + 5号, 2023年 + soft hyphen + 5月): NFKC keeps them, Nfkc drops them.
// A price list's cell: 85¹ is 85 with its footnote (no 851), 元/㎡·季 no 元/m2·季, ¼折 no 1⁄4折.
TEST_CASE("Nfkc keeps super- and subscripts, fractions and squared units as printed", "[normalize][nfkc]") {
  CHECK(Nfkc("85¹") == "85¹");
  CHECK(Nfkc("元/㎡·季") == "元/㎡·季");
  CHECK(Nfkc("ｍ³计") == "m³计");
  CHECK(Nfkc("¼折") == "¼折");
  CHECK(Nfkc("ＡＢＣ１２") == "ABC12");  // the rest as NFKC makes it
}

TEST_CASE("Nfkc drops the default-ignorable code points: soft hyphen, zero-width space, word joiner, BOM",
          "[normalize][nfkc]") {
  CHECK(Nfkc("\u200B第二条") == "第二条");
  CHECK(Nfkc("京政发〔2010〕\u200B5号") == "京政发〔2010〕5号");
  CHECK(Nfkc("2023年\u00AD5月1日") == "2023年5月1日");
  CHECK(Nfkc("第\u2060二\uFEFF条\u200C\u200D") == "第二条");
  CHECK(Nfkc("葛\U000E0100") == "葛");  // an ideographic variation selector
  CHECK_FALSE(IsNfkcStable("第\u200B二条"));
  CHECK(Nfkc("a\xFF\u200B") == "a\xFF");  // bytes that are not UTF-8 stay
}

TEST_CASE("three-byte forms that are no code point go to ICU", "[normalize][nfkc]") {
  CHECK_FALSE(IsNfkcStable("\xE0\x81\x81"));  // an overlong 'A'
  CHECK_FALSE(IsNfkcStable("\xED\xA0\x80"));  // a surrogate
  CHECK_FALSE(IsNfkcStable("\xE4\xB8"));      // cut short
  CHECK(Nfkc("\xE0\x81\x81") == IcuNfkc("\xE0\x81\x81"));
  CHECK(Nfkc("\xED\xA0\x80 \xE4\xB8") == IcuNfkc("\xED\xA0\x80 \xE4\xB8"));
}

TEST_CASE("the ideographs the quick test passes without asking are stable by ICU's data", "[normalize][nfkc]") {
  // IsNfkcStable passes every well-formed sequence led by E4 to E9 (U+4000 to U+9FFF) unasked.
  for (char32_t c = 0x4000; c <= 0x9FFF; ++c) {
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    REQUIRE(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFKC_QUICK_CHECK) == UNORM_YES);
    REQUIRE(u_getCombiningClass(static_cast<UChar32>(c)) == 0);
    REQUIRE(IsNfkcStable(Utf8(c) + "a" + Utf8(c)));
  }
}

TEST_CASE("the quick test finds what ICU must see after a run of ASCII of any length", "[normalize][nfkc]") {
  for (size_t k = 0; k < 20; ++k) {
    const std::string run(k, 'a');
    CHECK(IsNfkcStable(run + "北京" + run));
    CHECK_FALSE(IsNfkcStable(run + "，" + run));      // a full-width comma after K ASCII bytes
    CHECK_FALSE(IsNfkcStable(run + "\xFF" + run));    // a byte that is not UTF-8
    CHECK_FALSE(IsNfkcStable(run + "\xE4\xB8"));      // a Han character cut short at the end
    CHECK_FALSE(IsNfkcStable("北" + run + "\xC2\xA0"));  // a no-break space
  }
}

TEST_CASE("the quick test by 32-byte blocks agrees with the rule read a code point at a time", "[normalize][nfkc]") {
  // Long texts of ideographs and ASCII (the blocks pass them whole), with stable punctuation,
  // characters NFKC changes, circled numbers and bytes that are not UTF-8 at any place of a block.
  const std::vector<std::string> plain = {"北", "京", "市", "政", "府", "a", "1", " ", "\t", "一", "\u4000", "\u9FFF"};
  const std::vector<std::string> other = {"。", "、", "\u201C", "，", "\u2460", "\u00A0", "\u3000", "e\xCC\x81",
                                          "\xE4\xB8", "\x80", "\xFF", "\xED\xA0\x80", "\xE0\x81\x81",
                                          "\xF0\xA0\x80\x80", "\u00E9", "〔"};
  std::mt19937 random(1212);
  for (int k = 0; k < 30000; ++k) {
    std::string text;
    for (int parts = static_cast<int>(random() % 60); parts > 0; --parts)
      text += random() % 12 == 0 ? other[random() % other.size()] : plain[random() % plain.size()];
    INFO(text);
    REQUIRE(IsNfkcStable(text) == StableByCodePoints(text));
  }
  for (const std::string& o : other)  // each after every count of ideographs and ASCII, then more
    for (size_t before = 0; before < 70; ++before) {
      std::string text;
      for (size_t b = 0; b < before; ++b) text += b % 4 == 3 ? "a" : "京";
      const std::string cut = text + o;
      text = cut + "北京市人民政府办公厅关于印发";
      INFO(o << " after " << before);
      REQUIRE(IsNfkcStable(text) == StableByCodePoints(text));
      REQUIRE(IsNfkcStable(cut) == StableByCodePoints(cut));
    }
}

TEST_CASE("Nfkc hands ICU only the text from the last stable character on, and gives what ICU gives",
          "[normalize][nfkc]") {
  // What NFKC changes or composes (full-width forms, a combining acute after e, Hangul jamo after a
  // syllable or a leading jamo, ﬁ, a no-break space) after stable text and kept circled numbers,
  // with bytes that are not UTF-8, in random texts.
  const std::vector<std::string> pieces = {"北京", "a", "e", "1", " ", "。", "①", "\u3251", "，", "（", "Ａ",
                                           "\xCC\x81", "\u1100", "\u1161", "\uAC00", "\u11A8", "ﬁ", "\u00A0",
                                           "\xE4\xB8", "\xFF", "\xED\xA0\x80", "\U00020000", "\u3000",
                                           "\u200B", "\u00AD", "\uFEFF"};
  std::mt19937 random(1512);
  for (int k = 0; k < 20000; ++k) {
    std::string text;
    for (int parts = static_cast<int>(random() % 16); parts > 0; --parts) text += pieces[random() % pieces.size()];
    INFO(text);
    REQUIRE(Nfkc(text) == IcuNfkc(text));
  }
}

TEST_CASE("Nfkc maps full-width forms of ASCII as ICU does, whatever stands around them", "[normalize][nfkc]") {
  // Each of U+FF01 to U+FF5E alone, between ideographs, and before what combines with its ASCII
  // (＜ + U+0338 is ≮) or with nothing (U+0301 after '!'), then its neighbours in the block.
  for (char32_t c = 0xFF00; c <= 0xFF61; ++c) {
    const std::string f = Utf8(c);
    for (const std::string& text : {f, "北京" + f + "市", f + f + "a", f + "\xCC\xB8", f + "\xCC\x81", "e" + f + "\xCC\x81",
                                    f + "\uFF9E", "①" + f + "②", f + "\xFF", "\xE4\xB8" + f})
      REQUIRE(Nfkc(text) == IcuNfkc(text));
  }
  // Random texts of full-width punctuation among stable text and what NFKC changes otherwise or
  // composes (halfwidth katakana and their voicing marks, ＝ + U+0338, e + U+0301, jamo, ﬁ).
  const std::vector<std::string> pieces = {"北京", "a", "e", "。", "①", "，", "：", "；", "（", "）", "＜", "＝", "Ａ",
                                           "～", "\xCC\xB8", "\xCC\x81", "\uFF76", "\uFF9E", "\uFF5F", "\uFFE0",
                                           "\u1100", "\u1161", "ﬁ", "\u00A0", "\xFF", "\xE4\xB8", "\U00020000"};
  std::mt19937 random(1514);
  for (int k = 0; k < 30000; ++k) {
    std::string text;
    for (int parts = static_cast<int>(random() % 24); parts > 0; --parts) text += pieces[random() % pieces.size()];
    INFO(text);
    REQUIRE(Nfkc(text) == IcuNfkc(text));
  }
}

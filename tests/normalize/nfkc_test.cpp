// The quick NFKC test against ICU itself: a text it calls stable is one ICU's NFKC (circled
// numbers kept) leaves as it is, and Nfkc gives what ICU gives, quick test or not.
#include <catch2/catch.hpp>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uniset.h>

#include <random>
#include <string>
#include <vector>

#include "normalize/nfkc.hpp"
#include "util/text.hpp"

using namespace gazette;
using normalize_internal::IsNfkcStable;
using normalize_internal::Nfkc;

namespace {

// ICU's NFKC with the circled and parenthesized numbers kept, built here on its own.
std::string IcuNfkc(const std::string& text) {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    static icu::UnicodeSet keep(UNICODE_STRING_SIMPLE("[^\\u2460-\\u24FF\\u3251-\\u32BF]"), status);
    keep.freeze();
    return new icu::FilteredNormalizer2(*icu::Normalizer2::getNFKCInstance(status), keep);
  }();
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfkc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  return out;
}

std::string Utf8(char32_t c) {
  std::string s;
  AppendUtf8(s, c);
  return s;
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

// util/text's FirstInvalidUtf8: the reader's one check of a file's bytes, held against ICU's
// decoder (U8_NEXT, which the reader used before) on every edge of the table of well-formed
// sequences, at every position of the eight-byte ASCII steps and of the 32-byte blocks, and at the
// end of the text.
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "util/cpu.hpp"
#include "util/text.hpp"
#include "util/utf8_blocks.hpp"

using namespace gazette;

namespace {

constexpr size_t npos = std::string::npos;

/// Where ICU's decoder first fails on TEXT (the start of the character it cannot read), or npos.
size_t IcuFirstInvalid(const std::string& text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return size_t(at);
  }
  return npos;
}

}  // namespace

TEST_CASE("FirstInvalidUtf8 accepts every well-formed sequence's edges", "[text][utf8]") {
  for (const char* ok : {"", "a", "\x7f", "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xe0\xbf\xbf", "\xe1\x80\x80",
                         "\xec\xbf\xbf", "\xed\x80\x80", "\xed\x9f\xbf", "\xee\x80\x80", "\xef\xbf\xbf",
                         "\xf0\x90\x80\x80", "\xf0\xbf\xbf\xbf", "\xf1\x80\x80\x80", "\xf3\xbf\xbf\xbf",
                         "\xf4\x80\x80\x80", "\xf4\x8f\xbf\xbf", "京人社发〔2023〕10号"}) {
    INFO(ok);
    CHECK(FirstInvalidUtf8(ok) == npos);
    CHECK(IsValidUtf8(ok));
  }
  CHECK(FirstInvalidUtf8("\xef\xbf\xbe") == npos);  // U+FFFE: not a character XML allows, but UTF-8
}

TEST_CASE("FirstInvalidUtf8 names the first bad character's first byte", "[text][utf8]") {
  CHECK(FirstInvalidUtf8("ab\x80") == 2);              // a stray continuation byte
  CHECK(FirstInvalidUtf8("\xc0\xaf") == 0);            // overlong '/'
  CHECK(FirstInvalidUtf8("\xc1\xbf") == 0);            // overlong, C1
  CHECK(FirstInvalidUtf8("\xe0\x9f\xbf") == 0);        // overlong three bytes
  CHECK(FirstInvalidUtf8("\xf0\x8f\xbf\xbf") == 0);    // overlong four bytes
  CHECK(FirstInvalidUtf8("x\xed\xa0\x80") == 1);       // a UTF-16 surrogate, D800
  CHECK(FirstInvalidUtf8("x\xed\xbf\xbf") == 1);       // DFFF
  CHECK(FirstInvalidUtf8("\xf4\x90\x80\x80") == 0);    // past U+10FFFF
  CHECK(FirstInvalidUtf8("\xf5\x80\x80\x80") == 0);    // no character begins with F5 to FF
  CHECK(FirstInvalidUtf8("\xff") == 0);
  CHECK(FirstInvalidUtf8("京\xe4\xba") == 3);          // 京 cut short at the end
  CHECK(FirstInvalidUtf8("京\xe4") == 3);
  CHECK(FirstInvalidUtf8("\xf0\x9f\x98") == 0);        // four bytes cut short
  CHECK(FirstInvalidUtf8("\xe4\xba\x41") == 0);        // a continuation byte missing mid-text
  CHECK(FirstInvalidUtf8("\xc2") == 0);
}

TEST_CASE("FirstInvalidUtf8 finds a bad byte at every place of the eight-byte ASCII steps", "[text][utf8]") {
  for (size_t length = 1; length <= 40; ++length)
    for (size_t bad = 0; bad < length; ++bad) {
      std::string text(length, 'a');
      text[bad] = '\x80';
      INFO(length << " bytes, bad at " << bad);
      CHECK(FirstInvalidUtf8(text) == bad);
      text[bad] = 'b';
      CHECK(FirstInvalidUtf8(text) == npos);
      if (bad + 1 < length) {  // a lead byte with its last continuation byte past the end of the text
        std::string cut = text.substr(0, bad) + "\xe4\xba";
        CHECK(FirstInvalidUtf8(cut) == bad);
      }
    }
}

TEST_CASE("FirstInvalidUtf8 agrees with ICU's decoder on random bytes and random text", "[text][utf8]") {
  std::mt19937 random(15);
  const std::string pieces[] = {"a", "0", "\n", "京", "〔", "号", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xef\xbf\xbd",
                                "\x80", "\xe4\xba", "\xc0", "\xed\xa0\x80", "\xf4\x90", "        "};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    size_t parts = random() % 24;
    for (size_t k = 0; k < parts; ++k) {
      if (random() % 4 == 0) text += char(random() % 256);  // any byte
      else text += pieces[random() % std::size(pieces)];
    }
    INFO(round);
    REQUIRE(FirstInvalidUtf8(text) == IcuFirstInvalid(text));
  }
}

TEST_CASE("FirstInvalidUtf8 by 32-byte blocks agrees with ICU's decoder on long texts", "[text][utf8]") {
  // Texts of up to some 300 bytes, so that the blocks (util/utf8_blocks, where the CPU has AVX2)
  // check most of them, with errors and cut characters at every place of a block and across two.
  std::mt19937 random(1215);
  const std::string pieces[] = {"a", "0", "\n", "京", "〔", "号", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xef\xbf\xbd",
                                "\xe0\xa0\x80", "\xed\x9f\xbf", "\xf4\x8f\xbf\xbf", "        ", "北京市人民政府"};
  const std::string bad[] = {"\x80", "\xe4\xba", "\xc0\x80", "\xc1", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5",
                             "\xff", "\xe0\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x9f\x98", "\xbf\xbf"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t parts = random() % 160;
    for (size_t k = 0; k < parts; ++k) text += pieces[random() % std::size(pieces)];
    if (random() % 4 != 0 && !text.empty()) text.insert(random() % text.size(), bad[random() % std::size(bad)]);
    INFO(round << ": " << text.size() << " bytes");
    REQUIRE(FirstInvalidUtf8(text) == IcuFirstInvalid(text));
  }
}

TEST_CASE("FirstInvalidUtf8 finds each bad sequence at every place of the 32-byte blocks", "[text][utf8]") {
  const std::string bad[] = {"\x80", "\xe4\xba", "\xe4", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5\x80",
                             "\xe0\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x9f\x98", "\xc2\xc2"};
  for (const std::string& filler : {std::string("a"), std::string("京"), std::string("\xf0\x9f\x98\x80")})
    for (const std::string& b : bad)
      for (size_t before = 0; before < 100; ++before) {
        std::string text;
        while (text.size() < before) text += filler;
        const size_t at = text.size();
        text += b;
        while (text.size() < 140) text += filler;
        INFO(filler << " then bad at " << at);
        REQUIRE(FirstInvalidUtf8(text) == at);
        REQUIRE(IcuFirstInvalid(text) == at);
        REQUIRE(FirstInvalidUtf8(text.substr(0, at + b.size())) == at);  // the bad sequence ends the text
      }
}

TEST_CASE("Utf8CheckedPrefix stops at a character's first byte, before the first error", "[text][utf8]") {
  std::string text;
  while (text.size() < 200) text += "京a";
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t n = 0; n <= text.size(); ++n) {
    const size_t checked = Utf8CheckedPrefix(s, n);
    INFO(n);
    REQUIRE(checked <= n);
    REQUIRE(CharacterStart(text, checked) == checked);
    if (CpuHasAvx2()) REQUIRE(n - checked <= 32 + 3);  // the blocks check all but the tail
  }
  std::string cut = text.substr(0, 100) + "\xe4\xba" + text.substr(100);
  REQUIRE(Utf8CheckedPrefix(reinterpret_cast<const unsigned char*>(cut.data()), cut.size()) <= 100);
}

// util/text: the UTF-8 helpers every stage uses.
#include "util/text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../support.hpp"

using namespace gazette;

TEST_CASE("UTF-8 to code points and back", "[text]") {
  CHECK(ToU32("京a〔") == std::u32string{U'京', U'a', U'〔'});
  CHECK(ToUtf8(U"第二条") == "第二条");
  CHECK(ToUtf8(ToU32("𠀀 emoji 😀")) == "𠀀 emoji 😀");  // beyond the BMP
  CHECK(ToU32("a\xff" "b") == std::u32string{U'a', 0xFFFD, U'b'});  // an invalid byte
  std::string out;
  AppendUtf8(out, U'号');
  AppendUtf8(out, 0x110000);  // not a code point: nothing appended
  CHECK(out == "号");
}

TEST_CASE("IsValidUtf8 refuses stray, truncated and overlong bytes", "[text]") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("京人社发〔2023〕10号"));
  CHECK_FALSE(IsValidUtf8("\xff"));
  CHECK_FALSE(IsValidUtf8("\xe4\xba"));      // 京 cut short
  CHECK_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xed\xa0\x80"));  // a UTF-16 surrogate
}

TEST_CASE("Han and CJK classes", "[text]") {
  CHECK(IsHan(U'京'));
  CHECK(IsHan(U'〇'));
  CHECK(IsHan(0x20000));  // CJK Extension B
  CHECK_FALSE(IsHan(U'〔'));
  CHECK_FALSE(IsHan(U'A'));
  CHECK(IsCjk(U'京'));
  CHECK(IsCjk(U'〔'));
  CHECK(IsCjk(U'，'));  // full-width comma
  CHECK(IsCjk(U'“'));
  CHECK_FALSE(IsCjk(0x3000));  // the ideographic space is a space, not text
  CHECK_FALSE(IsCjk(U'a'));
}

TEST_CASE("Counting code points and display width", "[text]") {
  CHECK(CodePointCount("") == 0);
  CHECK(CodePointCount("a京〔1〕") == 5);
  CHECK(DisplayWidth("ab") == 2);
  CHECK(DisplayWidth("京人社") == 6);
  CHECK(DisplayWidth("Ａ1") == 3);  // a full-width Latin letter is wide
}

namespace {

/// DisplayWidth as it was before it decoded in place: through ToU32.
size_t DisplayWidthThroughU32(std::string_view utf8) {
  size_t w = 0;
  for (char32_t c : ToU32(utf8)) w += (IsCjk(c) || c >= 0x2E80) ? 2 : 1;
  return w;
}

}  // namespace

TEST_CASE("DisplayWidth decoded in place agrees with the width through ToU32", "[text]") {
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    INFO(text);
    CHECK(DisplayWidth(text) == DisplayWidthThroughU32(text));
  }
  // Ill-formed and odd input: stray continuation bytes, cut sequences, overlong forms, encoded
  // surrogates, beyond U+10FFFF, NUL, and every lead byte alone and before a continuation.
  std::vector<std::string> odd = {"", std::string(1, '\0'), "\x80", "a\xbf" "b", "\xe4\xba", "\xe4\xba" "a",
                                  "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98",
                                  "\xf0\x9f\x98\x80x", "\xff\xfe", "京\x80人", "𠀀⺀\u2e7f〇"};
  for (int b = 0x80; b < 0x100; ++b) {
    odd.push_back(std::string(1, char(b)));
    odd.push_back(std::string(1, char(b)) + "\x80");
    odd.push_back(std::string(1, char(b)) + "\xa0\x80z");
  }
  for (const auto& text : odd) {
    INFO(text);
    CHECK(DisplayWidth(text) == DisplayWidthThroughU32(text));
  }
}

TEST_CASE("Trim removes ASCII, ideographic and no-break spaces at both ends only", "[text]") {
  CHECK(Trim("  a b \t\r\n") == "a b");
  CHECK(Trim("\u3000第一条\u3000") == "第一条");
  CHECK(Trim("\u00a0x\u00a0") == "x");
  CHECK(Trim("   ") == "");
  CHECK(Trim("") == "");
  CHECK(Trim("京　政") == "京　政");  // inner spaces stay
}

TEST_CASE("TrimmedView is the part of its text that Trim keeps, not a copy", "[text]") {
  const std::string text = "\u3000 第一条 京　政\t";
  const std::string_view kept = TrimmedView(text);
  CHECK(kept == Trim(text));
  CHECK(kept.data() == text.data() + 4);  // U+3000 and a space skipped
  CHECK(TrimmedView(" \u00a0 ").empty());
  CHECK(TrimmedView("") == "");
}

TEST_CASE("TrimOwned cuts a string as Trim copies it", "[text]") {
  for (std::string text : {std::string("\u3000 第一条 京　政\t"), std::string("第一条"), std::string(""), std::string(" \u00a0 "),
                           std::string("  a long enough text to live on the heap, spaces after  \u3000"),
                           std::string("\t\tthe same, spaces before, a text longer than the small buffer")}) {
    const std::string expected = Trim(text);
    const char* before = text.data();
    const bool untouched = expected.size() == text.size();
    TrimOwned(text);
    CHECK(text == expected);
    if (untouched) CHECK(text.data() == before);  // nothing to cut: no copy
  }
}

TEST_CASE("StripSpaces of a string given up moves it back when it holds no space", "[text]") {
  std::string long_text = "京人社事业发〔2023〕24号，一个没有空格的长文本";
  const char* bytes = long_text.data();
  std::string kept = StripSpaces(std::move(long_text));
  CHECK(kept == "京人社事业发〔2023〕24号，一个没有空格的长文本");
  CHECK(kept.data() == bytes);  // the same buffer
  for (std::string text : {std::string("关 于\u3000印发\t通知"), std::string("\u3000 \u00a0第一条\u00a0\u3000\u3000"),
                           std::string(" \u3000\t"), std::string(""), std::string("甲、 乙\u00a9")}) {
    const std::string expected = StripSpaces(std::string_view(text));
    CHECK(StripSpaces(std::move(text)) == expected);
  }
}

TEST_CASE("StripSpaces removes every space, ideographic ones too", "[text]") {
  CHECK(StripSpaces("京人社事业发〔2023〕24 号") == "京人社事业发〔2023〕24号");  // 2024-38.txt:146
  CHECK(StripSpaces("关 于\u3000印发\t通知") == "关于印发通知");
  CHECK(StripSpaces("") == "");
  // Spaces at either end, runs of them, the no-break space, and a text of spaces only.
  CHECK(StripSpaces("\u3000 \u00a0第一条\u00a0\u3000\u3000") == "第一条");
  CHECK(StripSpaces(" \u3000\t") == "");
  // Bytes that start a space's bytes without being one stay (U+3001 、 starts E3 80 like U+3000).
  CHECK(StripSpaces("甲、 乙\u00a9") == "甲、乙\u00a9");
}

TEST_CASE("SkipSpaces finds the first byte StripSpaces keeps", "[text]") {
  CHECK(SkipSpaces("\u3000 \u00a0关于") == 6);
  CHECK(SkipSpaces("关 于") == 0);
  CHECK(SkipSpaces("\u3000\t ") == 5);  // all of it: a text of spaces only
  CHECK(SkipSpaces("") == 0);
}

TEST_CASE("Split keeps empty fields; Join is its inverse", "[text]") {
  CHECK(Split("a\tb\t\tc", "\t") == std::vector<std::string>{"a", "b", "", "c"});
  CHECK(Split("", ",") == std::vector<std::string>{""});
  CHECK(Split("、北京市人才工作局", "、") == std::vector<std::string>{"", "北京市人才工作局"});
  CHECK(Join({"北京市人力资源和社会保障局", "北京市人才工作局"}, "、") ==
        "北京市人力资源和社会保障局、北京市人才工作局");
  CHECK(Join({}, ",") == "");
  CHECK(Join(Split("x,,y", ","), ",") == "x,,y");
}

TEST_CASE("Affixes and replacement", "[text]") {
  CHECK(StartsWith("第十二条", "第"));
  CHECK_FALSE(StartsWith("第", "第十二条"));
  CHECK(EndsWith("京政发〔2023〕20号", "号"));
  CHECK_FALSE(EndsWith("号", "20号"));
  CHECK(ReplaceAll("a\nb\nc", "\n", " ") == "a b c");
  CHECK(ReplaceAll("aaa", "a", "aa") == "aaaaaa");  // the replacement is not scanned again
  CHECK(ReplaceAll("abc", "", "x") == "abc");
}

TEST_CASE("First and last code points", "[text]") {
  CHECK(FirstCodePoint("京a") == U'京');
  CHECK(LastCodePoint("a号") == U'号');
  CHECK(FirstCodePoint("") == 0);
  CHECK(LastCodePoint("") == 0);
  CHECK(LastCodePoint("x") == U'x');
}

TEST_CASE("Utf8Length reads a character's length from its lead byte, 0 where none starts", "[text]") {
  CHECK(Utf8Length('a') == 1);
  CHECK(Utf8Length(0x00) == 1);
  CHECK(Utf8Length(0x7F) == 1);
  CHECK(Utf8Length(0x80) == 0);  // continuation bytes
  CHECK(Utf8Length(0xBF) == 0);
  CHECK(Utf8Length(0xC2) == 2);  // U+0085 (C2 85)
  CHECK(Utf8Length(0xE5) == 3);  // 十 (E5 8D 81)
  CHECK(Utf8Length(0xF0) == 4);  // U+1F600 (F0 9F 98 80)
  CHECK(Utf8Length(0xF7) == 4);
  CHECK(Utf8Length(0xF8) == 0);
  CHECK(Utf8Length(0xFF) == 0);
  static_assert(Utf8Length(0xE4) == 3);  // usable where a constant is needed
}

TEST_CASE("CodePointAt decodes in place as ToU32 does, and says how far to step", "[text]") {
  // Every position of a text, valid or not: the code point ToU32 of the bytes there gives first.
  for (std::string text : {"京a号", "a\xE5\x8D", "\x8D十", "\xC2" "A", "十\x81\x81", "\xF0\x9F\x98\x80x"}) {
    for (size_t i = 0, len = 0; i < text.size(); i += len) {
      INFO(text << " at " << i);
      char32_t c = CodePointAt(text, i, &len);
      size_t end = std::min(text.size(), i + len);
      CHECK(c == ToU32(text.substr(i, end - i))[0]);
      CHECK(len >= 1);
    }
  }
  size_t len = 0;
  CHECK(CodePointAt("京a", 0, &len) == U'京');
  CHECK(len == 3);
  CHECK(CodePointAt("a\xE5\x8D", 1, &len) == 0xFFFD);  // cut short by the end: one byte
  CHECK(len == 1);
  CHECK(CodePointAt("ab", 2, &len) == 0);
  CHECK(FirstCodePoint("\x8D十") == 0xFFFD);
  CHECK(LastCodePoint("a\xE5\x8D") == 0xFFFD);
}

TEST_CASE("CharacterStart steps back over continuation bytes, never before its floor", "[text]") {
  const std::string s = "a号b";  // 号 is three bytes, at 1..3
  CHECK(CharacterStart(s, 0) == 0);
  CHECK(CharacterStart(s, 1) == 1);
  CHECK(CharacterStart(s, 3) == 1);
  CHECK(CharacterStart(s, 4) == 4);
  CHECK(CharacterStart(s, 3, 2) == 2);  // the floor stops it inside the character
}

// TrimmedView's shortcut (a text whose first and last bytes no space starts or ends with) gives
// what trimming one space at a time gives: texts with each space at either end, bytes that only
// look like a space's (à ends with A0, 〠 starts with E3, ¢ with C2), and every sample line.
TEST_CASE("TrimmedView against trimming space by space", "[util]") {
  auto by_spaces = [](std::string s) {
    for (bool trimmed = true; trimmed;) {
      trimmed = false;
      for (const char* space : {" ", "\t", "\n", "\v", "\f", "\r", "\u3000", "\u00a0"}) {
        const std::string sp(space);
        if (StartsWith(s, sp)) s.erase(0, sp.size()), trimmed = true;
        if (EndsWith(s, sp) && !s.empty()) s.resize(s.size() - sp.size()), trimmed = true;
      }
    }
    return s;
  };
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* t : {"", "à", "àà", "〠x", "¢", "x\x01", "\x01x", "\u3000", "\u00a0a\u00a0", " à ", "\u3000中\u3000", "中",
                        "a\x80", "\xA0"})
    texts.emplace_back(t);
  for (const auto& text : texts) {
    INFO(text);
    REQUIRE(std::string(TrimmedView(text)) == by_spaces(text));
  }
}

TEST_CASE("a long sentence is quoted around the record's place, whole characters, … where cut", "[text]") {
  CHECK(QuotedAround("  本办法自2020年1月1日起施行。 ", 2, 6) == "本办法自2020年1月1日起施行。");
  std::string run;
  for (int i = 0; i < 2000; ++i) run += "自2001年1月1日起施行,";  // OCR that lost its full stops
  const size_t at = run.size() / 2 + 1;  // inside a character
  const std::string quoted = QuotedAround(run, at, 10);
  CHECK(quoted.size() < 2 * kMaxQuotedBytes);
  CHECK(StartsWith(quoted, "…"));
  CHECK(EndsWith(quoted, "…"));
  CHECK(IsValidUtf8(quoted));
  CHECK(QuotedAround(run, 0, 10).rfind("…", 0) != 0);  // nothing left out before the start
}

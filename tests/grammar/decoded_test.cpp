// Searching the code points decoded once (grammar/decoded.hpp) and trying only the positions a
// pattern can start at (FirstCharacters) find what Boost's search over UTF-8 finds: the same
// matches, groups, prefixes and replacements, for every pattern on the sample issues' lines.
#include <catch2/catch.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fstream>
#include <sstream>

#include "grammar/decoded.hpp"
#include "grammar/grammar.hpp"
#include "grammar/grammar_internal.hpp"
#include "grammar/literals.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"
#include "../support.hpp"
#include "boost_oracle.hpp"

using namespace gazette;
using testing::Positions;

namespace {

/// The normalized lines of the four sample issues, and every example+ of the grammars.
std::vector<std::string> SampleTexts() {
  std::vector<std::string> texts;
  for (const auto& p : Grammars().patterns()) texts.insert(texts.end(), p.positives.begin(), p.positives.end());
  for (const char* issue : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    std::ifstream raw(testing::Path(std::string("tests/corpus/") + issue + ".txt"));
    std::stringstream text;
    text << raw.rdbuf();
    for (const auto& line : Normalize(text.str(), issue).lines) texts.push_back(line.text);
  }
  return texts;
}

}  // namespace

TEST_CASE("first characters come from literals, classes and alternations, or are not known", "[grammar]") {
  CHECK(FirstCharacters("abc") == U"a");
  CHECK(FirstCharacters("(?:施行|执行)") == U"执施");
  CHECK(FirstCharacters("[〔\\[]\\d{4}") == U"[〔");
  CHECK(FirstCharacters("第?\\d+号") == U"第" + std::u32string(1, kAnyDecimalDigit));
  CHECK(FirstCharacters("\\D+号").empty());
  CHECK(FirstCharacters("(?:第|自)?号") == U"号第自");  // each optional part adds its own
  CHECK(FirstCharacters("(?<=年)月") == U"月");          // a lookbehind reads before the match
  CHECK(FirstCharacters("(?=\\d+号)[0-3]") == U"0123");
  CHECK(FirstCharacters("^\\s*第") == U"第" + std::u32string(1, kAnyWhitespace));  // \s: any white space
  CHECK(FirstCharacters("\\S*第").empty());
  CHECK(FirstCharacters("a?").empty());  // may match the empty string
  CHECK(FirstCharacters("[^a]b").empty());
}

TEST_CASE("DecodeOnce gives code points and byte offsets, and marks text that is not UTF-8", "[grammar]") {
  const DecodedText& d = DecodeOnce("a号b");
  REQUIRE(d.valid);
  CHECK(d.size() == 3);
  CHECK(d.begin()[1] == 0x53F7);
  CHECK(d.offsets == std::vector<uint32_t>{0, 1, 4, 5});
  CHECK(d.IndexOfByte(4) == 2);
  CHECK(d.IndexOfByte(2) == SIZE_MAX);  // inside 号
  CHECK_FALSE(DecodeOnce("a\xE5\x8F").valid);
}

TEST_CASE("DecodeOnce reads every three-byte sequence as ICU's U8_NEXT does", "[grammar]") {
  // The loop reads three-byte sequences itself: each lead byte E0-EF with every first and a spread
  // of second continuation bytes (overlong E0 80-9F, surrogates ED A0-BF, truncated, bad bytes),
  // between ASCII, must give U8_NEXT's code points, or be refused where U8_NEXT refuses.
  size_t compared = 0;
  for (int lead = 0xE0; lead <= 0xEF; ++lead)
    for (int t1 = 0; t1 <= 0xFF; ++t1)
      for (int t2 : {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE5, 0xFF}) {
        const std::string text{'a', char(lead), char(t1), char(t2), 'b'};
        const auto* s = reinterpret_cast<const uint8_t*>(text.data());
        std::vector<UChar32> expected;
        bool valid = true;
        for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n && valid;) {
          UChar32 c;
          U8_NEXT(s, i, n, c);
          valid = c >= 0;
          expected.push_back(c);
        }
        const DecodedText& d = DecodeOnce(text);
        INFO(std::hex << lead << " " << t1 << " " << t2);
        REQUIRE(d.valid == valid);
        if (valid) CHECK(std::vector<UChar32>(d.begin(), d.end()) == expected);
        ++compared;
      }
  CHECK(compared == 16 * 256 * 10);
  CHECK_FALSE(DecodeOnce("\xE5\x8F").valid);  // a sequence cut by the text's end
  CHECK(DecodeOnce("\xE5\x8F\xB7").valid);
}

TEST_CASE("DecodeOnce reads runs of three-byte characters to any end as U8_NEXT does", "[grammar]") {
  // A run of Chinese characters is read eight at a time (with AVX2) or one load each while four
  // bytes are left. Runs of 1 to 20 characters (号, and U+FF0C，) with something else at each
  // position (ASCII, a two- or four-byte character, a surrogate, an overlong form, a cut
  // sequence, a lone lead byte, or nothing) give U8_NEXT's code points and offsets, or are
  // refused where U8_NEXT refuses.
  size_t compared = 0;
  for (const std::string run_char : {"\xE5\x8F\xB7", "\xEF\xBC\x8C"})
    for (int count = 1; count <= 20; ++count)
      for (int at = 0; at <= count; ++at)
        for (const std::string odd : {"", "a", "\xC2\xA9", "\xF0\x9F\x98\x80", "\xED\xA0\x80", "\xE0\x80\x80",
                                      "\xE5\x8F", "\xE5", "\xE4\xB8\x80" "a"}) {
          std::string text;
          for (int k = 0; k < count; ++k) text += k == at ? odd + run_char : run_char;
          if (at == count) text += odd;
          const auto* s = reinterpret_cast<const uint8_t*>(text.data());
          std::vector<UChar32> expected;
          std::vector<uint32_t> offsets;
          bool valid = true;
          for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n && valid;) {
            offsets.push_back(static_cast<uint32_t>(i));
            UChar32 c;
            U8_NEXT(s, i, n, c);
            valid = c >= 0;
            expected.push_back(c);
          }
          offsets.push_back(static_cast<uint32_t>(text.size()));
          const DecodedText& d = DecodeOnce(text);
          INFO(count << " characters, " << odd.size() << " other bytes before character " << at);
          REQUIRE(d.valid == valid);
          if (valid) {
            CHECK(std::vector<UChar32>(d.begin(), d.end()) == expected);
            CHECK(d.offsets == offsets);
          }
          ++compared;
        }
  CHECK(compared == 2 * 9 * (20 * 21 / 2 + 20));
}

TEST_CASE("a short text decoded where a longer one was reads only its own code points", "[grammar]") {
  // Each entry of the cache keeps its buffer of code points as long as the longest text it held:
  // a shorter text after it must end where it ends, with its 0 after its last code point.
  std::string long_text;
  for (int k = 0; k < 40; ++k) long_text += "京政发〔2023〕20号";
  for (int round = 0; round < 3; ++round)
    for (int k = 0; k < 16; ++k) {  // twice round the cache's entries
      const std::string text = round == 1 ? "第" + std::to_string(k) + "条" : long_text + std::to_string(k);
      const DecodedText& d = DecodeOnce(text);
      REQUIRE(d.valid);
      std::u32string points;
      for (const UChar32* p = d.begin(); p != d.end(); ++p) points += static_cast<char32_t>(*p);
      CHECK(ToUtf8(points) == text);
      CHECK(*d.end() == 0);
      CHECK(d.offsets.size() == d.size() + 1);
      CHECK(d.offsets.back() == text.size());
    }
}

TEST_CASE("searches over decoded code points find what Boost finds over UTF-8", "[grammar]") {
  const auto texts = SampleTexts();
  size_t compared = 0;
  for (const auto& p : Grammars().patterns()) {
    for (const auto& text : texts) {
      if (!RxMayMatch(text, p.name)) continue;  // turned away before either engine runs
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
      const auto expected = testing::BoostMatches(text, p), found = testing::EngineMatches(text, p);
      CHECK(found == expected);
      Match ours, theirs;
      bool full = boost::u32regex_match(text, theirs, p.regex());
      REQUIRE(RxFull(text, p.name, ours) == full);
      if (full) CHECK(Positions(ours) == Positions(theirs));
      CHECK(RxReplace(text, p.name, "<$1|$&>") == boost::u32regex_replace(text, p.regex(), std::string("<$1|$&>"),
                                                                           boost::format_perl));
      ++compared;
    }
  }
  CHECK(compared > 1000);
}

TEST_CASE("a search from an offset sees the text before it only as the search from there did", "[grammar]") {
  const std::string text = "京政发〔2023〕20号和京政办发〔2024〕3号";
  for (size_t from : {size_t(0), text.find("和"), text.find("京政办")}) {
    Match ours, theirs;
    bool found = RxSearchFrom(text, from, "docno", ours);
    REQUIRE(found == boost::u32regex_search(text.cbegin() + static_cast<long>(from), text.cend(), theirs,
                                            Rx("docno")));
    if (found) CHECK(Positions(ours) == Positions(theirs));
  }
}

TEST_CASE("a pattern passes ^ on every path, outside lookbehind and negative lookaround, or is not anchored", "[grammar]") {
  CHECK(AnalyzeLiterals("^第").line_start);
  CHECK(AnalyzeLiterals("\\A第").line_start);
  CHECK(AnalyzeLiterals("(?:^甲|^乙)").line_start);
  CHECK(AnalyzeLiterals("(?:^)+第").line_start);
  CHECK_FALSE(AnalyzeLiterals("第").line_start);
  CHECK_FALSE(AnalyzeLiterals("甲|^乙").line_start);    // one branch may match anywhere
  CHECK_FALSE(AnalyzeLiterals("(?:^)?第").line_start);  // ^ may be skipped
  CHECK_FALSE(AnalyzeLiterals("(?<=^)第").line_start);  // a lookbehind: taken as unknown
  CHECK_FALSE(AnalyzeLiterals("(?!^)第").line_start);
  CHECK_FALSE(AnalyzeLiterals("[^第]").line_start);     // a negated class, not an anchor
}

TEST_CASE("a CJK ideograph is neither a digit nor white space to the first-character test", "[grammar]") {
  // CanStart turns U+3400 to U+9FFF away from \d and \s without asking ICU: each must be neither,
  // as the engine's own traits (\s) and ICU (\d: Nd) read it.
  const UChar32 s[] = {U's'};
  const boost::icu_regex_traits traits;
  const auto space = traits.lookup_classname(s, s + 1);
  size_t checked = 0;
  for (char32_t c = 0x3400; c <= 0x9FFF; ++c, ++checked) {
    INFO(static_cast<uint32_t>(c));
    REQUIRE(grammar_internal::IsCjkIdeograph(c));
    REQUIRE_FALSE(u_isdigit(static_cast<UChar32>(c)));
    REQUIRE_FALSE(traits.isctype(static_cast<UChar32>(c), space));
  }
  CHECK(checked == 0x9FFF - 0x3400 + 1);
  for (char32_t c : {U'\u3000', U'\u3007', U'\u33FF', U'\uA000', U'\uFF10', U'0', U' '}) CHECK_FALSE(grammar_internal::IsCjkIdeograph(c));
  // A pattern that may start with a digit still finds one after Han characters.
  CHECK(RxFind("自受理之日起5个工作日内", "dates_duration"));
  CHECK(RxFind("自受理之日起\uFF15个工作日内", "dates_duration") == boost::u32regex_search(std::string("自受理之日起\uFF15个工作日内"), Rx("dates_duration")));
}

TEST_CASE("the first-character test turns away a text only where the match cannot begin", "[grammar]") {
  // furniture (normalize.grammar:4) is matched whole; its first characters include \s and \d.
  CHECK(RxFull("北京市人民政府公报", "furniture"));
  CHECK(RxFull("- 12 -", "furniture"));
  CHECK(RxFull(" 12", "furniture"));
  CHECK_FALSE(RxFull(" - 12 -", "furniture"));  // white space, then no digit
  CHECK(RxFull("\u3000" "12", "furniture"));  // U+3000, white space to \s
  CHECK(RxFull("第3页", "furniture"));
  CHECK_FALSE(RxFull("关于北京市人民政府公报", "furniture"));
  CHECK_FALSE(RxFull("", "furniture"));
  CHECK(RxFull("\n12", "furniture"));  // \s* takes the \n: a whole match may start with a separator
  // refs_item_marker (references.grammar:193) is searched, anchored at ^: at the text's start, at
  // the search's start (from > 0), or after a line separator.
  Match m;
  CHECK(RxFind("1.关于", "refs_item_marker"));
  CHECK(RxFind(" (二)关于", "refs_item_marker"));
  CHECK_FALSE(RxFind("关于1.做好", "refs_item_marker"));
  CHECK_FALSE(RxFind("", "refs_item_marker"));
  for (const char* separator : {"\n", "\r", "\f", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    const std::string text = std::string("关于") + separator + "1.做好";
    INFO(text);
    CHECK(RxFind(text, "refs_item_marker") == boost::u32regex_search(text, Rx("refs_item_marker")));
    CHECK(RxFind(text, "refs_item_marker"));
  }
  const std::string text = "关于1.做好";
  CHECK(RxSearchFrom(text, text.find("1"), "refs_item_marker", m));
  CHECK(m.position() == 0);
  CHECK_FALSE(RxSearchFrom(text, text.find("于"), "refs_item_marker", m));
  CHECK_FALSE(RxSearchFrom(text, text.size(), "refs_item_marker", m));
}

TEST_CASE("the last-character test turns away a one-line text only where no match can end it", "[grammar]") {
  // furniture (normalize.grammar:4) ends in 报, 版, a digit, white space, 页, 期, a rule's character
  // or a GB/T 9704 mark's (密, 年, 月, 期, 急, 提).
  REQUIRE_FALSE(Grammars().Find("furniture")->compiled().last_characters.classes.empty());
  CHECK_FALSE(RxMayMatch("北京市人民政府关于做好工作的通知。", "furniture"));
  CHECK_FALSE(RxMayMatch("12.", "furniture"));
  CHECK(RxMayMatch("12", "furniture"));
  CHECK(RxMayMatch("- 7 -", "furniture"));
  CHECK(RxMayMatch("12\u3000", "furniture"));  // white space to \s, not an ideograph
  CHECK(RxMayMatch("12\uFF15", "furniture"));  // a full-width digit is \d too
  CHECK(RxMayMatch("北京市人民政府公报", "furniture"));
  CHECK(RxMayMatch("12\n。", "furniture"));      // $ matches before the line break
  CHECK(RxMayMatch("12\u2028。", "furniture"));
  CHECK(RxMayMatch("12\xE3\x80", "furniture"));  // not UTF-8 at its end: the engine decides
  CHECK_FALSE(RxMayMatch("", "furniture"));
  // Every code point below U+3400 and a few above, at the end of a text, against the engine.
  size_t compared = 0;
  for (char32_t c = 1; c < 0x3400 + 64; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text = "12";
    AppendUtf8(text, c);
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    if (boost::u32regex_match(text, Rx("furniture"))) CHECK(RxMayMatch(text, "furniture"));
    CHECK(RxFull(text, "furniture") == boost::u32regex_match(text, Rx("furniture")));
    ++compared;
  }
  CHECK(compared > 10000);
}

TEST_CASE("whole matches and anchored searches find what Boost finds, whatever the text starts with", "[grammar]") {
  // Each pattern with first characters, on its own examples and a few lines, each as it is, after
  // white space, after a Han character, after a line separator, and searched from its second
  // character: the first-character test must never turn away what Boost matches.
  const std::vector<std::string> lines = {"第一条 为了规范", "一、总则", "(二)关于", "1.做好", "①其他", "北京市人民政府公报",
                                          "2024年第3期", "京政发〔2023〕20号", "", " ", "附件", "——", "12"};
  size_t compared = 0;
  for (const auto& p : Grammars().patterns()) {
    if (p.compiled().starts.empty()) continue;
    std::vector<std::string> texts = lines;
    texts.insert(texts.end(), p.positives.begin(), p.positives.end());
    texts.insert(texts.end(), p.negatives.begin(), p.negatives.end());
    for (const auto& base : texts) {
      for (const std::string& text : {base, " " + base, "的" + base, "的\n" + base, "的\xE2\x80\xA8" + base}) {
        INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
        Match ours, theirs;
        CHECK(RxFull(text, p.name) == boost::u32regex_match(text, theirs, p.regex()));
        CHECK(RxFind(text, p.name) == boost::u32regex_search(text, theirs, p.regex()));
        if (text.empty()) continue;
        const size_t from = std::min(text.size(), std::max<size_t>(1, Utf8Length(static_cast<unsigned char>(text[0]))));
        const bool found = RxSearchFrom(text, from, p.name, ours);
        REQUIRE(found == boost::u32regex_search(text.cbegin() + static_cast<long>(from), text.cend(), theirs, p.regex()));
        if (found) CHECK(Positions(ours) == Positions(theirs));
        ++compared;
      }
    }
  }
  CHECK(compared > 10000);
}

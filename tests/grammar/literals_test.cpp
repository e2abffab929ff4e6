// The literal prefilter: what RequiredLiterals derives, and that it never turns away text the
// regex would match (every example+, every line of a sample issue, under every pattern).
#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"

using namespace gazette;
using Literals = std::vector<std::string>;

TEST_CASE("required literals come from literals, small classes and alternations", "[grammar]") {
  CHECK(RequiredLiterals("abc") == Literals{"abc"});
  CHECK(RequiredLiterals("\\d+号") == Literals{"号"});
  CHECK(RequiredLiterals("第\\s*\\d+\\s*期") == Literals{"第"});
  CHECK(RequiredLiterals("(?:施行|执行)") == Literals{"执行", "施行"});
  CHECK(RequiredLiterals("[〔\\[]\\d{4}[〕\\]]") == Literals{"[", "〔"});
  CHECK(RequiredLiterals("同时(?:废止|失效)") == Literals{"同时失效", "同时废止"});
  CHECK(RequiredLiterals("(?<y>\\d{4})年") == Literals{"年"});
  CHECK(RequiredLiterals("(?<!年)月(?=\\d)") == Literals{"月"});
  CHECK(RequiredLiterals("\\x{3007}") == Literals{"\xe3\x80\x87"});
}

TEST_CASE("a positive lookahead's literals may be the prefilter; a negative one's never", "[grammar]") {
  CHECK(RequiredLiterals("[(〔]\\d{4}[)〕](?=第?\\d+号)") == Literals{"号"});
  CHECK(RequiredLiterals("[(〔]\\d{4}[)〕](?!第?\\d+号)") == Literals{"(", "〔"});
  CHECK(RequiredLiterals("\\d+(?=号|期)") == Literals{"号", "期"});
}

TEST_CASE("no prefilter where nothing is required or the syntax is not followed", "[grammar]") {
  CHECK(RequiredLiterals("\\d+").empty());
  CHECK(RequiredLiterals("a?b*").empty());
  CHECK(RequiredLiterals("a|\\d").empty());
  CHECK(RequiredLiterals("[^a]").empty());
  CHECK(RequiredLiterals("(?i)abc").empty());
  CHECK(RequiredLiterals("(a)\\1").empty());  // back-references are beyond the analysis
}

TEST_CASE("MayMatch finds any literal, and lets everything through without one", "[grammar]") {
  CHECK(MayMatch("自2024年1月1日起施行", {"执行", "施行"}));
  CHECK_FALSE(MayMatch("自2024年1月1日起", {"执行", "施行"}));
  CHECK(MayMatch("anything", {}));
}

TEST_CASE("every part a sequence needs is a further set, unless a set chosen implies it", "[grammar]") {
  using Sets = std::vector<Literals>;
  CHECK(RequiredLiteralSets("\\d+〔\\d{4}〕\\d+号") == Sets{{"〔"}, {"〕"}, {"号"}});
  CHECK(RequiredLiteralSets("(?:施行|实施)\\D*(?:正式)?(?:施行|实施)?\\d+年") == Sets{{"实施", "施行"}, {"年"}});
  CHECK(RequiredLiteralSets("a|b号") == Sets{{"a", "b号"}});  // the branches share nothing
  CHECK(RequiredLiteralSets("\\d+").empty());
}

TEST_CASE("a pattern that ends at the text's end requires the endings of its last part", "[grammar]") {
  CHECK(RequiredEndings("^(?:局|委员会)$") == Literals{"委员会", "局"});
  CHECK(RequiredEndings("(?:办法|规定)(?:\\(试行\\))?$") == Literals{"(试行)", "办法", "规定"});
  CHECK(RequiredEndings("号$|^第").empty());  // the second branch ends anywhere
  CHECK(RequiredEndings("号\\s*$").empty());  // \s* may end it with anything
  CHECK(RequiredEndings("(?:局|院)(?:、(?:局|院))*\\z") == Literals{"、局", "、院", "局", "院"});
  CHECK(RequiredEndings("号(?=x)").empty());  // not anchored
}

TEST_CASE("a pattern some of whose matches end the text with \\d or \\s gives its last characters", "[grammar]") {
  auto lasts = [](const char* pattern) { return AnalyzeLiterals(pattern).last_characters; };
  // furniture's shape: running heads, page numbers, rules.
  const LastCharacters furniture = lasts("^(?:北京市人民政府公报|-?\\s*\\d{1,3}\\s*-?|第\\s*\\d{1,3}\\s*页|[-—*_=]{3,})$");
  CHECK(furniture.characters == U"*-=_—报页");
  CHECK(furniture.classes == std::u32string{kAnyDecimalDigit, kAnyWhitespace});
  CHECK(AnalyzeLiterals("号\\s*$").endings.empty());  // endings stay strings only
  CHECK(lasts("号\\s*$").characters == U"号");
  CHECK(lasts("号\\s*$").classes == std::u32string{kAnyWhitespace});
  CHECK(lasts("第\\d+期?\\z").characters == U"期");
  CHECK(lasts("第\\d+期?\\z").classes == std::u32string{kAnyDecimalDigit});
  CHECK(lasts("\\d+号$").classes.empty());  // every ending a string: RequiredEndings says it
  CHECK(AnalyzeLiterals("\\d+号$").endings == Literals{"号"});
  CHECK(lasts("\\d+").classes.empty());        // not anchored
  CHECK(lasts("\\d$|^第").classes.empty());    // the second branch ends anywhere
  CHECK(lasts("\\d\\w?$").classes.empty());  // \w may end it with anything
  CHECK(lasts("\\d(?=年)$").classes == std::u32string{kAnyDecimalDigit});  // a lookahead adds no character
}

TEST_CASE("a branch of strings then $ gives endings that are enough for a match", "[grammar]") {
  auto sufficient = [](const char* pattern) { return AnalyzeLiterals(pattern).sufficient_endings; };
  CHECK(sufficient("[。!]$|》$|\\(\\d{1,4}\\)$") == Literals{"!", "。", "》"});  // the page number is not a string
  CHECK(sufficient("(?:办法|规定)(?:\\(试行\\))?$") == Literals{"办法", "办法(试行)", "规定", "规定(试行)"});
  CHECK(sufficient("号$|^第") == Literals{"号"});  // one branch is enough
  CHECK(sufficient("^。$").empty());               // the text must be 。 alone
  CHECK(sufficient("(?<!x)。$").empty());          // a lookbehind may refuse it
  CHECK(sufficient("(?=.)。$").empty());
  CHECK(sufficient("\\b。$").empty());
  CHECK(sufficient("。?$").empty());               // empty: every text would do
  CHECK(sufficient("。+$").empty());               // not strings: left to the engine
  CHECK(sufficient("。").empty());                 // not anchored
  CHECK(sufficient("(?:。$)") == Literals{"。"});
  CHECK(sufficient("(?:。$)*").empty());
}

TEST_CASE("a text ending with a sufficient ending holds a match, as Boost finds it", "[grammar]") {
  std::vector<std::string> texts = {"", "北京", "第一条", "(二)关于", "12", "a", "。"};
  for (const char* issue : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    std::ifstream raw(testing::Path(std::string("tests/corpus/") + issue + ".txt"));
    std::stringstream text;
    text << raw.rdbuf();
    for (const auto& line : Normalize(text.str(), issue).lines) texts.push_back(line.text);
  }
  size_t patterns = 0, checked = 0;
  for (const auto& p : Grammars().patterns()) {
    const CompiledPattern& c = p.compiled();
    if (c.sufficient_endings.empty()) continue;
    ++patterns;
    std::vector<std::string> own = texts;
    own.insert(own.end(), p.positives.begin(), p.positives.end());
    own.insert(own.end(), p.negatives.begin(), p.negatives.end());
    for (const auto& base : own) {
      for (const auto& ending : c.sufficient_endings) {
        const std::string text = base + ending;
        INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
        CHECK(boost::u32regex_search(text, p.regex()));
        CHECK(RxFind(text, p.name));
        ++checked;
      }
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << base);
      CHECK(RxFind(base, p.name) == boost::u32regex_search(base, p.regex()));
    }
  }
  CHECK(patterns >= 3);  // line_closed_end, line_open_end, article_closed_end …
  CHECK(checked > 1000);
  // Not UTF-8: the search ends at the bad byte, as before, even where the text ends as enough.
  CHECK_FALSE(RxFind("\xFF请认真贯彻执行。", "line_closed_end"));
}

namespace {

// The summary of TEXT's characters.
CharacterSummary SummaryOf(std::string_view text) {
  CharacterSummary summary;
  Summarize(text, summary);
  return summary;
}

}  // namespace

TEST_CASE("MayEnd judges a one-line text by its end, and lets a text of several lines through", "[grammar]") {
  CHECK(MayEnd("北京市财政局", {"局", "委员会"}));
  CHECK_FALSE(MayEnd("北京市财政局发布", {"局", "委员会"}));
  CHECK(MayEnd("北京市财政局\n发布", {"局", "委员会"}));  // $ matches before the line break
  CHECK(MayEnd("北京市财政局\u2028发布", {"局", "委员会"}));
  CHECK(MayEnd("北京市财政局\xC2\x85发布", {"局", "委员会"}));  // U+0085
  CHECK(MayEnd("anything", {}));
}

TEST_CASE("MayEnd finds a line separator at any position of a text of any length", "[grammar]") {
  // The filler holds the separators' lead bytes in characters that are none: “ — (E2 80 9C,
  // E2 80 94), ‧ (E2 80 A7, next to U+2028's A8), · (C2 B7); and 0x09, 0x0E beside 0x0A-0x0D.
  const std::string filler = "发“布—a\t‧·\x0E局令";
  for (const std::string separator : {"\n", "\v", "\f", "\r", "\xC2\x85", "\u2028", "\u2029"})
    for (size_t length = 0; length <= 70; ++length) {
      std::string text;
      while (text.size() < length) text += filler;
      text.resize(length);  // may cut a character: MayEnd reads bytes
      text += "x";           // no text ends as the pattern must
      INFO("separator " << int(static_cast<unsigned char>(separator[0])) << ", " << text.size() << " bytes");
      REQUIRE_FALSE(MayEnd(text, {"局"}));
      for (size_t at = 0; at <= text.size(); ++at) {
        CHECK(MayEnd(text.substr(0, at) + separator + text.substr(at), {"局"}));
      }
      // A separator cut by the text's end is none.
      if (separator.size() > 1) CHECK_FALSE(MayEnd(text + separator.substr(0, separator.size() - 1), {"局"}));
    }
}

TEST_CASE("MayMatch finds a literal at either end, after a false start, never past the text", "[grammar]") {
  CHECK(MayMatch("施行", {"施行"}));
  CHECK(MayMatch("施行日期", {"施行"}));
  CHECK(MayMatch("日期施行", {"施行"}));
  CHECK(MayMatch("aab", {"ab"}));
  CHECK(MayMatch("行行施行", {"施行"}));  // the first 行 ends a false start (行行), not a match
  CHECK_FALSE(MayMatch("施", {"施行"}));
  CHECK_FALSE(MayMatch("行", {"施行"}));
  CHECK_FALSE(MayMatch("", {"a"}));
  CHECK(MayMatch("x(", {"("}));
}

TEST_CASE("MayMatch finds a literal at every position of a long text, first and last bytes alike", "[grammar]") {
  // Long texts are searched 32 or 16 positions at a time by a literal's first and last bytes, the
  // last block overlapping the one before; each answer must be std::string_view::find's. Each
  // text is copied to a buffer of its exact size, so a sanitized build sees any read past it.
  auto same_as_find = [](const std::string& text, const std::string& literal) {
    const auto bytes = std::make_unique<char[]>(text.size());
    std::memcpy(bytes.get(), text.data(), text.size());
    const std::string_view exact(bytes.get(), text.size());
    return MayMatch(exact, {literal}) == (exact.find(literal) != std::string_view::npos);
  };
  const std::string filler = "条款规定的";
  for (const std::string literal : {"施行", "行", "ab", "a", "abc施", "的条"}) {
    for (size_t length = 0; length <= 70; ++length) {
      const std::string spaces(length, ' ');
      std::string chinese;
      while (chinese.size() < length) chinese += filler;
      chinese.resize(length);
      for (const std::string& base : {spaces, chinese}) {  // the cut may split a character
        for (size_t at = 0; at + literal.size() <= base.size(); ++at) {
          std::string with = base;
          with.replace(at, literal.size(), literal);
          INFO(literal << " at " << at << " in " << with.size() << " bytes");
          CHECK(same_as_find(with, literal));
        }
        CHECK(same_as_find(base, literal));
      }
    }
  }
  // A false start: the first and last bytes where the literal's are, the middle byte not.
  std::string decoy(40, 'x');
  decoy.replace(30, 3, "\xE6\x96\xBD");  // 施
  CHECK_FALSE(MayMatch(decoy, {"\xE6\x97\xBD"}));
  CHECK(MayMatch(decoy, {"\xE6\x96\xBD"}));
}

TEST_CASE("a set tested against a text's summary finds what the search literal by literal finds", "[grammar]") {
  // article_item_cn's numerals and more; a literal that is not UTF-8 in shape is always searched for.
  const Literals numerals{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "二十", "a", "\x8D"};
  LiteralSearch set = MakeLiteralSearch(numerals);
  REQUIRE(set.bits.size() == numerals.size());
  CHECK(set.bits[11].count == 2);  // 二十: both characters
  CHECK(set.bits[13].count == 0);
  const std::vector<std::string> texts{"第十条", "十", "条款a", "abc", "条款", "", "\xE5\x8D\x81", "\x81\x81十",
                                       "\xE5十", "\xE5\x8D", "款\xE5\x8D", "款\x8D", "二条十", "十二"};
  for (const auto& text : texts) {
    INFO(text);
    const CharacterSummary summary = SummaryOf(text);
    CHECK(MayMatchSet(text, set, &summary) == MayMatch(text, numerals));
    CHECK(MayMatchSet(text, set, nullptr) == MayMatch(text, numerals));
    // A summary of a text holding this one (a search from an offset) serves as well.
    const std::string whole = "条款" + text;
    const CharacterSummary of_whole = SummaryOf(whole);
    CHECK(MayMatchSet(text, set, &of_whole) == MayMatch(text, numerals));
  }
  REQUIRE(set.large);
  CHECK_FALSE(MakeLiteralSearch({"一", "二"}).large);
  CHECK_FALSE(SummaryOf("条款").MayHold(set.bits[9]));   // 十: ruled out without a search
  CHECK_FALSE(SummaryOf("二条").MayHold(set.bits[11]));  // 二十: 十 is not there
  CHECK(SummaryOf("二条十").MayHold(set.bits[11]));      // both are, apart: the search decides
  CHECK(SummaryOf("\xE5条款").MayHold(set.bits[9]));    // not UTF-8: nothing ruled out
}

TEST_CASE("a summary reads a three-byte sequence with four bytes left as with fewer", "[grammar]") {
  // With four bytes left a sequence led by E0-EF is read by one mask; the last bytes of a text are
  // read byte by byte. Before "ab" and alone, every such lead with a spread of continuation
  // bytes must set the same bits and be judged UTF-8 in shape (or not) alike.
  size_t compared = 0;
  for (int lead = 0xE0; lead <= 0xEF; ++lead)
    for (int t1 : {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF})
      for (int t2 : {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xE5}) {
        const std::string sequence{char(lead), char(t1), char(t2)};
        INFO(std::hex << lead << " " << t1 << " " << t2);
        const CharacterSummary alone = SummaryOf(sequence), followed = SummaryOf(sequence + "ab");
        REQUIRE(followed.known == alone.known);
        if (alone.known) {
          CharacterSummary expected = alone;
          for (char c : {'a', 'b'}) {
            const uint32_t bit = FibonacciBits(static_cast<uint32_t>(c), 12);
            expected.bits[bit >> 6] |= uint64_t{1} << (bit & 63);
          }
          CHECK(followed.bits == expected.bits);
        }
        ++compared;
      }
  CHECK(compared == 16 * 8 * 6);
}

TEST_CASE("the summary's bits and the start bits are one Fibonacci hash, cut to 12 bits and to 8", "[grammar]") {
  CHECK(FibonacciBits(1, 8) == 0x9E);  // 2654435761 is 0x9E3779B1
  CHECK(FibonacciBits(1, 12) == 0x9E3);
  CHECK(FibonacciBits(0xFFFFFFFF, 32) == 0x61C8864F);  // the product modulo 2^32
  LiteralSearch set = MakeLiteralSearch({"a", "十"});
  CHECK(set.bits[0].bits[0] == FibonacciBits('a', 12));
  CHECK(set.bits[1].bits[0] == FibonacciBits(0x818DE5, 12));  // 十's bytes E5 8D 81, read little-endian
  for (char32_t c : {U'a', U'十', U'〔', char32_t{0x10FFFF}}) CHECK(StartBit(c) == FibonacciBits(c, 8));
}

TEST_CASE("the prefilter never turns away a text its pattern matches", "[grammar]") {
  std::vector<std::string> texts;
  for (const auto& p : Grammars().patterns())
    texts.insert(texts.end(), p.positives.begin(), p.positives.end());
  std::ifstream in(testing::Path("tests/corpus/2023-42.txt"));
  for (std::string line; std::getline(in, line);) texts.push_back(line);
  // The lines as the parsers see them too: normalized, wrapped lines joined.
  for (const char* issue : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    std::ifstream raw(testing::Path(std::string("tests/corpus/") + issue + ".txt"));
    std::stringstream text;
    text << raw.rdbuf();
    for (const auto& line : Normalize(text.str(), issue).lines) texts.push_back(line.text);
  }
  for (const auto& p : Grammars().patterns()) {
    const CompiledPattern& c = p.compiled();
    if (c.searches.empty() && c.endings.empty() && c.last_characters.classes.empty() && !(c.line_start && !c.starts.empty()))
      continue;
    for (const auto& text : texts) {
      if (RxMayMatch(text, p.name)) continue;  // first characters, literals, further literals, endings
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
      Match m;
      CHECK_FALSE(boost::u32regex_search(text, m, p.regex()));
    }
  }
}

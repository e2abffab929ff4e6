// Shortcuts of a pattern's own prefilter (Admits), checked against what they stand in for over
// every example and the samples' lines: the line separators found once for a call (by 32 bytes
// at a time with AVX2) are those a reading byte by byte finds, and Admits never turns away a
// text of several lines Boost's search finds a match in; an ending compared byte by byte is
// found as EndsWith finds it, and one told first by the text's last byte as EndingOf finds it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "grammar/grammar_internal.hpp"
#include "grammar/literals.hpp"
#include "util/text.hpp"
#include "../support.hpp"

using namespace gazette;

namespace {

// True if a line separator starts at some byte of TEXT, read byte by byte.
bool HoldsSeparatorBytewise(std::string_view text) {
  for (const char* separator : {"\n", "\v", "\f", "\r", "\xC2\x85", "\u2028", "\u2029"})
    if (text.find(separator) != std::string_view::npos) return true;
  return false;
}

// Each two sample lines in a row joined by SEPARATOR, every STEP-th pair: a text of several lines
// (or, SEPARATOR empty, a long one) that prefilters judging a text by its start or end must let through.
std::vector<std::string> JoinedLines(const std::string& separator, size_t step) {
  const std::vector<std::string> lines = testing::ExamplesAndSampleLines();
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < lines.size(); i += step) out.push_back(lines[i] + separator + lines[i + 1]);
  return out;
}

// True if Admits judges a text by its start or end for P, and so asks whether it holds a line
// separator: P has first characters, endings or last characters.
bool JudgesByStartOrEnd(const CompiledPattern& p) {
  return !p.starts.empty() || !p.endings.empty() || !p.last_characters.classes.empty();
}

}  // namespace

TEST_CASE("HoldsLineSeparator finds what a reading byte by byte finds, over every sample line", "[grammar]") {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const std::string separator : {"\n", "\u2028", "\xC2\x85", ""})
    for (auto& text : JoinedLines(separator, 3)) texts.push_back(std::move(text));
  size_t held = 0, long_texts = 0;
  for (const auto& text : texts) {
    INFO(text);
    REQUIRE(HoldsLineSeparator(text) == HoldsSeparatorBytewise(text));
    held += HoldsSeparatorBytewise(text);
    long_texts += text.size() >= 64;
  }
  CHECK(held > 1000);
  CHECK(long_texts > 1000);
}

TEST_CASE("HoldsLineSeparator reads no byte past the text, nor before it", "[grammar]") {
  // Each text a view of a buffer with a separator just before and just after it: the pass's last
  // block ends with the text, and a text shorter than a block is read from a padded copy.
  const std::string filler = "发“布—a\t‧·\x0E局令";
  for (const std::string separator : {"\n", "\r", "\xC2\x85", "\u2028", "\u2029"})
    for (size_t length = 0; length <= 100; ++length) {
      std::string text;
      while (text.size() < length) text += filler;
      text.resize(length);
      const std::string buffer = separator + text + separator;
      const std::string_view view(buffer.data() + separator.size(), text.size());
      INFO(length << " bytes between two separators of " << separator.size() << " bytes");
      REQUIRE(HoldsLineSeparator(view) == HoldsSeparatorBytewise(view));
      REQUIRE(HoldsLineSeparator(std::string_view(view.data(), text.size() + separator.size())));  // the one after, in
    }
}

TEST_CASE("Admits lets through a text of several lines Boost's search finds a match in", "[grammar]") {
  std::vector<std::string> texts = JoinedLines("\n", 7);
  for (auto& text : JoinedLines("\u2028", 23)) texts.push_back(std::move(text));
  size_t patterns = 0, refused = 0;
  for (const auto& p : Grammars().patterns()) {
    const CompiledPattern& c = p.compiled();
    if (!JudgesByStartOrEnd(c)) continue;
    ++patterns;
    for (const auto& text : texts)
      for (bool whole : {false, true}) {
        if (grammar_internal::Admits(text, 0, c, whole)) continue;
        INFO(p.file << ":" << p.line << " pattern " << p.name << (whole ? " (whole)" : "") << " on: " << text);
        Match m;
        const bool matched = whole ? boost::u32regex_match(text, m, p.regex()) : boost::u32regex_search(text, m, p.regex());
        REQUIRE_FALSE(matched);
        ++refused;
      }
  }
  CHECK(patterns > 100);
  CHECK(refused > 10000);
}

TEST_CASE("EndingOf finds the first ending the text ends with, as EndsWith does", "[grammar]") {
  const std::vector<std::string> endings = {"局", "委员会", "会", "。", ""};
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    size_t expected = endings.size();
    for (size_t e = 0; e < endings.size() && expected == endings.size(); ++e)
      if (EndsWith(text, endings[e])) expected = e;
    INFO(text);
    REQUIRE(EndingOf(text, endings) == expected);
    REQUIRE(EndingOf(text, {"局", "委员会"}) == (EndsWith(text, "局") ? 0 : EndsWith(text, "委员会") ? 1 : 2));
  }
  CHECK(EndingOf("", {"局"}) == 1);
  CHECK(EndingOf("局", {"财政局"}) == 1);
  CHECK(EndingOf("北京市财政局", {"会", "政局"}) == 1);
  CHECK(EndingOf("北京市财政局", {}) == 0);
}

TEST_CASE("EndingOfText, told first by the last byte, finds the ending EndingOf finds, for every pattern", "[grammar]") {
  const std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  size_t patterns = 0, fitted = 0;
  for (const auto& pattern : Grammars().patterns()) {
    const CompiledPattern& p = pattern.compiled();
    if (p.endings.empty()) continue;
    ++patterns;
    INFO(pattern.name);
    for (const auto& text : texts) {
      INFO(text);
      const size_t expected = EndingOf(text, p.endings);
      REQUIRE(grammar_internal::EndingOfText(text, p) == expected);
      fitted += expected < p.endings.size();
    }
    for (const auto& ending : p.endings) REQUIRE(grammar_internal::EndingOfText("前" + ending, p) < p.endings.size());
    REQUIRE(grammar_internal::EndingOfText("", p) == EndingOf("", p.endings));
  }
  CHECK(patterns > 20);
  CHECK(fitted > 1000);
}

TEST_CASE("FirstCharacter reads a text's first code point as FirstCodePoint does", "[grammar]") {
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    if (text.empty()) continue;
    INFO(text);
    REQUIRE(grammar_internal::FirstCharacter(text) == FirstCodePoint(text));
  }
  // Every lead byte with a spread of second and third bytes: overlong forms, surrogates, cut short.
  size_t compared = 0;
  for (int lead = 0; lead <= 0xFF; ++lead)
    for (int t1 : {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0})
      for (int t2 : {0x41, 0x80, 0xBF, 0xC0}) {
        const std::string text{char(lead), char(t1), char(t2)};
        for (size_t n = 1; n <= 3; ++n) {
          INFO(std::hex << lead << " " << t1 << " " << t2 << " " << n);
          REQUIRE(grammar_internal::FirstCharacter(std::string_view(text).substr(0, n)) == FirstCodePoint(text.substr(0, n)));
          ++compared;
        }
      }
  CHECK(compared == 256 * 7 * 4 * 3);
}

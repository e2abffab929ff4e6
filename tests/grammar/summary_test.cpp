// The summary of a text's characters (Summarize: eight Chinese characters at a time where AVX2 is
// there) against a reading one character at a time, as MakeLiteralSearch hashes a literal's.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"
#include "util/text.hpp"
#include "../support.hpp"

using namespace gazette;

namespace {

// TEXT's summary read one character at a time: each character's bytes (one to four, in UTF-8's
// shape) read as a little-endian number and hashed to 12 bits; not known where TEXT is not of
// that shape.
CharacterSummary OneByOne(std::string_view text) {
  CharacterSummary out;
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t len = Utf8Length(lead);
    if (len == 0 || len > text.size() - i) return out;
    uint32_t key = lead;
    for (size_t k = 1; k < len; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return out;
      key |= uint32_t{next} << (8 * k);
    }
    const uint32_t bit = FibonacciBits(key, 12);
    out.bits[bit >> 6] |= uint64_t{1} << (bit & 63);
    i += len;
  }
  out.known = true;
  return out;
}

// True if Summarize gives TEXT the summary OneByOne gives it (the bits where it is known).
bool SummarizedAsOneByOne(std::string_view text) {
  CharacterSummary summary;
  summary.bits.fill(~uint64_t{0});  // Summarize clears what was there
  Summarize(text, summary);
  const CharacterSummary expected = OneByOne(text);
  return summary.known == expected.known && (!expected.known || summary.bits == expected.bits);
}

}  // namespace

TEST_CASE("a summary sets the bits a reading one character at a time sets, over every sample line", "[grammar]") {
  size_t checked = 0;
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    INFO(text);
    REQUIRE(SummarizedAsOneByOne(text));
    // Cut at every byte (a character cut in two at either end), where the line is not too long.
    if (text.size() > 160) continue;
    for (size_t k = 1; k < text.size(); ++k) {
      INFO(k);
      REQUIRE(SummarizedAsOneByOne(std::string_view(text).substr(0, k)));
      REQUIRE(SummarizedAsOneByOne(std::string_view(text).substr(k)));
      checked += 2;
    }
  }
  CHECK(checked > 100000);
}

TEST_CASE("a summary reads a Chinese run up to whatever follows it, at every place in the eight", "[grammar]") {
  // After a run of N three-byte characters (N = 0 to 40: the run's eights end at every one of
  // their places), one character of each other length, a byte that is not UTF-8 in shape, or a
  // three-byte character cut short; then more Chinese text, or nothing.
  const std::vector<std::string> breaks{"a",        ",",        "\xC2\xB7", "\xF0\x9F\x98\x80", "\xFF", "\x80",
                                        "\xE5\x8D", "\xE5\x41\x81", "\xE5\x8D\xC1", "\xEF\xBC\x8C", "\xE0\x80\x80", ""};
  size_t checked = 0;
  for (size_t n = 0; n <= 40; ++n) {
    std::string run;
    for (size_t k = 0; k < n; ++k) run += k % 2 ? "十" : "条";
    for (const auto& cut : breaks)
      for (const std::string& after : {std::string(), std::string("施行之日起一年内有效的规定")}) {
        const std::string text = run + cut + after;
        INFO(n << " " << cut << " " << after);
        REQUIRE(SummarizedAsOneByOne(text));
        REQUIRE(SummarizedAsOneByOne("ab" + text));  // the run starting past the first byte
        checked += 2;
      }
  }
  CHECK(checked == 41 * 12 * 2 * 2);
}

TEST_CASE("a set tested against the summary finds what a plain search finds, for every pattern's sets", "[grammar]") {
  const std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  std::vector<CharacterSummary> summaries(texts.size());
  for (size_t t = 0; t < texts.size(); ++t) Summarize(texts[t], summaries[t]);
  size_t sets = 0, held = 0;
  for (const auto& pattern : Grammars().patterns())
    for (const LiteralSearch& set : pattern.compiled().searches) {
      if (!set.large) continue;
      ++sets;
      INFO(pattern.name);
      for (size_t i = 0; i < set.bits.size(); ++i)
        for (size_t k = 0; k < set.bits[i].count; ++k) {  // each bit as its word and mask
          REQUIRE(set.bits[i].words[k] == set.bits[i].bits[k] >> 6);
          REQUIRE(set.bits[i].masks[k] == uint64_t{1} << (set.bits[i].bits[k] & 63));
        }
      for (size_t t = 0; t < texts.size(); ++t) {
        INFO(texts[t]);
        const bool expected = MayMatch(texts[t], set.literals);
        REQUIRE(MayMatchSet(texts[t], set, &summaries[t]) == expected);
        held += expected;
      }
    }
  CHECK(sets >= 5);
  CHECK(held > 1000);
}

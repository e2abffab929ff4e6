// Shortcuts of the searches, checked over every example and the samples' lines: RxFind of a
// pattern whose matches end the text tries its starts from the last one back (its answer must be
// Boost's own search's), the prefilter does not search for a set of literals the text's ending
// already holds (its answer must be the one it gives searching for every set), and a text of code
// points below U+0100 is searched by Boost's own search in one call (its matches must be those the
// search tried at each known start found: Boost's iterator's).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "grammar/grammar.hpp"
#include "grammar/grammar_internal.hpp"
#include "../support.hpp"
#include "boost_oracle.hpp"
#include "util/text.hpp"

using namespace gazette;
using testing::Positions;

namespace {

// True if every code point of TEXT is below U+0100.
bool AllBelow256(const std::string& text) {
  const std::u32string points = ToU32(text);
  return std::all_of(points.begin(), points.end(), [](char32_t c) { return c <= 0xFF; });
}

// Searches every pattern with known starts over TEXTS (those its prefilter admits) as Boost's own
// iterator and RxSearch do, requiring the same matches; returns the patterns and matches compared.
std::pair<size_t, size_t> SearchedAsBoostSearches(const std::vector<std::string>& texts) {
  size_t patterns = 0, matches = 0;
  for (const auto& p : Grammars().patterns()) {
    if (p.compiled().starts.empty()) continue;  // Boost's own search, as before
    ++patterns;
    for (const auto& text : texts) {
      if (!RxMayMatch(text, p.name)) continue;  // turned away before the engine runs
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
      const auto expected = testing::BoostMatches(text, p), found = testing::EngineMatches(text, p);
      REQUIRE(found == expected);
      matches += found.size();
      Match ours, theirs;
      const bool any = boost::u32regex_search(text, theirs, p.regex());
      REQUIRE(RxSearch(text, p.name, ours) == any);
      if (any) CHECK(Positions(ours) == Positions(theirs));
    }
  }
  return {patterns, matches};
}

}  // namespace

TEST_CASE("RxFind of a pattern that ends the text answers as Boost's search", "[grammar]") {
  const std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  size_t patterns = 0, by_last_characters = 0, found = 0;
  for (const auto& p : Grammars().patterns()) {
    const CompiledPattern& c = p.compiled();
    const bool by_class = c.endings.empty() && !c.last_characters.classes.empty();  // doc_type's 通知\s*$
    if ((c.endings.empty() && !by_class) || c.starts.empty()) continue;  // searched from the first start on, as before
    ++patterns;
    by_last_characters += by_class;
    for (const auto& text : texts) {
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
      Match m;
      const bool expected = boost::u32regex_search(text, m, p.regex());
      REQUIRE(RxFind(text, p.name) == expected);
      found += expected;
    }
  }
  CHECK(patterns >= 5);  // line_closed_end, line_open_end, line_title_end, docno_cut_tail …
  CHECK(by_last_characters >= 3);  // doc_type, contents_page, dates_lead_at …
  CHECK(found > 1000);
}

TEST_CASE("the prefilter skips a set the text's ending holds, with the same answer", "[grammar]") {
  const std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  size_t patterns = 0;
  for (const auto& p : Grammars().patterns()) {
    const CompiledPattern& c = p.compiled();
    if (c.endings.empty() || c.searches.empty()) continue;
    CompiledPattern every_set = c;  // the same prefilter, asking every set
    std::fill(every_set.sets_in_ending.begin(), every_set.sets_in_ending.end(), 0u);
    patterns += c.sets_in_ending != every_set.sets_in_ending;
    for (const auto& text : texts)
      for (bool whole : {false, true}) {
        INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
        REQUIRE(grammar_internal::Admits(text, 0, c, whole) == grammar_internal::Admits(text, 0, every_set, whole));
      }
  }
  CHECK(patterns >= 3);  // line_closed_end (。 in both), agency_line (局 in both) …
  const CompiledPattern& closed = Grammars().Find("line_closed_end")->compiled();
  const auto period = std::find(closed.endings.begin(), closed.endings.end(), "。");
  REQUIRE(period != closed.endings.end());
  CHECK(closed.sets_in_ending[static_cast<size_t>(period - closed.endings.begin())] == 1u);
}

TEST_CASE("a text of code points below U+0100 is searched as Boost's iterator searches it", "[grammar]") {
  std::vector<std::string> texts;
  for (auto& text : testing::ExamplesAndSampleLines())
    if (AllBelow256(text)) texts.push_back(std::move(text));
  for (const char* more : {"Circular on Issuing the Measures (Jingzhengfa[2023]No. 20) ..... (43)",
                           "Notice (Jingrensheshiyefaj[2021]No. 32)   (6)", "  (6)  ", " . (6)", "\u00b7\u00b7 (7)",
                           "2023-05-06", "  12  ", "Article 3 ... (12) and (13)"})
    texts.emplace_back(more);
  const auto [patterns, matches] = SearchedAsBoostSearches(texts);
  CHECK(patterns > 100);
  CHECK(texts.size() > 300);
  CHECK(matches > 100);
}

// English lines with a few code points above U+00FF (“”, —, a Chinese name) are searched by
// Boost's own search too (search.cpp, MostlyInStartMap): the same matches as its iterator.
TEST_CASE("an English text with a few code points above U+00FF is searched as Boost's iterator searches it", "[grammar]") {
  std::vector<std::string> texts;
  for (auto& text : testing::ExamplesAndSampleLines()) {
    const std::u32string points = ToU32(text);
    if (!points.empty() && points[0] < 0x100 && !AllBelow256(text)) texts.push_back(std::move(text));
  }
  for (const char* more : {"Circular on Issuing the “Measures for the Park (Trial)” (Jingrensheshichangfa[2021]No. 35)\t(35)",
                           "Notice on the “Plan” — (Jingzhengfa〔2023〕No. 20) ..... (43)", "“A” (6)", "x“(6)”",
                           "Measures (Trial)” (12) and (13)", "a b c d e f g h i j k l m n o p “q” (7)"})
    texts.emplace_back(more);
  const auto [patterns, matches] = SearchedAsBoostSearches(texts);
  CHECK(patterns > 100);
  CHECK(texts.size() > 20);
  CHECK(matches > 20);
}

TEST_CASE("Compiled gives the named pattern's compiled form, whatever name a buffer held before", "[grammar]") {
  CHECK(&grammar_internal::Compiled("docno") == &Grammars().Find("docno")->compiled());
  char name[16] = "docno_old";  // one buffer, two names of one length: the slot is found by address
  CHECK(&grammar_internal::Compiled(name) == &Grammars().Find("docno_old")->compiled());
  std::copy_n("kind_line", 10, name);
  CHECK(&grammar_internal::Compiled(name) == &Grammars().Find("kind_line")->compiled());
  CHECK(&grammar_internal::Pattern(name) == Grammars().Find("kind_line"));
  CHECK_THROWS_AS(grammar_internal::Compiled("no_such_pattern"), std::logic_error);
  // Names compared by words of 8 bytes, the last overlapping: a name of each length, found, then
  // the same buffer changed in one byte (the first, a middle one, the last) is no pattern's name.
  std::map<size_t, std::string> names;  // length → the first name of that length
  for (const auto& p : Grammars().patterns()) names.emplace(p.name.size(), p.name);
  for (const auto& [length, real] : names)
    for (size_t at : {size_t{0}, length / 2, length - 1}) {
      std::string buffer = real;
      REQUIRE(&grammar_internal::Compiled(buffer) == &Grammars().Find(real)->compiled());
      buffer[at] = '#';  // no name holds it
      INFO(real << " changed to " << buffer);
      CHECK_THROWS_AS(grammar_internal::Compiled(buffer), std::logic_error);
    }
  CHECK(names.size() >= 15);
}

namespace {
char writable_name[] = "docno";  // the program's, but writable
}  // namespace

TEST_CASE("a name in the program's read-only memory is known by its address and size, any other by its bytes", "[grammar]") {
  CHECK(grammar_internal::InReadOnlyMemory("docno"));  // a string literal
  const std::string copy = "docno_gate, a name long enough to be on the heap";
  CHECK_FALSE(grammar_internal::InReadOnlyMemory(copy));
  char on_stack[] = "docno";
  CHECK_FALSE(grammar_internal::InReadOnlyMemory(on_stack));
  CHECK_FALSE(grammar_internal::InReadOnlyMemory(writable_name));
  // One literal's address with two sizes: two names, two patterns.
  const char* literal = "docno_gate";
  CHECK(&grammar_internal::Compiled(literal) == &Grammars().Find("docno_gate")->compiled());
  CHECK(&grammar_internal::Compiled(std::string_view(literal, 5)) == &Grammars().Find("docno")->compiled());
  CHECK(&grammar_internal::Compiled(literal) == &Grammars().Find("docno_gate")->compiled());
  // A writable buffer of the program's, changed in place to another name of the same size.
  CHECK(&grammar_internal::Compiled(writable_name) == &Grammars().Find("docno")->compiled());
  std::copy_n("abcde", 5, writable_name);
  CHECK_THROWS_AS(grammar_internal::Compiled(writable_name), std::logic_error);
  std::copy_n("docno", 5, writable_name);
}

TEST_CASE("a start class of \\s or \\d holds the code points Boost's \\s or \\d matches, below U+0100 and above", "[grammar]") {
  const CompiledPattern& page = Grammars().Find("contents_page")->compiled();  // \s*(?:[.…·]{2,}\s*)?\((…
  REQUIRE(!page.starts.empty());
  REQUIRE(page.starts.back() == kAnyWhitespace);
  const bool digits = page.starts.size() >= 2 && page.starts.end()[-2] == kAnyDecimalDigit;
  const boost::u32regex space = boost::make_u32regex(std::string("\\s")), digit = boost::make_u32regex(std::string("\\d"));
  for (UChar32 c = 0; c < 0x3100; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    INFO("code point " << c);
    const bool expected = boost::u32regex_match(&c, &c + 1, space) || (digits && boost::u32regex_match(&c, &c + 1, digit));
    REQUIRE(grammar_internal::CanStartByClass(page, static_cast<char32_t>(c)) == expected);
  }
}

// Two shortcuts of the searches over a pattern whose matches end the text, checked over every
// example and the samples' lines: RxFind tries its starts from the last one back (its answer must
// be Boost's own search's), and the prefilter does not search for a set of literals the text's
// ending already holds (its answer must be the one it gives searching for every set).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "grammar/grammar_internal.hpp"
#include "../support.hpp"

using namespace gazette;

TEST_CASE("RxFind of a pattern that ends the text answers as Boost's search", "[grammar]") {
  const std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  size_t patterns = 0, found = 0;
  for (const auto& p : Grammars().patterns()) {
    const CompiledPattern& c = p.compiled();
    if (c.endings.empty() || c.starts.empty()) continue;  // searched from the first start on, as before
    ++patterns;
    for (const auto& text : texts) {
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
      Match m;
      const bool expected = boost::u32regex_search(text, m, p.regex());
      REQUIRE(RxFind(text, p.name) == expected);
      found += expected;
    }
  }
  CHECK(patterns >= 5);  // line_closed_end, line_open_end, line_title_end, docno_cut_tail …
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

// RxReplace hands back the text itself where each match is replaced by itself; its answer must be
// Boost's own u32regex_replace either way.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/grammar.hpp"

using namespace gazette;

TEST_CASE("RxReplace answers as Boost's replace, where a match is replaced by itself too", "[grammar]") {
  const std::vector<std::string> texts = {
      "京政发〔2023〕20号",                         // replaced by itself
      "京政发[2023]20号",                           // changed
      "京政发 〔2023〕20号",                        // the space goes
      "依据京政发〔2023〕20号和京政发[2024]1号",    // the first by itself, the second changed
      "依据京政发[2023]20号和京政发〔2024〕1号",    // the other way round
      "京政发〔2023〕20号和京政发〔2024〕1号",      // both by themselves
      "京政发〔2023〕20号、京政发〔2023〕21号和京政发[2024]1号",  // two by themselves, then a change
      "京政发[2023]20号、京政发〔2023〕21号和京政发[2024]1号",    // changed, by itself, changed
      "没有文号的一行",
  };
  for (const auto& text : texts) {
    INFO(text);
    const std::string expected =
        boost::u32regex_replace(text, Grammars().Find("docno_brackets")->regex(), "〔$1〕", boost::format_perl);
    CHECK(RxReplace(text, "docno_brackets", "〔$1〕") == expected);
  }
  CHECK(RxReplace("京政发[2023]20号", "docno_brackets", "〔$1〕") == "京政发〔2023〕20号");
  CHECK(RxReplace("见[链接](http://a.b)和[c](d)", "md_link", "$1") == "见链接和c");
  CHECK(RxReplace("[a](b)", "md_link", "[$1]($2)") == "[a](b)");  // by itself: the same text
}

// RxReplace hands back the text itself where each match is replaced by itself; its answer must be
// Boost's own u32regex_replace either way.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/grammar.hpp"

using namespace gazette;

namespace {

// Each text's matches replaced by FORMAT: RxReplace's answer is Boost's u32regex_replace's.
void CheckAsBoost(const std::vector<std::string>& texts, const char* name, const std::string& format) {
  for (const auto& text : texts) {
    INFO(name << ": " << text);
    const std::string expected =
        boost::u32regex_replace(text, Grammars().Find(name)->regex(), format, boost::format_perl);
    CHECK(RxReplace(text, name, format) == expected);
  }
}
}  // namespace

TEST_CASE("RxReplace answers as Boost's replace, where a match is replaced by itself too", "[grammar]") {
  // docno_brackets does not match a year already printed 〔2023〕 (its lookahead): the texts
  // check the pattern's answer, the links below the matches replaced by themselves.
  CheckAsBoost({"京政发〔2023〕20号",                         // not matched
                "京政发[2023]20号",                           // changed
                "京政发 〔2023〕20号",                        // the space goes
                "京政发〔2023〕 20号",                        // the space goes
                "依据京政发〔2023〕20号和京政发[2024]1号",    // the first left, the second changed
                "依据京政发[2023]20号和京政发〔2024〕1号",    // the other way round
                "京政发〔2023〕20号、京政发〔2023〕21号和京政发[2024]1号",
                "没有文号的一行"},
               "docno_brackets", "〔$1〕");
  CHECK(RxReplace("京政发[2023]20号", "docno_brackets", "〔$1〕") == "京政发〔2023〕20号");
  CHECK(RxReplace("京政发〔2023〕 20号", "docno_brackets", "〔$1〕") == "京政发〔2023〕20号");
  // md_link with [$1]($1): a link whose target is its text is replaced by itself, another changes.
  CheckAsBoost({"见[a](a)",                          // replaced by itself
                "见[a](b)",                          // changed
                "见[a](a)和[b](c)",                  // by itself, then changed
                "见[a](b)和[c](c)",                  // the other way round
                "[a](a)[b](b)",                      // both by themselves
                "[a](a)、[b](b)和[c](d)",            // two by themselves, then a change
                "[a](b)、[c](c)和[d](e)",            // changed, by itself, changed
                "没有链接的一行"},
               "md_link", "[$1]($1)");
  CHECK(RxReplace("见[a](a)和[b](c)", "md_link", "[$1]($1)") == "见[a](a)和[b](b)");
  CHECK(RxReplace("见[链接](http://a.b)和[c](d)", "md_link", "$1") == "见链接和c");
  CHECK(RxReplace("[a](b)", "md_link", "[$1]($2)") == "[a](b)");  // by itself: the same text
}

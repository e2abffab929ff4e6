// The contents' page references: CutPage searches an entry for contents_page from
// contents_internal::PageSearchStart, and finds what a search of the whole entry finds.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "segment/contents.hpp"
#include "../support.hpp"

using namespace gazette;

namespace {

/// Where the search of all of TEXT finds contents_page (npos if nowhere) and its page group.
std::pair<size_t, std::string> FoundInWhole(const std::string& text) {
  Match m;
  if (!RxSearch(text, "contents_page", m)) return {std::string::npos, ""};
  return {static_cast<size_t>(m.position(size_t(0))), Group(m, "page")};
}

/// The same from PageSearchStart, positions counted from the text's start.
std::pair<size_t, std::string> FoundFromStart(const std::string& text) {
  const size_t from = contents_internal::PageSearchStart(text);
  Match m;
  if (from == std::string::npos || !RxSearchFrom(text, from, "contents_page", m)) return {std::string::npos, ""};
  return {from + static_cast<size_t>(m.position(size_t(0))), Group(m, "page")};
}

}  // namespace

TEST_CASE("a page reference is found from PageSearchStart as in the whole entry", "[segment]") {
  const std::vector<std::string> lines = testing::ExamplesAndSampleLines();
  std::vector<std::string> texts = lines;
  // Entries accumulated as ParseEnglish does: lines joined with a space, up to three.
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    texts.push_back(lines[i] + " " + lines[i + 1]);
    texts.push_back(lines[i] + " " + lines[i + 1] + " " + lines[i + 2]);
  }
  for (const char* made :
       {"Notice (Jingzhengfa[2023]No. 20) ..... (43)", "Notice ..... (43) ", "Notice……(7)", "Notice ··(7)",
        "Notice \u3000(7)", "Notice\t(12)\t", "(12)", " (12)", "(12345)", "Notice (1) (2)", "Notice (1)\n more",
        "Notice (1)\nmore (2)", "Notice (1)\r", "Notice (1)\u2028x", "Notice\xff (3)", "\xff(3)", "Notice (3)\xff",
        "通知(京政发〔2023〕1号) (6)", "通知 (6)", "通知。。(6)", "通知..(6)", "Notice . (6)", "", "(", ")", "()"})
    texts.emplace_back(made);
  size_t found = 0;
  for (const auto& text : texts) {
    INFO(text);
    const auto whole = FoundInWhole(text);
    found += whole.first != std::string::npos;
    REQUIRE(FoundFromStart(text) == whole);
  }
  CHECK(found >= 50);
}

// RxFind of a pattern whose matches end the text tries its starts from the last one back: its
// answer must be Boost's own search's, over the samples' lines and every example.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"

using namespace gazette;

namespace {

// Every example of every pattern, and the four samples' lines, printed and normalized.
std::vector<std::string> ExamplesAndSampleLines() {
  std::vector<std::string> texts;
  for (const auto& p : Grammars().patterns()) {
    texts.insert(texts.end(), p.positives.begin(), p.positives.end());
    texts.insert(texts.end(), p.negatives.begin(), p.negatives.end());
  }
  for (const char* issue : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    std::ifstream raw(testing::Path(std::string("tests/corpus/") + issue + ".txt"));
    std::stringstream text;
    text << raw.rdbuf();
    std::istringstream lines(text.str());
    for (std::string line; std::getline(lines, line);) texts.push_back(line);
    for (const auto& line : Normalize(text.str(), issue).lines) texts.push_back(line.text);
  }
  return texts;
}

}  // namespace

TEST_CASE("RxFind of a pattern that ends the text answers as Boost's search", "[grammar]") {
  const std::vector<std::string> texts = ExamplesAndSampleLines();
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

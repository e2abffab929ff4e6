// Implementation of tests/support.hpp (named *_test.cpp so the test glob compiles it).
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <iterator>
#include <sstream>
#include <unicode/ucnv.h>

#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

namespace gazette::testing {

std::string Path(const std::string& relative) { return std::string(GAZETTE_SOURCE_DIR) + "/" + relative; }

const Issue& SampleIssue(const std::string& name) {
  static std::map<std::string, Issue> cache;
  auto it = cache.find(name);
  if (it == cache.end()) {
    auto issue = LoadIssue(Path("tests/corpus/" + name + ".txt"));
    if (!issue.ok()) FAIL(issue.error().message);
    it = cache.emplace(name, std::move(issue.value())).first;
  }
  return it->second;
}

const Document& DocumentByDocno(const Issue& issue, const std::string& docno) {
  for (const auto& d : issue.documents)
    if (d.docno == docno) return d;
  FAIL("no document " << docno << " in " << issue.source);
  throw std::logic_error("unreachable");
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t len = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                             static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(len));
  return out;
}

std::vector<std::string> ExamplesAndSampleLines() {
  std::vector<std::string> texts;
  for (const auto& p : Grammars().patterns()) {
    texts.insert(texts.end(), p.positives.begin(), p.positives.end());
    texts.insert(texts.end(), p.negatives.begin(), p.negatives.end());
  }
  for (const char* issue : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    std::ifstream raw(Path(std::string("tests/corpus/") + issue + ".txt"));
    std::stringstream text;
    text << raw.rdbuf();
    std::istringstream lines(text.str());
    for (std::string line; std::getline(lines, line);) texts.push_back(line);
    for (const auto& line : Normalize(text.str(), issue).lines) texts.push_back(line.text);
  }
  return texts;
}

}  // namespace gazette::testing

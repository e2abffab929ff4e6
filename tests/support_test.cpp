// Implementation of tests/support.hpp (named *_test.cpp so the test glob compiles it).
#include "support.hpp"

#include <catch2/catch.hpp>
#include <map>

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

}  // namespace gazette::testing

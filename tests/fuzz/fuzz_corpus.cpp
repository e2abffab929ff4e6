#include "fuzz_corpus.hpp"

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "export/xml.hpp"
#include "pipeline/pipeline.hpp"

namespace gazette::fuzz {
namespace {

// The issues read from PATHS (relative to the source tree), every extractor run; aborts if one
// cannot be read (the targets would test nothing).
std::vector<Issue> LoadIssues(const std::vector<const char*>& paths) {
  std::vector<Issue> issues;
  for (const char* path : paths) {
    auto issue = LoadIssue(std::string(GAZETTE_SOURCE_DIR "/") + path);
    if (!issue.ok()) {
      std::cerr << issue.error().message << "\n";
      std::abort();
    }
    issues.push_back(std::move(issue.value()));
  }
  return issues;
}

const std::vector<Issue>& SampleIssues() {
  static const std::vector<Issue> issues = LoadIssues({"tests/corpus/2024-38.txt"});
  return issues;
}

}  // namespace

const Corpus& SampleCorpus() {
  static const Corpus corpus = [] {
    Corpus c("2025-01-01");
    for (const auto& issue : SampleIssues()) c.AddIssue(issue);
    return c;
  }();
  return corpus;
}

const pugi::xml_document& SampleXml() {
  static pugi::xml_document doc;
  static const bool built = [] {
    static const std::vector<Issue> issues =
        LoadIssues({"tests/data/diff-regulation-v2.txt", "tests/data/xref-b.txt", "tests/data/article-gap.txt"});
    CorpusStatus status(issues, "2025-01-01");
    BuildCorpusXml(issues, status, doc);
    return true;
  }();
  (void)built;
  return doc;
}

}  // namespace gazette::fuzz

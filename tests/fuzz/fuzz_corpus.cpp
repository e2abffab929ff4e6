#include "fuzz_corpus.hpp"

#include <cstdlib>
#include <iostream>
#include <vector>

#include "export/xml.hpp"
#include "pipeline/pipeline.hpp"

namespace gazette::fuzz {
namespace {

const std::vector<Issue>& SampleIssues() {
  static const std::vector<Issue> issues = [] {
    auto issue = LoadIssue(GAZETTE_SOURCE_DIR "/tests/corpus/2024-38.txt");
    if (!issue.ok()) {
      std::cerr << issue.error().message << "\n";
      std::abort();
    }
    return std::vector<Issue>{std::move(issue.value())};
  }();
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
    CorpusStatus status(SampleIssues(), "2025-01-01");
    BuildCorpusXml(SampleIssues(), status, doc);
    return true;
  }();
  (void)built;
  return doc;
}

}  // namespace gazette::fuzz

#include <catch2/catch.hpp>

#include <memory>
#include <set>
#include <string>

#include "../support.hpp"
#include "pipeline/pipeline.hpp"

namespace gazette {
namespace {

// PipelineOptions::only_ids: the extractors fill the documents named and no others, and those
// get what a full reading gives them (`diff --superseded` reads its paired documents this way).
TEST_CASE("only the documents named get their articles and tables", "[pipeline]") {
  const std::string path = testing::Path("tests/corpus/2024-16.txt");
  auto full = LoadIssue(path, Extracting(kArticles | kTables));
  REQUIRE(full.ok());
  std::set<std::string> with_articles;
  for (const auto& d : full->documents)
    if (!d.articles.empty()) with_articles.insert(d.id);
  REQUIRE(with_articles.size() >= 2);
  const std::string named = *with_articles.begin();

  PipelineOptions options = Extracting(kArticles | kTables);
  options.only_ids = std::make_shared<const std::set<std::string>>(std::set<std::string>{named});
  auto some = LoadIssue(path, options);
  REQUIRE(some.ok());
  REQUIRE(some->documents.size() == full->documents.size());
  for (size_t i = 0; i < some->documents.size(); ++i) {
    const Document& d = some->documents[i];
    INFO(d.id);
    CHECK(d.id == full->documents[i].id);
    if (d.id == named) {
      CHECK(d.articles.size() == full->documents[i].articles.size());
      CHECK(d.tables.size() == full->documents[i].tables.size());
    } else {
      CHECK(d.articles.empty());
      CHECK(d.tables.empty());
    }
  }
}

TEST_CASE("no set named: every document is extracted", "[pipeline]") {
  CHECK(Extracting(kArticles).only_ids == nullptr);
  CHECK(SegmentOnly().only_ids == nullptr);
}

}  // namespace
}  // namespace gazette

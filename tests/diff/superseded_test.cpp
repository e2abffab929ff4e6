// Pairs for `gazette diff --superseded`: a document and the older one it repeals, both printed.
#include <catch2/catch.hpp>

#include "../support.hpp"
#include "diff/superseded.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;

TEST_CASE("diff: a document is paired with the older version it repeals", "[diff]") {
  Corpus corpus;
  corpus.AddIssue(testing::SampleIssue("2024-38"));
  corpus.AddIssue(LoadIssue(testing::Path("tests/data/diff-regulation-v2.txt")).value());
  auto pairs = diff::SupersededPairs(corpus);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].new_id == "京人社评发〔2025〕5号");
  CHECK(pairs[0].old_id == "京人社评发〔2024〕11号");
  CHECK(ToString(pairs[0].relation) == "repeals");
  CHECK(pairs[0].evidence.line == 51);  // diff-regulation-v2.txt:51 …(京人社评发〔2024〕11号)同时废止。
}

TEST_CASE("diff: a repealed document the inputs do not print gives no pair", "[diff]") {
  Corpus corpus;  // 2024-38.txt:146 repeals 京人社事业发〔2023〕24号, which no sample prints
  corpus.AddIssue(testing::SampleIssue("2024-38"));
  CHECK(diff::SupersededPairs(corpus).empty());
}

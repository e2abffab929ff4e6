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

TEST_CASE("diff: a corpus that keeps only the pairing citations gives the same pairs", "[diff]") {
  Corpus all, pairing;
  const auto keep = [](const Reference& r) { return diff::MakesPair(r.type); };
  for (const char* name : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    all.AddIssue(testing::SampleIssue(name));
    pairing.AddIssue(testing::SampleIssue(name), keep);
  }
  const Issue v2 = LoadIssue(testing::Path("tests/data/diff-regulation-v2.txt")).value();
  all.AddIssue(v2);
  pairing.AddIssue(v2, keep);
  CHECK(pairing.references().size() < all.references().size());  // 74 of 197 in the samples and v2
  for (const auto& r : pairing.references()) CHECK(diff::MakesPair(r.type));
  auto want = diff::SupersededPairs(all), got = diff::SupersededPairs(pairing);
  REQUIRE(got.size() == want.size());
  REQUIRE_FALSE(got.empty());
  for (size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].new_id == want[i].new_id);
    CHECK(got[i].old_id == want[i].old_id);
    CHECK(got[i].evidence.line == want[i].evidence.line);
  }
}

namespace {

// A document with id ID and one article whose text is TEXT.
Document Doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = d.docno = id;
  ArticleNode a;
  a.kind = NodeKind::kArticle;
  a.num = 1;
  a.text = text;
  d.articles.push_back(a);
  return d;
}

diff::SupersededPair Pair(const std::string& newer, const std::string& older) {
  diff::SupersededPair p;
  p.new_id = newer;
  p.old_id = older;
  return p;
}

}  // namespace

// The documents come in input order, whatever the pairs' order; the diffs go out in the pairs'
// order as soon as both documents of the next pair have come.
TEST_CASE("PairedDiffs makes each pair's diff in the pairs' order, once both documents came", "[diff]") {
  diff::PairedDiffs diffs({Pair("n1", "o1"), Pair("n2", "o2"), Pair("n3", "o1")}, diff::Compared::kArticles);
  CHECK(diffs.Wanted() == std::set<std::string>{"n1", "n2", "n3", "o1", "o2"});
  std::vector<std::string> made;
  auto emit = [&](const diff::DocumentDiff& d) { made.push_back(d.new_id + "<" + d.old_id); };
  for (std::string id : {"n2", "o2", "n1"}) {
    Document d = Doc(id, "第一条 " + id);
    diffs.Add(d, "a.txt", emit);
  }
  CHECK(made.empty());  // n1 waits for o1; n2's pair comes after it
  Document again = Doc("n2", "a later printing");
  diffs.Add(again, "b.txt", emit);  // the first printing of an id is the one compared
  Document o1 = Doc("o1", "第一条 o1");
  diffs.Add(o1, "c.txt", emit);
  CHECK(made == std::vector<std::string>{"n1<o1", "n2<o2"});
  Document n3 = Doc("n3", "第一条 n3");
  diffs.Add(n3, "d.txt", emit);
  diffs.Finish(emit);
  CHECK(made == std::vector<std::string>{"n1<o1", "n2<o2", "n3<o1"});
}

TEST_CASE("PairedDiffs skips, at the end, a pair whose document never came", "[diff]") {
  diff::PairedDiffs diffs({Pair("n1", "missing"), Pair("n2", "o2")}, diff::Compared::kArticles);
  std::vector<std::string> made;
  auto emit = [&](const diff::DocumentDiff& d) { made.push_back(d.new_id); };
  for (std::string id : {"n1", "n2", "o2"}) {
    Document d = Doc(id, "第一条 " + id);
    diffs.Add(d, "a.txt", emit);
  }
  CHECK(made.empty());  // the first pair may yet be made
  diffs.Finish(emit);
  CHECK(made == std::vector<std::string>{"n2"});
}

// With several jobs the diffs are made on threads of their own, and emitted all the same in the
// pairs' order, each equal to the one made on the calling thread.
TEST_CASE("PairedDiffs on several jobs emits what one job does, in the same order", "[diff]") {
  std::vector<diff::SupersededPair> pairs;
  for (int i = 0; i < 60; ++i) pairs.push_back(Pair("n" + std::to_string(i), "o" + std::to_string(i % 7)));
  auto run = [&](unsigned jobs) {
    diff::PairedDiffs diffs(pairs, diff::Compared::kArticles, jobs);
    std::vector<std::string> made;
    auto emit = [&](const diff::DocumentDiff& d) {
      made.push_back(d.new_id + "<" + d.old_id + " " + std::to_string(d.entries.size()) + " " +
                     std::to_string(d.entries.empty() ? 0 : int(d.entries[0].change)));
    };
    for (int i = 0; i < 7; ++i) {
      Document d = Doc("o" + std::to_string(i), "第一条 本办法自公布之日起施行。" + std::string(size_t(i) * 30, 'x'));
      diffs.Add(d, "old.txt", emit);
    }
    for (int i = 59; i >= 0; --i) {  // the newer ones in the reverse of the pairs' order
      Document d = Doc("n" + std::to_string(i), "第一条 本规定自印发之日起施行。" + std::string(size_t(i % 5) * 40, 'x'));
      diffs.Add(d, "new.txt", emit);
    }
    diffs.Finish(emit);
    return made;
  };
  const std::vector<std::string> one = run(1);
  REQUIRE(one.size() == 60);
  CHECK(one.front().rfind("n0<o0 ", 0) == 0);
  CHECK(run(2) == one);
  CHECK(run(4) == one);
}

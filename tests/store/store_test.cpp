// The SQLite corpus index answers as the commands that read the texts: every document's status
// on several dates, record by record; and it refuses files that are not its own.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "pipeline/pipeline.hpp"
#include "store/reader.hpp"
#include "store/schema.hpp"
#include "store/writer.hpp"
#include "../support.hpp"
#include "xref/corpus.hpp"

using namespace gazette;

namespace {

const std::vector<std::string> kSamples = {"2021-44", "2023-42", "2024-16", "2024-38"};

std::vector<std::string> SamplePaths() {
  std::vector<std::string> paths;
  for (const auto& name : kSamples) paths.push_back(testing::Path("tests/corpus/" + name + ".txt"));
  return paths;
}

std::string TempDb(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("gazette-store-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / name).string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

// The sample corpus indexed once per process.
const std::string& SampleDb() {
  static const std::string db = [] {
    std::string path = TempDb("samples.db");
    auto report = store::IndexFiles(path, SamplePaths(), {});
    REQUIRE(report.ok());
    REQUIRE(report->added == 4);
    return path;
  }();
  return db;
}

std::string Describe(const DocumentStatus& s) {
  std::string out = s.docno + " " + ToString(s.status) + " by=" + s.by + " date=" + ToIso(s.since) + (s.known ? " known" : "");
  for (const auto& e : s.evidence) out += "\n  " + e.source + ":" + std::to_string(e.line) + " " + e.text;
  return out;
}

}  // namespace

TEST_CASE("index: every document's status equals the text corpus' on every date", "[store]") {
  const std::string& db = SampleDb();
  for (const std::string as_of : {"2019-01-01", "2023-06-30", "2024-12-31", "2031-01-01"}) {
    Corpus corpus(as_of);
    for (const auto& name : kSamples) corpus.AddIssue(testing::SampleIssue(name));  // parsed once
    std::vector<std::string> keys;
    for (const auto& d : corpus.documents()) {
      keys.push_back(d.id);
      if (!d.title.empty()) keys.push_back(d.title);
      for (const auto& in : d.instruments) keys.push_back(in);
    }
    keys.push_back("京政发〔1999〕1号");  // printed and cited nowhere
    for (const auto& key : keys) {
      auto indexed = store::StatusFromIndex(db, key, as_of);
      REQUIRE(indexed.ok());
      INFO("as of " << as_of << ", key " << key);
      CHECK(Describe(indexed->status) == Describe(corpus.Status(key, as_of)));
    }
  }
}

TEST_CASE("index: re-running skips unchanged files and keeps the answers", "[store]") {
  const std::string& db = SampleDb();
  auto again = store::IndexFiles(db, SamplePaths(), {});
  REQUIRE(again.ok());
  CHECK(again->unchanged == 4);
  CHECK(again->added + again->replaced + again->removed == 0);
  // 2024-38.txt:146 … 京人社事业发〔2023〕24号 … 同时废止 — repealed by the 2024 notice.
  auto s = store::StatusFromIndex(db, "京人社事业发[2023]24 号", "2025-01-01");
  REQUIRE(s.ok());
  CHECK(ToString(s->status.status) == "repealed");
}

TEST_CASE("index: search query syntax", "[store]") {
  auto one = store::ParseSearchQuery("人力 资源");  // no operator: one phrase, spaces folded
  REQUIRE(one.ok());
  CHECK(one->size() == 1);
  CHECK(one->at(0) == std::vector<std::u32string>{U"人力资源"});
  auto both = store::ParseSearchQuery("人才 AND 猎头 OR \"A AND B\"");
  REQUIRE(both.ok());
  REQUIRE(both->size() == 2);
  CHECK(both->at(0) == std::vector<std::u32string>{U"人才", U"猎头"});
  CHECK(both->at(1) == std::vector<std::u32string>{U"aandb"});
  CHECK_FALSE(store::ParseSearchQuery("人才 AND").ok());
  CHECK_FALSE(store::ParseSearchQuery("  ").ok());
}

TEST_CASE("index: a phrase cut by a line break is found", "[store]") {
  // 2024-38.txt:30-32: the contents entry breaks 人力 | 资源 across two printed lines.
  auto q = store::ParseSearchQuery("国际化人力资源市场");
  REQUIRE(q.ok());
  auto hits = store::SearchIndex(SampleDb(), q.value(), 0, 10);
  REQUIRE(hits.ok());
  bool contents = false;
  for (const auto& h : hits.value()) contents = contents || (h.hit.line == 30 && h.hit.match.find("资源") != std::string::npos);
  CHECK(contents);
}

TEST_CASE("index: a file that is not a gazette index is refused and left as it was", "[store]") {
  std::string garbage = TempDb("garbage.db");
  std::ofstream(garbage) << "not a database at all, just text\n";
  auto r = store::IndexFiles(garbage, SamplePaths(), {});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("not a gazette index") != std::string::npos);
  std::ifstream in(garbage);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "not a database at all, just text\n");

  std::string foreign = TempDb("foreign.db");
  {
    store::Db db;
    REQUIRE(db.Open(foreign, true).ok());
    REQUIRE(db.Exec("CREATE TABLE t(x); INSERT INTO t VALUES(1)").ok());
  }
  auto f = store::IndexFiles(foreign, SamplePaths(), {});
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().message.find("not a gazette index") != std::string::npos);

  std::string older = TempDb("older.db");
  REQUIRE(store::IndexFiles(older, {SamplePaths()[0]}, {}).ok());
  {
    store::Db db;
    REQUIRE(db.Open(older, false).ok());
    store::SetMeta(db, "schema_version", "0");
  }
  auto o = store::IndexFiles(older, SamplePaths(), {});
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().message.find("schema version 0") != std::string::npos);
  CHECK_FALSE(store::StatusFromIndex(older, "京政发〔1999〕1号", "").ok());
}

// A file whose rows fail (here: given twice, its path already indexed by an earlier batch, or in
// the same batch: batches grow 1, 2, 4 files) is undone alone, and said; the other files of its
// batch are indexed. (The command line reads a file given twice once: ExpandInputs.)
TEST_CASE("index: a file whose rows fail is undone alone, the rest of its batch indexed", "[store]") {
  const auto paths = SamplePaths();
  for (const auto& order : {std::vector<std::string>{paths[0], paths[2], paths[0], paths[1]},
                            std::vector<std::string>{paths[2], paths[0], paths[0], paths[1]}}) {
    const std::string db = TempDb("twice.db");
    auto report = store::IndexFiles(db, order, {});
    REQUIRE(report.ok());
    CHECK(report->added == 3);
    REQUIRE(report->errors.size() == 1);
    CHECK(report->errors[0].message.find("2021-44.txt: not indexed: ") != std::string::npos);
    CHECK(report->errors[0].message.find("UNIQUE") != std::string::npos);
  }
}

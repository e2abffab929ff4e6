// RxName, a pattern's name held by the code that searches for it: the searches given one answer
// as those given the name, over every pattern and the samples' lines; "name"_rx is one object per
// name; a handle follows the active grammars when --grammars replaces them (UseGrammarDir).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "grammar/grammar.hpp"
#include "../support.hpp"
#include "boost_oracle.hpp"

using namespace gazette;
using testing::Positions;

namespace {

// A fresh directory under the system's temporary one holding FILES (name → text).
std::string GrammarDirWith(const std::string& dir_name, const std::vector<std::pair<std::string, std::string>>& files) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / dir_name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& [name, text] : files) std::ofstream(dir / name, std::ios::binary) << text;
  return dir.string();
}

}  // namespace

TEST_CASE("a search given an RxName answers as one given the name, for every pattern", "[grammar]") {
  const std::vector<std::string> lines = testing::ExamplesAndSampleLines();
  size_t searched = 0, found = 0;
  for (const auto& p : Grammars().patterns()) {
    const RxName handle{p.name};
    REQUIRE(&handle.compiled() == &p.compiled());
    for (size_t i = 0; i < lines.size(); i += 11) {
      const std::string& text = lines[i];
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
      REQUIRE(RxMayMatch(text, handle) == RxMayMatch(text, p.name));
      REQUIRE(RxFind(text, handle) == RxFind(text, p.name));
      REQUIRE(RxFull(text, handle) == RxFull(text, p.name));
      Match by_handle, by_name;
      bool matched = RxSearch(text, handle, by_handle);
      REQUIRE(matched == RxSearch(text, p.name, by_name));
      if (matched) CHECK(Positions(by_handle) == Positions(by_name));
      matched = RxFull(text, handle, by_handle);
      REQUIRE(matched == RxFull(text, p.name, by_name));
      if (matched) CHECK(Positions(by_handle) == Positions(by_name));
      if (text.size() > 3) {
        matched = RxSearchFrom(text, 3, handle, by_handle);
        REQUIRE(matched == RxSearchFrom(text, 3, p.name, by_name));
        if (matched) CHECK(Positions(by_handle) == Positions(by_name));
      }
      CHECK(RxAll(text, handle).size() == RxAll(text, p.name).size());
      CHECK(RxReplace(text, handle, "<$0>") == RxReplace(text, p.name, "<$0>"));
      CharacterSummary summary;
      Summarize(text, summary);
      CHECK(RxMayMatchWithin(text, handle, summary) == RxMayMatchWithin(text, p.name, summary));
      ++searched;
      found += RxFind(text, handle);
    }
  }
  CHECK(searched > 100000);
  CHECK(found > 1000);
}

TEST_CASE("\"name\"_rx is the program's one RxName for the name", "[grammar]") {
  const RxName& first = "back_matter"_rx;
  CHECK(&first == &"back_matter"_rx);
  CHECK(&first != &"furniture"_rx);
  CHECK(first.name() == "back_matter");
  CHECK(&first.compiled() == &Grammars().Find("back_matter")->compiled());
  CHECK(RxFind(std::string("主管单位:北京市人民政府办公厅"), "back_matter"_rx));
  CHECK_FALSE(RxFind(std::string("第一条 为了规范管理"), "back_matter"_rx));
}

TEST_CASE("an RxName of no pattern throws, and goes on throwing", "[grammar]") {
  const RxName missing{"no_such_pattern_anywhere"};
  CHECK_THROWS_AS(RxFind(std::string("x"), missing), std::logic_error);
  CHECK_THROWS_AS(missing.compiled(), std::logic_error);
}

TEST_CASE("an RxName asked by several jobs at once finds one pattern", "[grammar]") {
  const RxName handle{"docno"};
  std::vector<const CompiledPattern*> seen(4);
  std::vector<std::thread> jobs;
  for (size_t i = 0; i < seen.size(); ++i) jobs.emplace_back([&, i] { seen[i] = &handle.compiled(); });
  for (auto& job : jobs) job.join();
  for (const auto* c : seen) CHECK(c == &Grammars().Find("docno")->compiled());
}

TEST_CASE("an RxName follows the grammars --grammars puts in place", "[grammar]") {
  static const RxName probe{"rx_name_probe"};
  const std::string text = "甲甲乙";
  REQUIRE(UseGrammarDir(GrammarDirWith("gazette-rx-name-1", {{"zz_probe.grammar", "pattern rx_name_probe ^甲+\n"}})).ok());
  CHECK(RxFind(text, probe));
  CHECK(&"back_matter"_rx.compiled() == &Grammars().Find("back_matter")->compiled());
  const unsigned before = GrammarGeneration();
  REQUIRE(UseGrammarDir(GrammarDirWith("gazette-rx-name-2", {{"zz_probe.grammar", "pattern rx_name_probe ^乙+\n"}})).ok());
  CHECK(GrammarGeneration() != before);
  CHECK_FALSE(RxFind(text, probe));  // the new definition, not the one found before
  CHECK(RxFind(std::string("乙"), probe));
  CHECK(&probe.compiled() == &Grammars().Find("rx_name_probe")->compiled());
  CHECK(&"back_matter"_rx.compiled() == &Grammars().Find("back_matter")->compiled());  // the new set's
  // The embedded definitions again (a directory without grammars keeps them all), for the tests after.
  REQUIRE(UseGrammarDir(GrammarDirWith("gazette-rx-name-3", {})).ok());
  CHECK_THROWS_AS(probe.compiled(), std::logic_error);
  CHECK(RxFind(std::string("主管单位:北京市人民政府办公厅"), "back_matter"_rx));
}

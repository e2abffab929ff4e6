// The table reader's shortcuts read from the grammar (tables_shortcuts.cpp): the shape test of a
// pattern's source, and a --grammars set that changes table_seq, table_seq_number and
// table_total_row followed by IsSeqKey, SeqNumber and ReadsTotal.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"
#include "util/embedded.hpp"
#include "util/text.hpp"

using namespace gazette;

TEST_CASE("GroupOpensWith reads a group's first alternative only where the group is the pattern", "[tables]") {
  const std::string d5 = "\\d{1,5}";
  CHECK(tables::GroupOpensWith("^(?:\\d{1,5}|x)$", "^(?:", d5, "$"));
  CHECK(tables::GroupOpensWith("^(?:\\d{1,5}|[一二三]{1,6}|\\(\\s*(?:\\d{1,5}|[一])\\s*\\)|\\d{1,5}\\s*[.、])$", "^(?:", d5, "$"));
  CHECK(tables::GroupOpensWith("(?<num>\\d{1,5}|[一二]{1,6})", "(?<num>", d5, ""));
  CHECK(tables::GroupOpensWith("^(?:\\d{1,5}|[)(])$", "^(?:", d5, "$"));  // parentheses in a class
  CHECK(tables::GroupOpensWith("^(?:\\d{1,5}|[]()])$", "^(?:", d5, "$"));  // ] first in a class
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5})$", "^(?:", d5, "$"));  // one alternative: no '|' after it
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5}|x)y$", "^(?:", d5, "$"));  // the group is not the pattern
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5}|x)|(?:y)$", "^(?:", d5, "$"));  // two groups, one alternation
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5}?|x)$", "^(?:", d5, "$"));  // lazy
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,2}|x)$", "^(?:", d5, "$"));
  CHECK_FALSE(tables::GroupOpensWith("(?<num>\\d{1,5}|x)$", "(?<num>", d5, ""));  // $: not the group's end
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5}|\\Q)\\E)$", "^(?:", d5, "$"));  // \Q…\E: not followed
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5}|(?#))x)$", "^(?:", d5, "$"));   // a comment: not followed
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5}|[\\]()])$", "^(?:", d5, "$"));  // an escape in a class
  CHECK_FALSE(tables::GroupOpensWith("^(?:\\d{1,5}|x\\)$", "^(?:", d5, "$"));  // the last ) escaped
  // The embedded patterns have the shape the shortcuts rely on.
  CHECK(tables::DigitsAreSeqKey());
  CHECK(tables::DigitsLeadSeqNumber());
  CHECK_FALSE(tables::KeyMayReadTotal("12"));
  CHECK(tables::KeyMayReadTotal("合计"));
  CHECK_FALSE(tables::KeyMayReadTotal("计"));
  CHECK_FALSE(tables::RawMayReadTotal("序号"));
  CHECK(tables::RawMayReadTotal("12 合 计"));
  for (const auto& text : testing::ExamplesAndSampleLines()) {  // never a match turned away
    for (const auto& cell : Split(text, "\t")) {
      const std::string key = tables::HeaderKey(cell);
      INFO(cell);
      if (RxFull(key, "table_total_row")) REQUIRE(tables::KeyMayReadTotal(key));
      if (RxFull(tables::NormalizeCellText(cell), "table_total_row")) REQUIRE(tables::RawMayReadTotal(cell));
    }
  }
}

namespace {

/// The embedded tables.grammar with the line that defines NAME replaced by LINE.
std::string WithPattern(std::string grammar, const std::string& name, const std::string& line) {
  const std::string head = "pattern " + name + " ";
  const size_t at = grammar.find("\n" + head);
  REQUIRE(at != std::string::npos);
  const size_t end = grammar.find('\n', at + 1);
  return grammar.replace(at + 1, end - at - 1, line);
}

/// A directory of its own (NAME) under the system's temporary one, removed at the end.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() / ("gazette-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST_CASE("the table shortcuts follow a --grammars set that changes their patterns", "[tables]") {
  std::string grammar(EmbeddedData("grammars/tables.grammar"));
  REQUIRE(!grammar.empty());
  grammar = WithPattern(grammar, "table_seq", "pattern table_seq  ^(?:\\d{1,2}|{CNUM}{1,6})$");
  grammar = WithPattern(grammar, "table_seq_number", "pattern table_seq_number  (?<num>\\d{2}|{CNUM}{1,6})");
  grammar = WithPattern(grammar, "table_total_row", "pattern table_total_row  ^(?:合\\s*计|总\\s*数)\\s*[::]?$");
  TempDir changed("changed-tables-grammar"), embedded("no-grammar");
  std::ofstream(changed.path / "tables.grammar", std::ios::binary) << grammar;
  REQUIRE(UseGrammarDir(changed.path.string()).ok());

  CHECK_FALSE(tables::DigitsAreSeqKey());
  CHECK_FALSE(tables::DigitsLeadSeqNumber());
  for (const std::string key : {"1", "12", "123", "12345", "十二"}) {
    INFO(key);
    CHECK(tables::IsSeqKey(key) == RxFull(key, "table_seq"));
  }
  CHECK_FALSE(tables::IsSeqKey("123"));  // a 序号 of five digits no more
  CHECK(tables::SeqNumber("123") == 12);  // two digits, the first two
  CHECK(tables::SeqNumber("7") == 0);
  tables::CellCleaner clean;
  CHECK(tables::ReadsTotal("总 数", clean));  // without 计
  CHECK(tables::ReadsTotal("合计", clean));
  CHECK_FALSE(tables::ReadsTotal("总数量", clean));
  CHECK(tables::KeyMayReadTotal("总数"));

  // An empty directory: every pattern as embedded again, and the shortcuts with them.
  REQUIRE(UseGrammarDir(embedded.path.string()).ok());
  CHECK(tables::DigitsAreSeqKey());
  CHECK(tables::DigitsLeadSeqNumber());
  CHECK(tables::IsSeqKey("123"));
  CHECK(tables::SeqNumber("123") == 123);
  CHECK_FALSE(tables::ReadsTotal("总数", clean));
}

// Table cells: SplitBilingual's words read in place checked against the split as it was (each
// word copied, each run joined from a list), and the key test before a 合计 row's pattern.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

/// Every cell of every tabbed text of the samples, and every text itself.
std::vector<std::string> SampleCells() {
  std::vector<std::string> cells;
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    cells.push_back(text);
    for (const auto& cell : Split(text, "\t")) cells.push_back(cell);
  }
  return cells;
}

/// The words of S as they were split: runs of spaces, tabs and ideographic spaces part them.
std::vector<std::string> WordsAsCopies(const std::string& s) {
  std::string spaced = ReplaceAll(ReplaceAll(s, "\t", " "), "\u3000", " ");
  std::vector<std::string> out;
  for (const auto& w : Split(spaced, " "))
    if (!w.empty()) out.push_back(w);
  return out;
}

bool HasHanCopied(const std::string& w) {
  for (char32_t c : ToU32(w))
    if (IsHan(c)) return true;
  return false;
}

bool IsAcronymCopied(const std::string& w) {
  if (w.size() > 8) return false;
  bool letter = false;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') letter = true;
    else if (!(c >= '0' && c <= '9') && c != '&' && c != '-') return false;
  }
  return letter;
}

/// SplitBilingual as it was: lists of copied words, each run joined and cleaned, then joined.
tables::Bilingual SplitBilingualAsItWas(const std::string& raw) {
  std::vector<std::pair<bool, std::vector<std::string>>> runs;
  for (const auto& w : WordsAsCopies(raw)) {
    bool han = HasHanCopied(w);
    if (runs.empty() || runs.back().first != han) runs.push_back({han, {}});
    runs.back().second.push_back(w);
  }
  for (size_t i = 0; i + 1 < runs.size(); ++i) {
    if (runs[i].first || runs[i].second.size() != 1 || !runs[i + 1].first || !IsAcronymCopied(runs[i].second[0])) continue;
    runs[i + 1].second.insert(runs[i + 1].second.begin(), runs[i].second[0]);
    runs.erase(runs.begin() + static_cast<long>(i));
    if (i > 0 && runs[i - 1].first) {  // the merged run, now at I, joins the Han run before it
      runs[i - 1].second.insert(runs[i - 1].second.end(), runs[i].second.begin(), runs[i].second.end());
      runs.erase(runs.begin() + static_cast<long>(i));
      --i;
    }
  }
  std::vector<std::string> zh, en;
  for (const auto& [han, words] : runs) (han ? zh : en).push_back(tables::NormalizeCellText(Join(words, " ")));
  return {Join(zh, "; "), Join(en, "; ")};
}

}  // namespace

TEST_CASE("SplitBilingual reads its words in place as the copies did", "[tables]") {
  std::vector<std::string> cells = SampleCells();
  for (const char* made : {"美国 IEEE 计算机协会 IEEE Computer Society", "IMA 管理会计师协会 IMA", "中国 ACCA 英国 ACCA UK",
                           "\t美国\u3000IEEE\t计算机协会 \u3000IEEE Computer\tSociety\u3000", "A B C", "", " ", "\u3000",
                           "英国 特许 公认会计师公会 ACCA", "DELT A 英语 \r", "美\xe4\xb8 国",
                           "中文 IEEE 协会 Computer Society 美国", "甲 A 乙 B 丙 C 丁 Latin 戊"})
    cells.emplace_back(made);
  for (const auto& cell : cells) {
    INFO(cell);
    const tables::Bilingual expected = SplitBilingualAsItWas(cell);
    const tables::Bilingual got = tables::SplitBilingual(cell);
    REQUIRE(got.zh == expected.zh);
    REQUIRE(got.en == expected.en);
  }
}

// Han, acronym, Han is one Chinese name: every word of it is kept, in order, and the English name
// after it stays English (the split once appended the English run to the name and lost the rest).
TEST_CASE("SplitBilingual keeps a Chinese name with an acronym inside it whole", "[tables]") {
  const tables::Bilingual ieee = tables::SplitBilingual("美国 IEEE 计算机协会 IEEE Computer Society");
  CHECK(ieee.zh == tables::NormalizeCellText("美国 IEEE 计算机协会"));
  CHECK(ieee.en == "IEEE Computer Society");
  const tables::Bilingual last = tables::SplitBilingual("中国 ACCA 英国");  // the name ends the cell
  CHECK(last.zh == tables::NormalizeCellText("中国 ACCA 英国"));
  CHECK(last.en.empty());
  const tables::Bilingual twice = tables::SplitBilingual("甲 A 乙 B 丙 Latin");  // two acronyms inside
  CHECK(twice.zh == tables::NormalizeCellText("甲 A 乙 B 丙"));
  CHECK(twice.en == "Latin");
}

// The reader asks table_total_row of a row's first cell only once its HeaderKey (the normalized
// cell without spaces) matches: sound while every cell whose normalized text matches has a key
// that matches too.
TEST_CASE("a 合计 cell's key reads as a total whenever its text does", "[tables]") {
  std::vector<std::string> cells = SampleCells();
  for (const char* made : {"合计", "合 计", "总\u3000计", "小 计 :", "共计：", "合\t计", "合计 ", " 合计", "合计划", "合 计 划"})
    cells.emplace_back(made);
  size_t totals = 0;
  for (const auto& raw : cells) {
    const std::string cell = Trim(raw);
    INFO(cell);
    if (!RxFull(NormalizeText(cell), "table_total_row")) continue;
    ++totals;
    CHECK(RxFull(tables::HeaderKey(cell), "table_total_row"));
    CHECK(tables::HeaderKey(cell).find("计") != std::string::npos);  // what the reader asks before the key's search
  }
  CHECK(totals >= 5);
}

// FinishTable cleans a row's first filled cell to ask table_total_row only when it holds 计: the
// same answer as cleaning every such cell (the 序号 that opens most rows among them).
TEST_CASE("ReadsTotal answers as table_total_row of the cleaned cell", "[tables]") {
  std::vector<std::string> cells = SampleCells();
  for (const char* made : {"合计", "合 计", "总\u3000计", "小 计 :", "共计：", "合\t计", "合计 ", " 合计", "合计划", "计", "12"})
    cells.emplace_back(made);
  for (const auto& example : Grammars().Find("table_total_row")->positives) {
    CHECK(example.find("计") != std::string::npos);  // what ReadsTotal asks first
    cells.push_back(example);
  }
  tables::CellCleaner clean;
  size_t totals = 0;
  for (const auto& cell : cells) {
    INFO(cell);
    const bool expected = RxFull(tables::NormalizeCellText(cell), "table_total_row");
    totals += expected;
    REQUIRE(tables::ReadsTotal(cell, clean) == expected);
  }
  CHECK(totals >= 5);
}

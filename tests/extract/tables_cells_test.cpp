// Table cells: the memos of header keys and bilingual splits, and the shortcuts of HeaderKey
// and SeqNumber checked against the functions they stand in for, over every sample cell.
#include <catch2/catch.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"
#include "util/embedded.hpp"
#include "util/numerals.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

/// Every cell of every tabbed text of the samples (the lines as printed and as normalized) and
/// every text itself: what a table's cells and 序号 are made of.
std::vector<std::string> CorpusCells() {
  std::vector<std::string> cells;
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    cells.push_back(Trim(text));
    for (const auto& cell : Split(text, "\t")) cells.push_back(Trim(cell));
  }
  return cells;
}

/// SeqNumber as it was: the text normalized, then table_seq_number's first match read.
int SeqNumberByEngine(const std::string& seq) {
  Match m;
  std::string s = NormalizeText(seq);
  if (!RxSearch(s, "table_seq_number", m)) return 0;
  std::string n = Group(m, "num");
  int value = 0;
  auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
  if (ec == std::errc() && p == n.data() + n.size()) return value;
  auto cn = ParseChineseNumeral(n);
  return cn ? *cn : 0;
}

}  // namespace

// The reader's memo of header keys and the cleaner's memo of bilingual splits give what the
// functions they remember give, the first time and again.
TEST_CASE("header keys and bilingual splits remembered per document", "[tables]") {
  const std::vector<std::string> cells = {"序 号", "国家 (地区)", "", "证书颁发机构 (国内认证机构)", "美国", "美国",
                                          "ＩＥＥＥ 电气 与电子工程师协会"};
  tables::HeaderKeyMemo memo;
  for (int round = 0; round < 2; ++round) {
    CHECK(memo.Keys(cells) == tables::HeaderKeys(cells));
    for (const auto& c : cells) CHECK(memo(c) == tables::HeaderKey(c));
  }
  // Into a buffer reused from row to row: a longer row, a shorter one, an empty one.
  std::vector<std::string> buffer = {"a key left from a row before, long enough to live on the heap"};
  const std::vector<std::string> shorter(cells.begin(), cells.begin() + 3);
  const std::vector<std::string>* rows[] = {&cells, &shorter, &cells, &buffer};
  for (const auto* row : rows) {
    const std::vector<std::string> of = *row;  // a copy: the last row is the buffer itself
    memo.KeysInto(of, buffer);
    CHECK(buffer == tables::HeaderKeys(of));
  }
  memo.KeysInto({}, buffer);
  CHECK(buffer.empty());
  // Tabs and ideographic spaces part words as spaces do.
  const tables::Bilingual spaced = tables::SplitBilingual("  美国 IEEE 计算机协会  IEEE Computer Society ");
  const tables::Bilingual mixed = tables::SplitBilingual("\t美国\u3000IEEE\t计算机协会 \u3000IEEE Computer\tSociety\u3000");
  CHECK(mixed.zh == spaced.zh);
  CHECK(mixed.en == spaced.en);
  tables::CellCleaner clean;
  for (int round = 0; round < 2; ++round) {
    for (const std::string raw : {"美国 IEEE 计算机协会 IEEE Computer Society", "英国 特许 公认会计师公会 ACCA", ""}) {
      const tables::Bilingual expected = tables::SplitBilingual(raw);
      const tables::Bilingual& got = clean.Split(raw);
      CHECK(got.zh == expected.zh);
      CHECK(got.en == expected.en);
    }
  }
}

// HeaderKey and SeqNumber's shortcut give what normalizing and the engine give, over every
// sample cell and a few 序号 made up to reach the edges (six digits, leading zeros, numerals).
TEST_CASE("HeaderKey and SeqNumber against NormalizeText and the engine", "[tables]") {
  std::vector<std::string> cells = CorpusCells();
  for (const char* seq : {"1", "12", "007", "12345", "123456", "99999999", "0", "十二", "(三)", "1.", "12、", "１２", " 3 ",
                          "3 4", "一二三四五六七", "IEEE 12", "第3"})
    cells.emplace_back(seq);
  size_t own = 0;
  for (const auto& cell : cells) {
    INFO(cell);
    own += normalize_internal::IsOwnNormalForm(cell);
    REQUIRE(tables::HeaderKey(cell) == StripSpaces(NormalizeText(cell)));
    REQUIRE(tables::CleanCell(cell, ColumnType::kSeq) == StripSpaces(NormalizeText(cell)));
    REQUIRE(tables::SeqNumber(cell) == SeqNumberByEngine(cell));
    const std::string key = tables::HeaderKey(cell);
    REQUIRE(tables::IsSeqKey(key) == RxFull(key, "table_seq"));  // its digits' shortcut
  }
  for (int n = 0; n <= 100000; n += n < 1000 ? 1 : 97) {  // one to six digits, and leading zeros
    const std::string digits = std::to_string(n);
    for (const std::string& key : {digits, "0" + digits, "00" + digits}) {
      INFO(key);
      REQUIRE(tables::IsSeqKey(key) == RxFull(key, "table_seq"));
    }
  }
  CHECK(own > 100);  // normalizing's shortcut is taken, not only the way around it
}

namespace {

/// IsKnownHeader as it was, from catalogs/table-schemas.tsv read here: the schema (but "*") that
/// names most of the cells by their keys names at least two, and at least half the filled ones.
bool IsKnownHeaderByCatalog(const std::vector<std::string>& cells) {
  std::map<std::string, std::set<std::string>> schemas;  // name → header keys
  for (const auto& line : Split(EmbeddedData("catalogs/table-schemas.tsv"), "\n")) {
    const auto f = Split(line, "\t");
    if (line.empty() || line[0] == '#' || f.size() < 4 || f[0] == "*") continue;
    schemas[f[0]].insert(tables::HeaderKey(f[1]));
  }
  int best = 0, filled = 0;
  for (const auto& c : cells) filled += !tables::HeaderKey(c).empty();
  for (const auto& [name, keys] : schemas) {
    int score = 0;
    for (const auto& c : cells) score += !c.empty() && keys.count(tables::HeaderKey(c));
    best = std::max(best, score);
  }
  return best >= 2 && 2 * best >= filled;
}

}  // namespace

// BestSchema turns a row away when fewer than two of its keys are any schema's header keys:
// the same answers as scoring every schema, over every tabbed sample line.
TEST_CASE("IsKnownHeader against the catalog's schemas", "[tables]") {
  std::vector<std::vector<std::string>> rows;
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    if (text.find('\t') == std::string::npos) continue;
    std::vector<std::string> cells;
    for (const auto& cell : Split(text, "\t")) cells.push_back(Trim(cell));
    rows.push_back(cells);
  }
  rows.push_back({"序号", "名称", "文号"});
  rows.push_back({"序 号", "", "文 号"});
  rows.push_back({"序号", "美国"});
  size_t known = 0;
  for (const auto& cells : rows) {
    INFO(Join(cells, " | "));
    const bool expected = IsKnownHeaderByCatalog(cells);
    known += expected;
    REQUIRE(tables::IsKnownHeader(cells) == expected);
  }
  CHECK(known >= 10);
}

// CellHash reads three pieces of a long cell: cells that differ only between them share a hash,
// and the memos still keep them apart (their keys are compared).
TEST_CASE("CellHash: cells that share a hash are still told apart by the memos", "[tables]") {
  const tables::CellHash hash;
  // 70 bytes: the pieces are bytes 0-7, 31-38 and 62-69; the letter is byte 9.
  const std::string a = "北京市A人民政府关于修改部分规章的通知的附件目录", b = "北京市B人民政府关于修改部分规章的通知的附件目录";
  REQUIRE(a.size() == b.size());
  REQUIRE(a.size() > 24);
  CHECK(hash(a) == hash(b));  // the bytes that differ are none of the three pieces
  CHECK(hash(std::string_view("美国")) != hash(std::string_view("英国")));
  CHECK(hash(std::string_view("")) == hash(std::string_view("")));
  tables::CellCleaner clean;
  CHECK(clean(a, ColumnType::kText) == tables::CleanCell(a, ColumnType::kText));
  CHECK(clean(b, ColumnType::kText) == tables::CleanCell(b, ColumnType::kText));
  CHECK(clean(a, ColumnType::kText) != clean(b, ColumnType::kText));
  tables::HeaderKeyMemo keys;
  CHECK(keys(a) == tables::HeaderKey(a));
  CHECK(keys(b) == tables::HeaderKey(b));
  for (size_t n = 0; n <= 40; ++n) {  // every length up to past the three pieces: equal texts, equal hashes
    const std::string s(n, 'x');
    CHECK(hash(s) == hash(std::string_view(std::string(n, 'x'))));
  }
}

// SplitCells finds its tabs once with memchr: the cells are the tab-separated pieces, trimmed, with
// a blank cell for each tab of the printed line's leading and trailing white space, as before.
TEST_CASE("SplitCells gives the trimmed pieces between tabs and the edge tabs' blank cells", "[tables]") {
  auto edge_tabs = [](const std::string& s, bool from_end) {
    size_t tabs = 0;
    for (size_t k = 0; k < s.size(); ++k) {
      const char c = s[from_end ? s.size() - 1 - k : k];
      if (c == '\t') ++tabs;
      else if (c != ' ' && c != '\r') break;
    }
    return tabs;
  };
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* t : {"", "\t", "\t\t", "a\t", "\ta", " a \t b \t\t c ", "\t 序号\t名称 \t"}) texts.emplace_back(t);
  for (const auto& text : texts) {
    for (const std::string& printed : {text, "\t" + text + " \t", std::string()}) {
      TextLine line;
      line.inline_text = text;
      line.printed = printed;
      std::vector<std::string> expected(edge_tabs(printed, false));
      for (const auto& piece : Split(text, "\t")) expected.push_back(Trim(piece));
      expected.resize(expected.size() + edge_tabs(printed, true));
      INFO(text);
      REQUIRE(tables::SplitCells(line) == expected);
    }
  }
}

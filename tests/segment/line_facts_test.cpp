// The segmenter's memo of per-line answers (src/segment/line_facts.hpp): each answer is the one the
// predicate gives for the line, whichever order the anchor finders ask them in.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../extract/gates.hpp"
#include "../support.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "segment/anchors.hpp"
#include "segment/docno.hpp"
#include "segment/header.hpp"
#include "segment/line_facts.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

// The lines of a sample issue as the segmenter reads them.
std::vector<TextLine> SampleLines(const std::string& path) {
  std::ifstream in(testing::Path(path));
  std::stringstream text;
  text << in.rdbuf();
  return Normalize(text.str(), path).lines;
}

// A header-like line as IsHeaderLike told it before the memo: short, no tab (but between the
// issuers of a joint document), not the end of a sentence, not a date, not a 文号, no colophon.
bool HeaderLikeAsBefore(const TextLine& l) {
  const std::string& t = l.text;
  if ((l.has_tab && !IsAgencyLine(t)) || MoreCodePointsThan(t, 80)) return false;
  char32_t last = LastCodePoint(t);
  if (last == U'。' || last == ';' || last == ':' || last == U'；') return false;
  // Nor a colophon or a masthead's publication line (北京市人民政府办公厅主办): what ends or precedes a header.
  return !IsDateLine(t) && !IsDocnoLine(t) && !RxFind(t, "colophon_line");
}

// Checks every fact of every line of LINES against its predicate, asking header-likeness first
// (which asks the date and 文号 tests itself) or last.
void CheckFacts(const std::vector<TextLine>& lines, bool header_first) {
  LineFacts facts(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (header_first) CHECK(facts.IsHeaderLike(i) == HeaderLikeAsBefore(l));
    CHECK(facts.IsDocno(i) == IsDocnoLine(l.text));
    CHECK(facts.IsDate(i) == IsDateLine(l.text));
    CHECK(facts.IsAgency(i) == RxFull(l.text, "agency_line"));
    CHECK(facts.IsOrderNumber(i) == RxFull(l.text, "order_number_line"));
    // A line the number gate turns away matches none of the number lines.
    if (!facts.MayBeNumber(i))
      for (const char* number : {"number_line", "series_number_line", "order_number_line"}) CHECK_FALSE(RxFull(l.text, number));
    CHECK(facts.IsHeaderLike(i) == HeaderLikeAsBefore(l));  // asked again: from the memo
    CHECK(facts.IsDocno(i) == IsDocnoLine(l.text));
  }
}

}  // namespace

TEST_CASE("the memo of per-line facts answers as the predicates do", "[segment]") {
  size_t lines = 0;
  for (const char* path : {"tests/corpus/2021-44.txt", "tests/corpus/2023-42.txt", "tests/corpus/2024-16.txt",
                           "tests/corpus/2024-38.txt"}) {
    auto sample = SampleLines(path);
    CheckFacts(sample, true);
    CheckFacts(sample, false);
    lines += sample.size();
  }
  CHECK(lines > 1000);
}

TEST_CASE("a header-like line has the shape and is neither a date nor a 文号", "[segment]") {
  std::vector<TextLine> lines(6);
  lines[0].text = "北京市人民政府办公厅";
  lines[1].text = "京政办发〔2021〕7号";
  lines[2].text = "2024年9月2日";
  lines[3].text = "现将有关事项通知如下:";
  lines[4].text = "关于印发《北京市就业困难人员认定管理办法(试行)》的通知";
  lines[5].text = "序号\t名称";
  lines[5].has_tab = true;
  LineFacts facts(lines);
  CHECK(facts.IsHeaderLike(0));
  CHECK(facts.IsAgency(0));
  CHECK_FALSE(facts.IsHeaderLike(1));
  CHECK(facts.IsDocno(1));
  CHECK_FALSE(facts.IsHeaderLike(2));
  CHECK(facts.IsDate(2));
  CHECK_FALSE(facts.IsHeaderLike(3));
  CHECK(facts.IsHeaderLike(4));
  CHECK_FALSE(facts.IsAgency(4));
  CHECK_FALSE(facts.IsHeaderLike(5));
}

TEST_CASE("agency_line's greedy names accept the lines the lazy AGENCY names accept", "[segment]") {
  // agency_line runs each name to its end and steps back to its last word; AGENCY, which the
  // patterns that capture a name use, tries the words from the start. A whole match is either
  // found or not whatever the order of the tries: the same lines must match.
  const GrammarPattern* agency_line = Grammars().Find("agency_line");
  REQUIRE(agency_line != nullptr);
  std::string lazy_source = agency_line->source;
  size_t greedy = 0;
  for (size_t at = lazy_source.find("{0,30}"); at != std::string::npos; at = lazy_source.find("{0,30}", at + 7)) {
    lazy_source.insert(at + 6, "?");
    ++greedy;
  }
  REQUIRE(greedy == 2);
  const boost::u32regex lazy = boost::make_u32regex(lazy_source, boost::regex::perl);
  std::vector<std::string> texts = agency_line->positives;
  texts.insert(texts.end(), agency_line->negatives.begin(), agency_line->negatives.end());
  for (const char* extra : {"北京市商务局、北京市财政局", "北京市人民政府办公厅 北京市财政局", "市政府办公厅(市政府研究室)",
                            "北京市人民政府人民政府", "第三条 市商务局", "附件局", "北京市商务局、", "局局局局", ""})
    texts.emplace_back(extra);
  for (const char* issue : {"2021-44", "2023-42", "2024-16", "2024-38"})
    for (const auto& line : SampleLines(std::string("tests/corpus/") + issue + ".txt")) texts.push_back(line.text);
  size_t matched = 0;
  for (const auto& text : texts) {
    INFO(text);
    const bool whole = boost::u32regex_match(text, lazy);
    CHECK(RxFull(text, "agency_line") == whole);
    matched += whole ? 1 : 0;
  }
  CHECK(matched > 20);
}

// LineFacts asks number_gate of a line before the number patterns: sound only while each of them
// requires a word of the gate.
TEST_CASE("the number gate guards only number lines that need its words", "[segment]") {
  for (const char* number : {"number_line", "series_number_line", "order_number_line", "docno", "docno_old",
                             "docno_annual", "docno_order", "docno_order_after"}) {
    INFO(number);
    CHECK(testing::GateCovers("number_gate", number));
  }
}

// IsAgencyLine remembers its answers for short lines: asked again (the memo filled, then cleared
// when full), it answers as agency_line matched against the whole line.
TEST_CASE("IsAgencyLine from its memo answers as agency_line does", "[segment]") {
  const std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  REQUIRE(texts.size() > 1000);
  size_t agencies = 0;
  for (int round = 0; round < 2; ++round) {
    for (const auto& text : texts) {
      INFO(text);
      const bool whole = RxFull(text, "agency_line");
      CHECK(IsAgencyLine(text) == whole);
      CHECK(IsAgencyLine(text) == whole);  // from the memo
      agencies += whole ? 1 : 0;
    }
  }
  CHECK(agencies > 40);
}

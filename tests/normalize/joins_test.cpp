// The line joins asked in a cheaper order, and docno_brackets refusing a 文号 already in 〔〕: each
// checked against the way it was asked before, over every example and sample line.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

// The third rule as its pattern says it: some match of date_across_seam over A and B joined
// begins in A and ends in B.
bool DateCutAcross(const std::string& a, const std::string& b) {
  if ((EndsWith(a, "日") || EndsWith(a, "号")) && FirstCodePoint(b) != U'起') return false;  // a date whole in A
  const std::string joined = a + b;
  for (const auto& m : RxAll(joined, "date_across_seam"))
    if (static_cast<size_t>(m.position()) < a.size() && static_cast<size_t>(m.position() + m.length()) > a.size())
      return true;
  return false;
}

// ContinuesLine as it was before its patterns were reordered (normalizer.cpp at merge13): a 文号
// cut in two asked of A first, the open end before the closed one, the length of A last. Two
// rules were added since, in both: a contents entry's bare page number (……3) closes the line,
// and a date cut after its year or month (自2015年 / 8月1日起施行) runs on; then a third, a date
// or its verb cut anywhere else (自2024年9 / 月1日起施行, …1日 / 起施行); and a 文号 cut after a year
// in OCR's brackets (京建法[2015] / 12号).
bool OldContinuesLine(const TextLine& a, const TextLine& b) {
  if (a.has_tab || b.has_tab || a.heading || b.heading || a.bold || b.bold) return false;
  bool runs_on = [&] {
    if (RxFind(a.text, "docno_cut_tail") && RxFind(b.text, "docno_cut_head") && !RxFull(a.text, "docno_cut_tail"))
      return true;
    if (RxFind(a.text, "docno_cut_tail_ocr") && RxFind(b.text, "docno_cut_head")) return true;  // added later: [2015] / 12号
    if (RxFind(a.text, "date_cut_tail") && RxFind(b.text, "date_cut_head")) return true;  // added later
    if (RxFind(a.text, "limit_cut_tail") && RxFind(b.text, "limit_cut_head")) return true;  // added later: a limit
    if (!RxFind(a.text, "line_closed_end") && DateCutAcross(a.text, b.text)) return true;  // the third
    char32_t last = LastCodePoint(a.text), first = FirstCodePoint(b.text);
    bool latin_seam = last < 0x80 && !(last >= '0' && last <= '9') && first < 0x80;
    if (latin_seam) return first >= 'a' && first <= 'z';
    if ((last < 0x80 && !(last >= '0' && last <= '9') && IsHan(first)) ||
        (IsCjk(last) && first < 0x80 && std::isalpha(int(first))))
      return false;
    if (RxFind(a.text, "line_open_end")) return true;
    if (RxFind(a.text, "line_closed_end") || RxFull(a.text, "line_complete") || RxFind(a.text, "line_title_end"))
      return false;
    if (RxFind(a.text, "contents_page_dotted")) return false;  // added later: ……3, ……第3页, ) 3 close a contents entry
    if (RxFull(a.text, "line_printed_on")) return false;     // added later: a 版记's …日印发 line
    if (RxFull(a.text, "issue_number") || RxFull(a.text, "masthead_dated_line")) return false;  // added later: a masthead
    if (RxFull(a.text, "masthead_publisher_line")) return false;  // added later: its publisher's line
    if (RxFull(a.text, "line_start_docno")) return false;    // added later: a 文号 line dated on its line
    return MoreCodePointsThan(a.text, 19);
  }();
  if (!runs_on || OpensUnit(b.text)) return false;
  return !RxFull(a.text, "agency_line") && !RxFull(b.text, "agency_line");
}

TextLine LineOf(const std::string& text) {
  TextLine line;
  line.text = text;
  return line;
}

}  // namespace

TEST_CASE("no line ends both closed and open", "[normalize]") {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* end : {",", "、", "《", "(", "“", "‘", "〈", "-", "。", "!", "?", ";", ":", "!", "?", ";", ":", "》",
                          "”", "】", "(12)", "(试行)"})
    texts.push_back(std::string("第一条 文字") + end);
  size_t closed = 0, open = 0;
  for (const auto& text : texts) {
    const std::string line = NormalizeText(text);
    INFO(line);
    const bool is_closed = RxFind(line, "line_closed_end"), is_open = RxFind(line, "line_open_end");
    REQUIRE_FALSE((is_closed && is_open));
    closed += is_closed;
    open += is_open;
  }
  CHECK(closed > 100);
  CHECK(open > 10);
}

TEST_CASE("ContinuesLine against the joins as they were asked, over every pair of sample lines", "[normalize]") {
  std::vector<std::string> lines;
  for (const auto& text : testing::ExamplesAndSampleLines()) {
    std::string line = NormalizeText(text);
    TrimOwned(line);
    if (!line.empty()) lines.push_back(std::move(line));
  }
  // Each line against the next, and against lines of each kind ContinuesLine tells apart.
  const std::vector<std::string> others = {"24号)同时废止。", "〕24号", "任相应级别专业技术职务。", "and more words",
                                           "More words", "1. 中国籍人员", "北京市人力资源和社会保障局",
                                           "第十二条 本办法", "建档、存档和分析。", "2024年9月2日"};
  size_t joined = 0, pairs = 0;
  auto check = [&](const std::string& a_text, const std::string& b_text) {
    const TextLine a = LineOf(a_text), b = LineOf(b_text);
    INFO(a_text << " | " << b_text);
    const bool continues = ContinuesLine(a, b);
    REQUIRE(continues == OldContinuesLine(a, b));
    joined += continues;
    ++pairs;
  };
  for (size_t i = 0; i + 1 < lines.size(); ++i) check(lines[i], lines[i + 1]);
  for (const auto& line : lines)
    for (const auto& other : others) {
      check(line, other);
      check(other, line);
    }
  CHECK(joined > 100);
  CHECK(pairs > joined * 2);
}

TEST_CASE("docno_brackets' lookahead changes no text: against the pattern without it", "[normalize]") {
  const std::string lookahead = "(?!〔(?:\\d{4}|\\d{2})〕(?!\\s))";
  std::string source = Grammars().Find("docno_brackets")->source;
  const size_t at = source.find(lookahead);
  REQUIRE(at != std::string::npos);
  source.erase(at, lookahead.size());
  const boost::u32regex without = boost::make_u32regex(source, boost::regex::perl);
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* t : {"京政发〔2023〕20号", "京政发〔2023〕 20号", "京政发 〔2023〕20号", "京政发〔 2023〕20号",
                        "京政发〔23〕第5号", "京政发〔2023〕\t20号", "京政发〔2023〕\u300020号", "京政发〔2023]20号"})
    texts.push_back(t);
  size_t changed = 0;
  for (const auto& text : texts) {
    if (!IsValidUtf8(text)) continue;
    INFO(text);
    const std::string replaced = RxReplace(text, "docno_brackets", "〔$1〕");
    REQUIRE(replaced == boost::u32regex_replace(text, without, "〔$1〕", boost::format_perl));
    changed += replaced != text;
  }
  CHECK(changed > 5);
}

TEST_CASE("a date cut by a page break after its year or month is one line", "[normalize]") {
  auto lines = Normalize("第二条　本规定自2015年\n\n— 5 —\n\n8月1日起施行。\n第三条　自二〇一五年\n十二月一日起执行。\n",
                         "t.txt").lines;
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "第二条本规定自2015年8月1日起施行。");
  CHECK(lines[1].text == "第三条自二〇一五年十二月一日起执行。");
  // Not after a year that ends a masthead line: 2015年 / 第20期 stay apart.
  CHECK(Normalize("2015年\n第20期\n", "t.txt").lines.size() == 2);
}

TEST_CASE("a date, or a date and its verb, cut anywhere by a break joins the two lines", "[normalize]") {
  const std::vector<std::pair<std::string, std::string>> cut = {
      {"二、本通知自2024年9", "月1日起施行。"}, {"二、本通知自20", "24年9月1日起施行。"},
      {"二、本通知自2024年1", "0月1日起施行。"}, {"二、本通知自2024年10月1", "5日起施行。"},
      {"二、本通知自2024年9月1日", "起施行。"},   {"二、本通知自2024年9月1日起施", "行,有效期两年。"},
      {"二、本通知自二〇二四年九", "月一日起施行。"}};
  for (const auto& [a, b] : cut) {
    INFO(a << " | " << b);
    CHECK(ContinuesLine(LineOf(a), LineOf(b)));
  }
  const std::vector<std::pair<std::string, std::string>> apart = {
      {"北京市人民政府", "2024年9月1日"}, {"2024年9月1日", "起草说明"}, {"有效期延长至2026年12月31日", "试行期顺延"},
      {"2024年3月1日", "实施首都标准化战略补助资金管理办法"},
      {"二、工作要求", "2024年9月1日前完成"}};
  for (const auto& [a, b] : apart) {
    INFO(a << " | " << b);
    CHECK_FALSE(ContinuesLine(LineOf(a), LineOf(b)));
  }
}

TEST_CASE("a time limit cut inside its number, before its unit or before 起 joins the two lines", "[normalize]") {
  // However short the first line: the limit had been lost, or read as 10 days for 三 / 十日内.
  for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"第二条　申请人应当自取得许可证之日起三十", "日内办理登记手续。"},
           {"第二条　申请人应当自取得许可证之日起三", "十日内办理登记手续。"},
           {"第二条　申请人应当自取得许可证之日", "起三十日内办理登记手续。"},
           {"行政机关应当在10", "个工作日内办结。"}}) {
    INFO(a << " | " << b);
    CHECK(ContinuesLine(LineOf(a), LineOf(b)));
  }
  // A number before a unit with no 内 after it is no limit's cut.
  CHECK_FALSE(ContinuesLine(LineOf("第二十"), LineOf("日起施行。")));
}

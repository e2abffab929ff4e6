#include "normalize/seams.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// Lines shorter than this many code points are not taken for a wrapped line of prose (titles,
// issuers and headings are short; a body line cut by the page edge is long).
constexpr size_t kMinWrappedLine = 20;

// True for an ASCII digit.
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// The last characters of a line a time limit's cut may end with (limit_cut_tail: a numeral, 之日).
constexpr std::u32string_view kLimitEnds = U"0123456789一二两三四五六七八九十百日";

// The last characters of A (at most BYTES, from a character's start) and the first of B (at
// most BYTES, to a character's end), joined; *SEAM is where B's begin.
std::string AcrossSeam(std::string_view a, std::string_view b, size_t bytes, size_t* seam) {
  size_t from = a.size() > bytes ? a.size() - bytes : 0;
  while (from < a.size() && (static_cast<unsigned char>(a[from]) & 0xC0) == 0x80) ++from;
  size_t to = std::min(b.size(), bytes);
  while (to < b.size() && (static_cast<unsigned char>(b[to]) & 0xC0) == 0x80) ++to;
  *seam = a.size() - from;
  std::string window(a.substr(from));
  window.append(b.substr(0, to));
  return window;
}

// True when LINE is a 版记's printing line (…办公厅 2004年6月21日印发): complete, never continued.
bool PrintedOn(const std::string& line) { return EndsWith(line, "印发") && RxFull(line, "line_printed_on"_rx); }

// True when a date, or a date and its verb, crosses the seam of A and B (date_across_seam): the
// break cut it (…自2024年9 / 月1日起施行). Only a seam between two characters a date or its verb
// may hold is asked.
bool DateAcrossSeam(const std::string& a, const std::string& b) {
  static constexpr std::u32string_view kDateEnds = U"0123456789〇○零一二三四五六七八九十年月日号起施实执生试行废止失效";
  if (kDateEnds.find(LastCodePoint(a)) == std::u32string_view::npos ||
      kDateEnds.find(FirstCodePoint(b)) == std::u32string_view::npos)
    return false;
  constexpr size_t kWindowBytes = 48;  // a date and its verb: at most 16 characters each side
  size_t seam = 0;
  const std::string window = AcrossSeam(a, b, kWindowBytes, &seam);
  // A date whole before the seam goes on only into 起 (…2024年9月1日 / 起施行): not a signature's date
  // over a title that begins with a verb (2024年3月1日 / 实施首都标准化战略补助资金管理办法).
  const bool date_whole = EndsWith(a, "日") || EndsWith(a, "号");
  if (date_whole && FirstCodePoint(b) != U'起') return false;
  // Every date holds 年 and 日 (or 号): most seams that pass the characters' test hold neither.
  if (window.find("年") == std::string::npos ||
      (window.find("日") == std::string::npos && window.find("号") == std::string::npos))
    return false;
  for (const auto& m : RxAll(window, "date_across_seam"_rx)) {
    const auto begin = static_cast<size_t>(m.position()), end = begin + static_cast<size_t>(m.length());
    if (begin < seam && end > seam) return true;
  }
  return false;
}

}  // namespace

namespace {

// The longest masthead line (bytes) kept whole: its name, issue, running number and date.
constexpr size_t kMaxMastheadLine = 120;

// True when TEXT opens with a bracket a 文号's year may stand in (〔 [ ( 【 and their full-width forms).
bool StartsWithYearBracket(std::string_view text) {
  static constexpr std::u32string_view kOpeners = U"〔[［(（【〖";
  return !text.empty() && kOpeners.find(FirstCodePoint(text)) != std::u32string_view::npos;
}

}  // namespace

bool OpensUnit(const std::string& line) {
  return RxFind(line, "line_start_marker"_rx) || RxFind(line, "line_start_docno"_rx) || RxFind(line, "line_start_dating"_rx);
}

namespace {

// How line A's end meets line B's start: apart; running on (a 文号 or date cut in two, a seam of
// prose, A unfinished or long: B opening a unit or an agency line may still stop it, Continues);
// or cut inside a cross-reference (第 / (二)项规定的), one line whatever B opens like.
enum class Seam { kApart, kRunsOn, kCut };

Seam RunsOn(const TextLine& a, const TextLine& b) {
  // A's end first: docno_cut_head, anchored at B's start, seeks B's line separators (after which
  // ^ matches too) wherever B's first character cannot start it, and that is most lines.
  if (RxFind(a.text, "docno_cut_tail"_rx) && RxFind(b.text, "docno_cut_head"_rx) && !RxFull(a.text, "docno_cut_tail"_rx))
    return Seam::kRunsOn;
  if (normalize_internal::MayEndInOcrYear(a.text) && RxFind(a.text, "docno_cut_tail_ocr"_rx) && RxFind(b.text, "docno_cut_head"_rx))
    return Seam::kRunsOn;  // 京建法[2015] / 12号
  // Wrapped after its agency code (京政发 / 〔2015〕12号): B opening with a bracket, rarer, asked first.
  if (StartsWithYearBracket(b.text) && RxFull(b.text, "docno_year_line"_rx) && RxFull(a.text, "docno_code_line"_rx))
    return Seam::kRunsOn;
  char32_t last = LastCodePoint(a.text), first = FirstCodePoint(b.text);
  // Latin prose (the English contents) continues only into a lower-case word; Latin text
  // never runs on into a CJK line or the other way round.
  bool latin_seam = last < 0x80 && !IsDigit(last) && first < 0x80;
  if (latin_seam) return first >= 'a' && first <= 'z' ? Seam::kRunsOn : Seam::kApart;
  if ((last < 0x80 && !IsDigit(last) && IsHan(first)) || (IsCjk(last) && first < 0x80 && std::isalpha(int(first))))
    return Seam::kApart;
  // A closed end (most lines of prose end a sentence) is never an open one, their last characters
  // differ (the tests hold the patterns to it): asked first, it answers for most lines alone.
  if (RxFind(a.text, "line_closed_end"_rx)) return Seam::kApart;
  // A date cut after its year or month (自2015年 / 8月1日起施行), however short A is; a
  // cross-reference cut after its 第 (第 / (二)项规定的), whatever B opens like.
  if (RxFind(a.text, "date_cut_tail"_rx) && RxFind(b.text, "date_cut_head"_rx)) return Seam::kRunsOn;
  // A time limit cut inside its number or before its unit or 起 (…之日起三十 / 日内办理): asked only of
  // A ending with a numeral or 日 (most lines end otherwise: no search over their text).
  if (kLimitEnds.find(last) != std::u32string_view::npos && RxFind(a.text, "limit_cut_tail"_rx) &&
      RxFind(b.text, "limit_cut_head"_rx))
    return Seam::kRunsOn;
  if (DateAcrossSeam(a.text, b.text)) return Seam::kRunsOn;  // cut anywhere else: 2024年9 / 月1日
  if (RxFind(a.text, "crossref_cut_tail"_rx) && RxFind(b.text, "crossref_cut_head"_rx)) return Seam::kCut;
  // A contents entry's page number printed bare after its dot leaders (……3, ……第3页) closes it as
  // (3) does; not a page after spaces or 第 alone (a body line broken after 令第2 runs on).
  // Its page column after spaces is read as printed (the normalized text has lost the spaces
  // between a Han character and the digit: 通告    1 reads 通告1).
  if ((IsDigit(last) || last == U'页') &&
      (RxFind(a.text, "contents_page_dotted"_rx) ||
       ((a.has_tab || a.inline_text.find("  ") != std::string::npos || a.inline_text.find("　") != std::string::npos) &&
        RxFind(a.inline_text, "contents_page_column"_rx))))
    return Seam::kApart;
  if (RxFind(a.text, "line_open_end"_rx)) return Seam::kRunsOn;
  // Past an open end, only a long line runs on: a short one (a title, an issuer) is refused
  // before the patterns over its whole text are asked.
  if (!MoreCodePointsThan(a.text, kMinWrappedLine - 1) || PrintedOn(a.text)) return Seam::kApart;
  if (RxFull(a.text, "line_complete"_rx) || RxFind(a.text, "line_title_end"_rx)) return Seam::kApart;
  // A 文号 line dated on its line or carrying its 签发人 (京政发〔1996〕5号 1996年1月15日, 二○○四年一月十五日
  // 京政发〔2004〕2号) is whole; asked only of such an end (most lines are no 文号 line).
  if ((EndsWith(a.text, "日") || EndsWith(a.text, "号") || a.text.find("签发人") != std::string::npos) &&
      RxFull(a.text, "line_start_docno"_rx))
    return Seam::kApart;
  // A masthead on one line (2015年第10期 总第352期 2015年3月30日), its publisher's dated line
  // (北京市人民政府办公厅编印 2015年3月30日), is whole: short lines, asked of no prose.
  if (a.text.size() <= kMaxMastheadLine) {
    if (a.text.find("期") != std::string::npos && RxFull(a.text, "issue_number"_rx)) return Seam::kApart;
    if (EndsWith(a.text, "日") && RxFull(a.text, "masthead_dated_line"_rx)) return Seam::kApart;
    // Its publisher's line, the date first (2016年2月20日 北京市人民政府办公厅主办) or 出版 last.
    if ((EndsWith(a.text, "主办") || EndsWith(a.text, "编") || EndsWith(a.text, "出版") || EndsWith(a.text, "编印")) &&
        RxFull(a.text, "masthead_publisher_line"_rx))
      return Seam::kApart;
  }
  return Seam::kRunsOn;
}

}  // namespace

namespace normalize_internal {

bool MayEndInOcrYear(std::string_view text) {
  const char32_t last = LastCodePoint(text);
  return last == U']' || last == U')' || last == U'］' || last == U'】' || last == U'〗' || (last >= U'0' && last <= U'9');
}

// Reads the 文号 whose year in OCR's brackets ended LINE's text before its last join (京建法[2015] /
// 12号): its year in 〔〕, the join's offset moved by the bytes the brackets gained.
void BracketYearAcrossSeam(TextLine& line) {
  const size_t before = line.text.size();
  line.text = RxReplace(std::move(line.text), "docno_brackets"_rx, "〔$1〕");
  if (!line.joins.empty()) line.joins.back().first += line.text.size() - before;
}

bool LeftOpen(const TextLine& a) {
  if (a.has_tab || RxFind(a.text, "line_closed_end"_rx)) return false;
  if (RxFind(a.text, "line_open_end"_rx)) return true;
  return MoreCodePointsThan(a.text, kMinWrappedLine - 1) && !PrintedOn(a.text) && !RxFull(a.text, "line_complete"_rx) &&
         !RxFind(a.text, "line_title_end"_rx);
}

// Every test is a condition the join needs, so they are asked cheapest first: the ends of the
// lines (most lines of prose end a sentence) before the patterns tried at the start of B and over
// the whole of each line.
bool Continues(const TextLine& a, AgencyLine& a_agency, const TextLine& b, AgencyLine& b_agency) {
  if (a.has_tab || b.has_tab || a.heading || b.heading || a.bold || b.bold) return false;
  // An order's 令 set on a line of its own under its issuer (…委员会 / 令 / 2024年第23号): the series.
  if (b.text == "令" && a_agency.Of(a.text)) return true;
  const Seam seam = RunsOn(a, b);
  if (seam == Seam::kApart) return false;
  if (seam == Seam::kRunsOn && OpensUnit(b.text)) return false;
  // An agency on a line of its own (issuers, signatories) is never part of a wrapped sentence.
  return !a_agency.Of(a.text) && !b_agency.Of(b.text);
}

}  // namespace normalize_internal

bool ContinuesLine(const TextLine& a, const TextLine& b) {
  normalize_internal::AgencyLine a_agency, b_agency;
  return normalize_internal::Continues(a, a_agency, b, b_agency);
}

}  // namespace gazette

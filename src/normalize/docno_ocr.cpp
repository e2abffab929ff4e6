#include "normalize/docno_ocr.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/grammar.hpp"
#include "util/numerals.hpp"
#include "util/swar.hpp"
#include "util/text.hpp"

namespace gazette::normalize_internal {
namespace {

constexpr std::string_view kOpen = "〔", kClose = "〕", kNumberSign = "号", kOrdinal = "第";

// The digit OCR took C for (OcrDigitRead).
constexpr char DigitRead(char c) { return OcrDigitRead(c); }

// True when C is a letter OCR reads for a digit (O, o, l, I).
bool IsDigitLetter(char c) { return c > '9' && DigitRead(c); }

// The length of the run of digits and digit-like letters at TEXT[AT], if it holds a digit.
size_t DigitRunAt(const std::string& text, size_t at) {
  size_t end = at;
  bool digit = false;
  while (end < text.size() && DigitRead(text[end])) digit |= text[end++] <= '9';
  return digit ? end - at : 0;
}

// Rewrites the run TEXT[AT, AT + N) as the digits it was read for.
void Rewrite(std::string& text, size_t at, size_t n) {
  for (size_t i = at; i < at + n; ++i) text[i] = DigitRead(text[i]);
}

bool StartsWithAt(const std::string& text, size_t at, std::string_view s) { return text.compare(at, s.size(), s) == 0; }

// Removes the single spaces OCR put between the digits of the number at TEXT[AT] (〕1 2号, 〕1 2 号),
// when the run of digits and single spaces ends in 号 (after spaces).
void JoinSpacedDigits(std::string& text, size_t at) {
  size_t end = at;
  bool spaced = false;
  while (end < text.size() && DigitRead(text[end])) {
    ++end;
    if (end + 1 < text.size() && text[end] == ' ' && DigitRead(text[end + 1])) {
      spaced = true;
      ++end;
    }
  }
  if (!spaced || end == at) return;
  size_t sign = end;
  while (sign < text.size() && text[sign] == ' ') ++sign;
  if (!StartsWithAt(text, sign, kNumberSign)) return;
  text.erase(std::remove(text.begin() + static_cast<long>(at), text.begin() + static_cast<long>(end), ' '),
             text.begin() + static_cast<long>(end));
}

// Repairs the year of the 〔 at OPEN and the number after its 〕 (a 文号's, ending in 号).
void RepairAt(std::string& text, size_t open) {
  size_t year = open + kOpen.size(), n = DigitRunAt(text, year);
  if (n != 4 && n != 2) return;
  size_t close = year + n;
  if (!StartsWithAt(text, close, kClose)) return;
  Rewrite(text, year, n);
  size_t seq = close + kClose.size();
  while (seq < text.size() && text[seq] == ' ') ++seq;
  if (StartsWithAt(text, seq, kOrdinal)) seq += kOrdinal.size();
  while (seq < text.size() && text[seq] == ' ') ++seq;
  JoinSpacedDigits(text, seq);
  size_t m = DigitRunAt(text, seq);
  if (m && StartsWithAt(text, seq + m, kNumberSign)) Rewrite(text, seq, m);
}

}  // namespace

void RepairDocnoDigits(std::string& text) {
  for (size_t at = text.find(kOpen); at != std::string::npos; at = text.find(kOpen, at + 1)) RepairAt(text, at);
}

namespace {

// TEXT from its first character that is no white space: a label's place.
std::string_view LabelPlace(std::string_view text) { return text.substr(std::min(text.size(), SkipSpaces(text))); }

// Whether HEAD (LabelPlace) opens with a dash read for 一 in an item's brackets ((-)), or holds
// one soon after 第 (第十-条).
bool BracketDash(std::string_view head) { return head.starts_with("(-") || head.starts_with("( -"); }

// Whether HEAD (LabelPlace) opens with 第 and holds a letter OCR reads for a digit (O, o, l, I) soon
// after it, or a space between two digits: an article's number (第1O条, 第l1条, 第一百O一条, 第1 1条).
bool LabelMisread(std::string_view head) {
  if (!head.starts_with("第")) return false;
  const std::string_view near = head.substr(0, 24);
  for (size_t i = 0; i < near.size(); ++i)
    if (IsDigitLetter(near[i]) || (near[i] == ' ' && i > 0 && i + 1 < near.size() &&
                                   std::isdigit(static_cast<unsigned char>(near[i - 1])) &&
                                   std::isdigit(static_cast<unsigned char>(near[i + 1]))))
      return true;
  return false;
}
bool NumeralDash(std::string_view head) {
  return head.starts_with("第") && head.substr(0, 16).find('-') != std::string_view::npos;
}

}  // namespace

bool HoldsOcrDate(std::string_view text) {
  // A date line: asked of short lines alone (a prose line's scan for the letters had been an
  // eighth of the export's instructions).
  if (text.size() > kMaxOcrDateLine) return false;
  // The letters eight bytes at a time: O and o alike once 0x20 is set in every byte.
  bool letter = false;
  size_t i = 0;
  for (; i + 8 <= text.size() && !letter; i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    letter = (swar::BytesEqual(word | (swar::kOnes * 0x20), 'o') | swar::BytesEqual(word, 'l') | swar::BytesEqual(word, 'I')) != 0;
  }
  for (; i < text.size() && !letter; ++i) letter = IsDigitLetter(text[i]);
  return letter && text.find("年") != std::string_view::npos;
}

void RepairDateDigits(std::string& text) {
  for (const auto& m : RxAll(text, "ocr_date"_rx)) {
    if (std::none_of(m[0].first, m[0].second, IsDigitLetter)) continue;
    for (const char* group : {"y", "m", "d"}) {
      const auto& sub = m[group];
      if (!sub.matched) continue;
      const auto at = static_cast<size_t>(sub.first - text.cbegin());
      Rewrite(text, at, static_cast<size_t>(sub.second - sub.first));  // one byte for one: offsets hold
    }
  }
}

bool HoldsOcrConfusable(std::string_view text) {
  // 絛, 條 and dashes are OCR's only at a label's place, the line's start (第二絛, -、, (-), 第十-条):
  // asked there alone.
  const std::string_view head = LabelPlace(text);
  if (head.starts_with("-") || BracketDash(head) || NumeralDash(head) || LabelMisread(head) ||
      (head.starts_with("第") && (head.substr(0, 24).find("絛") != std::string_view::npos ||
                                 head.substr(0, 24).find("條") != std::string_view::npos)))
    return true;
  // The literal prefilter's search (by pairs of bytes): string::find scans for the first byte, E7 or
  // E6, which most Han characters start with, and memmem builds a table on every call.
  return RxMayMatch(text, "ocr_gate"_rx);
}

// True when TEXT ends with a Chinese numeral and 号 (and a closing parenthesis), spaces aside: a
// number line NumberLineInDigits may rewrite (第一百二十号).
bool EndsWithNumeralAndNumberSign(std::string_view text) {
  auto drop_spaces = [&] {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  };
  drop_spaces();
  if (text.ends_with(")")) text.remove_suffix(1);
  drop_spaces();
  if (!text.ends_with("号")) return false;
  text.remove_suffix(std::string_view("号").size());
  drop_spaces();
  static constexpr std::u32string_view kNumerals = U"〇零一二两三四五六七八九十百千";
  return !text.empty() && kNumerals.find(LastCodePoint(text)) != std::u32string_view::npos;
}

void NumberLineInDigits(std::string& text) {
  Match m;
  if (!RxFull(text, "number_line_cn"_rx, m)) return;
  const std::optional<int> seq = ParseChineseNumeral(GroupView(m, "seq"));
  if (!seq) return;
  std::string head = Group(m, "head");
  // A year in Chinese numerals before it (一九九四年第十二号): in digits as well.
  if (const auto year = ParseChineseNumeral(Group(m, "cyear")); year && *year >= 1000)
    head = std::to_string(*year) + head.substr(m.length("cyear"));
  text = head + std::to_string(*seq) + Group(m, "tail");
}

bool MayHoldLabelMisread(std::string_view text) { return LabelMisread(LabelPlace(text)); }

bool MayEndInMisreadHao(std::string_view text) { return TrimmedView(text).ends_with("亏"); }

void RepairMisreadHao(std::string& text) {
  Match m;
  if (RxFull(text, "docno_line_misread_hao"_rx, m)) text = Group(m, "docno") + "号";
}

bool MayBeOrderLineAfter(std::string_view text) {
  return text.size() <= kMaxOcrDateLine && TrimmedView(text).ends_with("号令");
}

void OrderLineAsSeries(std::string& text) {
  Match m;
  if (!RxFull(text, "order_line_after"_rx, m)) return;
  std::string seq = Group(m, "seq");
  for (char& c : seq) c = DigitRead(c) ? DigitRead(c) : c;  // OCR's 1O for 10 (a Chinese numeral's bytes as they are)
  if (const std::optional<int> n = ParseChineseNumeral(seq)) text = Group(m, "agency") + "令第" + std::to_string(*n) + "号";
}

bool HoldsOcrNumberLine(std::string_view text) {
  if (text.size() > kMaxOcrDateLine) return false;
  std::string_view t = TrimmedView(text);
  if (t.ends_with(")")) t.remove_suffix(1);
  if (!TrimmedView(t).ends_with("号") && !TrimmedView(t).ends_with("期")) return false;  // 第l2号, 2OO8年第l2期
  return std::any_of(t.begin(), t.end(), [](char c) { return c == ' ' || IsDigitLetter(c); });
}

void RepairNumberLineDigits(std::string& text) {
  Match m;
  if (!RxFull(text, "ocr_number_line"_rx, m)) return;
  std::string out;
  size_t at = 0;
  for (const char* group : {"y", "n"}) {
    const auto& sub = m[group];
    if (!sub.matched) continue;
    const auto begin = static_cast<size_t>(sub.first - text.cbegin()), end = static_cast<size_t>(sub.second - text.cbegin());
    const std::string run = text.substr(begin, end - begin);
    if (std::none_of(run.begin(), run.end(), [](char c) { return c >= '0' && c <= '9'; })) return;  // no digit: no number
    out += text.substr(at, begin - at);
    for (char c : run)
      if (c != ' ') out += DigitRead(c);
    at = end;
  }
  text = out + text.substr(at);
}

bool HoldsBracketedYear(std::string_view text) {
  for (size_t at = 0; at + 1 < text.size(); ++at) {  // a plain scan: find_first_of asks memchr per byte
    if (text[at] != '(' && text[at] != '[') continue;
    const std::string_view next = text.substr(at + 1, 3);
    if (std::isdigit(static_cast<unsigned char>(next[0])) || next == "一" || next == "二") return true;
  }
  return false;
}

void YearInDigits(std::string& text) {
  static constexpr std::u32string_view kDigits[] = {U"〇零○◯Oo0", U"一", U"二", U"三", U"四", U"五", U"六", U"七", U"八", U"九"};
  Match m;
  for (size_t from = 0; from < text.size() && RxSearchFrom(text, from, "docno_year_cn"_rx, m);) {
    std::string year;
    for (char32_t c : ToU32(GroupView(m, "year")))
      for (size_t d = 0; d < std::size(kDigits); ++d)
        if (kDigits[d].find(c) != std::u32string_view::npos) year += static_cast<char>('0' + d);
    const std::string digits = "〔" + year + "〕";
    const auto at = from + static_cast<size_t>(m.position(size_t(0)));
    text.replace(at, static_cast<size_t>(m.length(0)), digits);
    from = at + digits.size();
  }
}

void RepairOcrConfusables(std::string& text) {
  if (text.find("笫") != std::string::npos) text = RxReplace(std::move(text), "ocr_di"_rx, "第$1");
  if (text.find("曰") != std::string::npos) text = RxReplace(std::move(text), "ocr_ri"_rx, "$1日");
  if (text.find("號") != std::string::npos) text = RxReplace(std::move(text), "ocr_hao"_rx, "$1号");
  if (text.find("-、") != std::string::npos) text = RxReplace(std::move(text), "ocr_yi"_rx, "$1一、");
  // (-) and 第十-条 only at a line's start (most lines with a dash hold a range or a date's).
  const std::string_view head = LabelPlace(text);
  if (BracketDash(head)) text = RxReplace(std::move(text), "ocr_yi_paren"_rx, "$1(一)");
  else if (NumeralDash(head)) text = RxReplace(std::move(text), "ocr_yi_numeral"_rx, "$1一");
  if (text.find("絛") != std::string::npos || text.find("條") != std::string::npos)
    text = RxReplace(std::move(text), "ocr_tiao"_rx, "$1条");
  if (Match m; LabelMisread(LabelPlace(text)) && RxSearch(text, "ocr_label_number"_rx, m)) {
    // 第1O条 → 第10条, 第lO条 → 第10条, 第1 1条 → 第11条 (digits: ASCII alone), 第一百O一条 →
    // 第一百〇一条 (a numeral's 〇).
    const auto at = static_cast<size_t>(m.position("n")), n = static_cast<size_t>(m.length("n"));
    const std::string number = text.substr(at, n);
    const bool digits = std::all_of(number.begin(), number.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    std::string read;
    for (char c : number) {
      if (c == ' ') continue;
      read += !IsDigitLetter(c) ? std::string(1, c) : digits ? std::string(1, DigitRead(c)) : std::string("〇");
    }
    text.replace(at, n, read);
  }
}

}  // namespace gazette::normalize_internal

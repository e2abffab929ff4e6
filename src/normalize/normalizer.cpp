#include "normalize/normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <utility>

#include "grammar/grammar.hpp"
#include "normalize/docno_ocr.hpp"
#include "normalize/layout_tabs.hpp"
#include "normalize/nfkc.hpp"
#include "normalize/running_heads.hpp"
#include "normalize/seams.hpp"
#include "normalize/spaced_columns.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// Bytes of an issue per line Normalize keeps: some 140 in the corpus, so one line reserved per 96.
constexpr size_t kBytesPerLine = 96;

bool IsDash(char32_t c) {
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D ||
         c == 0x2E3A || c == 0x2E3B;
}

// The bytes that may lead a dash variant or a no-break space (C2 A0, E2 80 9x, EF xx xx).
constexpr char kDashOrNbspLeads[] = {'\xC2', '\xE2', '\xEF'};

// Where each of kDashOrNbspLeads next occurs in a text, each found by memchr only once the
// reading has passed its last place: most lines hold none, or a few quotation marks (E2 80 9C).
class DashOrNbspLeads {
 public:
  explicit DashOrNbspLeads(std::string_view text) : text_(text) {}
  // The first byte at or past FROM that is one of the leads (the text's size if none). The bytes
  // at or past FROM must be as they were when the text was given.
  size_t From(size_t from) {
    size_t first = std::string_view::npos;
    for (size_t k = 0; k < 3; ++k) {
      if (next_[k] != std::string_view::npos && (!found_[k] || next_[k] < from)) {
        next_[k] = text_.find(kDashOrNbspLeads[k], from);
        found_[k] = true;
      }
      first = std::min(first, next_[k]);
    }
    return first == std::string_view::npos ? text_.size() : first;
  }

 private:
  std::string_view text_;
  size_t next_[3] = {0, 0, 0};  // npos: no more of that byte
  bool found_[3] = {false, false, false};
};

// Dash variants → '-', no-break space → ' ', in place on UTF-8 (every one is 2 or 3 bytes, so
// the text only shrinks: what is written never reaches the bytes still to read). Bytes that
// cannot start one are skipped without decoding, and nothing is moved before the first change.
void MapDashesAndNbsp(std::string& s) {
  DashOrNbspLeads leads(s);
  const size_t size = s.size();
  size_t w = 0, r = 0;
  while (r < size) {
    const size_t next = leads.From(r);
    if (w != r) std::memmove(&s[w], &s[r], next - r);
    w += next - r;
    r = next;
    if (r == size) break;
    const size_t len = s[r] == '\xC2' ? 2 : 3;
    char32_t c = r + len <= size ? FirstCodePoint(std::string_view(s).substr(r, len)) : 0;
    if (IsDash(c) || c == 0x00A0) {
      s[w++] = IsDash(c) ? '-' : ' ';
      r += len;
    } else {
      s[w++] = s[r++];  // the lead byte; what follows is copied as any other byte
    }
  }
  s.resize(w);
}

// True when TEXT is one of CHARACTERS.
bool IsOneOfCharacters(std::string_view text, std::initializer_list<std::string_view> characters) {
  return std::find(characters.begin(), characters.end(), text) != characters.end();
}

// True if TEXT holds one of the bytes of SET: a memchr per byte (find_first_of asks the set of
// every byte of the text).
bool HoldsOneOf(std::string_view text, std::string_view set) {
  for (char c : set)
    if (text.find(c) != std::string_view::npos) return true;
  return false;
}

// True for the three bytes at S (N left): a CJK unified ideograph (U+4E00 to U+9FFF: E4 B8..BF xx
// or E5..E9 xx xx) or one of 、。《》“”√.
bool IsPlainThreeByteCharacter(const unsigned char* s, size_t n) {
  if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return false;
  if (s[0] == 0xE7 && s[1] == 0xAC && s[2] == 0xAB) return false;  // 笫, OCR's 第 (RepairOcrConfusables)
  if (s[0] == 0xE6 && s[1] == 0x9B && s[2] == 0xB0) return false;  // 曰, OCR's 日
  if (s[0] == 0xE7 && s[1] == 0xB5 && s[2] == 0x9B) return false;  // 絛, OCR's 条
  if (s[0] == 0xE6 && s[1] == 0xA2 && s[2] == 0x9D) return false;  // 條, 条 in traditional print
  if (s[0] == 0xE8 && s[1] == 0x99 && s[2] == 0x9F) return false;  // 號, 号 in traditional print
  if (s[0] >= 0xE5 && s[0] <= 0xE9) return true;
  if (s[0] == 0xE4) return s[1] >= 0xB8;
  if (s[0] == 0xE3) return s[1] == 0x80 && (s[2] == 0x81 || s[2] == 0x82 || s[2] == 0x8A || s[2] == 0x8B);  // 、。《》
  if (s[0] == 0xE2) return (s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D)) || (s[1] == 0x88 && s[2] == 0x9A);  // “”√
  return false;
}

// True for the three bytes at S (N left): 〔 or 〕 (E3 80 94, E3 80 95), a 文号's year brackets as
// normalized. Between them docno_brackets rewrites a year only where white space stands at a
// bracket or the year (its one other bracket pair, and the tab, are not admitted at all).
bool IsYearBracket(const unsigned char* s, size_t n) {
  return n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x95);
}

}  // namespace

namespace normalize_internal {

bool IsOwnNormalForm(std::string_view text) {
  if (EndsWithNumeralAndNumberSign(text)) return false;  // 第一百二十号 is 第120号
  if (MayBeOrderLineAfter(text)) return false;            // 北京市人民政府第8号令 is 北京市人民政府令第8号
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // Between 〔〕 docno_brackets rewrites a year where white space stands, and RepairDocnoDigits
  // one where OCR read a letter for a digit (O, o, l, I); RepairDateDigits a date's (2O15年).
  bool space_or_letter = false, letter = false, year_bracket = false, nian = false;
  for (size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    if (c < 0x80) {  // printable ASCII but the brackets a 文号's year may stand in (docno_brackets)
      if (c < 0x20 || c == 0x7F || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}') return false;
      if (c == '-' && n - i > 3 && s[i + 1] == 0xE3 && s[i + 2] == 0x80 && s[i + 3] == 0x81) return false;  // -、 is OCR's 一、
      if (c == '-' && i >= 3 && IsOneOfCharacters(text.substr(i - 3, 3), {"第", "十", "百", "零"})) return false;  // 第十-条
      letter = letter || c == 'O' || c == 'o' || c == 'l' || c == 'I';
      space_or_letter = space_or_letter || letter || c == ' ';
      ++i;
      continue;
    }
    if (IsYearBracket(s + i, n - i)) {
      year_bracket = true;
    } else if (!IsPlainThreeByteCharacter(s + i, n - i)) {
      return false;
    }
    nian = nian || (c == 0xE5 && s[i + 1] == 0xB9 && s[i + 2] == 0xB4);  // 年 (a plain character: three bytes there)
    i += 3;
  }
  if (year_bracket && n <= kMaxOcrDateLine && MayEndInMisreadHao(text)) return false;  // 京政发〔2016〕20亏
  if (space_or_letter && MayHoldLabelMisread(text)) return false;  // 第1O条 and 第1 1条 are 第10条, 第11条
  return !(space_or_letter && year_bracket) && !(letter && nian && n <= kMaxOcrDateLine) &&
         !(space_or_letter && n <= kMaxOcrDateLine && HoldsOcrNumberLine(text));
}

std::string NormalizeInlineInFull(std::string text) {
  text = Nfkc(std::move(text));  // a text already NFKC (most are) is handed back: moved
  MapDashesAndNbsp(text);
  if (HoldsOcrConfusable(text)) RepairOcrConfusables(text);
  if (EndsWithNumeralAndNumberSign(text)) NumberLineInDigits(text);
  if (MayBeOrderLineAfter(text)) OrderLineAsSeries(text);
  if (HoldsOcrNumberLine(text)) RepairNumberLineDigits(text);
  if (HoldsOcrDate(text)) RepairDateDigits(text);
  if (text.size() <= kMaxOcrDateLine && MayEndInMisreadHao(text)) RepairMisreadHao(text);  // 京政发〔2016〕20亏
  if (!RxMayMatch(text, "docno_brackets"_rx)) return text;  // most lines hold no 文号 (号 and brackets)
  text = RxReplace(std::move(text), "docno_brackets"_rx, "〔$1〕");
  // The 1980s forms: the year before the code ((87)京政发字第112号), in Chinese numerals.
  if (HoldsBracketedYear(text)) {
    if (RxMayMatch(text, "docno_brackets_lead"_rx)) text = RxReplace(std::move(text), "docno_brackets_lead"_rx, "〔$1〕");
    if (RxMayMatch(text, "docno_year_cn"_rx)) YearInDigits(text);
  }
  RepairDocnoDigits(text);
  return text;
}

LinkOpeners::LinkOpeners() {
  for (const char* link : {"md_link", "md_autolink"}) {
    const GrammarPattern* p = Grammars().Find(link);
    const std::u32string* starts = p ? &p->compiled().starts : nullptr;
    if (!starts || starts->empty() || std::any_of(starts->begin(), starts->end(), [](char32_t c) { return c >= 0x80; })) {
      known_ = false;
      return;
    }
    for (char32_t c : *starts) openers_ += static_cast<char>(c);
  }
}

bool LinkOpeners::MayHoldLink(std::string_view line) const { return !known_ || HoldsOneOf(line, openers_); }

}  // namespace normalize_internal

std::string NormalizeInline(std::string_view text) {
  if (normalize_internal::IsOwnNormalForm(text)) return std::string(text);
  return normalize_internal::NormalizeInlineInFull(std::string(text));
}

namespace {

// RemoveCjkSpacing of TEXT, a string of the caller's: a text holding no space (most) is handed
// back without a copy.
std::string RemoveOwnedCjkSpacing(std::string text) {
  if (NextSpacing(text) == text.size()) return text;
  return RemoveCjkSpacing(text);
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  // A text of its own normal form is UTF-8 (every character checked whole): its spacing only.
  if (normalize_internal::IsOwnNormalForm(text)) return normalize_internal::RemoveCjkSpacingOfUtf8(text);
  return RemoveOwnedCjkSpacing(normalize_internal::NormalizeInlineInFull(std::string(text)));
}

std::string NormalizeTextWithoutSpaces(std::string_view text) {
  if (!normalize_internal::IsOwnNormalForm(text)) return StripSpaces(NormalizeText(text));
  // Its only spaces are ' ' (no control, U+3000 or U+00A0), and NormalizeText changes nothing else.
  std::string key(text);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

namespace {

// StripMarkdown, the links' first characters LINKS read already.
std::string StripMarkdownOf(std::string_view line, const normalize_internal::LinkOpeners& links, int* heading,
                            bool* bold) {
  std::string s(TrimmedView(line));
  *heading = 0;
  *bold = false;
  size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && (hashes == s.size() || s[hashes] == ' ')) {
    *heading = static_cast<int>(hashes);
    s = Trim(s.substr(hashes));
  }
  if (StartsWith(s, "- ") || s == "-") s = Trim(s.substr(1));
  // S is trimmed here, and stays so unless a replacement below changes it: most lines hold no
  // markdown, and are neither copied nor trimmed again.
  if (s.size() > 4 && StartsWith(s, "**") && EndsWith(s, "**") && s.find("**", 2) == s.size() - 2) *bold = true;
  bool changed = false;
  if (s.find("**") != std::string::npos) {
    s = ReplaceAll(std::move(s), "**", "");
    changed = true;
  }
  // Most lines hold neither link's first character: not searched for either.
  if (links.MayHoldLink(s)) {
    for (const char* link : {"md_link", "md_autolink"}) {
      const size_t before = s.size();
      s = RxReplace(std::move(s), link, "$1");  // a link loses its markup: a change shortens S
      changed = changed || s.size() != before;
    }
  }
  if (changed) TrimOwned(s);
  return s;
}

}  // namespace

std::string StripMarkdown(std::string_view line, int* heading, bool* bold) {
  return StripMarkdownOf(line, normalize_internal::LinkOpeners(), heading, bold);
}

namespace {

// The masthead lies in an issue's first lines kept: a running head's shape found among them (2015年
// 第10期, 北京市人民政府公报 2015年第10期) is the masthead's issue number, kept for the header.
constexpr size_t kMastheadLines = 12;

// True if LINE, a line of furniture, is the masthead's issue line: among the first lines KEPT,
// none of which is of the body (body_line).
bool IsMastheadIssueLine(const std::string& line, const std::vector<TextLine>& kept) {
  if (kept.size() >= kMastheadLines || !RxFind(line, "issue_number"_rx)) return false;
  return std::none_of(kept.begin(), kept.end(), [](const TextLine& l) { return RxFind(l.text, "body_line"_rx); });
}

}  // namespace

NormalizedText Normalize(std::string_view utf8, const std::string& source, Utf8Check check) {
  NormalizedText out;
  out.source = source;
  size_t pos = 0;
  int lineno = 0;
  normalize_internal::AgencyLine above_agency;  // of out.lines.back()
  // Each line's text stays well-formed UTF-8 through every step below where the issue is: known
  // from the reading, or checked here once, not again for each line's spacing.
  const bool utf8_checked = check == Utf8Check::done || IsValidUtf8(utf8);
  const normalize_internal::LinkOpeners links;  // read once for all the lines
  normalize_internal::SpacedColumns columns;     // the table printed with gaps being read, if any
  std::string tabbed, header;  // its line with tabs; a header line whose 序号 was printed above it
  std::string untabbed;        // a line whose tabs are only layout, with spaces for them
  normalize_internal::RunningHeads heads;  // the titles repeated at the top of pages
  normalize_internal::HeldTitle held;      // one of them inside a sentence, until the next line
  bool after_furniture = false;            // a page's furniture came right before this line
  bool web_page = false;                   // a web page's furniture came right before this line
  out.lines.reserve(utf8.size() / kBytesPerLine + 1);  // kept lines are seldom moved
  while (pos <= utf8.size()) {
    size_t nl = utf8.find('\n', pos);
    std::string_view raw = utf8.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? utf8.size() + 1 : nl + 1;
    ++lineno;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (SkipSpaces(raw) == raw.size()) continue;  // blank: its text would be empty
    // 第一条<TAB>为加强…: no table row, unless a table's row or header is the line above.
    if (out.lines.empty() || !out.lines.back().has_tab) raw = normalize_internal::WithoutLayoutTabs(raw, &untabbed);
    TextLine line;
    line.line = line.last_line = lineno;
    // A header's 序号 printed on a line of its own, its other cells on the next: one header line.
    if (!out.lines.empty() && normalize_internal::IsLoneHeaderFirst(out.lines.back(), lineno) &&
        normalize_internal::HoldsColumns(raw)) {
      header = out.lines.back().text + (raw.find('\t') != std::string_view::npos ? "\t" : "    ");
      header.append(raw.substr(SkipSpaces(raw)));
      raw = header;
      line.line = out.lines.back().line;
      out.lines.pop_back();
      above_agency.Forget();
    }
    // A line of a table printed with gaps between its columns is read with tabs between them.
    const std::string_view after = pos < utf8.size() ? utf8.substr(pos) : std::string_view();
    const std::string_view cells = columns.Rewrite(raw, &tabbed, after) ? std::string_view(tabbed) : raw;
    line.has_tab = cells.find('\t') != std::string_view::npos;
    std::string stripped = StripMarkdownOf(cells, links, &line.heading, &line.bold);
    // Not asked IsOwnNormalForm: a printed line's punctuation is mostly full-width, and the check
    // over every line cost about what it saved (8.7 M instructions against 9.5 M over 20 issues).
    line.inline_text = normalize_internal::NormalizeInlineInFull(std::move(stripped));
    line.text = utf8_checked ? normalize_internal::RemoveCjkSpacingOfUtf8(line.inline_text)
                             : RemoveCjkSpacing(line.inline_text);
    TrimOwned(line.text);
    if (line.text.empty()) continue;
    if (web_page && normalize_internal::IsWebMetaLine(line.text)) continue;  // 发文机关:… under 索引号:…
    if (IsFurniture(line.text) && !IsMastheadIssueLine(line.text, out.lines)) {
      if (!out.lines.empty() && !held.Holds()) heads.FurnitureAfter(out.lines.size() - 1);
      after_furniture = true;
      web_page = normalize_internal::IsWebFurniture(line.text);
      continue;
    }
    web_page = false;
    normalize_internal::AgencyLine agency;
    // The rest of a header's cells, put on the next line by their wrap: one header line.
    if (!out.lines.empty() && line.has_tab && normalize_internal::JoinHeaderPieces(out.lines.back(), line, cells)) continue;
    // A title the page break left inside an open sentence: a running head, unless the line after
    // it opens something of its own (then a document's title that a page began with). The line
    // after it follows that title, not the furniture.
    if (held.Holds()) {
      if (held.Release(line, heads, out.lines)) above_agency = {};
      after_furniture = false;
    }
    if (after_furniture && !out.lines.empty() && !line.heading && !line.bold && heads.CutsSentence(line.text) &&
        normalize_internal::LeftOpen(out.lines.back())) {
      line.printed = std::string(cells);
      held.Hold(std::move(line));
      continue;
    }
    // Whether it continues the line above is told by its text (not by the printed line, copied
    // only for a line kept as a line of its own).
    const bool joins = !out.lines.empty() && normalize_internal::Continues(out.lines.back(), above_agency, line, agency);
    const bool after_furniture_now = after_furniture;
    after_furniture = false;
    if (joins) {
      TextLine& prev = out.lines.back();
      above_agency.Forget();  // its text grows
      prev.joins.emplace_back(prev.text.size(), lineno);
      // Latin words broken by the wrap get their space back (ISO / 9001); a number broken by it
      // (〔20 / 05〕, 6512 / 3456) does not.
      const auto last = static_cast<unsigned char>(prev.text.back()), first = static_cast<unsigned char>(line.text.front());
      bool latin_seam = std::isalnum(last) && std::isalnum(first) && !(std::isdigit(last) && std::isdigit(first));
      if (latin_seam) prev.text += ' ';
      const bool ocr_year_cut = normalize_internal::MayEndInOcrYear(prev.text) &&
                                RxFind(prev.text, "docno_cut_tail_ocr"_rx);  // 京建法[2015] / 12号
      prev.text += line.text;
      if (ocr_year_cut) normalize_internal::BracketYearAcrossSeam(prev);
      prev.inline_text += line.inline_text;
      prev.printed += '\n';
      prev.printed += raw;
      prev.last_line = lineno;
      continue;
    }
    line.printed = std::string(cells);  // a table's line printed with gaps: with its tabs
    heads.Kept(line.text, out.lines.size(), after_furniture_now);
    out.lines.push_back(std::move(line));
    above_agency = agency;
  }
  held.Flush(out.lines);  // the text's last line: kept
  heads.DropRecurring(out.lines);
  return out;
}

}  // namespace gazette

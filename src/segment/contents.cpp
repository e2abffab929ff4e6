#include "segment/contents.hpp"

#include <algorithm>
#include <cctype>
#include <climits>
#include <string_view>

#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"
#include "util/number.hpp"

namespace gazette {
namespace {

// True when line I is an order's number alone over the line paging its regulation (北京市人民政府令
// 第8号 / 北京市城市道路挖掘管理办法……(1)): the first line of a contents entry, not a 文号 heading
// the first document, nor the number of the paged entry above it (…办法……(1) / 令第8号).
bool OpensPagedEntry(const std::vector<TextLine>& lines, size_t i) {
  return i + 1 < lines.size() && lines[i].text.find("令") != std::string::npos &&
         HasPageReference(lines[i + 1].text) && !IsDocnoLine(lines[i + 1].text) &&
         // not the number under a paged entry, unless the entry above was opened by its number too
         (i == 0 || !HasPageReference(lines[i - 1].text) || (i >= 2 && OpensPagedEntry(lines, i - 2)));
}

// A contents entry never runs over more printed lines than this.
constexpr size_t kMaxContentsEntryLines = 6;

// An English entry: its text up to the page reference, the damaged 文号 parts, the page.
struct EnglishEntry {
  std::string title;
  std::string code;
  int year = 0;
  int seq = 0;
  int page = 0;
  int line = 0;
  std::string docno_printed;
};

// Levenshtein distance over bytes (romanized codes are ASCII).
size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// True if TEXT's last character before trailing ASCII white space is a digit, or 页 (第3页): the
// ones ending contents_page_bare allows (normalized text holds no other white space).
bool EndsInDigit(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
  if (EndsWith(text.substr(0, end), "页")) return true;
  return end > 0 && std::isdigit(static_cast<unsigned char>(text[end - 1]));
}

// Splits accumulated entry text at its page reference; returns false if there is none. The
// search starts where PageSearchStart says (the engine tried a match at every space of an
// English entry, and an entry is searched again as each of its lines is added).
bool CutPage(const std::string& text, std::string* before, int* page) {
  size_t from = contents_internal::PageSearchStart(text);
  Match m;
  if (from == std::string::npos || !RxSearchFrom(text, from, "contents_page", m)) {
    from = 0;
    if (!EndsInDigit(text) || !RxSearch(text, "contents_page_bare"_rx, m)) return false;
  }
  *page = DecimalOr(StripSpaces(GroupView(m, "page")), 0);  // (1 9): OCR spaced its digits
  *before = Trim(text.substr(0, from + static_cast<size_t>(m.position(size_t(0)))));
  return true;
}


std::vector<EnglishEntry> ParseEnglish(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  std::vector<EnglishEntry> out;
  std::string acc;
  int first_line = 0;
  for (size_t i = begin; i < end && i < lines.size(); ++i) {
    const std::string t = lines[i].inline_text;
    if (RxFull(lines[i].text, "contents_section"_rx)) continue;
    if (acc.empty()) first_line = lines[i].line;
    acc += (acc.empty() ? "" : " ") + Trim(t);
    EnglishEntry e;
    std::string before;
    if (!CutPage(acc, &before, &e.page)) continue;
    Match m;
    e.line = first_line;
    e.title = before;
    if (RxSearch(before, "contents_en_docno", m)) {
      e.code = Group(m, "code");
      e.year = DecimalOr(GroupView(m, "year"), 0);
      e.seq = DecimalOr(GroupView(m, "seq"), 0);
      e.docno_printed = m.str(0).substr(1, static_cast<size_t>(m.length(0)) - 2);
      e.title = Trim(before.substr(0, static_cast<size_t>(m.position(size_t(0)))));
    }
    out.push_back(e);
    acc.clear();
  }
  return out;
}

// What an English entry is compared with in a Chinese one: its 文号, read once for all the
// English entries (FindDocnos and the romanization were asked again for each pair).
struct ChineseKey {
  int page = 0;
  bool numbered = false;  // a 文号 was found in its docno
  int year = 0;
  int seq = 0;
  std::string code;  // the 文号's agency, romanized
};

ChineseKey KeyOf(const ContentsEntry& c) {
  ChineseKey k;
  k.page = c.page;
  auto found = FindDocnos(c.docno);
  if (found.empty()) return k;
  const auto& d = found.front();
  k.numbered = true;
  k.year = d.year;
  k.seq = d.seq;
  k.code = RomanizeCompact(d.agency);
  return k;
}

// How well English entry E fits the Chinese entry keyed K (lower is better; INT_MAX = no fit).
int AlignmentCost(const EnglishEntry& e, const ChineseKey& k) {
  if (!k.numbered) return (e.page && e.page == k.page && e.seq == 0) ? 50 : INT_MAX;
  if (e.seq != k.seq || (e.year && e.year != k.year)) return INT_MAX;
  int cost = static_cast<int>(EditDistance(Lower(e.code), k.code));
  if (e.page != k.page) cost += 20;
  return cost;
}

}  // namespace

// The source of contents_page that PageSearchStart's scan was written for.
constexpr std::string_view kPageShape = "\\s*(?:[.…·]{2,}\\s*)?\\(\\s*(?<page>\\d(?: ?\\d){0,3})\\s*\\)\\s*$";

bool contents_internal::PageShapeKnown() {
  thread_local unsigned generation = ~0u;
  thread_local bool known = false;
  const unsigned now = GrammarGeneration();
  if (generation != now) {
    const GrammarPattern* p = Grammars().Find("contents_page");
    known = p != nullptr && p->source == kPageShape;
    generation = now;
  }
  return known;
}

size_t contents_internal::PageSearchStart(const std::string& text) {
  if (!PageShapeKnown()) return 0;  // a --grammars set changed contents_page: the whole is searched
  if (HoldsLineSeparator(text) || !IsValidUtf8(text)) return 0;  // $ may match inside, or the search stops early
  const size_t open = text.rfind('(');
  if (open == std::string::npos) return std::string::npos;
  // Back over what may be white space or a dot, a character at a time: anything but printable
  // ASCII other than '.' and the characters U+4000 to U+9FFF (led by E4 to E9: Han, none a space
  // or a dot).
  size_t at = open;
  while (at > 0) {
    const auto b = static_cast<unsigned char>(text[at - 1]);
    if (b < 0x80) {
      if (b > 0x20 && b < 0x7F && b != '.') break;
      --at;
      continue;
    }
    size_t lead = at - 1;  // the UTF-8 is valid: a lead byte stands before its continuation bytes
    while ((static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    const auto first = static_cast<unsigned char>(text[lead]);
    if (first >= 0xE4 && first <= 0xE9) break;
    at = lead;
  }
  return at;
}

bool HasPageReference(const std::string& text) {
  return RxFind(text, "contents_page"_rx) || (EndsInDigit(text) && RxFind(text, "contents_page_bare"_rx));
}

ContentsSpan FindContents(const std::vector<TextLine>& lines) {
  ContentsSpan span;
  size_t limit = std::min<size_t>(lines.size(), 400);
  for (size_t i = 0; i < limit; ++i) {
    const std::string& t = lines[i].text;
    // A document began before any 目录: a later 目录 is the title of an attachment.
    if (span.zh_begin == std::string::npos && IsDocnoLine(t)) break;
    // A dating line (…通过) came first: the 目录 is a regulation's own.
    if (span.zh_begin == std::string::npos && RxFull(t, "dating_line"_rx)) break;
    // A 目录 over 第一章 is a regulation's own table of chapters, not the contents.
    if (span.zh_begin == std::string::npos && RxFull(t, "contents_start"_rx) &&
        !(i + 1 < lines.size() && RxFind(lines[i + 1].text, "first_division"_rx)))
      span.zh_begin = i + 1;
    else if (span.en_begin == std::string::npos && RxFull(t, "contents_en_start"_rx)) span.en_begin = i + 1;
    else if (span.en_end == std::string::npos && RxFind(t, "contents_end"_rx)) span.en_end = i;
  }
  if (span.zh_begin == std::string::npos) return span;
  // The Chinese entries end with the last page reference before Latin text starts (the English
  // masthead or CONTENTS), or before more lines than an entry spans pass without one (an issue
  // with no English contents goes straight on to its first document).
  span.zh_end = span.zh_begin;
  size_t last_mark = span.zh_begin;
  bool page_last = false;  // an entry printed its page after its title (…(43), ……3)
  for (size_t i = span.zh_begin; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    if (span.en_begin != std::string::npos && i + 1 >= span.en_begin) break;
    if (!t.empty() && static_cast<unsigned char>(t[0]) < 0x80 && std::isupper(static_cast<unsigned char>(t[0])))
      break;
    if (i - last_mark >= kMaxContentsEntryLines) break;
    // A 文号 alone on its line heads the first document: the contents print theirs in parentheses,
    // or on the line under an entry paged at its title's end (…的意见……1 / 京政发〔2015〕12号).
    if (!StartsWith(t, "(") && IsDocnoLine(t) && !OpensPagedEntry(lines, i)) {
      // Under a paged entry that an order's number opened (令第9号 / …规定……(5)), a number is the
      // body's first header, not that entry's.
      if (!(page_last && span.zh_end == i && i > 0 && HasPageReference(lines[i - 1].text)) ||
          (i >= 2 && OpensPagedEntry(lines, i - 2)))
        break;
      span.zh_end = last_mark = i + 1;
      continue;
    }
    if (HasPageReference(t)) {
      span.zh_end = last_mark = i + 1;
      page_last = true;
    } else if (!page_last && RxFull(t, "contents_page_first"_rx)) {  // never a list item after entries paged last
      span.zh_end = last_mark = i + 1;
    } else if (RxFull(t, "contents_section"_rx)) {
      last_mark = i + 1;
    } else if (span.zh_end == i && RxFull(t, "contents_docno_line"_rx)) {
      span.zh_end = last_mark = i + 1;  // (文号) under an entry
    }
  }
  // After the closing note (…Table of Contents is prepared…), the body.
  span.body_begin = span.en_end != std::string::npos ? span.en_end + 1 : span.zh_end;
  if (span.en_begin != std::string::npos && span.en_end == std::string::npos) {
    // No closing note: the English contents run to the first line with Han characters, the first
    // document's.
    span.en_end = span.en_begin;
    while (span.en_end < lines.size() && !IsHan(FirstCodePoint(lines[span.en_end].text))) ++span.en_end;
    span.body_begin = span.en_end;
  }
  return span;
}

namespace {

// The entry printing TEXT (its title and 文号, the page cut off) on PAGE, from printed LINE, in
// SECTION.
ContentsEntry EntryOf(const std::string& text, int page, const std::string& section, int line) {
  ContentsEntry e;
  e.page = page;
  e.section = section;
  e.line = line;
  e.title = text;
  Match m;
  if (RxSearch(text, "contents_docno", m)) {
    e.docno = NormalizeDocno(Group(m, "docno"));
    e.title = Trim(text.substr(0, static_cast<size_t>(m.position(size_t(0)))));
  } else if (const std::string entry = StripSpaces(text); RxFull(entry, "contents_series_no"_rx, m)) {
    e.docno = NormalizeDocno(Group(m, "series") + Group(m, "no"));  // 北京市人民政府令(第262号)
    e.title = Group(m, "series");
  } else if (const std::vector<DocnoMatch> found = FindDocnos(text); !found.empty() && found.back().number_ok) {
    const DocnoMatch& last = found.back();
    const DocnoMatch& first = found.front();
    if (Trim(text.substr(last.end)).empty()) {
      // The 文号 printed after the title without brackets (…的通告 / 京政发〔2008〕21号……6), or an
      // order's number alone (北京市人民政府令第205号……2): the entry's number, not its title's end.
      e.docno = last.normalized;
      if (last.begin > 0) e.title = Trim(text.substr(0, last.begin));
    } else if (first.begin == 0 && first.by_issuer && first.number_ok) {
      // An order's number, then the regulation it promulgates (北京市人民政府令第205号 北京市…规定……2).
      e.docno = first.normalized;
      e.title = Trim(text.substr(first.end));
      if (StartsWith(e.title, ")")) e.title = Trim(std::string_view(e.title).substr(1));  // 令(第8号) title
    }
  }
  e.title = StripSpaces(e.title);
  return e;
}

}  // namespace

std::vector<ContentsEntry> ParseContents(const std::vector<TextLine>& lines, const ContentsSpan& span) {
  std::vector<ContentsEntry> out;
  if (span.zh_begin == std::string::npos) return out;
  std::string section, acc;
  int first_line = 0;
  // An entry printing its page first (　2　title), read on until the next one, a section or the end.
  int page_first = -1;  // its page; -1: none being read
  bool page_last = false;  // an entry printed its page after its title: the contents are of that style
  auto finish_page_first = [&] {
    if (page_first >= 0) out.push_back(EntryOf(acc, page_first, section, first_line));
    page_first = -1;
    acc.clear();
  };
  Match m;  // for every line: read only where a match set it
  for (size_t i = span.zh_begin; i < span.zh_end; ++i) {
    const std::string& t = lines[i].text;
    if (RxFull(t, "contents_section"_rx, m)) {
      finish_page_first();
      section = Group(m, "name");
      continue;
    }
    // Not inside an entry paged last (北京市…关于促进 / 3岁以下…的意见 / (…)……(3)), nor after one;
    // a line held before it that begins no title (市政府文件) is its section.
    const bool held_section = page_first < 0 && !acc.empty() && !RxFind(acc, "title_matter"_rx);
    if (!page_last && (page_first >= 0 || acc.empty() || held_section) && RxFull(t, "contents_page_first"_rx, m)) {
      if (held_section) section = acc, acc.clear();
      finish_page_first();
      page_first = DecimalOr(GroupView(m, "page"), 0);
      first_line = lines[i].line;
      acc = Group(m, "title");
      continue;
    }
    if (page_first >= 0) {
      // Its (文号), or the rest of a title not yet ended in its kind, go on; a line between
      // entries is their section (市政府办公厅文件, printed without 【】).
      const bool numbered = RxFind(acc, "contents_docno"_rx);
      if (!numbered && (RxFull(t, "contents_docno_line"_rx) || !RxFind(acc, "doc_kind"_rx))) {
        acc += t;
        continue;
      }
      finish_page_first();
      section = t;
      continue;
    }
    // The 文号 under an entry paged at its title's end (…的意见……1 / 京政发〔2015〕12号, or in
    // parentheses, (京政发〔2015〕12号), with no page of its own): that entry's.
    if (acc.empty() && !out.empty() && out.back().docno.empty() && !OpensPagedEntry(lines, i) &&
        (RxFull(t, "contents_docno_line"_rx) || (!StartsWith(t, "(") && IsDocnoLine(t)))) {
      out.back().docno = NormalizeDocno(t);
      continue;
    }
    if (acc.empty()) first_line = lines[i].line;
    acc += t;
    int page = 0;
    std::string before;
    if (!CutPage(acc, &before, &page)) continue;
    out.push_back(EntryOf(before, page, section, first_line));
    acc.clear();
    page_last = true;
  }
  finish_page_first();
  return out;
}

void AlignEnglishContents(const std::vector<TextLine>& lines, const ContentsSpan& span,
                          std::vector<ContentsEntry>& entries) {
  if (span.en_begin == std::string::npos) return;
  auto english = ParseEnglish(lines, span.en_begin, span.en_end);
  if (english.empty()) return;
  std::vector<bool> taken(english.size(), false);
  for (auto& c : entries) {
    const ChineseKey key = KeyOf(c);
    int best = INT_MAX;
    size_t best_i = 0;
    for (size_t i = 0; i < english.size(); ++i) {
      if (taken[i]) continue;
      int cost = AlignmentCost(english[i], key);
      if (cost < best) best = cost, best_i = i;
    }
    if (best == INT_MAX) continue;
    taken[best_i] = true;
    c.title_en = english[best_i].title;
    c.docno_en = english[best_i].docno_printed;
    c.line_en = english[best_i].line;
  }
}

}  // namespace gazette

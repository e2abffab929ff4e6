// Finding citations in a line of text, and the sentence and clause around a position.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>
#include <tuple>
#include <utility>

#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::refs {
namespace {

// The code point at byte I of TEXT, as CodePointAt reads it (*LEN its length), except that a
// character whose lead byte is E4 to E9 (U+4000 to U+9FFF, the bulk of Chinese text, and none of
// the marks these scans look for) is stepped over as 0 without being decoded. The scans below
// call this for every character of every body line (CodePointAt was 3.5% of `refs`).
inline char32_t MarkAt(const std::string& text, size_t i, size_t* len) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    *len = 1;
    return lead;
  }
  if (lead >= 0xE4 && lead <= 0xE9 && text.size() - i >= 3) {
    *len = 3;
    return 0;
  }
  return CodePointAt(text, i, len);
}

bool Opens(char32_t c) { return c == U'(' || c == U'《' || c == U'“' || c == U'〈' || c == U'「'; }
bool Closes(char32_t c) { return c == U')' || c == U'》' || c == U'”' || c == U'〉' || c == U'」'; }
bool EndsSentence(char32_t c) { return c == U'。' || c == U';' || c == U'!' || c == U'?'; }
bool EndsClause(char32_t c) { return EndsSentence(c) || c == U',' || c == U'，' || c == U':'; }

}  // namespace

size_t NextMarkE380(std::string_view text, size_t from, char lo, char hi) {
  // memchr for the E3, then its two bytes after it compared in place: a search for the string
  // (std::string::find) called memcmp at every E3, and each 。 and 、 (E3 80 82, E3 80 81) is one.
  const char* p = text.data();
  const size_t n = text.size();
  for (size_t i = from; i + 2 < n; ++i) {
    const void* hit = std::memchr(p + i, '\xE3', n - 2 - i);  // a mark needs two bytes after its E3
    if (hit == nullptr) break;
    i = static_cast<size_t>(static_cast<const char*>(hit) - p);
    const auto third = static_cast<unsigned char>(p[i + 2]);
    if (p[i + 1] == '\x80' && third >= static_cast<unsigned char>(lo) && third <= static_cast<unsigned char>(hi))
      return i;
  }
  return std::string::npos;
}

namespace {

// Byte offset of the first 《 or 》 at or after byte FROM of TEXT, or npos. The two share their
// first two bytes (E3 80), which in UTF-8 only ever start a character, and E3 is rare in Chinese
// text (its characters lead with E4 to E9): the bytes are searched, not decoded one by one (the
// scans for titles read every character of every body line).
size_t NextTitleMark(const std::string& text, size_t from) { return NextMarkE380(text, from, '\x8A', '\x8B'); }

// True if the mark NextTitleMark found at I is 《 (else it is 》).
bool OpensTitle(const std::string& text, size_t i) { return text[i + 2] == '\x8A'; }

// Byte offset of the 》 closing the 《 at OPEN, or npos.
size_t CloseOfTitle(const std::string& text, size_t open) {
  int depth = 0;
  for (size_t i = NextTitleMark(text, open); i != std::string::npos; i = NextTitleMark(text, i + 3)) {
    if (OpensTitle(text, i)) ++depth;
    else if (--depth == 0) return i;
  }
  return std::string::npos;
}

// Byte offset of the ) closing the ( at OPEN, looking at most LIMIT bytes ahead, or npos.
size_t CloseOfParen(const std::string& text, size_t open, size_t limit) {
  int depth = 0;
  for (size_t i = open, len = 0; i < text.size() && i < open + limit; i += len) {
    char32_t c = MarkAt(text, i, &len);
    if (c == U'(') ++depth;
    if (c == U')' && --depth == 0) return i;
  }
  return std::string::npos;
}

// A number within its year printed without its issuer, qualified from the cited title:
// 《国家税务总局关于…的公告》(2011年第20号) → 国家税务总局公告2011年第20号.
std::string QualifiedAnnualNumber(const std::string& title, const std::string& paren) {
  Match m;
  if (!RxSearch(paren, "refs_annual_bare", m)) return "";
  std::string number = Group(m, "year") + "年第" + Group(m, "seq") + "号";
  Match t;
  std::string key = StripSpaces(title);
  if (RxFull(key, "refs_numbered_title", t)) return Group(t, "issuer") + Group(t, "kind") + number;
  return number;
}

// Reads the parentheses after a title (OPEN at its "(") into C; returns false if they say
// nothing about the citation and are long (then they are prose, not part of it). DOCNOS are
// FindDocnos(TEXT): those inside are read from them, not searched for again.
bool ReadParentheses(const std::string& text, size_t open, const std::vector<DocnoMatch>& docnos_of_text, Citation& c) {
  size_t close = CloseOfParen(text, open, 400);
  if (close == std::string::npos) return false;
  std::string inner = text.substr(open + 1, close - open - 1);
  const auto docnos = DocnosWithin(docnos_of_text, open + 1, close);
  Match m;
  if (RxSearch(inner, "refs_alias", m) || RxSearch(inner, "refs_alias_unquoted", m)) c.alias = Trim(Group(m, "alias"));
  std::string annual = QualifiedAnnualNumber(c.title, inner);
  if (!annual.empty()) {
    Match a;
    RxSearch(inner, "refs_annual_bare", a);
    c.docno = annual;
    c.docno_printed = Trim(a.str(0));
  }
  for (const auto& d : docnos) {
    if (c.docno.empty()) {
      c.docno = d.normalized;
      c.docno_printed = inner.substr(d.begin, d.end - d.begin);
    } else {
      c.extra.push_back(d);
      c.extra.back().begin += open + 1;
      c.extra.back().end += open + 1;
    }
  }
  // An edition printed after the closing mark (《A》(2019年版), 《A》(试行)) is the title's own, as inside it.
  if (c.docno.empty() && c.alias.empty() && inner.size() <= 24 && !c.title.empty() &&
      RxFull(text.substr(open, close + 1 - open), "refs_version_suffix"_rx))
    c.title += text.substr(open, close + 1 - open);
  if (c.docno.empty() && c.alias.empty() && CodePointCount(inner) > 20) return false;
  c.end = close + 1;
  return true;
}

size_t SkipSpaces(const std::string& text, size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

bool Inside(size_t pos, const std::vector<Citation>& cites) {
  for (const auto& c : cites)
    if (pos >= c.begin && pos < c.end) return true;
  return false;
}

// At most LIMIT bytes of TEXT from AT, cut at a code point boundary.
std::string HeadAt(const std::string& text, size_t at, size_t limit) {
  size_t end = std::min(text.size(), at + limit);
  if (end < text.size()) end = CharacterStart(text, end, at);
  return text.substr(at, end - at);
}

// A bare 文号 printed as the dating of the title after it (原…总局令第4号公布的《A》), or of the title
// after its legislative history (…令第100号发布,根据…令第190号修改的《A》: the orders between are
// the vehicles of its amendments), becomes that title's 文号, unless the title prints one of its own.
void AttachDatingDocnos(const std::string& text, std::vector<Citation>& cites) {
  for (size_t i = 0; i + 1 < cites.size(); ++i) {
    Citation& number = cites[i];
    if (!number.bare) continue;
    size_t next = i + 1;
    while (next < cites.size() && cites[next].bare) ++next;
    if (next == cites.size()) continue;
    Citation& title = cites[next];
    if (!title.docno.empty()) continue;
    const std::string between = text.substr(number.end, title.begin - number.end);
    if (!RxFind(between, next == i + 1 ? "refs_docno_of_next"_rx : "refs_docno_of_next_history"_rx)) continue;
    title.docno = number.docno;
    title.docno_printed = number.docno_printed;
    cites.erase(cites.begin() + static_cast<long>(i));
  }
}

}  // namespace

std::vector<DocnoMatch> DocnosWithin(const std::vector<DocnoMatch>& docnos, size_t begin, size_t end) {
  std::vector<DocnoMatch> within;
  for (const auto& d : docnos) {
    if (d.begin < begin || d.end > end) continue;
    within.push_back(d);
    within.back().begin -= begin;
    within.back().end -= begin;
  }
  return within;
}

namespace {

// True when the text between two citations only joins them (、 和 及 与 以及 or nothing).
bool OnlyJoins(std::string_view between) {
  between = TrimmedView(between);
  for (std::string_view join : {"", "、", ",", "和", "及", "与", "以及"})
    if (between == join) return true;
  return false;
}

// Titles printed side by side before one parenthesis of numbers, the later ones elided
// (《A》和《B》(京政发〔2005〕30号、31号)): the numbers go to the titles in order. OUT sorted.
void ShareElidedDocnos(const std::string& text, std::vector<Citation>& out) {
  for (size_t j = 1; j < out.size(); ++j) {
    Citation& last = out[j];
    if (last.bare || last.docno.empty() || last.extra.empty() || !last.extra.front().elided) continue;
    size_t elided = 0;
    while (elided < last.extra.size() && last.extra[elided].elided) ++elided;
    size_t first = j;  // the titles without a number right before LAST: one for each number elided
    while (first > 0 && !out[first - 1].bare && out[first - 1].docno.empty() &&
           OnlyJoins(std::string_view(text).substr(out[first - 1].end, out[first].begin - out[first - 1].end)))
      --first;
    if (j - first != elided) continue;
    std::vector<std::pair<std::string, std::string>> numbers{{last.docno, last.docno_printed}};
    for (size_t k = 0; k < elided; ++k) {
      const DocnoMatch& d = last.extra[k];
      numbers.emplace_back(d.normalized, text.substr(d.begin, d.end - d.begin));
    }
    for (size_t k = first; k <= j; ++k) std::tie(out[k].docno, out[k].docno_printed) = numbers[k - first];
    last.extra.erase(last.extra.begin(), last.extra.begin() + static_cast<long>(elided));
  }
}

}  // namespace

namespace {

// Where the number of an elided 文号 D (、31号, 和第32号, 、〔1994〕6号: its match begins at the mark
// joining it to the one before) starts: the mark stays in the text between the two citations,
// where the clause's patterns read the coordination (30号、31号文件同时废止).
size_t ElidedNumberStart(const std::string& text, const DocnoMatch& d) {
  for (size_t at = d.begin; at < d.end; ++at)
    if ((text[at] >= '0' && text[at] <= '9') || text.compare(at, std::string_view("第").size(), "第") == 0 ||
        text.compare(at, std::string_view("〔").size(), "〔") == 0)
      return at;
  return d.begin;
}

}  // namespace

std::vector<Citation> FindCitations(const std::string& text, const std::vector<DocnoMatch>& docnos) {
  std::vector<Citation> out;
  constexpr std::string_view kOpen = "《";  // E3 80 8A
  for (size_t i = NextMarkE380(text, 0, '\x8A', '\x8A'), len = 0; i != std::string::npos;
       i = NextMarkE380(text, i + len, '\x8A', '\x8A')) {
    len = kOpen.size();
    size_t close = CloseOfTitle(text, i);
    if (close == std::string::npos) break;
    Citation c;
    c.begin = i;
    c.title = Trim(text.substr(i + len, close - i - len));
    c.end = close + std::string_view("》").size();
    size_t k = SkipSpaces(text, c.end);
    if (k < text.size() && text[k] == '(') ReadParentheses(text, k, docnos, c);
    len = c.end - i;
    out.push_back(std::move(c));
  }
  std::vector<Citation> bare;
  for (const auto& d : docnos) {
    if (Inside(d.begin, out)) continue;
    Citation c;
    c.begin = d.elided ? ElidedNumberStart(text, d) : d.begin;
    c.end = d.end;
    c.docno = d.normalized;
    c.docno_printed = text.substr(c.begin, d.end - c.begin);
    c.bare = true;
    bare.push_back(std::move(c));
  }
  out.insert(out.end(), std::make_move_iterator(bare.begin()), std::make_move_iterator(bare.end()));
  std::sort(out.begin(), out.end(), [](const Citation& a, const Citation& b) { return a.begin < b.begin; });
  AttachDatingDocnos(text, out);
  ShareElidedDocnos(text, out);
  for (auto& c : out) c.vehicle = RxFind(HeadAt(text, c.end, 60), "refs_vehicle"_rx);
  return out;
}

size_t UnclosedTitle(const std::string& text) {
  size_t open = std::string::npos;
  int depth = 0;
  for (size_t i = NextTitleMark(text, 0); i != std::string::npos; i = NextTitleMark(text, i + 3)) {
    if (OpensTitle(text, i)) {
      if (depth++ == 0) open = i;
    } else if (depth > 0 && --depth == 0) {
      open = std::string::npos;
    }
  }
  return open;
}

std::pair<size_t, size_t> TextSpans::Around(size_t pos, bool sentence) const {
  if (!scanned_) {  // the depth outside brackets is the same whichever ends are asked for
    int depth = 0;
    for (size_t i = 0, len = 0; i < text_.size(); i += len) {
      char32_t c = MarkAt(text_, i, &len);
      if (Opens(c)) ++depth;
      else if (Closes(c) && depth > 0) --depth;
      else if (depth == 0 && EndsClause(c)) ends_.push_back(End{i + len, i, EndsSentence(c)});
    }
    scanned_ = true;
  }
  // The span from the last end before POS to the first end at or after it.
  size_t begin = 0;
  for (const End& e : ends_) {
    if (sentence && !e.sentence) continue;
    if (e.at >= pos) return {begin, e.after};
    begin = e.after;
  }
  return {begin, text_.size()};
}

std::pair<size_t, size_t> SentenceAround(const std::string& text, size_t pos) {
  return TextSpans(text).SentenceAround(pos);
}

std::pair<size_t, size_t> ClauseAround(const std::string& text, size_t pos) {
  return TextSpans(text).ClauseAround(pos);
}

std::string Masked(const std::string& text, size_t begin, size_t end, const std::vector<Citation>& cites) {
  // Pieces appended from TEXT in place (a substr copied each before), into room for all of it:
  // each mask (6 bytes) stands for a citation's span, which is longer.
  std::string out;
  out.reserve(end > begin ? end - begin : 0);
  size_t i = begin;
  for (const auto& c : cites) {
    if (c.end <= i || c.begin >= end) continue;
    if (c.begin > i) out.append(text, i, c.begin - i);
    out += c.vehicle ? "〈〉" : "《》";
    i = std::max(i, c.end);
  }
  if (i < end) out.append(text, i, end - i);
  return out;
}

}  // namespace gazette::refs

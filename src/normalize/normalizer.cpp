#include "normalize/normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <utility>

#include "grammar/grammar.hpp"
#include "normalize/nfkc.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// Lines shorter than this many code points are not taken for a wrapped line of prose: titles,
// issuers and headings are short, a body line cut by the page edge is long.
constexpr size_t kMinWrappedLine = 20;

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

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

namespace {

// NormalizeInline of TEXT, a string of the caller's to work on: a line already NFKC (most are)
// and holding no 文号 is handed back without a copy.
std::string NormalizeOwnedInline(std::string text) {
  text = normalize_internal::Nfkc(std::move(text));
  MapDashesAndNbsp(text);
  return RxReplace(std::move(text), "docno_brackets", "〔$1〕");  // most lines hold no 文号: moved back
}

}  // namespace

std::string NormalizeInline(std::string_view text) { return NormalizeOwnedInline(std::string(text)); }

namespace {

// RemoveCjkSpacing of TEXT, a string of the caller's: a text holding no space (most) is handed
// back without a copy.
std::string RemoveOwnedCjkSpacing(std::string text) {
  if (NextSpacing(text) == text.size()) return text;
  return RemoveCjkSpacing(text);
}

}  // namespace

std::string NormalizeText(std::string_view text) { return RemoveOwnedCjkSpacing(NormalizeInline(text)); }

std::string StripMarkdown(std::string_view line, int* heading, bool* bold) {
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
  for (const char* link : {"md_link", "md_autolink"}) {
    const size_t before = s.size();
    s = RxReplace(std::move(s), link, "$1");  // a link loses its markup: a change shortens S
    changed = changed || s.size() != before;
  }
  if (changed) TrimOwned(s);
  return s;
}

bool IsFurniture(const std::string& normalized_line) { return RxFull(normalized_line, "furniture"); }

bool OpensUnit(const std::string& line) {
  return RxFind(line, "line_start_marker") || RxFind(line, "line_start_docno") || RxFind(line, "line_start_dating");
}

namespace {

// Whether a line is an agency alone on its line (agency_line), asked at most once while the line
// stands as it is: Normalize asks it of a line as the line below, then again as the line above.
class AgencyLine {
 public:
  // Whether TEXT, the line's text, is an agency line: asked of the pattern the first time only.
  bool Of(const std::string& text) {
    if (known_ < 0) known_ = RxFull(text, "agency_line") ? 1 : 0;
    return known_ == 1;
  }
  // The line's text changed (a line was joined onto it): ask again next time.
  void Forget() { known_ = -1; }

 private:
  int known_ = -1;  // -1: not asked yet
};

// True when A's and B's texts alone say B runs on from A: a 文号 cut in two, a seam of prose, A
// unfinished or long. A line that opens a unit or an agency line may still stop it (Continues).
bool RunsOn(const TextLine& a, const TextLine& b) {
  if (RxFind(a.text, "docno_cut_tail") && RxFind(b.text, "docno_cut_head") && !RxFull(a.text, "docno_cut_tail"))
    return true;
  char32_t last = LastCodePoint(a.text), first = FirstCodePoint(b.text);
  // Latin prose (the English contents) continues only into a lower-case word; Latin text
  // never runs on into a CJK line or the other way round.
  bool latin_seam = last < 0x80 && !IsDigit(last) && first < 0x80;
  if (latin_seam) return first >= 'a' && first <= 'z';
  if ((last < 0x80 && !IsDigit(last) && IsHan(first)) || (IsCjk(last) && first < 0x80 && std::isalpha(int(first))))
    return false;
  if (RxFind(a.text, "line_open_end")) return true;
  if (RxFind(a.text, "line_closed_end") || RxFull(a.text, "line_complete") || RxFind(a.text, "line_title_end"))
    return false;
  return MoreCodePointsThan(a.text, kMinWrappedLine - 1);
}

// ContinuesLine, with what is known of A and B being agency lines. Every test is a condition
// the join needs, so they are asked cheapest first: the ends of the lines (most lines of prose
// end a sentence) before the patterns tried at the start of B and over the whole of each line.
bool Continues(const TextLine& a, AgencyLine& a_agency, const TextLine& b, AgencyLine& b_agency) {
  if (a.has_tab || b.has_tab || a.heading || b.heading || a.bold || b.bold) return false;
  if (!RunsOn(a, b)) return false;
  if (OpensUnit(b.text)) return false;
  // An agency on a line of its own (issuers, signatories) is never part of a wrapped sentence.
  return !a_agency.Of(a.text) && !b_agency.Of(b.text);
}

}  // namespace

bool ContinuesLine(const TextLine& a, const TextLine& b) {
  AgencyLine a_agency, b_agency;
  return Continues(a, a_agency, b, b_agency);
}

NormalizedText Normalize(std::string_view utf8, const std::string& source) {
  NormalizedText out;
  out.source = source;
  size_t pos = 0;
  int lineno = 0;
  AgencyLine above_agency;  // of out.lines.back()
  while (pos <= utf8.size()) {
    size_t nl = utf8.find('\n', pos);
    std::string_view raw = utf8.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? utf8.size() + 1 : nl + 1;
    ++lineno;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (SkipSpaces(raw) == raw.size()) continue;  // blank: its text would be empty
    TextLine line;
    line.line = line.last_line = lineno;
    line.has_tab = raw.find('\t') != std::string_view::npos;
    std::string stripped = StripMarkdown(raw, &line.heading, &line.bold);
    line.inline_text = NormalizeOwnedInline(std::move(stripped));
    line.text = RemoveCjkSpacing(line.inline_text);
    TrimOwned(line.text);
    if (line.text.empty() || IsFurniture(line.text)) {
      continue;
    }
    line.printed = std::string(raw);
    AgencyLine agency;
    if (!out.lines.empty() && Continues(out.lines.back(), above_agency, line, agency)) {
      TextLine& prev = out.lines.back();
      above_agency.Forget();  // its text grows
      prev.joins.emplace_back(prev.text.size(), lineno);
      bool latin_seam = std::isalnum(static_cast<unsigned char>(prev.text.back())) &&
                        std::isalnum(static_cast<unsigned char>(line.text.front()));
      if (latin_seam) prev.text += ' ';
      prev.text += line.text;
      prev.inline_text += line.inline_text;
      prev.printed += '\n';
      prev.printed += line.printed;
      prev.last_line = lineno;
      continue;
    }
    out.lines.push_back(std::move(line));
    above_agency = agency;
  }
  return out;
}

}  // namespace gazette

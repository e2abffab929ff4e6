#include "normalize/normalizer.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <cctype>
#include <memory>
#include <utility>

#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// Lines shorter than this many code points are not taken for a wrapped line of prose: titles,
// issuers and headings are short, a body line cut by the page edge is long.
constexpr size_t kMinWrappedLine = 20;

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* base = icu::Normalizer2::getNFKCInstance(status);
    // Keep circled and parenthesized numbers (①, ⑴): they number items.
    static icu::UnicodeSet keep(UNICODE_STRING_SIMPLE("[^\\u2460-\\u24FF\\u3251-\\u32BF]"), status);
    keep.freeze();
    return static_cast<const icu::Normalizer2*>(new icu::FilteredNormalizer2(*base, keep));
  }();
  return *nfkc;
}

bool IsDash(char32_t c) {
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D ||
         c == 0x2E3A || c == 0x2E3B;
}

// Dash variants → '-', no-break space → ' ', in place on UTF-8 (every one is 2 or 3 bytes, so
// the text only shrinks). Bytes that cannot start one are copied without decoding.
void MapDashesAndNbsp(std::string& s) {
  size_t w = 0;
  for (size_t r = 0; r < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[r]);
    if (b == 0xC2 || b == 0xE2 || b == 0xEF) {
      size_t len = b == 0xC2 ? 2 : 3;
      if (r + len <= s.size()) {
        char32_t c = FirstCodePoint(std::string_view(s).substr(r, len));
        if (IsDash(c) || c == 0x00A0) {
          s[w++] = IsDash(c) ? '-' : ' ';
          r += len;
          continue;
        }
      }
    }
    s[w++] = s[r++];
  }
  s.resize(w);
}

bool IsAsciiPunct(char32_t c) {
  return c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '.' || c == ':' || c == ';' ||
         c == '!' || c == '?' || c == '%' || c == '"' || c == '\'';
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// A space run between A and B is OCR spacing when it sits inside CJK text.
bool SpacingBetween(char32_t a, char32_t b) {
  bool ca = IsCjk(a), cb = IsCjk(b);
  if (ca && cb) return true;
  if (ca && (IsDigit(b) || IsAsciiPunct(b))) return true;
  if (cb && (IsDigit(a) || IsAsciiPunct(a))) return true;
  return false;
}

}  // namespace

std::string NormalizeInline(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::string utf8;
  icu::StringByteSink<std::string> sink(&utf8, static_cast<int32_t>(text.size()));
  // Straight from UTF-8 to UTF-8: no UTF-16 copy of each line.
  Nfkc().normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  if (U_FAILURE(status)) utf8.assign(text);
  MapDashesAndNbsp(utf8);
  return RxReplace(std::move(utf8), "docno_brackets", "〔$1〕");  // most lines hold no 文号: moved back
}

std::string RemoveCjkSpacing(std::string_view text) {
  // Most lines of Chinese prose hold no space at all: nothing to decode.
  if (text.find(' ') == std::string_view::npos && text.find("\u3000") == std::string_view::npos)
    return std::string(text);
  std::u32string in = ToU32(text), out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    if (in[i] != ' ' && in[i] != 0x3000) {
      out.push_back(in[i++]);
      continue;
    }
    size_t j = i;
    while (j < in.size() && (in[j] == ' ' || in[j] == 0x3000)) ++j;
    char32_t before = out.empty() ? 0 : out.back();
    char32_t after = j < in.size() ? in[j] : 0;
    bool drop = before == 0 || after == 0 || before == '\t' || after == '\t' || SpacingBetween(before, after);
    if (!drop) out.push_back(' ');
    i = j;
  }
  return ToUtf8(out);
}

std::string NormalizeText(std::string_view text) { return RemoveCjkSpacing(NormalizeInline(text)); }

std::string StripMarkdown(std::string_view line, int* heading, bool* bold) {
  std::string s = Trim(line);
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
  return changed ? Trim(s) : s;
}

bool IsFurniture(const std::string& normalized_line) { return RxFull(normalized_line, "furniture"); }

bool OpensUnit(const std::string& line) {
  return RxFind(line, "line_start_marker") || RxFind(line, "line_start_docno") || RxFind(line, "line_start_dating");
}

bool ContinuesLine(const TextLine& a, const TextLine& b) {
  if (a.has_tab || b.has_tab || a.heading || b.heading || a.bold || b.bold) return false;
  if (OpensUnit(b.text)) return false;
  // An agency on a line of its own (issuers, signatories) is never part of a wrapped sentence.
  if (RxFull(a.text, "agency_line") || RxFull(b.text, "agency_line")) return false;
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
  if (RxFind(a.text, "line_closed_end") || RxFind(a.text, "line_title_end")) return false;
  return CodePointCount(a.text) >= kMinWrappedLine;
}

NormalizedText Normalize(std::string_view utf8, const std::string& source) {
  NormalizedText out;
  out.source = source;
  size_t pos = 0;
  int lineno = 0;
  while (pos <= utf8.size()) {
    size_t nl = utf8.find('\n', pos);
    std::string_view raw = utf8.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? utf8.size() + 1 : nl + 1;
    ++lineno;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    TextLine line;
    line.printed = std::string(raw);
    line.line = line.last_line = lineno;
    line.has_tab = raw.find('\t') != std::string_view::npos;
    std::string stripped = StripMarkdown(raw, &line.heading, &line.bold);
    line.inline_text = NormalizeInline(stripped);
    line.text = Trim(RemoveCjkSpacing(line.inline_text));
    if (line.text.empty() || IsFurniture(line.text)) {
      continue;
    }
    if (!out.lines.empty() && ContinuesLine(out.lines.back(), line)) {
      TextLine& prev = out.lines.back();
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
  }
  return out;
}

}  // namespace gazette

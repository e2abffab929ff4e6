// RemoveCjkSpacing (normalizer.hpp): the spaces OCR put inside CJK text, found and judged.
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

bool IsAsciiPunct(char32_t c) {
  return c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '.' || c == ':' || c == ';' ||
         c == '!' || c == '?' || c == '%' || c == '"' || c == '\'';
}

// A space run between A and B is OCR spacing when it sits inside CJK text.
bool SpacingBetween(char32_t a, char32_t b) {
  if (a < 0x80 && b < 0x80) return false;  // no ASCII character is CJK: Latin words and numbers keep their space
  bool ca = IsCjk(a), cb = IsCjk(b);
  if (ca && cb) return true;
  if (ca && ((b >= '0' && b <= '9') || IsAsciiPunct(b))) return true;
  if (cb && ((a >= '0' && a <= '9') || IsAsciiPunct(a))) return true;
  return false;
}

// Whether a run of spacing between code points BEFORE and AFTER goes (0: the text's start or
// end): at either end of the text, beside a tab, or inside CJK text.
bool Drops(char32_t before, char32_t after) {
  return before == 0 || after == 0 || before == '\t' || after == '\t' || SpacingBetween(before, after);
}

bool IsSpacing(UChar32 c) { return c == ' ' || c == 0x3000; }

// The code point at byte I of S (0 at the end, U+FFFD for bytes that are not UTF-8), I moved past it.
char32_t NextCodePoint(const uint8_t* s, int32_t& i, int32_t n) {
  if (i >= n) return 0;
  UChar32 c;
  U8_NEXT(s, i, n, c);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

// True if the three bytes at S are a well-formed sequence U8_NEXT reads as one code point, led by
// E1 to EC, EE or EF (every Han character and most CJK punctuation): N bytes are left from S.
bool IsPlainThreeByte(const uint8_t* s, int32_t n) {
  const uint8_t lead = s[0];
  return n >= 3 && lead >= 0xE1 && lead <= 0xEF && lead != 0xED && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80;
}

// True if the bytes at I of the N at S are U+3000, the ideographic space.
bool IdeographicSpaceAt(const unsigned char* s, size_t i, size_t n) {
  return s[i] == 0xE3 && n - i >= 3 && s[i + 1] == 0x80 && s[i + 2] == 0x80;
}

// RemoveCjkSpacing of a TEXT that may hold bytes that are not UTF-8. One pass over the code
// points: the text between runs of spaces copied whole (each sequence that is not UTF-8 as
// U+FFFD), each run kept as one space or dropped by what stands around it (Drops). ASCII and
// plain three-byte characters are stepped over undecoded: the code point before a run is decoded
// only when a run is met.
std::string RemoveSpacingByCharacters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t copied = 0;     // TEXT before this is in OUT
  char32_t before = 0;    // the last code point in OUT (0: none yet), unless BEFORE_AT says
  int32_t before_at = -1;  // where in TEXT the last code point in OUT starts (-1: BEFORE is it)
  auto copy_to = [&](int32_t end) { out.append(text.data() + copied, static_cast<size_t>(end - copied)); };
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80 && s[i] != ' ') {
      before_at = i++;
      continue;
    }
    if (IsPlainThreeByte(s + i, n - i) && !IdeographicSpaceAt(s, size_t(i), size_t(n))) {
      before_at = i;
      i += 3;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {  // not UTF-8
      copy_to(at);
      AppendUtf8(out, before = 0xFFFD);
      before_at = -1;
      copied = i;
      continue;
    }
    if (!IsSpacing(c)) {
      before_at = at;
      continue;
    }
    if (before_at >= 0) {
      int32_t k = before_at;
      before = NextCodePoint(s, k, n);
    }
    copy_to(at);
    int32_t j = i, after_at = i;
    char32_t after = 0;
    while (j < n && IsSpacing(static_cast<UChar32>(after = NextCodePoint(s, j, n)))) after_at = j;
    if (IsSpacing(static_cast<UChar32>(after))) after = 0;  // the run ends the text
    if (!Drops(before, after)) {
      out.push_back(' ');
      before = ' ';
      before_at = -1;
    }
    i = copied = after_at;
  }
  copy_to(n);
  return out;
}

// Where the run of spacing at byte AT of TEXT ends.
size_t SpacingRunEnd(std::string_view text, size_t at) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (at < text.size()) {
    if (s[at] == ' ') ++at;
    else if (IdeographicSpaceAt(s, at, text.size())) at += 3;
    else break;
  }
  return at;
}

// True for an ASCII byte that is neither a space nor a tab: a character that keeps a single space
// beside another such (Drops: no ASCII character is CJK), in well-formed UTF-8 a whole code point.
bool KeepsSpaceBeside(char c) { return static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '\t'; }

// Where the next run of spacing at or past FROM that may change starts in TEXT: a single ' ' between
// two characters that KeepsSpaceBeside (the words and numbers of Latin text) stays as it is.
size_t NextRunToJudge(std::string_view text, size_t from) {
  size_t at = NextSpacing(text, from);
  while (at > 0 && at + 1 < text.size() && text[at] == ' ' && KeepsSpaceBeside(text[at - 1]) &&
         KeepsSpaceBeside(text[at + 1]))
    at = NextSpacing(text, at + 2);
  return at;
}

// RemoveCjkSpacing of a TEXT of well-formed UTF-8 whose first spacing is at FIRST: from one run
// of spacing to the next, the text between copied whole; the code points on either side of a run decoded
// only there, the one before from what OUT holds.
std::string RemoveSpacingOfUtf8(std::string_view text, size_t first) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;  // TEXT before this is in OUT
  for (size_t at = NextRunToJudge(text, first); at < text.size(); at = NextRunToJudge(text, copied)) {
    out.append(text.data() + copied, at - copied);
    copied = SpacingRunEnd(text, at);
    const char32_t after = copied < text.size() ? FirstCodePoint(text.substr(copied)) : 0;
    if (!Drops(LastCodePoint(out), after)) out.push_back(' ');
  }
  out.append(text.data() + copied, text.size() - copied);
  return out;
}

}  // namespace

size_t NextSpacing(std::string_view text, size_t from) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = std::min(from, n);
#if defined(__GNUC__) && defined(__x86_64__)  // SSE2 is part of x86-64
  const __m128i space = _mm_set1_epi8(' '), e3 = _mm_set1_epi8(char(0xE3)), x80 = _mm_set1_epi8(char(0x80));
  for (; n - i >= 18; i += 16) {  // sixteen places, each with the two bytes after it
    const __m128i at = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i tails = _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1)), x80),
                                        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 2)), x80));
    const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(at, space), _mm_and_si128(_mm_cmpeq_epi8(at, e3), tails));
    if (const int mask = _mm_movemask_epi8(hits)) return i + static_cast<size_t>(std::countr_zero(unsigned(mask)));
  }
#endif
  for (; i < n; ++i)
    if (s[i] == ' ' || IdeographicSpaceAt(s, i, n)) return i;
  return n;
}

std::string RemoveCjkSpacing(std::string_view text) {
  const size_t first = NextSpacing(text);
  if (first == text.size()) return std::string(text);  // most lines of Chinese prose: nothing to decode
  if (IsValidUtf8(text)) return RemoveSpacingOfUtf8(text, first);
  return RemoveSpacingByCharacters(text);
}

std::string normalize_internal::RemoveCjkSpacingOfUtf8(std::string_view utf8) {
  const size_t first = NextSpacing(utf8);
  if (first == utf8.size()) return std::string(utf8);
  return RemoveSpacingOfUtf8(utf8, first);
}

}  // namespace gazette

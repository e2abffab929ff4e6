#include "normalize/nfkc.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "util/cpu.hpp"
#include "util/text.hpp"

namespace gazette::normalize_internal {
namespace {

// The code points NFKC may change: all but the circled numbers and letters (①, ㉑, Ⓐ), which number
// items (NFKC would make them bare digits; the parenthesized ⑴ and the full-stopped ⒈ become the
// items' (1) and 1.), and what a catalog's cell prints as a value:
// super- and subscripts (a footnote's 85¹ is no 851, m³ no m3), fractions (¼ no 1⁄4) and the squared
// units (㎡, ㎥, ㎏: no m2).
const icu::UnicodeSet& Normalized() {
  static const icu::UnicodeSet* set = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto* s = new icu::UnicodeSet(
        UNICODE_STRING_SIMPLE("[^\\u2460-\\u2473\\u24B6-\\u24FF\\u3251-\\u32BF\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE"
                              "\\u2070-\\u209F\\u2150-\\u215F\\u3371-\\u33DF]"),
        status);
    s->freeze();
    return s;
  }();
  return *set;
}

// A code point kept as printed (not in Normalized()).
bool IsKept(UChar32 c) { return !Normalized().contains(c); }

const icu::Normalizer2& Normalizer() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* base = icu::Normalizer2::getNFKCInstance(status);
    return static_cast<const icu::Normalizer2*>(new icu::FilteredNormalizer2(*base, Normalized()));
  }();
  return *nfkc;
}

// What is known of each BMP code point, filled as the text meets it (a Chinese issue uses a few
// thousand): kUnknown, kStable, kUnstable. Each entry only ever goes from kUnknown to the same
// answer, so jobs racing to fill one agree.
enum : uint8_t { kUnknown = 0, kStable = 1, kUnstable = 2 };
std::atomic<uint8_t> known[0x10000];

// A code point the quick check calls normalized (Yes) with combining class 0 never changes and
// never combines with what stands before it, and NFKC leaves a text of such code points as it is.
bool StableCodePoint(UChar32 c) {
  if (c > 0xFFFF) return false;  // rare beyond the BMP: ICU decides
  uint8_t state = known[c].load(std::memory_order_relaxed);
  if (state == kUnknown) {
    bool stable = IsKept(c) || (u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES &&
                                u_getCombiningClass(c) == 0 && !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT));
    state = stable ? kStable : kUnstable;
    known[c].store(state, std::memory_order_relaxed);
  }
  return state == kStable;
}

// True if the N bytes at S (N >= 1) start with a three-byte sequence of U+4000 to U+9FFF (lead E4
// to E9, two continuation bytes): CJK ideographs (Ext A's end, the hexagrams, the Unified
// Ideographs), every one stable (nfkc_test asks ICU of each).
bool StartsWithCjkIdeograph(const uint8_t* s, int32_t n) {
  return s[0] - 0xE4u <= 5u && n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define GAZETTE_NFKC_BY_BLOCKS 1

constexpr int32_t kBlock = 32;

// How many of the 32 bytes at S (S a character's first byte) are whole characters that are ASCII
// or StartsWithCjkIdeograph's (every one stable): 32, or up to the first byte that is neither
// (another character, or bytes that are not UTF-8 of that shape), or up to a character the 32
// bytes cut. From three masks of the bytes: set (not ASCII), continuation (10xxxxxx), and lead
// E4 to E9; each lead's two continuation bytes must follow it, and no other.
__attribute__((target("avx2"))) int32_t AsciiAndIdeographs(const uint8_t* s) {
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s));
  const auto high = static_cast<uint32_t>(_mm256_movemask_epi8(v));
  const auto continuation = static_cast<uint32_t>(_mm256_movemask_epi8(
      _mm256_cmpeq_epi8(_mm256_and_si256(v, _mm256_set1_epi8(char(0xC0))), _mm256_set1_epi8(char(0x80)))));
  const __m256i from_e4 = _mm256_sub_epi8(v, _mm256_set1_epi8(char(0xE4)));  // 0 to 5 for E4 to E9
  const auto lead = static_cast<uint32_t>(
      _mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(from_e4, _mm256_set1_epi8(5)), from_e4)));
  const uint32_t due = lead << 1 | lead << 2;  // where continuation bytes belong (those past the 32 lost)
  const uint32_t wrong = (continuation ^ due) | (high & ~continuation & ~lead);
  const int32_t first = wrong == 0 ? kBlock : std::countr_zero(wrong);
  // An ideograph whose bytes run to FIRST or past it is left to the caller.
  if (first >= 1 && (lead >> (first - 1) & 1)) return first - 1;
  if (first >= 2 && (lead >> (first - 2) & 1)) return first - 2;
  return first;
}
#endif

// True if the 8 bytes at S are all ASCII.
bool EightAscii(const uint8_t* s) {
  uint64_t w;
  std::memcpy(&w, s, 8);
  return (w & 0x8080808080808080ull) == 0;
}

// The byte offset of the first code point of UTF8 that IsNfkcStable does not pass (the text's
// size if none).
size_t StablePrefix(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
#ifdef GAZETTE_NFKC_BY_BLOCKS
    if (kHasAvx2 && n - i >= kBlock) {  // a block of ASCII and ideographs at once, or up to what is not
      const int32_t plain = AsciiAndIdeographs(s + i);
      i += plain;
      if (plain == kBlock) continue;
      // The character at I is not ASCII or an ideograph, or the block cut it: read by the loop below.
    }
#endif
    const uint8_t lead = s[i];
    if (lead < 0x80) {  // ASCII: quick check Yes, class 0, every one; eight at a time where they run on
      i += n - i >= 8 && EightAscii(s + i) ? 8 : 1;
      continue;
    }
    if (StartsWithCjkIdeograph(s + i, n - i)) {  // most of a Chinese text: no table to ask
      i += 3;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    // Three bytes led by E1-EC, EE or EF (every Han character, most CJK punctuation) are a code
    // point whenever two continuation bytes follow: decoded here. E0 (overlong forms), ED
    // (surrogates) and the other lengths take U8_NEXT's general case.
    const unsigned b1 = n - i >= 3 ? s[i + 1] ^ 0x80u : 0xFFu, b2 = n - i >= 3 ? s[i + 2] ^ 0x80u : 0xFFu;
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && (b1 | b2) < 0x40) {
      c = static_cast<UChar32>((lead & 0x0Fu) << 12 | b1 << 6 | b2);
      i += 3;
    } else {
      U8_NEXT(s, i, n, c);
    }
    if (c < 0 || !StableCodePoint(c)) return static_cast<size_t>(at);
  }
  return utf8.size();
}

// True if the bytes of UTF8 at AT are a full-width form of printable ASCII (U+FF01 to U+FF5E: EF BC
// 81..BF, EF BD 80..9E; the ，：；（） of Chinese prose), whose NFKC is that ASCII character
// (U+0021 to U+007E), set in *ASCII. Nothing combines with such a character or its ASCII.
bool FullWidthAscii(std::string_view utf8, size_t at, char* ascii) {
  if (utf8.size() - at < 3 || utf8[at] != '\xEF') return false;
  const auto b1 = static_cast<uint8_t>(utf8[at + 1]), b2 = static_cast<uint8_t>(utf8[at + 2]);
  if (b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) {
    *ascii = static_cast<char>(b2 - 0x60);  // U+FF01 to U+FF3F: '!' to '_'
    return true;
  }
  if (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E) {
    *ascii = static_cast<char>(b2 - 0x20);  // U+FF40 to U+FF5E: '`' to '~'
    return true;
  }
  return false;
}

// Removes from TEXT, from byte FROM on, the code points Unicode calls default-ignorable (soft
// hyphen, zero-width space and joiners, word joiner, a BOM inside the text, variation selectors):
// invisible in print, PDF text carries them into a label (第二条), a 文号 or a date, which no
// pattern then reads.
void DropIgnorable(std::string& text, size_t from) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  size_t kept = from;
  for (auto i = static_cast<int32_t>(from); i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && c > 0x7F && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
    for (int32_t k = at; k < i; ++k) text[kept++] = text[static_cast<size_t>(k)];
  }
  text.resize(kept);
}

}  // namespace

bool IsNfkcStable(std::string_view utf8) { return StablePrefix(utf8) == utf8.size(); }

std::string Nfkc(std::string utf8) {
  // Most printed lines are already NFKC: handed back, without ICU's pass over every character.
  size_t stable = StablePrefix(utf8);
  if (stable == utf8.size()) return utf8;
  // Most of the others change only at full-width punctuation (，：；（）), each of which NFKC makes
  // its ASCII whatever stands around it (every stable character and full-width form starts a
  // normalization boundary, and none of them combines with the next): mapped here, the stable text
  // between copied, until a character that is neither.
  std::string out;
  out.reserve(utf8.size());
  size_t read = 0;  // UTF8 before READ is in OUT, in NFKC
  char ascii = 0;
  for (;;) {
    out.append(utf8, read, stable - read);
    if (stable == utf8.size()) return out;
    if (!FullWidthAscii(utf8, stable, &ascii)) break;
    out += ascii;
    read = stable + 3;
    stable = read + StablePrefix(std::string_view(utf8).substr(read));
  }
  // Every character before STABLE is one NFKC leaves alone or a full-width form, and nothing after
  // it combines with it (a normalization boundary before it): OUT keeps what it made of the text
  // up to the last of them, and ICU reads from there, so that what follows may still combine with
  // that last one.
  const size_t from = stable == 0 ? 0 : CharacterStart(utf8, stable - 1);
  out.resize(out.size() - (FullWidthAscii(utf8, from, &ascii) ? 1 : stable - from));
  const size_t made = out.size();  // OUT from here on is ICU's
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  // Straight from UTF-8 to UTF-8: no UTF-16 copy of each line.
  Normalizer().normalizeUTF8(0, icu::StringPiece(utf8.data() + from, static_cast<int32_t>(utf8.size() - from)), sink,
                             nullptr, status);
  if (U_FAILURE(status)) return utf8;
  DropIgnorable(out, made);
  return out;
}

}  // namespace gazette::normalize_internal

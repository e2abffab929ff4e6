#include "grammar/decoded.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "grammar/eight_characters.hpp"
#include "util/cpu.hpp"

namespace gazette {
namespace {

constexpr size_t kCached = 8;  // ContinuesLine alone searches two lines in turn

#if defined(__GNUC__) && defined(__x86_64__)
#define GAZETTE_DECODE_BY_EIGHT 1

// Bytes wanted from a run's start by DecodeEight (LoadEight's two loads of 16 bytes), as the
// signed count the loop compares with.
constexpr int32_t kEightReadsSigned = static_cast<int32_t>(grammar_internal::kEightReads);

// The eight three-byte characters at S (kEightReads bytes readable) into POINTS, the byte
// offset of each (the first at AT) into OFFSETS; false, with what was written not counted, unless
// all eight are ones ThreeByteCodePoint takes. Each 128-bit half reads four: their bytes checked
// against the shape lead, continuation, continuation by one mask, then shuffled into 32-bit lanes
// (third byte lowest) whose bits make the code point; overlong forms and surrogates refused.
__attribute__((target("avx2"))) bool DecodeEight(const uint8_t* s, uint32_t at, UChar32* points, uint32_t* offsets) {
  const __m256i bytes = grammar_internal::LoadEight(s);
  if (grammar_internal::ThreeByteShapeFits(bytes) != ~uint32_t{0}) return false;
  const __m256i order =
      _mm256_broadcastsi128_si256(_mm_setr_epi8(2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1));
  const __m256i w = _mm256_shuffle_epi8(bytes, order);  // each lane: third | second << 8 | lead << 16
  const __m256i c = _mm256_or_si256(
      _mm256_and_si256(w, _mm256_set1_epi32(0x3F)),
      _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi32(w, 2), _mm256_set1_epi32(0xFC0)),
                      _mm256_and_si256(_mm256_srli_epi32(w, 4), _mm256_set1_epi32(0xF000))));
  const __m256i overlong = _mm256_cmpgt_epi32(_mm256_set1_epi32(0x800), c);
  const __m256i surrogate =
      _mm256_cmpeq_epi32(_mm256_and_si256(c, _mm256_set1_epi32(0xF800)), _mm256_set1_epi32(0xD800));
  const __m256i refused = _mm256_or_si256(overlong, surrogate);
  if (!_mm256_testz_si256(refused, refused)) return false;
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(points), c);
  const __m256i steps = _mm256_setr_epi32(0, 3, 6, 9, 12, 15, 18, 21);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(offsets),
                      _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(at)), steps));
  return true;
}
#endif

// The code point of the three-byte sequence at S (four bytes readable), or -1 where U8_NEXT would
// not take it at once: a lead byte of E0 to EF and two continuation bytes (one mask), making
// neither an overlong form (below U+0800) nor a surrogate, the tests of U8_IS_VALID_LEAD3_AND_T1's
// table asked of the code point instead.
inline UChar32 ThreeByteCodePoint(const uint8_t* s) {
  uint32_t w;
  std::memcpy(&w, s, 4);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap32(w);
  if ((w & 0xC0C0F0u) != 0x8080E0u) return -1;
  const auto c = static_cast<UChar32>((w & 0x0Fu) << 12 | (w >> 2 & 0xFC0u) | (w >> 16 & 0x3Fu));
  return c < 0x800 || U_IS_SURROGATE(c) ? -1 : c;
}

// TEXT's code points and their offsets into OUT. Both vectors are first sized for one code point
// per byte and each point written in place; the offsets are then cut to the count, the points
// left as long as the longest text the entry held (a resize up zero-fills what lies past the
// vector's size before: the points' cut made the next text fill them again). ASCII and the three-byte
// sequences of Chinese text are read in the loop, with the tests U8_NEXT makes; any other
// sequence goes to U8_NEXT itself, strict as before (no surrogates, overlong forms or values past
// U+10FFFF), which on its own took some 35 instructions a Chinese character.
void Decode(std::string_view text, DecodedText& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  if (out.points.size() < text.size() + 1) out.points.resize(text.size() + 1);
  out.offsets.resize(text.size() + 1);
  UChar32* points = out.points.data();
  uint32_t* offsets = out.offsets.data();
  size_t count = 0;
  int32_t i = 0;
  while (i < n) {
    offsets[count] = static_cast<uint32_t>(i);
    const UChar32 lead = s[i];
    if (lead < 0x80) {
      points[count++] = lead;
      ++i;
      continue;
    }
    // A run of Chinese text: its three-byte characters read each with one load, while four
    // bytes are left (the last character of a text takes the next test).
    if (lead >= 0xE0 && n - i >= 4) {
#ifdef GAZETTE_DECODE_BY_EIGHT
      // Eight at a time where all eight are three-byte characters; else the run one by one.
      if (kHasAvx2 && n - i >= kEightReadsSigned && DecodeEight(s + i, static_cast<uint32_t>(i), points + count, offsets + count)) {
        count += 8;
        i += 24;
        continue;
      }
#endif
      UChar32 c = ThreeByteCodePoint(s + i);
      if (c >= 0) {
        for (;;) {
          points[count++] = c;
          i += 3;
          if (n - i < 4) break;
          if ((c = ThreeByteCodePoint(s + i)) < 0) break;
          offsets[count] = static_cast<uint32_t>(i);
        }
        continue;
      }
    }
    if ((lead & 0xF0) == 0xE0 && n - i >= 3 && U8_IS_VALID_LEAD3_AND_T1(lead, s[i + 1]) && (s[i + 2] & 0xC0) == 0x80) {
      points[count++] = (lead & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
      i += 3;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out.valid = false;
      out.points.clear();
      out.offsets.clear();
      return;
    }
    points[count++] = c;
  }
  offsets[count] = static_cast<uint32_t>(n);
  points[count] = 0;
  out.offsets.resize(count + 1);
  out.valid = true;
}

}  // namespace

size_t DecodedText::IndexOfByte(size_t offset) const {
  auto it = std::lower_bound(offsets.begin(), offsets.end(), static_cast<uint32_t>(offset));
  if (it == offsets.end() || *it != offset) return SIZE_MAX;
  return static_cast<size_t>(it - offsets.begin());
}

namespace {

// A text of this job's cache: its bytes (what a lookup compares), and what has been asked of it.
struct Entry {
  std::string bytes;
  bool filled = false;
  bool summarized = false;
  bool decoded = false;
  CharacterSummary summary;
  DecodedText text;
};

// The entry of TEXT in this job's cache; a text not there takes the place of the oldest entry.
Entry& CachedEntry(std::string_view text) {
  thread_local std::array<Entry, kCached> cache;
  thread_local size_t next = 0, last = 0;
  auto holds = [&](const Entry& e) {
    return e.filled && e.bytes.size() == text.size() && std::memcmp(e.bytes.data(), text.data(), text.size()) == 0;
  };
  if (holds(cache[last])) return cache[last];  // most often: the text the last pattern asked
  for (size_t i = 0; i < kCached; ++i)
    if (holds(cache[i])) return cache[last = i];
  Entry& slot = cache[last = next];
  next = (next + 1) % kCached;
  slot.bytes.assign(text);
  slot.filled = true;
  slot.summarized = slot.decoded = false;
  return slot;
}

}  // namespace

const DecodedText& DecodeOnce(std::string_view text) {
  Entry& entry = CachedEntry(text);
  if (!entry.decoded) Decode(text, entry.text);
  entry.decoded = true;
  return entry.text;
}

const CharacterSummary& SummaryOnce(std::string_view text) {
  Entry& entry = CachedEntry(text);
  if (!entry.summarized) Summarize(text, entry.summary);
  entry.summarized = true;
  return entry.summary;
}

}  // namespace gazette

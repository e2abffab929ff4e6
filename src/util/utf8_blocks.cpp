#include "util/utf8_blocks.hpp"

#include <cstdint>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "util/cpu.hpp"

namespace gazette {

#if defined(__GNUC__) && defined(__x86_64__)
namespace {

constexpr size_t kBlock = 32;

// The error bits of a pair of bytes (the one before, the one checked), by the nibbles that name
// them: each table gives the errors a nibble allows, and a pair is wrong where all three agree.
constexpr uint8_t kTooShort = 1 << 0;   // a lead byte or ASCII, then a lead byte or ASCII where a continuation was due
constexpr uint8_t kTooLong = 1 << 1;    // ASCII, then a continuation byte
constexpr uint8_t kOverlong3 = 1 << 2;  // E0 80-9F
constexpr uint8_t kTooLarge = 1 << 3;   // F4 90-BF, F5-FF and a continuation: past U+10FFFF
constexpr uint8_t kSurrogate = 1 << 4;  // ED A0-BF
constexpr uint8_t kOverlong2 = 1 << 5;  // C0, C1 and a continuation
constexpr uint8_t kTooLarge1000 = 1 << 6;  // F5-FF 80-8F
constexpr uint8_t kOverlong4 = 1 << 6;     // F0 80-8F
constexpr uint8_t kTwoContinuations = 1 << 7;  // a continuation after a continuation (right only in a longer character)
constexpr uint8_t kCarry = kTooShort | kTooLong | kTwoContinuations;  // errors the first byte's low nibble does not decide

// A table of sixteen bytes in both 128-bit lanes, for _mm256_shuffle_epi8 to look nibbles up in.
__attribute__((target("avx2"), always_inline)) inline __m256i Lookup16(
    uint8_t b0, uint8_t b1, uint8_t b2, uint8_t b3, uint8_t b4, uint8_t b5, uint8_t b6, uint8_t b7, uint8_t b8,
    uint8_t b9, uint8_t b10, uint8_t b11, uint8_t b12, uint8_t b13, uint8_t b14, uint8_t b15) {
  return _mm256_setr_epi8(char(b0), char(b1), char(b2), char(b3), char(b4), char(b5), char(b6), char(b7), char(b8),
                          char(b9), char(b10), char(b11), char(b12), char(b13), char(b14), char(b15), char(b0),
                          char(b1), char(b2), char(b3), char(b4), char(b5), char(b6), char(b7), char(b8), char(b9),
                          char(b10), char(b11), char(b12), char(b13), char(b14), char(b15));
}

// Each byte's high nibble, as a table index.
__attribute__((target("avx2"), always_inline)) inline __m256i HighNibbles(__m256i v) {
  return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

// The bytes of V moved up by N places (N = 1 to 3), the last N of BEFORE (the block before) first.
template <int N>
__attribute__((target("avx2"), always_inline)) inline __m256i Before(__m256i v, __m256i before) {
  return _mm256_alignr_epi8(v, _mm256_permute2x128_si256(before, v, 0x21), 16 - N);
}

// The error bits of each byte of the block V, after the block BEFORE: nonzero where the byte is not
// where well-formed UTF-8 may have it (the pair it makes with the byte before, or a continuation
// byte missing or too many for the lead two or three places back).
__attribute__((target("avx2"), always_inline)) inline __m256i BlockErrors(__m256i v, __m256i before) {
  const __m256i prev1 = Before<1>(v, before);
  const __m256i byte_1_high = _mm256_shuffle_epi8(
      Lookup16(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,  // 0___ ASCII
               kTwoContinuations, kTwoContinuations, kTwoContinuations, kTwoContinuations,     // 10__ continuation
               kTooShort | kOverlong2,                                                         // 1100
               kTooShort,                                                                      // 1101
               kTooShort | kOverlong3 | kSurrogate,                                            // 1110
               kTooShort | kTooLarge | kTooLarge1000 | kOverlong4),                            // 1111
      HighNibbles(prev1));
  const __m256i byte_1_low = _mm256_shuffle_epi8(
      Lookup16(kCarry | kOverlong3 | kOverlong2 | kOverlong4,  // ____0000
               kCarry | kOverlong2,                             // ____0001
               kCarry, kCarry,                                  // ____001_
               kCarry | kTooLarge,                              // ____0100
               kCarry | kTooLarge | kTooLarge1000,              // ____0101
               kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,  // ____011_
               kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,  // ____1___
               kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
               kCarry | kTooLarge | kTooLarge1000,
               kCarry | kTooLarge | kTooLarge1000 | kSurrogate,  // ____1101
               kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000),
      _mm256_and_si256(prev1, _mm256_set1_epi8(0x0F)));
  constexpr uint8_t kAfterLead = kTooLong | kOverlong2 | kTwoContinuations;
  const __m256i byte_2_high = _mm256_shuffle_epi8(
      Lookup16(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,  // ASCII
               kAfterLead | kOverlong3 | kTooLarge1000 | kOverlong4,  // 1000____
               kAfterLead | kOverlong3 | kTooLarge,                    // 1001____
               kAfterLead | kSurrogate | kTooLarge, kAfterLead | kSurrogate | kTooLarge,  // 101_____
               kTooShort, kTooShort, kTooShort, kTooShort),  // 11______
      HighNibbles(v));
  const __m256i pairs = _mm256_and_si256(_mm256_and_si256(byte_1_high, byte_1_low), byte_2_high);
  // 0x80 where a lead byte two or three places back asks for a continuation byte here: it must be
  // one, and it then makes a pair of continuations (kTwoContinuations), which is right there only.
  const __m256i third = _mm256_subs_epu8(Before<2>(v, before), _mm256_set1_epi8(char(0xE0 - 0x80)));
  const __m256i fourth = _mm256_subs_epu8(Before<3>(v, before), _mm256_set1_epi8(char(0xF0 - 0x80)));
  const __m256i due = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(char(0x80)));
  return _mm256_xor_si256(due, pairs);
}

__attribute__((target("avx2"))) size_t CheckedBlocks(const unsigned char* s, size_t n) {
  __m256i before = _mm256_setzero_si256();  // ASCII before the text: nothing is due
  size_t at = 0;
  for (; n - at >= kBlock; at += kBlock) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + at));
    const __m256i errors = BlockErrors(v, before);
    if (!_mm256_testz_si256(errors, errors)) break;
    before = v;
  }
  return at;
}

}  // namespace

size_t Utf8CheckedPrefix(const unsigned char* s, size_t n) {
  if (!kHasAvx2 || n < kBlock) return 0;
  const size_t end = CheckedBlocks(s, n);  // every error lies at or past END, or is a character END cuts
  if (end == 0) return 0;
  // Back over the continuation bytes before END to the last character's first byte (at most three).
  size_t start = end - 1;
  while (start + 3 > end - 1 && start > 0 && (s[start] & 0xC0) == 0x80) --start;
  return (s[start] & 0xC0) == 0x80 ? 0 : start;
}

#else

size_t Utf8CheckedPrefix(const unsigned char*, size_t) { return 0; }

#endif

}  // namespace gazette

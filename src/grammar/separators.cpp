// Whether a text holds a line separator (\n \v \f \r, U+0085, U+2028, U+2029: where ^ and $
// match too), found by one pass over its bytes, 32 or 16 at a time.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "grammar/literals.hpp"
#include "util/cpu.hpp"

namespace gazette {

namespace {

#if defined(__GNUC__) && defined(__x86_64__)
#define GAZETTE_SEPARATORS_BY_32 1
#endif

// True if a line separator starts at byte I of S (N bytes): \n \v \f \r (0x0A to 0x0D), U+0085,
// U+2028 or U+2029.
bool SeparatorAt(const unsigned char* s, size_t i, size_t n) {
  const unsigned char c = s[i];
  if (c - 0x0Au < 4u) return true;
  if (c == 0xC2) return i + 1 < n && s[i + 1] == 0x85;
  if (c == 0xE2) return i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9);
  return false;
}

#if defined(__GNUC__) && defined(__x86_64__)  // SSE2 is part of x86-64
// True if a separator starts at one of the 16 bytes at S + AT (S holding N bytes, AT + 16 of them
// readable): only a position holding a separator's first byte (0x0A to 0x0D, 0xC2, 0xE2) is looked at.
bool SeparatorIn16(const unsigned char* s, size_t at, size_t n) {
  const __m128i ten = _mm_set1_epi8(0x0A), three = _mm_set1_epi8(3);
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
  const __m128i from_ten = _mm_sub_epi8(v, ten);  // 0 to 3 for 0x0A to 0x0D (unsigned)
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(from_ten, three), from_ten);
  const __m128i leads = _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2));
  for (auto hits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(control, leads))); hits != 0; hits &= hits - 1)
    if (SeparatorAt(s, at + static_cast<size_t>(std::countr_zero(hits)), n)) return true;
  return false;
}

#ifdef GAZETTE_SEPARATORS_BY_32
// The same for the 32 bytes at S + AT.
__attribute__((target("avx2"))) bool SeparatorIn32(const unsigned char* s, size_t at, size_t n) {
  const __m256i ten = _mm256_set1_epi8(0x0A), three = _mm256_set1_epi8(3);
  const __m256i c2 = _mm256_set1_epi8(static_cast<char>(0xC2)), e2 = _mm256_set1_epi8(static_cast<char>(0xE2));
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + at));
  const __m256i from_ten = _mm256_sub_epi8(v, ten);  // 0 to 3 for 0x0A to 0x0D (unsigned)
  const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(from_ten, three), from_ten);
  const __m256i leads = _mm256_or_si256(_mm256_cmpeq_epi8(v, c2), _mm256_cmpeq_epi8(v, e2));
  for (auto hits = static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(control, leads))); hits != 0; hits &= hits - 1)
    if (SeparatorAt(s, at + static_cast<size_t>(std::countr_zero(hits)), n)) return true;
  return false;
}

// HoldsLineSeparator's pass with AVX2 over the N bytes at S (32 or more): 32 at a time, the last
// block ending with the text (overlapping the one before: a position read twice answers the same).
__attribute__((target("avx2"))) bool SeparatorIn32s(const unsigned char* s, size_t n) {
  for (size_t at = 0; at + 32 < n; at += 32)
    if (SeparatorIn32(s, at, n)) return true;
  return SeparatorIn32(s, n - 32, n);
}
#endif
#endif

}  // namespace

// SeparatorAt at any byte of TEXT: one pass over the bytes (string_view::find_first_of made a
// memchr call per byte of the text), 32 at a time with AVX2, else 16 (SSE2: every x86-64), the
// last block ending with the text; a text shorter than a block is read from a copy padded with
// zeros, which no separator starts with. The bytes after the last whole block were read one by
// one before, some ten instructions each.
bool HoldsLineSeparator(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
#if defined(__GNUC__) && defined(__x86_64__)
#ifdef GAZETTE_SEPARATORS_BY_32
  if (kHasAvx2 && n >= 32) return SeparatorIn32s(s, n);
#endif
  if (n >= 16) {
    for (size_t at = 0; at + 16 < n; at += 16)
      if (SeparatorIn16(s, at, n)) return true;
    return SeparatorIn16(s, n - 16, n);
  }
  alignas(16) unsigned char padded[16] = {};
  if (n > 0) std::memcpy(padded, s, n);
  return SeparatorIn16(padded, 0, n);
#else
  for (size_t i = 0; i < n; ++i)
    if (SeparatorAt(s, i, n)) return true;
  return false;
#endif
}

}  // namespace gazette

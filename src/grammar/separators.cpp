// Whether a text holds a line separator (\n \v \f \r, U+0085, U+2028, U+2029: where ^ and $
// match too), found by one pass over its bytes, 32 or 16 at a time.
#include <bit>
#include <cstddef>
#include <cstdint>
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

// True if the CPU has AVX2, asked once when the program starts (a text asked before that, by
// another file's static initializer, is read 16 bytes at a time: the same answer).
const bool kHasAvx2 = CpuHasAvx2();
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

#ifdef GAZETTE_SEPARATORS_BY_32
// HoldsLineSeparator's pass 32 bytes at a time, from byte *I of S (N bytes) while 32 are left:
// true at a separator, else false with *I where the pass stopped.
__attribute__((target("avx2"))) bool SeparatorIn32s(const unsigned char* s, size_t n, size_t* i) {
  const __m256i ten = _mm256_set1_epi8(0x0A), three = _mm256_set1_epi8(3);
  const __m256i c2 = _mm256_set1_epi8(static_cast<char>(0xC2)), e2 = _mm256_set1_epi8(static_cast<char>(0xE2));
  for (; n - *i >= 32; *i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + *i));
    const __m256i from_ten = _mm256_sub_epi8(v, ten);  // 0 to 3 for 0x0A to 0x0D (unsigned)
    const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(from_ten, three), from_ten);
    const __m256i leads = _mm256_or_si256(_mm256_cmpeq_epi8(v, c2), _mm256_cmpeq_epi8(v, e2));
    for (auto at = static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(control, leads))); at != 0; at &= at - 1)
      if (SeparatorAt(s, *i + static_cast<size_t>(std::countr_zero(at)), n)) return true;
  }
  return false;
}
#endif

}  // namespace

// SeparatorAt at any byte of TEXT: one pass over the bytes (string_view::
// find_first_of made a memchr call per byte of the text), 32 at a time with AVX2, else 16 where
// SSE2 is there (every x86-64): only a position holding a separator's first byte (0x0A to 0x0D,
// 0xC2, 0xE2) is looked at, where the byte by byte pass took some four instructions a byte of
// every text no pattern's ending fits.
bool HoldsLineSeparator(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
#ifdef GAZETTE_SEPARATORS_BY_32
  if (kHasAvx2 && SeparatorIn32s(s, n, &i)) return true;
#endif
#if defined(__GNUC__) && defined(__x86_64__)  // SSE2 is part of x86-64
  const __m128i ten = _mm_set1_epi8(0x0A), three = _mm_set1_epi8(3);
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; n - i >= 16; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i from_ten = _mm_sub_epi8(v, ten);  // 0 to 3 for 0x0A to 0x0D (unsigned)
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(from_ten, three), from_ten);
    const __m128i leads = _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2));
    for (auto at = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(control, leads))); at != 0; at &= at - 1)
      if (SeparatorAt(s, i + static_cast<size_t>(std::countr_zero(at)), n)) return true;
  }
#endif
  for (; i < n; ++i)
    if (SeparatorAt(s, i, n)) return true;
  return false;
}

}  // namespace gazette

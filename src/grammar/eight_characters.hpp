// Eight three-byte UTF-8 characters read at once with AVX2: the load and the shape test that the
// character summary (prefilter.cpp) and the decoder (decoded.cpp) share. Internal to the engine.
#pragma once

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>

#include <cstddef>
#include <cstdint>

namespace gazette::grammar_internal {

/// Bytes LoadEight reads from a position: two loads of 16 bytes, 12 bytes apart.
inline constexpr size_t kEightReads = 28;

/// The 24 bytes at S (kEightReads readable) as two 128-bit halves, bytes 0 to 11 in the low half
/// and 12 to 23 in the high one, each half's last four bytes the ones after (not part of the eight).
__attribute__((target("avx2"))) inline __m256i LoadEight(const uint8_t* s) {
  const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 12));
  return _mm256_inserti128_si256(_mm256_castsi128_si256(low), high, 1);
}

/// A bit per byte of BYTES (LoadEight's): set where the byte fits the shape of four three-byte
/// characters a half (a lead E0 to EF, two continuation bytes); the text's bytes 0 to 11 at bits
/// 0 to 11, 12 to 23 at bits 16 to 27, and the four bytes past each half always set.
__attribute__((target("avx2"))) inline uint32_t ThreeByteShapeFits(__m256i bytes) {
  const __m256i shape_mask = _mm256_broadcastsi128_si256(
      _mm_setr_epi8(-16, -64, -64, -16, -64, -64, -16, -64, -64, -16, -64, -64, 0, 0, 0, 0));  // F0 C0 C0 ...
  const __m256i shape = _mm256_broadcastsi128_si256(
      _mm_setr_epi8(-32, -128, -128, -32, -128, -128, -32, -128, -128, -32, -128, -128, 0, 0, 0, 0));  // E0 80 80 ...
  return static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(bytes, shape_mask), shape)));
}

}  // namespace gazette::grammar_internal

#endif

// The prefilter's test at search time: does a text hold one of a pattern's literals, can it end
// as the pattern's matches must (the literals and endings come from literals.cpp's analysis).
// A text's characters are summarized once (CharacterSummary), so each pattern with a large set
// asking it tests a few bits per literal, and searches the text only for a literal whose
// characters are all there. A small set's literals are searched one by one, with AVX2 by pairs of
// bytes (a literal's first and last), otherwise with memchr.
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utility>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "grammar/eight_characters.hpp"
#include "grammar/literals.hpp"
#include "util/cpu.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// True if the N bytes at A and B are the same. Compared here, not with memcmp: the bytes before
// a CJK literal's last byte are two or five, and a call per false start (a continuation byte is
// common in Chinese text) cost more than the comparison.
bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t i = n; i > 0; --i)  // from the end: the byte before the one memchr found differs most
    if (a[i - 1] != b[i - 1]) return false;
  return true;
}

// True if TEXT contains LITERAL (not empty, not longer than TEXT): memchr on the literal's last
// byte (for a CJK character a continuation byte, rarer than its lead byte), each hit checked
// backwards.
bool SearchByLastByte(std::string_view text, std::string_view literal) {
  const char* begin = text.data() + literal.size() - 1;
  const char* end = text.data() + text.size();
  const char last = literal.back();
  const size_t head = literal.size() - 1;
  while (begin < end) {
    const void* hit = memchr(begin, last, static_cast<size_t>(end - begin));
    if (!hit) return false;
    const char* at = static_cast<const char*>(hit);
    if (SameBytes(at - head, literal.data(), head)) return true;
    begin = at + 1;
  }
  return false;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define GAZETTE_SEARCH_BY_PAIRS 1

// True if one of the positions from S whose bit BOTH sets holds LITERAL: its first and last bytes
// are known to be there, the bytes between are compared.
bool HoldsAtOneOf(const char* s, uint32_t both, std::string_view literal) {
  for (; both != 0; both &= both - 1)
    if (SameBytes(s + std::countr_zero(both) + 1, literal.data() + 1, literal.size() - 2)) return true;
  return false;
}

// A bit for each of the 16 (32) positions from S where the byte is FIRST's and the byte HEAD on
// is LAST's.
uint32_t PairsOf16(const char* s, size_t head, __m128i first, __m128i last) {
  const __m128i at_first = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s)), first);
  const __m128i at_last = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + head)), last);
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(at_first, at_last)));
}
__attribute__((target("avx2"))) uint32_t PairsOf32(const char* s, size_t head, __m256i first, __m256i last) {
  const __m256i at_first = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s)), first);
  const __m256i at_last = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + head)), last);
  return static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_and_si256(at_first, at_last)));
}

// True if TEXT contains LITERAL (two bytes or more, at 16 positions of TEXT or more): 32 (16)
// positions at a time by the literal's first and last bytes, a CJK literal's lead byte and last
// continuation byte, which Chinese text seldom holds that far apart; the last block ends with
// the text, overlapping the one before.
__attribute__((target("avx2"))) bool SearchByPairs(std::string_view text, std::string_view literal) {
  const char* s = text.data();
  const size_t head = literal.size() - 1;
  const size_t positions = text.size() - head;
  if (positions < 32) {
    const __m128i first = _mm_set1_epi8(literal.front()), last = _mm_set1_epi8(literal.back());
    return HoldsAtOneOf(s, PairsOf16(s, head, first, last), literal) ||
           HoldsAtOneOf(s + positions - 16, PairsOf16(s + positions - 16, head, first, last), literal);
  }
  const __m256i first = _mm256_set1_epi8(literal.front()), last = _mm256_set1_epi8(literal.back());
  for (size_t at = 0; at + 32 < positions; at += 32)
    if (HoldsAtOneOf(s + at, PairsOf32(s + at, head, first, last), literal)) return true;
  return HoldsAtOneOf(s + positions - 32, PairsOf32(s + positions - 32, head, first, last), literal);
}
#endif

// True if TEXT contains LITERAL. With AVX2, where the literal has two bytes or more and may start
// at 16 positions or more, by pairs of bytes (SearchByPairs): memchr on the last byte alone
// (SearchByLastByte) stops wherever it occurs, and a Chinese text holds a given continuation
// byte every hundred bytes or so. glibc's memmem builds a shift table on every call, which cost
// more than the search on lines of a few dozen bytes.
bool Contains(std::string_view text, std::string_view literal) {
  if (literal.empty()) return true;
  if (literal.size() > text.size()) return false;
#ifdef GAZETTE_SEARCH_BY_PAIRS
  if (kHasAvx2 && literal.size() >= 2 && text.size() - literal.size() + 1 >= 16) return SearchByPairs(text, literal);
#endif
  return SearchByLastByte(text, literal);
}

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The masks of a character of N bytes (1 to 4) in four bytes read little-endian: its bytes, and
// the top two bits of its continuation bytes, which must be 10.
constexpr uint32_t kCharacterMask[5] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF};
constexpr uint32_t kContinuationMask[5] = {0, 0, 0xC000, 0xC0C000, 0xC0C0C000};
constexpr uint32_t kContinuationBits[5] = {0, 0, 0x8000, 0x808000, 0x80808000};

// The length of the character at S (four bytes readable), its bytes read as a little-endian
// number into KEY; 0 where S holds no character in UTF-8's shape. A three-byte character (most
// of a Chinese text) is told by one mask, its lead byte's length and its continuation bytes at
// once, without the tables of the other lengths.
inline size_t CharacterOfFour(const unsigned char* s, uint32_t& key) {
  uint32_t w;
  std::memcpy(&w, s, 4);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap32(w);
  if ((w & 0x80u) == 0) {
    key = w & 0xFFu;
    return 1;
  }
  if ((w & 0xC0C0F0u) == 0x8080E0u) {
    key = w & 0xFFFFFFu;
    return 3;
  }
  const size_t len = Utf8Length(s[0]);
  if (len == 0 || (w & kContinuationMask[len]) != kContinuationBits[len]) return 0;
  key = w & kCharacterMask[len];
  return len;
}

// Calls ON(key) for each character of TEXT, the key being the character's bytes (one to four)
// read as a little-endian number. False, having stopped, where TEXT is not UTF-8 in shape (a
// continuation byte where a character starts, a lead byte without its continuation bytes, a byte
// past 0xF7): in a text of that shape every byte that is not a continuation byte starts a
// character, so a literal of that shape found in it is made of characters the text holds.
template <typename On>
bool ForEachCharacter(std::string_view text, On on) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  {
    // While four bytes are left: each character read in one load, masked to its length.
    while (n - i >= 4) {
      uint32_t key;
      const size_t len = CharacterOfFour(s + i, key);
      if (len == 0) return false;
      on(key);
      i += len;
    }
  }
  while (i < n) {
    const size_t len = Utf8Length(s[i]);
    if (len == 0 || len > n - i) return false;
    uint32_t key = s[i];
    for (size_t k = 1; k < len; ++k) {
      if (!IsContinuation(s[i + k])) return false;
      key |= uint32_t{s[i + k]} << (8 * k);
    }
    on(key);
    i += len;
  }
  return true;
}

uint16_t Bit(uint32_t key) { return static_cast<uint16_t>(FibonacciBits(key, 12)); }  // one of CharacterSummary's 4,096

}  // namespace

namespace {

// Sets BIT in BITS (a CharacterSummary's map).
inline void SetBit(std::array<uint64_t, 64>& bits, uint32_t bit) { bits[bit >> 6] |= uint64_t{1} << (bit & 63); }

#ifdef GAZETTE_SEARCH_BY_PAIRS
using grammar_internal::kEightReads;

// The bits of the three-byte characters at S (kEightReads bytes readable) set in BITS, as
// Summarize sets them one by one, from the first up to the first of the eight that is not a
// three-byte character in shape (a lead byte E0 to EF, two continuation bytes): how many that
// is. Each 128-bit half reads four: their bytes checked by one mask, shuffled into 32-bit lanes
// (lead byte lowest: the key a load of four bytes, masked, gives), and hashed at once.
__attribute__((target("avx2"))) size_t SummarizeEight(const unsigned char* s, std::array<uint64_t, 64>& bits) {
  const __m256i bytes = grammar_internal::LoadEight(s);
  const uint32_t misfits = ~grammar_internal::ThreeByteShapeFits(bytes);
  size_t count = 8;
  if (misfits != 0) {
    const auto at = static_cast<size_t>(std::countr_zero(misfits));
    count = (at < 16 ? at : at - 4) / 3;
  }
  const __m256i order =
      _mm256_broadcastsi128_si256(_mm_setr_epi8(0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1));
  const __m256i keys = _mm256_shuffle_epi8(bytes, order);  // each lane: lead | second << 8 | third << 16
  const __m256i hashed = _mm256_srli_epi32(_mm256_mullo_epi32(keys, _mm256_set1_epi32(static_cast<int>(2654435761u))), 20);
  // Each bit as the word it is in and its mask there, so that setting it is one OR.
  alignas(32) uint32_t word[8];
  alignas(32) uint64_t mask[8];
  _mm256_store_si256(reinterpret_cast<__m256i*>(word), _mm256_srli_epi32(hashed, 6));
  const __m256i shifts = _mm256_and_si256(hashed, _mm256_set1_epi32(63));
  const __m256i one = _mm256_set1_epi64x(1);
  _mm256_store_si256(reinterpret_cast<__m256i*>(mask),
                     _mm256_sllv_epi64(one, _mm256_cvtepu32_epi64(_mm256_castsi256_si128(shifts))));
  _mm256_store_si256(reinterpret_cast<__m256i*>(mask + 4),
                     _mm256_sllv_epi64(one, _mm256_cvtepu32_epi64(_mm256_extracti128_si256(shifts, 1))));
  if (count == 8) {
#pragma GCC unroll 8
    for (size_t k = 0; k < 8; ++k) bits[word[k]] |= mask[k];
  } else {
    for (size_t k = 0; k < count; ++k) bits[word[k]] |= mask[k];
  }
  return count;
}

// Summarize's pass over S from byte *I while *I is before LIMIT (kEightReads bytes readable from
// each such position): a Chinese run eight characters at a time, any other character one by
// one. False where S is not UTF-8 in shape; else true with *I where the pass stopped.
__attribute__((target("avx2"))) bool SummarizeRun(const unsigned char* s, size_t limit, size_t* i,
                                                  std::array<uint64_t, 64>& bits) {
  while (*i < limit) {
    if ((s[*i] & 0xF0) == 0xE0) {
      const size_t read = SummarizeEight(s + *i, bits);
      *i += 3 * read;
      if (read == 8 || *i >= limit) continue;  // past LIMIT: the text's end, or its copy's
    }
    uint32_t key;
    const size_t len = CharacterOfFour(s + *i, key);
    if (len == 0) return false;
    SetBit(bits, Bit(key));
    *i += len;
  }
  return true;
}

// Summarize's pass over the N bytes at S with AVX2, false where they are not UTF-8 in shape. The
// last bytes (fewer than kEightReads) are read from a copy followed by zeros: a zero byte fits no
// three-byte character, so no eight read there count one, and no character is read past them
// one by one (a character cut by the text's end is refused as one by one).
__attribute__((target("avx2"))) bool SummarizeByEights(const unsigned char* s, size_t n, std::array<uint64_t, 64>& bits) {
  size_t i = 0;
  if (n >= kEightReads && !SummarizeRun(s, n - kEightReads + 1, &i, bits)) return false;
  alignas(32) unsigned char tail[2 * 32] = {};
  const size_t rest = n - i;  // fewer than kEightReads
  if (rest == 0) return true;
  std::memcpy(tail, s + i, rest);
  size_t j = 0;
  return SummarizeRun(tail, rest, &j, bits);
}
#endif

}  // namespace

// Eight three-byte characters at a time where AVX2 is there, each bit set as one by one: the
// pass one by one took some 22 instructions a Chinese character.
void Summarize(std::string_view text, CharacterSummary& summary) {
  summary.bits.fill(0);
#ifdef GAZETTE_SEARCH_BY_PAIRS
  if (kHasAvx2) {
    summary.known = SummarizeByEights(reinterpret_cast<const unsigned char*>(text.data()), text.size(), summary.bits);
    return;
  }
#endif
  summary.known = ForEachCharacter(text, [&](uint32_t key) { SetBit(summary.bits, Bit(key)); });
}

LiteralSearch MakeLiteralSearch(const std::vector<std::string>& literals) {
  constexpr size_t kLarge = 8;  // a set of fewer literals is searched for literal by literal
  LiteralSearch set{literals, {}, literals.size() >= kLarge};
  for (const auto& l : literals) {
    LiteralBits b;
    const bool shaped = ForEachCharacter(l, [&](uint32_t key) {
      const uint16_t bit = Bit(key);
      const auto known = b.bits.begin() + b.count;
      if (b.count < b.bits.size() && std::find(b.bits.begin(), known, bit) == known) b.bits[b.count++] = bit;
    });
    if (!shaped) b.count = 0;
    for (uint8_t i = 0; i < b.count; ++i) {
      b.words[i] = static_cast<uint8_t>(b.bits[i] >> 6);
      b.masks[i] = uint64_t{1} << (b.bits[i] & 63);
    }
    set.bits.push_back(b);
  }
  return set;
}

bool MayMatchSet(std::string_view text, const LiteralSearch& set, const CharacterSummary* summary) {
  if (set.literals.empty()) return true;
  if (!summary || !summary->known) return MayMatch(text, set.literals);
  for (size_t i = 0; i < set.literals.size(); ++i)
    if (summary->MayHoldKnown(set.bits[i]) && Contains(text, set.literals[i])) return true;
  return false;
}

namespace {

// True if TEXT ends with ENDING: its last byte compared first (a text mostly ends otherwise),
// here rather than with a call of memcmp for each ending.
bool EndsWithEnding(std::string_view text, std::string_view ending) {
  if (ending.size() > text.size()) return false;
  return ending.empty() || SameBytes(text.data() + text.size() - ending.size(), ending.data(), ending.size());
}

}  // namespace

size_t EndingOf(std::string_view text, const std::vector<std::string>& endings) {
  for (size_t e = 0; e < endings.size(); ++e)
    if (EndsWithEnding(text, endings[e])) return e;
  return endings.size();
}

bool MayEnd(std::string_view text, const std::vector<std::string>& endings) {
  if (endings.empty() || EndingOf(text, endings) < endings.size()) return true;
  // $ also matches before a line separator: a text holding one may match anywhere, so only a text
  // of one line is judged by its end.
  return HoldsLineSeparator(text);
}

bool MayMatch(std::string_view text, const std::vector<std::string>& literals) {
  if (literals.empty()) return true;
  for (const auto& l : literals)
    if (Contains(text, l)) return true;
  return false;
}

}  // namespace gazette

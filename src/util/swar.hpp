// Eight bytes at a time in one 64-bit word (SWAR): whether any byte is below a bound or equal to a
// value, for the scans that skip plain text a word at a time (the reader's binary check, the XML
// writer's escapes).
#pragma once
#include <cstdint>

namespace gazette::swar {

/// 0x01 in every byte of a word.
inline constexpr uint64_t kOnes = 0x0101010101010101u;
/// 0x80 in every byte of a word.
inline constexpr uint64_t kHighBits = 0x8080808080808080u;

/// Nonzero when a byte of WORD is below N (N ≤ 0x80): the high bit of each such byte. The lowest
/// bit set is exact; a byte above a true one may be marked too (the subtraction's borrow).
constexpr uint64_t BytesBelow(uint64_t word, uint8_t n) { return (word - kOnes * n) & ~word & kHighBits; }

/// Nonzero when a byte of WORD is B: the high bit of each such byte, exact as in BytesBelow.
constexpr uint64_t BytesEqual(uint64_t word, uint8_t b) { return BytesBelow(word ^ (kOnes * b), 1); }

}  // namespace gazette::swar

// The prefilter's test at search time: does a text hold one of a pattern's literals, can it end
// as the pattern's matches must (the literals and endings come from literals.cpp's analysis).
// A text's characters are summarized once (CharacterSummary), so each pattern with a large set
// asking it tests a few bits per literal, and searches the text only for a literal whose
// characters are all there.
#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

#include "grammar/literals.hpp"
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

// True if TEXT contains LITERAL. A short line is searched for the literal's last byte (for a
// CJK character a continuation byte, rarer than its lead byte) with memchr, and each hit is
// checked backwards: glibc's memmem builds a shift table on every call, which cost more than
// the search on lines of a few dozen bytes.
bool Contains(std::string_view text, std::string_view literal) {
  if (literal.empty()) return true;
  if (literal.size() > text.size()) return false;
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

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The masks of a character of N bytes (1 to 4) in four bytes read little-endian: its bytes, and
// the top two bits of its continuation bytes, which must be 10.
constexpr uint32_t kCharacterMask[5] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF};
constexpr uint32_t kContinuationMask[5] = {0, 0, 0xC000, 0xC0C000, 0xC0C0C000};
constexpr uint32_t kContinuationBits[5] = {0, 0, 0x8000, 0x808000, 0x80808000};

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
  if constexpr (std::endian::native == std::endian::little) {
    // While four bytes are left: each character read in one load, masked to its length.
    while (n - i >= 4) {
      if (s[i] < 0x80) {
        on(uint32_t{s[i++]});
        continue;
      }
      const size_t len = Utf8Length(s[i]);
      uint32_t w;
      std::memcpy(&w, s + i, 4);
      if (len == 0 || (w & kContinuationMask[len]) != kContinuationBits[len]) return false;
      on(w & kCharacterMask[len]);
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

// True if TEXT holds a line separator: \n \v \f \r (0x0A to 0x0D), U+0085, U+2028 or U+2029. One
// pass over the bytes (string_view::find_first_of made a memchr call per byte of the text).
bool HoldsLineSeparator(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = s[i];
    if (c - 0x0Au < 4u) return true;
    if (c == 0xC2 && i + 1 < n && s[i + 1] == 0x85) return true;
    if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) return true;
  }
  return false;
}

}  // namespace

void Summarize(std::string_view text, CharacterSummary& summary) {
  summary.bits.fill(0);
  summary.known = ForEachCharacter(text, [&](uint32_t key) {
    const uint16_t bit = Bit(key);
    summary.bits[bit >> 6] |= uint64_t{1} << (bit & 63);
  });
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
    set.bits.push_back(b);
  }
  return set;
}

bool MayMatchSet(std::string_view text, const LiteralSearch& set, const CharacterSummary* summary) {
  if (set.literals.empty()) return true;
  for (size_t i = 0; i < set.literals.size(); ++i)
    if ((!summary || summary->MayHold(set.bits[i])) && Contains(text, set.literals[i])) return true;
  return false;
}

bool MayEnd(std::string_view text, const std::vector<std::string>& endings) {
  if (endings.empty()) return true;
  for (const auto& e : endings)
    if (text.size() >= e.size() && text.compare(text.size() - e.size(), e.size(), e) == 0) return true;
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

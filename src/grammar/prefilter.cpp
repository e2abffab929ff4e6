// The prefilter's test at search time: does a text hold one of a pattern's literals, can it end
// as the pattern's matches must (the literals and endings come from literals.cpp's analysis).
#include <algorithm>
#include <cstring>
#include <utility>

#include "grammar/literals.hpp"

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

constexpr size_t kOnePassFrom = 10;  // literals in a set; fewer are searched one by one
constexpr unsigned kBitmapBits = 4096;

// The key of the character starting at byte I of S (N bytes): a lead byte with the byte after
// it, or a single byte (ASCII, or a lead byte at the end).
unsigned KeyAt(const unsigned char* s, size_t i, size_t n) {
  return s[i] >= 0xC0 && i + 1 < n ? (unsigned(s[i]) << 8) | s[i + 1] : s[i];
}

unsigned Bit(unsigned key) { return (key * 2654435761u) >> 20; }  // 12 bits of a Fibonacci hash

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// True if one of SET's literals whose first character hashes to BIT starts at byte I of TEXT.
bool AnyStartsAt(std::string_view text, size_t i, unsigned bit, const LiteralSearch& set) {
  auto first = std::lower_bound(set.literal_bits.begin(), set.literal_bits.end(), bit);
  for (auto at = first; at != set.literal_bits.end() && *at == bit; ++at) {
    const std::string& l = set.literals[static_cast<size_t>(at - set.literal_bits.begin())];
    if (l.size() <= text.size() - i && SameBytes(text.data() + i, l.data(), l.size())) return true;
  }
  return false;
}

// TEXT searched in one pass for the literals of SET (first_bits not empty): every byte that can
// start a character (not a continuation byte, where no literal of UTF-8 starts) is looked up in
// the bitmap, and where its bit is set the literals are compared there.
bool FoundInOnePass(std::string_view text, const LiteralSearch& set) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    unsigned bit = Bit(KeyAt(s, i, n));
    if ((set.first_bits[bit >> 6] >> (bit & 63) & 1) && AnyStartsAt(text, i, bit, set)) return true;
    // The next byte that is not a continuation byte: a well-formed CJK character skipped whole.
    if (s[i] >= 0xE0 && s[i] < 0xF0 && i + 2 < n && IsContinuation(s[i + 1]) && IsContinuation(s[i + 2])) {
      i += 3;
      continue;
    }
    for (++i; i < n && IsContinuation(s[i]); ++i) {
    }
  }
  return false;
}

}  // namespace

LiteralSearch MakeLiteralSearch(const std::vector<std::string>& literals) {
  LiteralSearch set{literals, {}, {}};
  if (literals.size() < kOnePassFrom) return set;
  std::vector<std::pair<uint16_t, std::string>> by_bit;
  for (const auto& l : literals) {
    // A literal that starts with a continuation byte (not UTF-8) is never at a byte the pass
    // looks at, and one whose lead byte ends it has another key than the text's: such a set is
    // searched literal by literal.
    auto lead = static_cast<unsigned char>(l.empty() ? 0x80 : l[0]);
    if (IsContinuation(lead) || (lead >= 0xC0 && l.size() < 2)) return set;
    by_bit.emplace_back(Bit(KeyAt(reinterpret_cast<const unsigned char*>(l.data()), 0, l.size())), l);
  }
  std::stable_sort(by_bit.begin(), by_bit.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  set.first_bits.assign(kBitmapBits / 64, 0);
  set.literals.clear();
  for (auto& [bit, l] : by_bit) {
    set.first_bits[bit >> 6] |= uint64_t{1} << (bit & 63);
    set.literal_bits.push_back(bit);
    set.literals.push_back(std::move(l));
  }
  return set;
}

bool MayMatchSet(std::string_view text, const LiteralSearch& set) {
  if (set.first_bits.empty()) return MayMatch(text, set.literals);
  return FoundInOnePass(text, set);
}

bool MayEnd(std::string_view text, const std::vector<std::string>& endings) {
  if (endings.empty()) return true;
  for (const auto& e : endings)
    if (text.size() >= e.size() && text.compare(text.size() - e.size(), e.size(), e) == 0) return true;
  // $ also matches before a line separator (\n \r \f \v, U+0085, U+2028, U+2029): a text
  // holding one may match anywhere, so only a text of one line is judged by its end.
  return text.find_first_of("\n\r\f\v") != std::string_view::npos || Contains(text, "\xC2\x85") ||
         Contains(text, "\xE2\x80\xA8") || Contains(text, "\xE2\x80\xA9");
}

bool MayMatch(std::string_view text, const std::vector<std::string>& literals) {
  if (literals.empty()) return true;
  for (const auto& l : literals)
    if (Contains(text, l)) return true;
  return false;
}

}  // namespace gazette

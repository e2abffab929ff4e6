// The prefilter's test at search time: does a text hold one of a pattern's literals, can it end
// as the pattern's matches must (the literals and endings come from literals.cpp's analysis).
#include <cstring>

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

}  // namespace

bool MayEnd(std::string_view text, const std::vector<std::string>& endings) {
  if (endings.empty()) return true;
  // $ also matches before a line separator (\n \r \f \v, U+0085, U+2028, U+2029): a text
  // holding one may match anywhere, so only a text of one line is judged by its end.
  if (text.find_first_of("\n\r\f\v") != std::string_view::npos || Contains(text, "\xC2\x85") ||
      Contains(text, "\xE2\x80\xA8") || Contains(text, "\xE2\x80\xA9"))
    return true;
  for (const auto& e : endings)
    if (text.size() >= e.size() && text.compare(text.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

bool MayMatch(std::string_view text, const std::vector<std::string>& literals) {
  if (literals.empty()) return true;
  for (const auto& l : literals)
    if (Contains(text, l)) return true;
  return false;
}

}  // namespace gazette

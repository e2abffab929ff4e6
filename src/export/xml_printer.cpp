#include "export/xml_printer.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "util/cpu.hpp"
#include "util/swar.hpp"

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define GAZETTE_PRINT_BLOCKS 1
#endif

namespace gazette {

namespace {

// What pugixml escapes when it prints: in text, & < > and the control characters other than
// tab, LF and CR; in an attribute's value (in double quotes), & < " and every control
// character, not >. A control character is written as &# and two decimal digits (&#01; … &#31;).
// (The scan is the one of branch print9's printer of pugixml trees, tested against pugixml.)
enum class Context { kText, kAttribute };

using swar::BytesBelow;
using swar::BytesEqual;

bool Special(unsigned char c, Context context) {
  switch (c) {
    case '&':
    case '<':
      return true;
    case '>':
      return context == Context::kText;
    case '"':
      return context == Context::kAttribute;
    case '\t':
    case '\n':
    case '\r':
      return context == Context::kAttribute;
    default:
      return c < 0x20;
  }
}

/// Whether one of the eight bytes of WORD may need escaping in CONTEXT (false: none does).
bool MaySpecial(uint64_t word, Context context) {
  uint64_t hit = BytesBelow(word, 0x20) | BytesEqual(word, '&') | BytesEqual(word, '<');
  hit |= BytesEqual(word, context == Context::kText ? '>' : '"');
  return hit != 0;
}

#ifdef GAZETTE_PRINT_BLOCKS
/// NextSpecial over whole blocks of 32 bytes of the N bytes at S from I: where a block holds a
/// byte below 0x20, &, < or CONTEXT's > or ", the first such byte that needs escaping (tab, LF
/// and CR need none in text); else where the whole blocks end.
__attribute__((target("avx2"))) size_t NextSpecialByBlocks(const char* s, size_t i, size_t n, Context context) {
  const __m256i controls = _mm256_set1_epi8(char(0xE0)), amp = _mm256_set1_epi8('&'), lt = _mm256_set1_epi8('<');
  const __m256i last = _mm256_set1_epi8(context == Context::kText ? '>' : '"');
  for (; n - i >= 32; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
    __m256i hit = _mm256_cmpeq_epi8(_mm256_and_si256(v, controls), _mm256_setzero_si256());
    hit = _mm256_or_si256(hit, _mm256_or_si256(_mm256_cmpeq_epi8(v, amp), _mm256_cmpeq_epi8(v, lt)));
    hit = _mm256_or_si256(hit, _mm256_cmpeq_epi8(v, last));
    for (auto lanes = static_cast<uint32_t>(_mm256_movemask_epi8(hit)); lanes != 0; lanes &= lanes - 1) {
      const size_t at = i + size_t(__builtin_ctz(lanes));
      if (Special(static_cast<unsigned char>(s[at]), context)) return at;
    }
  }
  return i;
}
#endif

/// The position of the first byte of TEXT from I on that needs escaping in CONTEXT, or its size:
/// 32 bytes at a time where the CPU has AVX2, then eight at a time, then one.
size_t NextSpecial(std::string_view text, size_t i, Context context) {
  const size_t n = text.size();
#ifdef GAZETTE_PRINT_BLOCKS
  if (kHasAvx2 && n - i >= 32) {
    i = NextSpecialByBlocks(text.data(), i, n, context);
    if (n - i >= 32) return i;  // a special byte inside the blocks
  }
#endif
  while (n - i >= 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (MaySpecial(word, context)) break;
    i += 8;
  }
  while (i < n && !Special(static_cast<unsigned char>(text[i]), context)) ++i;
  return i;
}

void AppendEscape(std::string& out, unsigned char c) {
  switch (c) {
    case '&':
      out += "&amp;";
      return;
    case '<':
      out += "&lt;";
      return;
    case '>':
      out += "&gt;";
      return;
    case '"':
      out += "&quot;";
      return;
    default: {
      const char code[] = {'&', '#', char('0' + c / 10), char('0' + c % 10), ';'};
      out.append(code, sizeof code);
    }
  }
}

void AppendEscaped(std::string& out, std::string_view s, Context context) {
  for (size_t i = 0; i < s.size();) {
    const size_t special = NextSpecial(s, i, context);
    out.append(s.data() + i, special - i);
    if (special == s.size()) break;
    AppendEscape(out, static_cast<unsigned char>(s[special]));
    i = special + 1;
  }
}

/// Copies the N bytes at FROM to TO (N from sizeof(Word) to twice it) as two words, the first
/// and the last, which overlap when N is under twice the word.
template <typename Word>
inline void CopyAsTwoWords(char* to, const char* from, size_t n) {
  Word head, tail;
  std::memcpy(&head, from, sizeof(Word));
  std::memcpy(&tail, from + n - sizeof(Word), sizeof(Word));
  std::memcpy(to, &head, sizeof(Word));
  std::memcpy(to + n - sizeof(Word), &tail, sizeof(Word));
}

/// Copies S to TO; returns the byte after. Up to 16 bytes (names, numbers, most values) by two
/// pieces that may overlap, reading no byte past S: no call.
inline char* Put(char* to, std::string_view s) {
  const char* from = s.data();
  const size_t n = s.size();
  if (n > 16) {
    std::memcpy(to, from, n);
  } else if (n >= 8) {
    CopyAsTwoWords<uint64_t>(to, from, n);
  } else if (n >= 4) {
    CopyAsTwoWords<uint32_t>(to, from, n);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
  return to + n;
}

}  // namespace

void AppendEscapedAttribute(std::string& out, std::string_view value) { AppendEscaped(out, value, Context::kAttribute); }

void AppendEscapedText(std::string& out, std::string_view text) { AppendEscaped(out, text, Context::kText); }

// Never past OUT's capacity for the room alone: a text reserved as large as it will be (Prepare's)
// grows no more than printing it appended.
void XmlPrinter::MakeRoom(size_t n) {
  out_.resize(used_);
  const size_t free = out_.capacity() - used_;
  out_.append(free >= n ? std::min(n + kRoom, free) : n + kRoom, ' ');
}

void XmlPrinter::Append(std::string_view text, Escape escape) {
  out_.resize(used_);
  if (escape == Escape::kNone) out_.append(text);
  else AppendEscaped(out_, text, escape == Escape::kText ? Context::kText : Context::kAttribute);
  used_ = out_.size();
}

size_t XmlPrinter::LeadSize() const {
  return ((wanted_ & kNewline) ? 1 : 0) + ((wanted_ & kIndent) ? size_t{2} * depth_ : 0);
}

// Before an element: a line break if the one before asked for it, then the indentation (text
// nodes ask for neither, so an element's text stays on its line): spaces already, from Room.
inline char* XmlPrinter::PutLead(char* p) {
  if (wanted_ & kNewline) {
    *p++ = '\n';
    if (line_starts_) line_starts_->push_back(uint32_t(p - out_.data()));
  }
  return (wanted_ & kIndent) ? p + size_t{2} * depth_ : p;
}

// The start tag of the element before (when still open), the lead and "<NAME": one size check.
void XmlPrinter::Open(std::string_view name) {
  char* p = Room((start_tag_open_ ? 1 : 0) + LeadSize() + 1 + name.size());
  if (start_tag_open_) *p++ = '>';
  p = PutLead(p);
  *p++ = '<';
  Put(p, name);
  open_.push_back(name);
  ++depth_;
  start_tag_open_ = true;
  wanted_ = kNewline | kIndent;
}

void XmlPrinter::Attribute(std::string_view name, std::string_view value, bool plain) {
  const bool in_room = plain && value.size() <= kRoom;  // the value and its quote too
  char* p = Room(name.size() + 3 + (in_room ? value.size() + 1 : 0)) + 1;  // after the space before the name
  p = Put(p, name);
  *p++ = '=';
  *p++ = '"';
  if (in_room) {
    *Put(p, value) = '"';
    return;
  }
  Append(value, plain ? Escape::kNone : Escape::kAttribute);
  *Room(1) = '"';
}

void XmlPrinter::Text(std::string_view text, bool plain) {
  const bool end_start_tag = start_tag_open_;
  start_tag_open_ = false;
  wanted_ = 0;
  if (plain && text.size() <= kRoom) {
    char* p = Room((end_start_tag ? 1 : 0) + text.size());
    if (end_start_tag) *p++ = '>';
    Put(p, text);
    return;
  }
  if (end_start_tag) *Room(1) = '>';
  Append(text, plain ? Escape::kNone : Escape::kText);
}

void XmlPrinter::Close() {
  --depth_;
  const std::string_view name = open_.back();
  open_.pop_back();
  if (start_tag_open_) {
    std::memcpy(Room(3), " />", 3);
    start_tag_open_ = false;
  } else {
    char* p = PutLead(Room(LeadSize() + 3 + name.size()));
    *p++ = '<';
    *p++ = '/';
    *Put(p, name) = '>';
  }
  wanted_ = kNewline | kIndent;
}

void XmlPrinter::Finish() {
  if (wanted_ & kNewline) *Room(1) = '\n';
  out_.resize(used_);
  wanted_ = kIndent;
}

}  // namespace gazette

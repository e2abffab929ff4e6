#include "export/xml_text.hpp"

#include "util/cpu.hpp"
#include "util/swar.hpp"
#include "util/text.hpp"

#include <cstdint>
#include <cstring>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

namespace gazette {

namespace {

/// A pugixml writer that appends what it is handed to a string.
class StringWriter final : public pugi::xml_writer {
 public:
  explicit StringWriter(std::string& out) : out_(out) {}
  void write(const void* data, size_t size) override { out_.append(static_cast<const char*>(data), size); }

 private:
  std::string& out_;
};

bool IsXmlChar(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c >= 0x20 && c <= 0xD7FF) return true;
  if (c >= 0xE000 && c <= 0xFFFD) return true;
  return c >= 0x10000 && c <= 0x10FFFF;
}

// The length of the character of the N bytes at S that begins at I, if XML allows it, else 0:
// no control character but tab, LF and CR, no U+FFFE or U+FFFF, no surrogate (not valid UTF-8
// either), nothing that is not UTF-8.
size_t XmlCharAt(const unsigned char* s, size_t i, size_t n) {
  const unsigned char c = s[i];
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE)  // most of Chinese text: any two continuation bytes
    return i + 2 < n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 ? 3 : 0;
  if (c < 0x80) return c >= 0x20 || c == 0x9 || c == 0xA || c == 0xD ? 1 : 0;
  const size_t length = Utf8SequenceAt(s, i, n);  // the rest of UTF-8, without U+FFFE and U+FFFF
  return length == 0 || (c == 0xEF && s[i + 1] == 0xBF && s[i + 2] >= 0xBE) ? 0 : length;
}

// Where a printer escapes a byte, as bits: in a text node, in an attribute's value; and whether
// the text is allowed (xml_text_internal::XmlCharsBits's answer).
using xml_text_internal::kAllowed;
using xml_text_internal::kInAttribute;
using xml_text_internal::kInText;

using swar::BytesEqual;
using swar::kHighBits;
using swar::kOnes;

/// Where a printer escapes one of the eight ASCII bytes of WORD, none below 0x20 (kInText,
/// kInAttribute): &, < in both, > in a text, " in an attribute.
unsigned EscapedAsciiWord(uint64_t word) {
  const bool both = (BytesEqual(word, '&') | BytesEqual(word, '<')) != 0;
  return (both || BytesEqual(word, '>') ? kInText : 0) | (both || BytesEqual(word, '"') ? kInAttribute : 0);
}

/// Where a printer escapes byte C (< 0x80): &, < in both, > in a text, " and the control
/// characters in an attribute.
unsigned EscapedAscii(unsigned char c) {
  const bool both = c == '&' || c == '<';
  return (both || c == '>' ? kInText : 0) | (both || c == '"' || c < 0x20 ? kInAttribute : 0);
}

/// Checks the N bytes at S a character at a time (eight ASCII bytes at a time); returns false
/// at a character XML does not allow (XmlCharAt). Adds to ESCAPED where a byte is escaped.
bool XmlCharsOneByOne(const unsigned char* s, size_t n, unsigned& escaped) {
  for (size_t i = 0; i < n;) {
    uint64_t eight = 0;
    if (s[i] < 0x80 && n - i >= 8 && (std::memcpy(&eight, s + i, 8), (eight & kHighBits) == 0) &&
        ((eight - 0x20 * kOnes) & kHighBits) == 0) {  // eight ASCII bytes, none below 0x20
      if (escaped != (kInText | kInAttribute)) escaped |= EscapedAsciiWord(eight);
      i += 8;
      continue;
    }
    const size_t length = XmlCharAt(s, i, n);
    if (length == 0) return false;
    if (s[i] < 0x80) escaped |= EscapedAscii(s[i]);
    i += length;
  }
  return true;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define GAZETTE_XML_CHAR_BLOCKS 1

/// The 32 bytes at P.
__attribute__((target("avx2"))) inline __m256i Load(const unsigned char* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

// A table of the blocks' check as 32 bytes in memory, the same 16 in both lanes: one load (two
// instructions each, on every call, to load 16 and copy them to the other lane).
template <const uint8_t (&t)[16]>
struct InBothLanes {
  alignas(32) static constexpr uint8_t bytes[32] = {t[0], t[1], t[2],  t[3],  t[4],  t[5],  t[6],  t[7],
                                                    t[8], t[9], t[10], t[11], t[12], t[13], t[14], t[15],
                                                    t[0], t[1], t[2],  t[3],  t[4],  t[5],  t[6],  t[7],
                                                    t[8], t[9], t[10], t[11], t[12], t[13], t[14], t[15]};
};

/// Byte B in every lane.
__attribute__((target("avx2"))) inline __m256i Bytes(uint8_t b) { return _mm256_set1_epi8(char(b)); }

/// The 16 bytes T looked up in both lanes by the low four bits of each byte of INDEX (0 where
/// the byte's high bit is set: pshufb).
template <const uint8_t (&t)[16]>
__attribute__((target("avx2"))) inline __m256i Lookup(__m256i index) {
  return _mm256_shuffle_epi8(_mm256_load_si256(reinterpret_cast<const __m256i*>(InBothLanes<t>::bytes)), index);
}

/// The high four bits of each byte of V, as a byte.
__attribute__((target("avx2"))) inline __m256i HighNibbles(__m256i v) {
  return _mm256_and_si256(_mm256_srli_epi16(v, 4), Bytes(0x0F));
}

// UTF-8 checked by three table lookups over a byte and the one before it (Keiser and Lemire,
// "Validating UTF-8 in less than one instruction per byte", 2021, as simdjson does it): each
// error a pair of bytes can show has a bit; the tables of the first byte's high and low four
// bits and of the second byte's high four bits each set the bits the pair may show, and the
// pair is wrong where all three agree. kTwoConts (a continuation after a continuation) is set
// for every byte that is the third or fourth of a sequence: the last step clears it there.
constexpr uint8_t kTooShort = 1 << 0;   // a lead, then a lead or ASCII
constexpr uint8_t kTooLong = 1 << 1;    // ASCII, then a continuation
constexpr uint8_t kOverlong3 = 1 << 2;  // E0, then 80 to 9F
constexpr uint8_t kTooLarge = 1 << 3;   // F4 then 90 to BF; F5 to FF then 90 to BF
constexpr uint8_t kSurrogate = 1 << 4;  // ED, then A0 to BF
constexpr uint8_t kOverlong2 = 1 << 5;  // C0 or C1, then a continuation
constexpr uint8_t kTooLarge1000 = 1 << 6;  // F5 to FF, then 80 to 8F
constexpr uint8_t kOverlong4 = 1 << 6;     // F0, then 80 to 8F
constexpr uint8_t kTwoConts = 1 << 7;      // a continuation, then a continuation
constexpr uint8_t kCarry = kTooShort | kTooLong | kTwoConts;  // whatever the first byte's low bits

alignas(16) constexpr uint8_t kFirstHigh[16] = {
    kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,  // ASCII
    kTwoConts, kTwoConts, kTwoConts, kTwoConts,                                       // 80 to BF
    kTooShort | kOverlong2,                                                           // C0 to CF
    kTooShort,                                                                        // D0 to DF
    kTooShort | kOverlong3 | kSurrogate,                                              // E0 to EF
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4};                              // F0 to FF
alignas(16) constexpr uint8_t kFirstLow[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4,  // _0
    kCarry | kOverlong2,                            // _1
    kCarry,
    kCarry,
    kCarry | kTooLarge,  // _4
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000 | kSurrogate,  // _D
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000};
alignas(16) constexpr uint8_t kSecondHigh[16] = {
    kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,  // ASCII
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,              // 80 to 8F
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,                               // 90 to 9F
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                               // A0 to AF
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                               // B0 to BF
    kTooShort, kTooShort, kTooShort, kTooShort};                                              // C0 to FF

// The bytes XML text needs told apart below 0x40, by their low four bits: tab, LF and CR (the
// only controls XML allows) and ", &, < and > (which a printer escapes). 0x80 matches no byte.
alignas(16) constexpr uint8_t kNamedBelow40[16] = {0x80, 0x80, '"', 0x80, 0x80, 0x80, '&', 0x80,
                                                   0x80, '\t', '\n', 0x80, '<', '\r', '>', 0x80};
// Where a printer escapes each of those bytes, by the same low four bits (kInText, kInAttribute).
constexpr uint8_t kBoth = kInText | kInAttribute;
alignas(16) constexpr uint8_t kEscapedBelow40[16] = {0, 0, kInAttribute, 0, 0, 0, kBoth, 0,
                                                     0, kInAttribute, kInAttribute, 0, kBoth, kInAttribute, kInText, 0};

/// Checks the 32 bytes V, the three bytes before each in P1, P2 and P3: adds to ERRORS a lane
/// that is not where valid UTF-8 of characters XML allows puts it (a pair of bytes UTF-8
/// forbids, a continuation missing or one too many, a control character but tab, LF and CR,
/// U+FFFE or U+FFFF), and to ESCAPES where a printer escapes a lane's byte (kInText,
/// kInAttribute; a control character but tab, LF and CR is an error). A sequence cut short by
/// the end of the text is not seen.
__attribute__((target("avx2"))) inline void XmlCharBlock(__m256i v, __m256i p1, __m256i p2, __m256i p3,
                                                         __m256i& errors, __m256i& escapes) {
  const __m256i pair = _mm256_and_si256(
      _mm256_and_si256(Lookup<kFirstHigh>(HighNibbles(p1)), Lookup<kFirstLow>(_mm256_and_si256(p1, Bytes(0x0F)))),
      Lookup<kSecondHigh>(HighNibbles(v)));
  const __m256i third_or_fourth = _mm256_or_si256(_mm256_subs_epu8(p2, Bytes(0xE0 - 0x80)),   // after E0 to FF
                                                  _mm256_subs_epu8(p3, Bytes(0xF0 - 0x80)));  // after F0 to FF
  const __m256i utf8 = _mm256_xor_si256(_mm256_and_si256(third_or_fourth, Bytes(0x80)), pair);
  const __m256i nonchar = _mm256_and_si256(  // EF BF BE, EF BF BF (a byte past BF is wrong anyway)
      _mm256_and_si256(_mm256_cmpeq_epi8(p2, Bytes(0xEF)), _mm256_cmpeq_epi8(p1, Bytes(0xBF))),
      _mm256_cmpgt_epi8(v, Bytes(0xBD)));
  const __m256i named = _mm256_cmpeq_epi8(v, Lookup<kNamedBelow40>(v));
  const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(v, Bytes(0x1F)), v);  // 00 to 1F
  errors = _mm256_or_si256(errors, _mm256_or_si256(_mm256_or_si256(utf8, nonchar), _mm256_andnot_si256(named, control)));
  escapes = _mm256_or_si256(escapes, _mm256_and_si256(named, Lookup<kEscapedBelow40>(v)));
}

/// XmlCharBlock of FIRST, the first 32 bytes of a text, as if ASCII came before it.
__attribute__((target("avx2"))) inline void FirstXmlCharBlock(__m256i first, __m256i& errors, __m256i& escapes) {
  const __m256i before = _mm256_permute2x128_si256(first, first, 0x08);  // zeros, then the first 16 bytes
  XmlCharBlock(first, _mm256_alignr_epi8(first, before, 15), _mm256_alignr_epi8(first, before, 14),
               _mm256_alignr_epi8(first, before, 13), errors, escapes);
}

/// Where a printer escapes a byte of the lanes ESCAPES gathered (kInText, kInAttribute).
__attribute__((target("avx2"))) inline unsigned EscapedIn(__m256i escapes) {
  return (_mm256_testz_si256(escapes, Bytes(kInText)) ? 0 : kInText) |
         (_mm256_testz_si256(escapes, Bytes(kInAttribute)) ? 0 : kInAttribute);
}

/// AllXmlChars of the N bytes at S (N at least 35) by blocks of 32 bytes (XmlCharBlock): the
/// first as if ASCII came before it, each other read with the three bytes before it, the last
/// one ending at the end of the text (over bytes checked already); then the last character must
/// be whole. Adds where a printer escapes a byte of it.
__attribute__((target("avx2"))) unsigned AllXmlCharsByBlocks(const unsigned char* s, size_t n) {
  constexpr size_t kBlock = 32;
  __m256i errors = _mm256_setzero_si256(), escapes = _mm256_setzero_si256();
  FirstXmlCharBlock(Load(s), errors, escapes);
  const unsigned char* last = s + n - kBlock;
  for (const unsigned char* p = s + kBlock;; p += kBlock) {
    if (p > last) p = last;
    XmlCharBlock(Load(p), Load(p - 1), Load(p - 2), Load(p - 3), errors, escapes);
    if (p == last) break;
  }
  const bool allowed = _mm256_testz_si256(errors, errors) && s[n - 1] < 0xC0 && s[n - 2] < 0xE0 && s[n - 3] < 0xF0;
  return allowed ? kAllowed | EscapedIn(escapes) : 0;
}

/// Copies the N bytes at FROM (N at most 64) to TO by two pieces that may overlap, reading and
/// writing no byte past N: no call for a short text.
__attribute__((target("avx2"))) inline void CopyShort(unsigned char* to, const unsigned char* from, size_t n) {
  if (n >= 32) {
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(to), Load(from));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(to + n - 32), Load(from + n - 32));
  } else if (n >= 16) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to), _mm_loadu_si128(reinterpret_cast<const __m128i*>(from)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to + n - 16),
                     _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + n - 16)));
  } else if (n >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

/// AllXmlChars of the N bytes at S (N under 64) by one or two blocks (XmlCharBlock) of a copy
/// followed by spaces: ASCII XML allows and no printer escapes, after which a character the
/// text cuts short shows as one, so no byte is checked alone. (A character at a time, the short
/// texts — names, numbers, labels — cost more than the long ones' blocks.)
__attribute__((target("avx2"))) unsigned ShortXmlCharsByBlocks(const unsigned char* s, size_t n) {
  alignas(32) unsigned char padded[64];
  _mm256_store_si256(reinterpret_cast<__m256i*>(padded), Bytes(' '));
  _mm256_store_si256(reinterpret_cast<__m256i*>(padded + 32), Bytes(' '));
  CopyShort(padded, s, n);
  __m256i errors = _mm256_setzero_si256(), escapes = _mm256_setzero_si256();
  FirstXmlCharBlock(Load(padded), errors, escapes);
  if (n >= 32)  // the bytes after the text's last one: a character it cuts short there shows
    XmlCharBlock(Load(padded + 32), Load(padded + 31), Load(padded + 30), Load(padded + 29), errors, escapes);
  return _mm256_testz_si256(errors, errors) ? kAllowed | EscapedIn(escapes) : 0;
}
#endif

/// True when the printer broke the line at AT, just after an opening tag: the element's children
/// follow on lines of their own. Else its text follows: a text may begin with a line break, but
/// it never holds a raw '<', and an element with children prints a child's opening tag first.
bool ChildrenFollow(std::string_view text, size_t at) {
  size_t k = text.find_first_not_of(' ', at + 1);
  return k != std::string_view::npos && text[k] == '<' && k + 1 < text.size() && text[k + 1] != '/';
}

}  // namespace

// What tells a tag's line from a leaf's: a raw '\n' never stands inside a tag (attributes escape
// it), and a text holds no raw '<' and no raw '>' (escaped), so a break after '>' ends the line
// unless the line is one opening tag whose text begins with a break.
size_t PrintedLineEnd(std::string_view text, size_t i) {
  constexpr size_t npos = std::string_view::npos;
  size_t lt = text.find('<', i), nl = text.find('\n', i);
  if (lt == npos || nl == npos) return text.size();
  if (nl < lt) return nl + 1;  // not a printer's line: kept as it is
  if (text[nl - 1] == '>') {
    bool one_tag = text.find('<', lt + 1) > nl;
    bool opening = one_tag && text[lt + 1] != '/' && text[nl - 2] != '/';
    if (!opening || ChildrenFollow(text, nl)) return nl + 1;
  }
  size_t close = text.find('<', nl);  // a leaf's closing tag, after its text
  size_t gt = close == npos ? npos : text.find('>', close);
  nl = gt == npos ? npos : text.find('\n', gt);
  return nl == npos ? text.size() : nl + 1;
}

// Nearly every text of the export is safe; most are Chinese, three bytes a character. Where the
// CPU has AVX2, 32 bytes at a time (AllXmlCharsByBlocks): a character at a time, this test was a
// third of the writer's own instructions (31.5 M of 97 M for 10 issues); by table lookups
// (XmlCharBlock), 48 instructions a block where comparisons took 105.
// The printer is told when a text holds nothing it escapes where it prints it (a text node, an
// attribute's value), which this pass finds with the rest: an article's text holds line breaks,
// which only an attribute escapes (told apart, they sent 1,800 texts of 10 issues to a second
// scan for nothing).
// The answer as bits, from the function that found it (a call fewer: 40,000 texts for 10 issues).
unsigned xml_text_internal::XmlCharsBits(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
#ifdef GAZETTE_XML_CHAR_BLOCKS
  if (kHasAvx2) return text.size() >= 35 ? AllXmlCharsByBlocks(s, text.size()) : ShortXmlCharsByBlocks(s, text.size());
#endif
  unsigned escaped = 0;
  return XmlCharsOneByOne(s, text.size(), escaped) ? kAllowed | escaped : 0;
}

bool xml_text_internal::AllXmlCharsOneByOne(std::string_view text, XmlEscapes* escapes) {
  unsigned escaped = 0;
  const bool all = XmlCharsOneByOne(reinterpret_cast<const unsigned char*>(text.data()), text.size(), escaped);
  if (escapes) *escapes = {(escaped & kInText) != 0, (escaped & kInAttribute) != 0};
  return all;
}

bool AllXmlChars(std::string_view text, bool* escaped) {
  XmlEscapes escapes;
  const bool all = AllXmlChars(text, &escapes);
  if (escaped) *escaped = escapes.in_text || escapes.in_attribute;
  return all;
}

void PrintXml(std::string& out, pugi::xml_node node, unsigned flags, unsigned depth) {
  StringWriter writer(out);
  node.print(writer, "  ", flags, pugi::encoding_utf8, depth);
}

std::string IndentOneLevel(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendIndentedOneLevel(out, text);
  return out;
}

void AppendIndentedOneLevel(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t next = PrintedLineEnd(text, i);
    out += "  ";
    out.append(text.substr(i, next - i));
    i = next;
  }
}

std::string XmlSafe(std::string_view text) {
  if (AllXmlChars(text)) return std::string(text);  // nearly every text: no decoding
  std::u32string cps = ToU32(text);
  std::u32string kept;
  kept.reserve(cps.size());
  for (char32_t c : cps) {
    if (IsXmlChar(c)) kept.push_back(c);
  }
  return ToUtf8(kept);
}

void SetAttr(pugi::xml_node node, const char* name, std::string_view value) {
  if (value.empty()) return;
  pugi::xml_attribute attr = node.append_attribute(name);
  if (AllXmlChars(value)) attr.set_value(value.data(), value.size());  // no copy of a safe text
  else attr.set_value(XmlSafe(value).c_str());
}

void SetPositive(pugi::xml_node node, const char* name, int value) {
  if (value > 0) node.append_attribute(name).set_value(value);
}

pugi::xml_node AddText(pugi::xml_node parent, const char* name, std::string_view text) {
  if (text.empty()) return {};
  pugi::xml_node node = parent.append_child(name);
  SetText(node, text);
  return node;
}

void SetText(pugi::xml_node node, std::string_view text) {
  pugi::xml_node pcdata = node.append_child(pugi::node_pcdata);
  if (AllXmlChars(text)) pcdata.set_value(text.data(), text.size());  // no copy of a safe text
  else pcdata.set_value(XmlSafe(text).c_str());
}

}  // namespace gazette

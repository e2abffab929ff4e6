#include "export/xml_text.hpp"

#include "util/cpu.hpp"
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

constexpr size_t kRefused = size_t(-1);

constexpr uint64_t kOnes = 0x0101010101010101u, kHighBits = 0x8080808080808080u;

/// Whether a byte of the eight ASCII bytes of WORD, none below 0x20, is &, <, > or ".
bool AnyEscapedAscii(uint64_t word) {
  uint64_t hit = 0;
  for (uint64_t c : {uint64_t('&'), uint64_t('<'), uint64_t('>'), uint64_t('"')}) {
    const uint64_t x = word ^ (kOnes * c);  // a zero byte where WORD holds C
    hit |= (x - kOnes) & ~x & kHighBits;
  }
  return hit != 0;
}

/// Whether the printer may escape byte C (< 0x80): &, <, >, " or a control character.
bool EscapedAscii(unsigned char c) { return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"'; }

/// Checks the N bytes at S a character at a time (eight ASCII bytes at a time) from I, a
/// character's first byte, until STOP or past it; returns where it stopped, or kRefused at a
/// character XML does not allow (XmlCharAt). Sets ESCAPED at a byte EscapedAscii names.
size_t XmlCharsUntil(const unsigned char* s, size_t i, size_t n, size_t stop, bool& escaped) {
  while (i < stop && i < n) {
    uint64_t eight = 0;
    if (s[i] < 0x80 && n - i >= 8 && (std::memcpy(&eight, s + i, 8), (eight & kHighBits) == 0) &&
        ((eight - 0x20 * kOnes) & kHighBits) == 0) {  // eight ASCII bytes, none below 0x20
      escaped = escaped || AnyEscapedAscii(eight);
      i += 8;
      continue;
    }
    const size_t length = XmlCharAt(s, i, n);
    if (length == 0) return kRefused;
    escaped = escaped || (s[i] < 0x80 && EscapedAscii(s[i]));
    i += length;
  }
  return i;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define GAZETTE_XML_CHAR_BLOCKS 1

// True if the CPU has AVX2, asked once when the program starts (a text checked before that, by
// another file's static initializer, finds kHasAvx2 still false and is checked a character at a
// time: the same answer).
const bool kHasAvx2 = CpuHasAvx2();

/// The lanes of V (bytes read as signed: 0x80 is -128, 0xFF is -1) from LO to HI.
__attribute__((target("avx2"))) __m256i InRange(__m256i v, int lo, int hi) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(char(lo - 1))),
                          _mm256_cmpgt_epi8(_mm256_set1_epi8(char(hi + 1)), v));
}
/// The lanes of V holding the lead byte of a two-byte sequence (C2 to DF).
__attribute__((target("avx2"))) __m256i TwoByteLeads(__m256i v) { return InRange(v, -62, -33); }
/// The lanes of V holding the lead byte of a three-byte sequence that any two continuation bytes
/// may follow (E1 to EF but ED; EF BF BE and EF BF BF are refused apart).
__attribute__((target("avx2"))) __m256i ThreeByteLeads(__m256i v) {
  return _mm256_andnot_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(char(0xED))), InRange(v, -31, -17));
}

/// True when the 32 bytes at S are characters XML allows, given that the bytes before them are
/// (S[-2] and S[-1] are read: they tell whether S begins inside a character): ASCII but the
/// controls other than tab, LF and CR, and the two- and three-byte sequences of the leads above,
/// each followed by exactly its continuation bytes, without U+FFFE and U+FFFF. False for anything
/// else, valid or not (E0, ED, the four-byte leads), which the caller checks a character at a time.
/// Sets ESCAPED when a byte is one EscapedAscii names.
__attribute__((target("avx2"))) inline bool XmlCharBlock(const unsigned char* s, bool& escaped) {
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s));
  const __m256i p1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s - 1));
  const __m256i p2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s - 2));
  const __m256i continuation = _mm256_cmpgt_epi8(_mm256_set1_epi8(-64), v);  // 80 to BF
  const __m256i expected =
      _mm256_or_si256(_mm256_or_si256(TwoByteLeads(p1), ThreeByteLeads(p1)), ThreeByteLeads(p2));
  __m256i allowed = _mm256_or_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(0x1F)), continuation);
  allowed = _mm256_or_si256(allowed, _mm256_or_si256(TwoByteLeads(v), ThreeByteLeads(v)));
  allowed = _mm256_or_si256(allowed, _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(0x9)),
                                                     _mm256_cmpeq_epi8(v, _mm256_set1_epi8(0xA))));
  allowed = _mm256_or_si256(allowed, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(0xD)));
  const __m256i nonchar = _mm256_and_si256(  // EF BF BE, EF BF BF
      _mm256_and_si256(_mm256_cmpeq_epi8(p2, _mm256_set1_epi8(char(0xEF))),
                       _mm256_cmpeq_epi8(p1, _mm256_set1_epi8(char(0xBF)))),
      _mm256_cmpgt_epi8(v, _mm256_set1_epi8(char(0xBD))));
  const __m256i misplaced = _mm256_or_si256(nonchar, _mm256_xor_si256(continuation, expected));
  const __m256i control = _mm256_andnot_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(0x1F)),
                                              _mm256_cmpgt_epi8(v, _mm256_set1_epi8(-1)));  // 00 to 1F
  const __m256i quoting = _mm256_or_si256(
      _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('&')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('<'))),
      _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('>')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('"'))));
  const __m256i escapes = _mm256_or_si256(control, quoting);
  escaped = escaped || !_mm256_testz_si256(escapes, escapes);
  return _mm256_testc_si256(_mm256_andnot_si256(misplaced, allowed), _mm256_set1_epi8(-1)) != 0;  // all lanes good
}

/// AllXmlChars of the N bytes at S (N at least kBlock + 2) by blocks of 32 bytes (XmlCharBlock);
/// from a block it refuses, 32 bytes a character at a time (XmlCharsUntil), then blocks again.
/// The last block ends at the end of the text, over bytes checked already.
__attribute__((target("avx2"))) bool AllXmlCharsByBlocks(const unsigned char* s, size_t n, bool& escaped) {
  constexpr size_t kBlock = 32;
  size_t i = XmlCharsUntil(s, 0, n, 2, escaped);  // XmlCharBlock reads the two bytes before a block
  while (i != kRefused && i < n) {
    while (n - i >= kBlock && XmlCharBlock(s + i, escaped)) i += kBlock;
    if (i == n || (n - i < kBlock && XmlCharBlock(s + n - kBlock, escaped)))
      return s[n - 1] < 0xC0 && s[n - 2] < 0xE0;  // the last character whole
    size_t lead = i - 1;  // the first byte of the character that byte i - 1 is part of
    while ((s[lead] & 0xC0) == 0x80) --lead;
    i = XmlCharsUntil(s, lead, n, i + kBlock, escaped);
  }
  return i != kRefused;
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
// third of the writer's own instructions (31.5 M of 97 M for 10 issues).
// The printer is told when a text holds nothing it escapes, which this pass finds with the rest.
bool AllXmlChars(std::string_view text, bool* escaped) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  bool any = false;
  bool all = false;
#ifdef GAZETTE_XML_CHAR_BLOCKS
  if (kHasAvx2 && text.size() >= 34) all = AllXmlCharsByBlocks(s, text.size(), any);
  else
#endif
    all = XmlCharsUntil(s, 0, text.size(), text.size(), any) != kRefused;
  if (escaped) *escaped = any;
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

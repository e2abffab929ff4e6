#include "io/reader.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>

#include "util/cpu.hpp"
#include "util/swar.hpp"
#include "util/text.hpp"

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

namespace gazette {
namespace {

#if defined(__GNUC__) && defined(__x86_64__)
// FirstBinaryLine's pass 32 bytes at a time (AVX2), from byte *I of S (N bytes) while 32 are
// left: the offset of the first control character plain text does not hold, else npos with *I
// where the pass stopped. The same tests as the 16-byte pass, on twice the bytes.
__attribute__((target("avx2"))) size_t BinaryIn32s(const unsigned char* s, size_t n, size_t* i) {
  const __m256i last_control = _mm256_set1_epi8(0x1F), tab = _mm256_set1_epi8('\t'), four = _mm256_set1_epi8(4);
  const __m256i del = _mm256_set1_epi8(0x7F);
  for (; n - *i >= 32; *i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + *i));
    const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(v, last_control), v);      // below 0x20
    const __m256i from_tab = _mm256_sub_epi8(v, tab);                                      // 0 to 4: tab to CR
    const __m256i spacing = _mm256_cmpeq_epi8(_mm256_min_epu8(from_tab, four), from_tab);  // tab, LF, VT, FF, CR
    const __m256i binary = _mm256_or_si256(_mm256_andnot_si256(spacing, control), _mm256_cmpeq_epi8(v, del));
    if (const auto at = static_cast<uint32_t>(_mm256_movemask_epi8(binary))) return *i + size_t(std::countr_zero(at));
  }
  return std::string::npos;
}
#endif

// "SOURCE:LINE" for byte OFFSET of BYTES (1-based line); just SOURCE when OFFSET is npos or
// beyond BYTES (no position is known).
std::string WhereIs(const std::string& source, const std::string& bytes, size_t offset) {
  if (offset >= bytes.size()) return source;
  return source + ":" + std::to_string(1 + std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

// Replaces each CR that is not followed by LF with LF: CR-only line ends (old Mac tools, some
// PDF converters) read like LF and CRLF ones.
void NormalizeLoneCarriageReturns(std::string& text) {
  for (size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1))
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
}

// Converts BYTES from CHARSET to UTF-8, failing on any unmappable or illegal sequence.
Result<std::string> Convert(const std::string& bytes, const char* charset, const std::string& source) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return Error{source + ": no converter for " + charset};
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string u16(bytes.size() + 16, u'\0');
  int32_t len = ucnv_toUChars(conv, reinterpret_cast<UChar*>(u16.data()), static_cast<int32_t>(u16.size()),
                              bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return Error{source + ": not valid " + charset + " text"};
  u16.resize(static_cast<size_t>(len));
  std::string out;
  UErrorCode s2 = U_ZERO_ERROR;
  int32_t need = 0;
  out.resize(u16.size() * 3 + 4);
  need = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &need, reinterpret_cast<const UChar*>(u16.data()),
              static_cast<int32_t>(u16.size()), &s2);
  if (U_FAILURE(s2)) return Error{source + ": cannot convert " + charset + " to UTF-8"};
  out.resize(static_cast<size_t>(need));
  return out;
}

// True when decoded text holds what a wrong guess of charset produces: C1 controls,
// replacement characters or private-use characters.
bool LooksMisdecoded(const std::string& utf8) {
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t i = 0, n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || (c >= 0x80 && c <= 0x9F) || c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)) return true;
  }
  return false;
}

// True for a control character plain text does not hold (all but tab, LF, CR, FF and VT).
bool IsBinaryByte(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
}

// The 1-based line of byte I of TEXT.
int LineOf(const std::string& text, size_t i) { return 1 + int(std::count(text.begin(), text.begin() + long(i), '\n')); }

// Finds the first control character that plain text does not hold; returns its 1-based line.
// Thirty-two bytes at a time where AVX2 is there, then sixteen (SSE2, part of x86-64) or eight
// where none is below 0x20 or 0x7F (most of them: Chinese text is all bytes from 0x80 up), byte
// by byte elsewhere; lines are counted only once one is found.
int FirstBinaryLine(const std::string& utf8) {
  const size_t n = utf8.size();
  size_t i = 0;
#if defined(__GNUC__) && defined(__x86_64__)
  if (kHasAvx2) {
    const size_t at = BinaryIn32s(reinterpret_cast<const unsigned char*>(utf8.data()), n, &i);
    if (at != std::string::npos) return LineOf(utf8, at);
  }
  const __m128i last_control = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8('\t'), four = _mm_set1_epi8(4);
  const __m128i del = _mm_set1_epi8(0x7F);
  for (; n - i >= 16; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(utf8.data() + i));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v);      // below 0x20
    const __m128i from_tab = _mm_sub_epi8(v, tab);                                   // 0 to 4: tab to CR
    const __m128i spacing = _mm_cmpeq_epi8(_mm_min_epu8(from_tab, four), from_tab);  // tab, LF, VT, FF, CR
    const __m128i binary = _mm_or_si128(_mm_andnot_si128(spacing, control), _mm_cmpeq_epi8(v, del));
    if (const int at = _mm_movemask_epi8(binary)) return LineOf(utf8, i + size_t(std::countr_zero(unsigned(at))));
  }
#endif
  while (i < n) {
    uint64_t eight = 0;
    if (n - i >= 8) {
      std::memcpy(&eight, utf8.data() + i, 8);
      bool below_space = swar::BytesBelow(eight, 0x20) != 0;
      bool has_delete = swar::BytesEqual(eight, 0x7F) != 0;
      if (!below_space && !has_delete) {
        i += 8;
        continue;
      }
    }
    for (size_t end = std::min(n, i + 8); i < end; ++i)
      if (IsBinaryByte(static_cast<unsigned char>(utf8[i]))) return LineOf(utf8, i);
  }
  return 0;
}

// The 1-based line of the first line of UTF8 longer than LIMIT bytes, or 0. A text no longer than
// LIMIT (an issue is some 100 KiB) holds no such line: its lines are not sought one by one.
int FirstLongLine(const std::string& utf8, size_t limit) {
  if (utf8.size() <= limit) return 0;
  size_t start = 0;
  for (int line = 1; start < utf8.size(); ++line) {
    size_t end = utf8.find('\n', start);
    if (end == std::string::npos) end = utf8.size();
    if (end - start > limit) return line;
    start = end + 1;
  }
  return 0;
}

std::string DetectCharset(const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(det, &status);
  std::string name = (U_SUCCESS(status) && match) ? ucsdet_getName(match, &status) : "";
  ucsdet_close(det);
  return name;
}

// True when the high byte HIGH of a UTF-16 code unit is one Chinese text is made of: ASCII and
// Latin-1 (00), general punctuation (20: “” —), CJK symbols (30: 、。《》〔〕), the unified
// ideographs (4E–9F), full-width forms (FF: ，：；（）).
bool ChineseTextHighByte(unsigned char high) {
  return high == 0x00 || high == 0x20 || high == 0x30 || (high >= 0x4E && high <= 0x9F) || high == 0xFF;
}

// UTF-16 without a BOM shows as NUL bytes in every other position (ASCII: newlines, digits), or,
// in Chinese text with little ASCII, as code units nearly all of whose high bytes are
// ChineseTextHighByte's (GB18030's pairs are not: their bytes are A1–FE, their ASCII unpaired).
// The NUL bytes in the first 4 KiB of BYTES at even and at odd offsets, and how many bytes that is.
struct NulCounts {
  size_t even = 0, odd = 0, n = 0;
};
NulCounts CountNuls(const std::string& bytes) {
  NulCounts c;
  c.n = std::min<size_t>(bytes.size(), 4096);
  for (size_t i = 0; i < c.n; ++i)
    if (bytes[i] == 0) (i % 2 ? c.odd : c.even)++;
  return c;
}

std::string GuessUtf16(const std::string& bytes) {
  const auto [even, odd, n] = CountNuls(bytes);
  // ASCII (newlines, digits) leaves a NUL on one side; a few CJK characters (U+4E00) on the other.
  if (odd > n / 16 && odd > 4 * even) return "UTF-16LE";
  if (even > n / 16 && even > 4 * odd) return "UTF-16BE";
  if (bytes.size() % 2 != 0 || n < 16) return "";
  size_t le = 0, be = 0;
  for (size_t i = 0; i + 1 < n; i += 2) {
    le += ChineseTextHighByte(static_cast<unsigned char>(bytes[i + 1]));
    be += ChineseTextHighByte(static_cast<unsigned char>(bytes[i]));
  }
  const size_t units = n / 2, most = units - units / 20;  // 95% of them
  if (le >= most && le > be) return "UTF-16LE";
  if (be >= most && be > le) return "UTF-16BE";
  return "";
}

// UTF-16 of ASCII alone (and of little more) is valid UTF-8 with a NUL in every other byte: its
// charset when BYTES are so (an even length, a third or more of the code units ASCII, every NUL on
// one side), else "".
std::string Utf16OfAscii(const std::string& bytes) {
  if (bytes.size() % 2 != 0 || bytes.find('\0') == std::string::npos) return "";
  const auto [even, odd, n] = CountNuls(bytes);
  if (odd * 3 >= n / 2 && even == 0) return "UTF-16LE";
  if (even * 3 >= n / 2 && odd == 0) return "UTF-16BE";
  return "";
}

// Reads from IN until end of input or LIMIT bytes, whichever comes first, straight into the
// string: EXPECTED bytes (a file's size, when known) and one more in the first read, so that a
// file read whole is neither copied from a buffer nor moved as the string grows; then (a file
// that grew, or stdin) 64 KiB at a time.
std::string ReadAtMost(std::istream& in, size_t limit, size_t expected = 0) {
  constexpr size_t kStep = size_t{1} << 16;
  std::string bytes;
  size_t step = std::max(expected + 1, kStep);
  while (bytes.size() < limit) {
    const size_t at = bytes.size();
    const size_t want = std::min(step, limit - at);
    bytes.resize(at + want);
    in.read(bytes.data() + at, static_cast<std::streamsize>(want));
    bytes.resize(at + static_cast<size_t>(in.gcount()));
    if (!in) break;
    step = kStep;
  }
  return bytes;
}

}  // namespace

Result<DecodedInput> DecodeBytes(std::string bytes, const std::string& source) {
  DecodedInput out;
  out.source = source;
  if (bytes.empty()) return Error{source + ": empty input"};
  std::string charset;
  size_t bom = 0;        // the byte-order mark's length
  bool checked = false;  // the bytes are known to be UTF-8: not scanned twice
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    charset = "UTF-8";
    bom = 3;
  } else if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFF\xFE") == 0) {
    charset = "UTF-16LE";
    bom = 2;
  } else if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFE\xFF") == 0) {
    charset = "UTF-16BE";
    bom = 2;
  } else if (FirstInvalidUtf8(bytes) == std::string::npos && (charset = Utf16OfAscii(bytes)).empty()) {
    charset = "UTF-8";
    checked = true;
  } else if (!charset.empty()) {
  } else if (!(charset = GuessUtf16(bytes)).empty()) {
  } else {
    std::string detected = DetectCharset(bytes);
    // Chinese text that is not UTF-8 is GB18030 (a superset of GBK and GB2312) unless the
    // detector names another CJK charset. UTF-16/32 without a BOM is only believed from its NUL
    // bytes (GuessUtf16): the detector calls any random bytes UTF-16.
    // Single-byte guesses (windows-125x, ISO-8859-x) are what the detector says of damaged CJK
    // text; only another multi-byte CJK charset is believed over GB18030.
    static const char* kCjk[] = {"Big5", "EUC-JP", "EUC-KR", "Shift_JIS", "ISO-2022-CN", "ISO-2022-JP", "ISO-2022-KR"};
    charset = "GB18030";
    for (const char* cjk : kCjk)
      if (detected == cjk) charset = detected;
  }
  // The file's bytes become the text itself where they are UTF-8: no copy of a whole issue.
  std::string& body = bytes;
  body.erase(0, bom);
  if (charset == "UTF-8") {
    size_t bad = checked ? std::string::npos : FirstInvalidUtf8(body);
    if (bad != std::string::npos) return Error{WhereIs(source, body, bad) + ": invalid UTF-8"};
    out.text = std::move(body);
  } else {
    auto converted = Convert(body, charset.c_str(), source);
    if (!converted.ok()) {
      if (body.find('\0') != std::string::npos) return Error{source + ": binary file, not text"};
      if (charset.rfind("UTF-16", 0) == 0 && body.size() % 2 != 0)
        return Error{source + ": not " + charset + " text (a byte-order mark, then an odd number of bytes)"};
      size_t bad = FirstInvalidUtf8(body);
      return Error{WhereIs(source, body, bad) + ": invalid UTF-8, and not " + charset + " text either"};
    }
    out.text = std::move(converted.value());
    if (LooksMisdecoded(out.text)) {
      return Error{WhereIs(source, body, FirstInvalidUtf8(body)) +
                   ": cannot decode: invalid UTF-8, and not UTF-16 or " + charset + " text either"};
    }
  }
  out.encoding = charset;
  out.checked_utf8 = true;  // checked above, or made by u_strToUTF8 from the converter's UTF-16
  NormalizeLoneCarriageReturns(out.text);
  if (int line = FirstBinaryLine(out.text))
    return Error{source + ":" + std::to_string(line) + ": binary data (control characters), not text"};
  if (out.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return Error{source + ": empty input"};
  if (int line = FirstLongLine(out.text, kMaxLineBytes))
    return Error{source + ":" + std::to_string(line) + ": a line longer than " + std::to_string(kMaxLineBytes >> 10) +
                 " KiB, the most one printed line may have; refused"};
  return out;
}

Result<DecodedInput> ReadInput(const std::string& path) {
  std::string bytes;
  const std::string too_large =
      ": larger than " + std::to_string(kMaxInputBytes >> 20) + " MiB, the most one issue may have; refused";
  if (path == "-") {
    bytes = ReadAtMost(std::cin, kMaxInputBytes + 1);
    if (bytes.size() > kMaxInputBytes) return Error{path + too_large};
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{path + ": is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot open"};
    const uintmax_t size = std::filesystem::file_size(path, ec);  // a hint: the file may change
    const size_t expected = ec ? 0 : static_cast<size_t>(std::min<uintmax_t>(size, kMaxInputBytes));
    bytes = ReadAtMost(in, kMaxInputBytes + 1, expected);
    if (in.bad()) return Error{path + ": read error"};
    if (bytes.size() > kMaxInputBytes) return Error{path + too_large};
  }
  return DecodeBytes(std::move(bytes), path);
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, std::vector<Error>* errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.is_regular_file() && e.path().extension() == ".txt") found.push_back(e.path().string());
      if (ec) errors->push_back(Error{p + ": cannot list directory (" + ec.message() + ")"});
      else if (found.empty()) errors->push_back(Error{p + ": directory holds no *.txt file to read"});
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      out.push_back(p);
    } else {
      errors->push_back(Error{p + ": no such file or directory"});
    }
  }
  return out;
}

}  // namespace gazette

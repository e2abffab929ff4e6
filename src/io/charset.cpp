#include "io/charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace gazette {
namespace {

// What ICU's charset detector names BYTES (the most confident match), or "".
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

// ICU's callback for a sequence a converter cannot read: substitutes U+FFFD, and counts in the
// ConversionDamage CONTEXT the sequences that may have shifted the pairs after them (any but a byte
// no character begins with, 0x80 or 0xFF, and a character cut short at the end of the input).
void U_CALLCONV SubstituteCounting(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                                   int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to read
  auto* damage = static_cast<ConversionDamage*>(const_cast<void*>(context));
  const auto first = length > 0 ? static_cast<unsigned char>(code_units[0]) : 0;
  const bool stray = length == 1 && (first == 0x80 || first == 0xFF);
  if (!stray && *err != U_TRUNCATED_CHAR_FOUND) ++damage->shifting;
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, err);
}

}  // namespace

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

std::string Utf16OfAscii(const std::string& bytes) {
  if (bytes.size() % 2 != 0 || bytes.find('\0') == std::string::npos) return "";
  const auto [even, odd, n] = CountNuls(bytes);
  if (odd * 3 >= n / 2 && even == 0) return "UTF-16LE";
  if (even * 3 >= n / 2 && odd == 0) return "UTF-16BE";
  return "";
}


std::string DetectCjkCharset(const std::string& bytes) {
  const std::string detected = DetectCharset(bytes);
  // UTF-16/32 without a BOM is only believed from its NUL bytes (GuessUtf16): the detector calls
  // any random bytes UTF-16. Single-byte guesses (windows-125x, ISO-8859-x) are what the detector
  // says of damaged CJK text; only another multi-byte CJK charset is believed over GB18030.
  static const char* kCjk[] = {"Big5", "EUC-JP", "EUC-KR", "Shift_JIS", "ISO-2022-CN", "ISO-2022-JP", "ISO-2022-KR"};
  for (const char* cjk : kCjk)
    if (detected == cjk) return detected;
  return "GB18030";
}

Result<std::string> ConvertToUtf8(const std::string& bytes, const char* charset, const std::string& source,
                                  ConversionDamage* damage) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return Error{source + ": no converter for " + charset};
  if (!damage) ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  else ucnv_setToUCallBack(conv, SubstituteCounting, damage, nullptr, nullptr, &status);
  std::u16string u16(bytes.size() + 16, u'\0');
  int32_t len = ucnv_toUChars(conv, reinterpret_cast<UChar*>(u16.data()), static_cast<int32_t>(u16.size()),
                              bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return Error{source + ": not valid " + charset + " text"};
  u16.resize(static_cast<size_t>(len));
  if (damage) damage->replaced = static_cast<size_t>(std::count(u16.begin(), u16.end(), u'\uFFFD'));
  std::string out;
  UErrorCode s2 = U_ZERO_ERROR;
  int32_t need = 0;
  out.resize(u16.size() * 3 + 4);
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &need, reinterpret_cast<const UChar*>(u16.data()),
              static_cast<int32_t>(u16.size()), &s2);
  if (U_FAILURE(s2)) return Error{source + ": cannot convert " + charset + " to UTF-8"};
  out.resize(static_cast<size_t>(need));
  return out;
}

bool LooksMisdecoded(const std::string& utf8, bool replacements_expected) {
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t i = 0, n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || (c >= 0x80 && c <= 0x9F) || (c == 0xFFFD && !replacements_expected) || (c >= 0xE000 && c <= 0xF8FF)) return true;
  }
  return false;
}

}  // namespace gazette

// Telling which charset an input's bytes are in, and converting them to UTF-8 with ICU: the
// guesses DecodeBytes (io/reader) makes once a byte-order mark and UTF-8 itself are ruled out.
#pragma once
#include <cstddef>
#include <string>

#include "util/result.hpp"

namespace gazette {

/// "UTF-16LE" or "UTF-16BE" when BYTES are UTF-16 of ASCII alone (or of little more): valid UTF-8
/// with a NUL in every other byte (an even length, a third or more of the code units ASCII, every
/// NUL on one side); else "".
std::string Utf16OfAscii(const std::string& bytes);

/// "UTF-16LE" or "UTF-16BE" when BYTES without a byte-order mark look like UTF-16: NUL bytes on one
/// side, or Chinese text whose code units' high bytes are nearly all of CJK blocks; else "".
std::string GuessUtf16(const std::string& bytes);

/// The charset of BYTES that are neither UTF-8 nor UTF-16: the multi-byte CJK charset ICU's
/// detector names (Big5, EUC-JP …), else GB18030 (a superset of GBK and GB2312), which is what
/// Chinese text that is not UTF-8 is.
std::string DetectCjkCharset(const std::string& bytes);

/// What a conversion that replaces replaced: the U+FFFD of its result, and how many of the
/// sequences it could not read may have shifted the pairs of a multi-byte charset after them (a
/// lead or trail byte lost or added: GB18030 reads valid but wrong characters up to the next ASCII
/// byte). A byte no character begins with (0x80, 0xFF) and a character cut short at the end of
/// the input shift nothing.
struct ConversionDamage {
  size_t replaced = 0;
  size_t shifting = 0;
};

/// BYTES converted from CHARSET to UTF-8. Strict (DAMAGE null): fails on any illegal or
/// unmappable sequence. Else each such sequence becomes U+FFFD, counted in *DAMAGE. SOURCE names
/// the input in errors.
Result<std::string> ConvertToUtf8(const std::string& bytes, const char* charset, const std::string& source,
                                  ConversionDamage* damage = nullptr);

/// True when UTF8, decoded by a guessed charset, holds what a wrong guess produces: C1 controls,
/// private-use characters, and U+FFFD unless REPLACEMENTS_EXPECTED (a conversion that replaced
/// bytes on purpose).
bool LooksMisdecoded(const std::string& utf8, bool replacements_expected = false);

}  // namespace gazette

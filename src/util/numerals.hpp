// Chinese numerals: 十二, 一百零五, 两千零二十四, 〇 (ICU RuleBasedNumberFormat first).
#pragma once
#include <optional>
#include <string_view>

namespace gazette {

/// The value of a Chinese numeral (一, 十二, 一百零五, 两千零二十四, 二〇二三 digit by digit, 廿六) or of
/// ASCII digits; nullopt when TEXT is not a numeral.
std::optional<int> ParseChineseNumeral(std::string_view text);

/// The fallback ParseChineseNumeral uses where ICU's zh spellout parse fails or stops early:
/// digit-by-digit strings (二零二四) and unit forms (十二, 一百零五). Exposed for tests.
std::optional<int> ParseChineseNumeralFallback(std::string_view text);

/// The digit OCR took C for (O, o → 0; l, I → 1), C itself for a digit, or 0 for anything else: the
/// one reading of a number's letters the normalizer and the 文号 parser share.
constexpr char OcrDigitRead(char c) {
  if (c >= '0' && c <= '9') return c;
  if (c == 'O' || c == 'o') return '0';
  if (c == 'l' || c == 'I') return '1';
  return 0;
}

}  // namespace gazette

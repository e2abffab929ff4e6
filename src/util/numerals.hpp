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

}  // namespace gazette

// Chinese numerals through ICU's zh spellout rules, with a small fallback where ICU stops early
// (二零二四 parses as 2 with ICU: 零 ends its parse).
#include "util/numerals.hpp"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "util/text.hpp"
#include "util/number.hpp"

namespace gazette {
namespace {

constexpr long long kMaxValue = 2147483647LL;

/// The digit value of a Chinese digit (一 … 九, 〇, 零, 两 and the financial forms), or -1. The
/// zero a year is often printed with (二○○八, 二OO八, 二00八: grammars' CYEAR) counts as 〇.
int DigitValue(char32_t c) {
  switch (c) {
    case U'〇': case U'零': case U'○': case U'◯': case U'Ｏ': case U'O': case U'o': case U'0': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'两': case U'贰': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

/// The multiplier of a unit character (十 百 千 万 亿 and financial forms), or 0.
long long UnitValue(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    case U'万': return 10000;
    case U'亿': return 100000000;
    default: return 0;
  }
}

/// The value of S when it is one of 一 二 三 四 五 六 七 八 九 十 alone (DigitValue's plain
/// digits, and 十), else 0.
int OneToTen(std::string_view s) {
  if (s.size() != 3) return 0;
  static constexpr std::u32string_view kPlain = U"一二三四五六七八九";
  const char32_t c = FirstCodePoint(s);
  if (c == U'十') return 10;
  return kPlain.find(c) == std::u32string_view::npos ? 0 : DigitValue(c);
}

bool AllAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// The zh spellout formatter, created once (nullptr if ICU lacks the rules).
const icu::RuleBasedNumberFormat* SpelloutZh() {
  static std::unique_ptr<icu::RuleBasedNumberFormat> format;
  static std::once_flag once;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
    if (U_SUCCESS(status)) format = std::move(f);
  });
  return format.get();
}

/// ICU's parse of TEXT with FORMAT, only when it consumed the whole string.
std::optional<int> ParseWithIcuOnce(const icu::RuleBasedNumberFormat& format, std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  icu::Formattable result;
  icu::ParsePosition pos(0);
  format.parse(s, result, pos);
  if (pos.getErrorIndex() >= 0 || pos.getIndex() != s.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  int64_t value = result.getInt64(status);
  if (U_FAILURE(status) || value < 0 || value > kMaxValue) return std::nullopt;
  // ICU's parse is lenient about 两 in places; the value is what matters.
  return int(value);
}

/// Hashes std::string and std::string_view alike, so the memo is searched without a copy.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// ICU's parse of TEXT, only when it consumed the whole string.
std::optional<int> ParseWithIcu(std::string_view text) {
  const auto* format = SpelloutZh();
  if (!format) return std::nullopt;
  // A parse costs ICU some 300,000 instructions, and the same few numerals recur (三十, 六十):
  // each text is parsed once per process. Parallel jobs share the one formatter and memo.
  static std::mutex one_at_a_time;
  static std::unordered_map<std::string, std::optional<int>, TextHash, std::equal_to<>> memo;
  std::lock_guard lock(one_at_a_time);
  if (auto it = memo.find(text); it != memo.end()) return it->second;  // no copy of TEXT to look it up
  return memo.emplace(std::string(text), ParseWithIcuOnce(*format, text)).first->second;
}

/// TEXT with 廿 written 二十 and 卅 三十.
std::string WithTensSpelledOut(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text.substr(i, 3) == "廿" || text.substr(i, 3) == "卅") {
      out += text.substr(i, 3) == "廿" ? "二十" : "三十";
      i += 3;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

std::optional<int> ParseChineseNumeralFallback(std::string_view text) {
  std::u32string cps = ToU32(text);
  if (cps.empty()) return std::nullopt;
  bool has_unit = false;
  for (char32_t c : cps) {
    if (UnitValue(c)) has_unit = true;
    else if (DigitValue(c) < 0) return std::nullopt;
  }
  long long value = 0;
  if (!has_unit) {  // digit by digit: 二〇二三
    for (char32_t c : cps) {
      value = value * 10 + DigitValue(c);
      if (value > kMaxValue) return std::nullopt;
    }
    return int(value);
  }
  long long total = 0, section = 0, digit = -1;
  for (char32_t c : cps) {
    if (int d = DigitValue(c); d >= 0) {
      if (digit > 0) return std::nullopt;  // two digits in a row inside a unit form: 十二三
      digit = d;
      continue;
    }
    long long unit = UnitValue(c);
    if (unit >= 10000) {  // 万, 亿 close a section
      section += digit < 0 ? 0 : digit;
      if (section == 0) section = 1;
      total = (total + section) * unit;
      section = 0;
    } else {
      section += (digit < 0 ? 1 : digit) * unit;  // 十二: a bare 十 means 一十
    }
    digit = -1;
    if (total + section > kMaxValue) return std::nullopt;
  }
  if (digit > 0) section += digit;
  return int(total + section);
}

std::optional<int> ParseChineseNumeral(std::string_view text) {
  const std::string_view s = TrimmedView(text);  // a view: Trim made a copy
  if (s.empty()) return std::nullopt;
  if (AllAsciiDigits(s)) {
    if (s.size() > 9) return std::nullopt;
    return ParseDecimal(s);
  }
  // 一 to 十 alone (most items' and sections' numbers): the value ICU's parse gives, without the
  // lock and memo each parse takes.
  if (const int one = OneToTen(s); one > 0) return one;
  // 廿 and 卅, twenty and thirty in one character (a day: 廿六日), are 二十 and 三十.
  if (s.find("廿") != std::string_view::npos || s.find("卅") != std::string_view::npos)
    return ParseChineseNumeral(WithTensSpelledOut(s));
  // Only numeral characters: ICU would otherwise accept a numeral prefix of any text.
  if (!ParseChineseNumeralFallback(s)) return std::nullopt;
  if (auto v = ParseWithIcu(s)) return v;
  return ParseChineseNumeralFallback(s);
}

}  // namespace gazette

// Han text romanized as the English contents print an agency: 京人社事业发 → jingrensheshiyefa.
// ICU's Han-Latin transliterator says how; its readings are looked up in a table generated with that
// same transliterator at build time (tools/romanize_table.cpp), so that a run does not parse ICU's
// 166 KB Han-Latin rule set (about 1,000 M instructions) unless a text holds a character the table
// does not cover.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace gazette {

/// The ICU transliterator whose output RomanizeCompact gives, table or not.
inline constexpr const char* kRomanizeTransliterator = "Han-Latin; Latin-ASCII; Lower; [:^Letter:] Remove";

/// Romanization of Han text, lower case, no tones and no spaces: 京人社事业发 → jingrensheshiyefa.
std::string RomanizeCompact(const std::string& han);

/// RomanizeCompact from the build-time table alone; nullopt when TEXT holds a code point the table
/// does not cover (anything but the Han characters of Han-Latin's rules and the separator 、) or is
/// not UTF-8.
std::optional<std::string> RomanizeByTable(std::string_view text);

}  // namespace gazette

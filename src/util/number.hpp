// The one checked parser for numbers read from text: every run of digits a pattern captures goes
// through here, never through std::stoi (which throws on overflow and loses the whole issue).
#pragma once
#include <optional>
#include <string_view>

namespace gazette {

/// The value of TEXT as a non-negative decimal number of ASCII digits (spaces around it ignored);
/// nullopt when TEXT is empty, holds anything else, or does not fit in an int.
std::optional<int> ParseDecimal(std::string_view text);

/// ParseDecimal(TEXT), or FALLBACK when TEXT is not a number that fits in an int.
int DecimalOr(std::string_view text, int fallback);

}  // namespace gazette

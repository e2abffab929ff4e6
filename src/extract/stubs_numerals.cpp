// Placeholder until the numeral parser lands (issue #3).
#include "extract/numerals.hpp"
namespace gazette {
std::optional<int> ParseChineseNumeral(std::string_view) { return std::nullopt; }
}  // namespace gazette

// NFKC for the normalizer (internal to src/normalize): ICU's, with circled numbers kept, and a
// quick test that spares ICU the lines it would leave as they are.
#pragma once
#include <string>
#include <string_view>

namespace gazette::normalize_internal {

/// True when every code point of UTF8 is one NFKC leaves alone whatever stands around it (quick
/// check Yes and combining class 0, as ICU's data says, and not default-ignorable), or a kept
/// code point (a circled number, 85¹, ㎡): the text is its own NFKC. False for anything else (then ICU decides), text that is not UTF-8 included.
bool IsNfkcStable(std::string_view utf8);

/// UTF8 in NFKC, the circled numbers and letters (①, ㉑, Ⓐ: ⑴ and ⒈ become (1) and 1.), super- and subscripts,
/// fractions and squared units (85¹, ¼, ㎡) kept as printed and the
/// default-ignorable code points (soft hyphen, zero-width space, word joiner, BOM) dropped; bytes
/// that are not UTF-8 pass through unchanged. A text already NFKC is handed back as it came.
std::string Nfkc(std::string utf8);

}  // namespace gazette::normalize_internal

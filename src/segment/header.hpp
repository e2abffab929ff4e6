// The issue header (masthead) and printed dates.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// The length (bytes) of the mark of an edition at the start of TEXT, 0 if none: an order quotes its
/// rule's title with it (现予公布《A(修订)》, 《A(2024年修订)》, (修正)) and the rule's own title,
/// printed under the order, leaves it out.
size_t EditionMarkLength(std::string_view text);

/// The day of the first printed date in TEXT, Arabic (2024年9月2日) or Chinese (二〇二三年十月二日)
/// numerals; none if there is none or it is not a real day.
std::optional<Date> FindDate(const std::string& text);

/// True when LINE is only a date (a signing date line).
bool IsDateLine(const std::string& line);

/// True if LINE is a signature and its date on one line (北京市人民政府          2015年12月31日:
/// signed_date_line), asked only of a line ending in 日, as every body line before a date is.
bool IsSignedDateLine(const std::string& line);

/// Year, 第N期, 总第N期 and publication date from the lines before END (the contents); all
/// empty when no 第N期 is printed (a document alone, documents put together: not an issue).
IssueHeader ParseIssueHeader(const std::vector<TextLine>& lines, size_t end);

/// Index of the first line after the masthead among LINES[0, end) (after its last line printing
/// 第N期), or 0 when there is none.
size_t MastheadEnd(const std::vector<TextLine>& lines, size_t end);

}  // namespace gazette

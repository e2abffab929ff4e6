// Dates and deadlines: signing and publication dates, effective dates (absolute or relative),
// validity and trial periods with computed end dates, procedural time limits.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// A date as printed (2024年10月10日, 2023年7月, 二〇二四年十月十日, 2019年元月1日, 2024年6月底,
/// 2020年底) → ISO (day or month precision where no day is printed); none if it is not a valid date.
std::optional<Date> ParsePrintedDate(const std::string& printed);

/// True when HOUR, a date's hour as printed (DT_HOUR: 24时, 二十四时), names the end of its day: a
/// repeal 自2018年12月31日24时起 leaves the 31st in force.
bool IsDayEndHour(std::string_view hour);

/// Every date and time limit DOC states; HEADER gives the issue's publication date.
std::vector<Deadline> ExtractDeadlines(const Document& doc, const IssueHeader& header);

}  // namespace gazette

// Dates and deadlines: signing and publication dates, effective dates (absolute or relative),
// validity and trial periods with computed end dates, procedural time limits.
#pragma once
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// Every date and time limit DOC states; HEADER gives the issue's publication date.
std::vector<Deadline> ExtractDeadlines(const Document& doc, const IssueHeader& header);

}  // namespace gazette

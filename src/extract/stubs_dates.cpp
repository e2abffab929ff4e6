// Placeholder until the dates extractor lands (issue #5).
#include "extract/dates.hpp"
namespace gazette {
std::vector<Deadline> ExtractDeadlines(const Document&, const IssueHeader&) { return {}; }
}  // namespace gazette

// The 新旧对照表 workbook (libxlsxwriter): a summary sheet and, for each comparison, the old and
// new versions side by side with changed spans highlighted, added rows green, removed red.
#pragma once
#include <string>
#include <vector>

#include "diff/diff.hpp"
#include "util/result.hpp"

namespace gazette {

/// Writes DIFFS to PATH through a temporary file renamed at the end. Sheets: 摘要 (one row per
/// comparison and unit with its counts), then one 对照 sheet per comparison. Errors name PATH;
/// PATH is untouched on failure.
Status WriteDiffWorkbook(const std::vector<diff::DocumentDiff>& diffs, const std::string& path);

}  // namespace gazette

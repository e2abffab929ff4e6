// What `gazette check` and the workbook's 检查 sheet report for an issue: the checks of each
// extractor (articles_check, tables_check, references_check) and segmentation's findings, together.
#pragma once
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// Every finding of ISSUE, in printed-line order: segmentation (contents versus body), then each
/// document's article numbering, tables and references. Each finding names its source file.
std::vector<Finding> CheckIssue(const Issue& issue);

}  // namespace gazette

// The publishing workbook (libxlsxwriter): documents, one sheet per catalog table section,
// deadlines, references, check findings.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "util/result.hpp"

namespace gazette {

/// How to lay out the workbook.
struct WorkbookOptions {
  bool sort_pinyin = false;  ///< order rows by ICU's zh collator instead of document order
  bool tables_only = false;  ///< only the catalog table sheets (gazette tables --format xlsx)
};

/// Writes the workbook for ISSUES to PATH through a temporary file renamed at the end.
Status WriteWorkbook(const std::vector<Issue>& issues, const std::string& path, const WorkbookOptions& options);

}  // namespace gazette

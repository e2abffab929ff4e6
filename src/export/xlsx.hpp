// The publishing workbook (libxlsxwriter): documents, one sheet per catalog table section,
// deadlines, references, check findings.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "util/result.hpp"

namespace gazette {

/// How to lay out the workbook.
struct WorkbookOptions {
  bool sort_pinyin = false;  ///< order rows by ICU's zh collator instead of document order
  bool tables_only = false;  ///< only the catalog table sheets (gazette tables --format xlsx)
  std::string as_of;         ///< ISO date the 状态 column is computed for; empty = today (UTC)
  size_t row_limit = 1048576;  ///< rows per sheet: Excel's limit; lower only to test the cut
  /// Called with one line for every limit met (cell cut at 32,767 characters, sheet name
  /// shortened or changed, rows past the row limit); empty = print "gazette: xlsx: …" on stderr.
  std::function<void(const std::string&)> warn;
};

/// Writes the workbook for ISSUES to PATH through a temporary file renamed at the end.
/// Sheets: 文件, one per catalog table section, 期限, 引用, 检查 (only the table sheets with
/// tables_only). Errors name PATH; PATH is untouched on failure.
Status WriteWorkbook(const std::vector<Issue>& issues, const std::string& path, const WorkbookOptions& options);

}  // namespace gazette

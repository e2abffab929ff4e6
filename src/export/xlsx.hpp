// The publishing workbook (libxlsxwriter, constant-memory mode): documents, an index of the
// catalog tables and one sheet per catalog across all issues, deadlines, references, check
// findings. Written in two passes over the inputs so memory stays flat: Plan sees every issue
// (the corpus' light records, the catalogs), Write then streams each issue's rows.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "util/result.hpp"

namespace gazette {

/// How to lay out the workbook.
struct WorkbookOptions {
  bool sort_pinyin = false;  ///< order rows by ICU's zh collator (holds each sheet's rows until the end)
  bool tables_only = false;  ///< only 表格目录 and the catalog sheets (gazette tables --format xlsx)
  std::string as_of;         ///< ISO date the 状态 column is computed for; empty = today (UTC)
  size_t row_limit = 1048576;  ///< rows per sheet: Excel's limit; lower only to test the cut
  /// Called with one line for every limit met (cell cut at 32,767 characters, sheet names
  /// shortened or changed, rows past the row limit); empty = not reported.
  std::function<void(const std::string&)> warn;
};

/// A workbook written to PATH through a temporary file renamed at Finish. Sheets: 文件, 表格目录,
/// one per catalog (table schema and section title), 期限, 引用, 检查 (only 表格目录 and the
/// catalogs with tables_only).
class WorkbookStream {
 public:
  /// A workbook to write to PATH.
  WorkbookStream(std::string path, WorkbookOptions options);
  /// Removes the temporary file of a workbook not finished.
  ~WorkbookStream();
  WorkbookStream(const WorkbookStream&) = delete;
  WorkbookStream& operator=(const WorkbookStream&) = delete;

  /// First pass: takes ISSUE's documents, references and dates into the corpus (not with
  /// tables_only) and its table sections into the catalogs.
  void Plan(const Issue& issue);
  /// Second pass, the planned issues again in the same order: writes ISSUE's rows. The first
  /// call creates the workbook and its sheets. Errors name PATH.
  Status Write(const Issue& issue);
  /// Writes the 引用 sheet, ends every sheet and renames the workbook into place. Errors name
  /// PATH; PATH is untouched on failure.
  Status Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Writes the workbook for ISSUES to PATH (a WorkbookStream over ISSUES). Errors name PATH;
/// PATH is untouched on failure.
Status WriteWorkbook(const std::vector<Issue>& issues, const std::string& path, const WorkbookOptions& options);

}  // namespace gazette

// The publishing workbook (libxlsxwriter, constant-memory mode): documents, an index of the
// catalog tables and one sheet per catalog across all issues, deadlines, references, check
// findings. Each issue is read once: Add takes its light records into the corpus, its tables
// into the catalogs and its rows to temporary files (the statuses and the catalogs' columns are
// known only after the last issue); Finish writes every sheet from those files, so memory stays
// flat.
#pragma once
#include <ctime>
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
  /// Threads writing the sheets at Finish (0 = one per core): with two or more, 期限, 引用 and
  /// 检查 are written beside 文件, 表格目录 and the catalogs. The workbook and the warnings, in
  /// their order, are the same whatever the number.
  unsigned jobs = 1;
  /// The creation time the workbook records (docProps/core.xml); 0 = the start (00:00 UTC) of the
  /// as-of day, so that two workbooks of the same inputs and as-of day are the same bytes.
  time_t created = 0;
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

  /// Takes ISSUE's documents, references and dates into the corpus (not with tables_only), its
  /// table sections into the catalogs, and its rows to the temporary files of rows.
  void Add(const Issue& issue);
  /// Creates the workbook and its sheets, writes the rows of every issue added and the 引用
  /// sheet (on two threads with options.jobs > 1), ends every sheet and renames the workbook
  /// into place. Errors name PATH; PATH is untouched on failure.
  Status Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Writes the workbook for ISSUES to PATH (a WorkbookStream over ISSUES). Errors name PATH;
/// PATH is untouched on failure.
Status WriteWorkbook(const std::vector<Issue>& issues, const std::string& path, const WorkbookOptions& options);

}  // namespace gazette

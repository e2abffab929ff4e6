// The workbook's content as plain data: which sheets, which columns, which rows. Built from the
// model here, written to xlsx by src/export/xlsx.cpp, so the layout is testable without a file.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "xref/corpus.hpp"

namespace gazette::xlsx {

/// One cell: text, a date (ISO YYYY-MM-DD or YYYY-MM, written as an Excel date) or a number.
struct SheetCell {
  enum class Kind { kText, kDate, kNumber };
  Kind kind = Kind::kText;
  std::string text;   ///< the text, or the ISO date
  double number = 0;  ///< for kNumber
  /// A text cell.
  static SheetCell Text(std::string s) { return {Kind::kText, std::move(s), 0}; }
  /// A date cell from an ISO date; an empty or unparsable date stays text.
  static SheetCell Date(std::string iso) { return {Kind::kDate, std::move(iso), 0}; }
  /// A number cell.
  static SheetCell Number(double n) { return {Kind::kNumber, "", n}; }
};

/// One worksheet before it is written.
struct SheetData {
  std::string name;                          ///< wanted name (made unique and legal when written)
  std::string fallback_name;                 ///< used when NAME has nothing Excel accepts
  std::string note;                          ///< a line above the header (counts, source); empty = none
  std::vector<std::string> headers;          ///< column names
  std::vector<std::vector<SheetCell>> rows;  ///< one vector per row, same length as headers
  int sort_column = -1;                      ///< column --sort pinyin orders by; -1 = keep order
  std::string empty_line;                    ///< written below the header when there are no rows
};

/// The 文件 sheet: a row per document — issue, 文号, title, English title, issuers, type,
/// signing date, effective date, status on the corpus' as_of date and the document that decided
/// it, file:line. CORPUS holds the documents of ISSUES.
SheetData DocumentsSheet(const std::vector<Issue>& issues, const Corpus& corpus);

/// One sheet per catalog table section of every document, named after the section (or the
/// table's caption when the section has no title), with the schema's columns, the document's
/// 文号 and file:line, and a note giving the declared and found counts.
std::vector<SheetData> TableSheets(const std::vector<Issue>& issues);

/// The 期限 sheet: every date and time limit of every document.
SheetData DeadlinesSheet(const std::vector<Issue>& issues);

/// The 引用 sheet, in the manner of legislation.gov.uk's "changes to legislation": affected
/// document (title, 文号), type of effect, affecting document (title, 文号), date, evidence text,
/// file:line, whether the affected document is among the inputs. The date is the affecting
/// document's effective date (its signing date when none is known).
SheetData ReferencesSheet(const Corpus& corpus);


/// The 检查 sheet: every finding of every issue; a "no findings" line when there are none.
SheetData FindingsSheet(const std::vector<Issue>& issues);

/// Every sheet of the workbook in order: 文件, the table sections, 期限, 引用, 检查; only the
/// table sections with TABLES_ONLY (a "no catalog tables found" sheet when there are none). Rows
/// ordered with SortRowsPinyin when SORT_PINYIN; statuses as of AS_OF (ISO date).
std::vector<SheetData> PlanWorkbook(const std::vector<Issue>& issues, bool tables_only, bool sort_pinyin,
                                    const std::string& as_of);

/// "file:line" as users open it.
std::string SourceLine(const std::string& source, int line);

}  // namespace gazette::xlsx

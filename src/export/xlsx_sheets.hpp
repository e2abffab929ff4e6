// The workbook's content as plain data: which sheets, which columns, which rows. Built from the
// model here (the catalog sheets in xlsx_tables.hpp), written to xlsx by src/export/xlsx.cpp one
// issue at a time, so the layout is testable without a file.
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
  /// A date cell (written as an Excel date, a month as its month); none is an empty text cell.
  static SheetCell Date(const std::optional<gazette::Date>& date) { return {Kind::kDate, ToIso(date), 0}; }
  /// A number cell.
  static SheetCell Number(double n) { return {Kind::kNumber, "", n}; }
};

/// A text cell holding S (SheetCell::Text, for the rows' builders).
inline SheetCell TextCell(std::string s) { return SheetCell::Text(std::move(s)); }

/// One row of a sheet, a cell per header.
using SheetRow = std::vector<SheetCell>;

/// One worksheet before its rows arrive.
struct SheetSpec {
  std::string name;                  ///< wanted name (made unique and legal when written)
  std::string fallback_name;         ///< used when NAME has nothing Excel accepts
  std::vector<std::string> headers;  ///< column names
  int sort_column = -1;              ///< column --sort pinyin orders by; -1 = keep order
  std::string empty_line;            ///< written below the header when there are no rows
};

/// The 文件 sheet: a row per document — issue, 文号, title, English title, issuers, type,
/// signing date, effective date, status on AS_OF in Chinese (StatusLabelZh) and its English
/// code, the document that decided it, file:line.
SheetSpec DocumentsSpec(const std::string& as_of);
/// The 文件 rows of ISSUE; CORPUS holds every input's documents.
std::vector<SheetRow> DocumentRows(const Issue& issue, const Corpus& corpus);
/// The 文件 rows of ISSUE before the corpus is complete: the status columns empty and the
/// document's id in a last cell, for DecideDocumentRow.
std::vector<SheetRow> UndecidedDocumentRows(const Issue& issue);
/// ROW (from UndecidedDocumentRows) with its status columns filled from CORPUS, and the id gone.
void DecideDocumentRow(SheetRow& row, const Corpus& corpus);

/// The 期限 sheet: every date and time limit of every document.
SheetSpec DeadlinesSpec();
/// The 期限 rows of ISSUE.
std::vector<SheetRow> DeadlineRows(const Issue& issue);

/// The 引用 sheet, in the manner of legislation.gov.uk's "changes to legislation": affected
/// document (title, 文号), type of effect, affecting document (title, 文号), date, evidence text,
/// file:line, whether the affected document is among the inputs. The date is the affecting
/// document's effective date (its signing date when none is known).
SheetSpec ReferencesSpec();
/// The 引用 row of the reference R of CORPUS (one at a time: a corpus holds many).
SheetRow ReferenceRow(const Corpus& corpus, const CorpusReference& r);

/// The 检查 sheet: every finding of every issue; a "no findings" line when there are none.
SheetSpec FindingsSpec();
/// The 检查 rows of ISSUE.
std::vector<SheetRow> FindingRows(const Issue& issue);

/// 2024年第38期 (a combined issue 2009年第1-2期, a supplement 2005年增刊第1期), or the issue's short
/// name when the masthead was not found.
std::string IssueLabel(const Issue& issue);

/// The 文号, or the document's id when it has none.
std::string DocnoOrId(const Document& doc);

/// "file:line" as users open it.
std::string SourceLine(const std::string& source, int line);

}  // namespace gazette::xlsx

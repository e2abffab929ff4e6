// One worksheet written as a stream (libxlsxwriter's constant-memory mode): the header first,
// then each row as it comes, in order; widths, filter and print setup at the end. Used by the
// workbook (src/export/xlsx.cpp); not a public interface.
#pragma once
#include <xlsxwriter.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "export/xlsx_sheets.hpp"

namespace gazette::xlsx {

/// The formats every sheet shares.
struct SheetFormats {
  lxw_format* header = nullptr;
  lxw_format* note = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* top = nullptr;  ///< unwrapped cells, aligned to the top like the wrapped ones
  lxw_format* date = nullptr;
  lxw_format* month = nullptr;
};

/// The shared formats, added to WB, each with its style index (so sheets may be written on
/// several threads).
SheetFormats MakeSheetFormats(lxw_workbook* wb);

/// Widest a column gets (Excel units); longer text wraps, and only then.
inline constexpr size_t kMaxColumnWidth = 60;

/// The height (points) of a row whose cells wrap into LINES lines; 0 for one line (the default).
double RowHeight(size_t lines);

/// How many lines ROW takes: its longest cell wrapped at kMaxColumnWidth (the width every column
/// holding wrapped text gets).
size_t RowLines(const SheetRow& row);

/// A worksheet of a workbook, written row by row.
class SheetStream {
 public:
  /// The sheet SPEC named NAME, added to WB now. With SORTED its rows are held and written,
  /// ordered by SortRowsPinyin, at Finish. ROW_LIMIT: rows the sheet may have (Excel's 1,048,576);
  /// WARN gets one line for each limit met.
  SheetStream(lxw_workbook* wb, const SheetFormats& formats, SheetSpec spec, std::string name, bool sorted,
              size_t row_limit, std::function<void(const std::string&)> warn);

  /// Writes ROW below the last; returns how many of its cells were cut at 32,767 characters.
  size_t Add(const SheetRow& row);
  /// Writes what is held, the empty line or the "rows not written" line, column widths, the
  /// autofilter and print setup. Returns an error message, empty on success.
  std::string Finish();
  /// The sheet's name.
  const std::string& name() const { return name_; }

 private:
  size_t Put(const SheetRow& row);
  size_t WriteRow(size_t row_index, const SheetRow& row);
  /// Widens the columns to ROW's cells, marks in wraps_ the cells that wrap; returns RowLines(ROW).
  size_t Measure(const SheetRow& row);
  void Fit(size_t col, size_t width);
  bool WriteText(size_t row, size_t col, const std::string& text, lxw_format* format);
  void Check(lxw_error rc, size_t row, size_t col);

  lxw_worksheet* ws_ = nullptr;
  const SheetFormats& f_;
  SheetSpec spec_;
  std::string name_;
  bool sorted_;
  size_t row_limit_;
  std::function<void(const std::string&)> warn_;
  std::vector<size_t> widths_;
  std::vector<bool> wraps_;          ///< the cells of the row being written that wrap (Measure)
  std::vector<SheetRow> held_;       ///< rows waiting for Finish (sorted sheets)
  std::optional<SheetRow> pending_;  ///< a row for the sheet's last row, written if no other comes
  size_t next_row_ = 1;              ///< row index of the next data row (0 is the header)
  size_t rows_ = 0;                  ///< data rows given
  size_t dropped_ = 0;               ///< rows past the limit
  std::string error_;
};

}  // namespace gazette::xlsx

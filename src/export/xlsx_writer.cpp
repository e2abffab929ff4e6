#include "export/xlsx_writer.hpp"

#include <algorithm>
#include <cstdio>

#include "export/xlsx_cells.hpp"
#include "export/xlsx_sort.hpp"

namespace gazette::xlsx {
namespace {

constexpr size_t kMinColumnWidth = 6;
constexpr size_t kDateWidth = 11;
constexpr double kLineHeight = 15;   ///< points: Excel's default row, one line of 11-point text
constexpr double kMaxRowHeight = 409;  ///< points: Excel's limit

/// Column width a number needs.
size_t NumberWidth(double n) {
  char buf[64];
  return size_t(std::snprintf(buf, sizeof buf, "%g", n)) + 2;
}

std::string CellName(size_t row, size_t col) {
  char name[32];
  lxw_rowcol_to_cell(name, lxw_row_t(row), lxw_col_t(col));
  return name;
}

/// True when a text of EXTENT wraps in its cell: wider than any column gets, or holding a line break.
bool Wraps(const TextExtent& extent) { return extent.breaks || extent.widest > kMaxColumnWidth; }

}  // namespace

SheetFormats MakeSheetFormats(lxw_workbook* wb) {
  SheetFormats f;
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.note = workbook_add_format(wb);
  format_set_italic(f.note);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.top = workbook_add_format(wb);
  format_set_align(f.top, LXW_ALIGN_VERTICAL_TOP);
  f.date = workbook_add_format(wb);
  format_set_num_format(f.date, "yyyy-mm-dd");
  format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
  f.month = workbook_add_format(wb);
  format_set_num_format(f.month, "yyyy-mm");
  format_set_align(f.month, LXW_ALIGN_VERTICAL_TOP);
  // Each format's style index, taken now: libxlsxwriter gives a format its index on first use,
  // in a table the workbook shares, and two threads may write sheets at once (WorkbookStream).
  // The order is that of first use in a workbook of documents (the header, a plain cell, a
  // wrapped one, a date), so such workbooks keep the indexes they had.
  for (lxw_format* format : {f.header, f.top, f.wrap, f.date, f.month, f.note}) lxw_format_get_xf_index(format);
  return f;
}

double RowHeight(size_t lines) { return lines <= 1 ? 0 : std::min(kMaxRowHeight, double(lines) * kLineHeight); }

size_t RowLines(const SheetRow& row) {
  size_t lines = 1;
  for (const auto& cell : row)
    if (cell.kind == SheetCell::Kind::kText)
      if (TextExtent extent = MeasureText(cell.text, kMaxColumnWidth); Wraps(extent)) lines = std::max(lines, extent.lines);
  return lines;
}

SheetStream::SheetStream(lxw_workbook* wb, const SheetFormats& formats, SheetSpec spec, std::string name,
                         bool sorted, size_t row_limit, std::function<void(const std::string&)> warn)
    : f_(formats), spec_(std::move(spec)), name_(std::move(name)), sorted_(sorted && spec_.sort_column >= 0),
      row_limit_(row_limit), warn_(std::move(warn)) {
  ws_ = workbook_add_worksheet(wb, name_.c_str());
  if (!ws_) {
    error_ = "cannot add sheet " + name_ + " (each sheet holds a temporary file open: too many open files?)";
    return;
  }
  widths_.assign(spec_.headers.size(), kMinColumnWidth);
  for (size_t c = 0; c < spec_.headers.size(); ++c) {
    Fit(c, CellWidth(spec_.headers[c]) + 2);
    WriteText(0, c, spec_.headers[c], f_.header);
  }
}

size_t SheetStream::Add(const SheetRow& row) {
  ++rows_;
  if (sorted_) {
    held_.push_back(row);
    return 0;
  }
  return Put(row);
}

size_t SheetStream::Put(const SheetRow& row) {
  if (!ws_) return 0;
  if (dropped_) {
    ++dropped_;
    return 0;
  }
  if (pending_) {  // the held row and this one: the sheet is full
    pending_.reset();
    dropped_ = 2;
    return 0;
  }
  if (next_row_ + 1 >= row_limit_) {  // the last row: written only if no other row comes
    pending_ = row;
    return 0;
  }
  return WriteRow(next_row_++, row);
}

size_t SheetStream::WriteRow(size_t row_index, const SheetRow& row) {
  if (double height = RowHeight(Measure(row)); height > 0)
    Check(worksheet_set_row(ws_, lxw_row_t(row_index), height, nullptr), row_index, 0);
  size_t cut = 0;
  for (size_t c = 0; c < row.size(); ++c) {
    const SheetCell& cell = row[c];
    if (cell.kind == SheetCell::Kind::kNumber) {
      Check(worksheet_write_number(ws_, lxw_row_t(row_index), lxw_col_t(c), cell.number, f_.top), row_index, c);
    } else if (auto d = cell.kind == SheetCell::Kind::kDate ? ParseCellDate(cell.text) : std::nullopt) {
      lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
      Check(worksheet_write_datetime(ws_, lxw_row_t(row_index), lxw_col_t(c), &dt, d->month_only ? f_.month : f_.date),
            row_index, c);
    } else if (WriteText(row_index, c, cell.text, wraps_[c] ? f_.wrap : f_.top)) {
      ++cut;
      warn_(name_ + ": cell " + CellName(row_index, c) + " cut at 32,767 characters (Excel's cell limit)");
    }
  }
  return cut;
}

std::string SheetStream::Finish() {
  if (!ws_) return error_;
  if (sorted_) {
    SortRowsPinyin(held_, spec_.sort_column);
    for (const auto& row : held_) Put(row);
    held_.clear();
  }
  if (pending_) WriteRow(next_row_++, *pending_);
  if (dropped_) {
    std::string rows = std::to_string(dropped_) + " row(s) not written: the limit is " + std::to_string(row_limit_) +
                       " rows per sheet";
    warn_(name_ + ": " + rows);
    WriteText(next_row_++, 0, "… " + rows, f_.note);
  }
  if (rows_ == 0 && !spec_.empty_line.empty()) {
    Fit(0, CellWidth(spec_.empty_line) + 2);
    WriteText(next_row_++, 0, spec_.empty_line, f_.note);
  }
  for (size_t c = 0; c < widths_.size(); ++c)
    worksheet_set_column(ws_, lxw_col_t(c), lxw_col_t(c), double(std::min(widths_[c], kMaxColumnWidth)), nullptr);
  worksheet_freeze_panes(ws_, 1, 0);
  // Print-ready: landscape, every column on the page width, the header on every page.
  worksheet_set_landscape(ws_);
  worksheet_fit_to_pages(ws_, 1, 0);
  worksheet_repeat_rows(ws_, 0, 0);
  if (!spec_.headers.empty())
    worksheet_autofilter(ws_, 0, 0, lxw_row_t(std::max<size_t>(next_row_ - 1, 1)), lxw_col_t(spec_.headers.size() - 1));
  return error_;
}

size_t SheetStream::Measure(const SheetRow& row) {
  // Each text once: its width, whether it wraps (wraps_) and the lines it then takes (RowLines).
  wraps_.assign(row.size(), false);
  size_t lines = 1;
  for (size_t c = 0; c < row.size(); ++c) {
    const SheetCell& cell = row[c];
    if (cell.kind == SheetCell::Kind::kNumber) {
      Fit(c, NumberWidth(cell.number));
    } else if (cell.kind == SheetCell::Kind::kDate && ParseCellDate(cell.text)) {
      Fit(c, kDateWidth);
    } else {
      TextExtent extent = MeasureText(cell.text, kMaxColumnWidth);
      Fit(c, std::min(extent.widest, kMaxColumnWidth + 1) + 2);
      wraps_[c] = Wraps(extent);
      if (wraps_[c] && cell.kind == SheetCell::Kind::kText) lines = std::max(lines, extent.lines);
    }
  }
  return lines;
}

void SheetStream::Fit(size_t col, size_t width) {
  if (col < widths_.size()) widths_[col] = std::max(widths_[col], width);
}

/// Writes TEXT as a string (never a formula) with FORMAT; returns true when it had to be cut.
bool SheetStream::WriteText(size_t row, size_t col, const std::string& text, lxw_format* format) {
  if (IsCleanCellText(text)) {  // as it is, without a copy
    if (!text.empty())
      Check(worksheet_write_string(ws_, lxw_row_t(row), lxw_col_t(col), text.c_str(), format), row, col);
    return false;
  }
  bool truncated = false;
  std::string clean = CleanCellText(text, &truncated);
  if (clean.empty()) return truncated;  // nothing to store; keeps the file small
  Check(worksheet_write_string(ws_, lxw_row_t(row), lxw_col_t(col), clean.c_str(), format), row, col);
  return truncated;
}

void SheetStream::Check(lxw_error rc, size_t row, size_t col) {
  if (rc != LXW_NO_ERROR && error_.empty()) error_ = name_ + "!" + CellName(row, col) + ": " + lxw_strerror(rc);
}

}  // namespace gazette::xlsx

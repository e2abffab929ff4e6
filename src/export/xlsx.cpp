// The workbook writer: SheetData (xlsx_sheets.hpp) into libxlsxwriter worksheets, with Excel's
// limits honoured and reported.
#include "export/xlsx.hpp"

#include <xlsxwriter.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "export/xlsx_cells.hpp"
#include "export/xlsx_sheets.hpp"
#include "model/date.hpp"
#include "util/atomic_file.hpp"
#include "util/text.hpp"

namespace gazette {
using namespace xlsx;
namespace {

constexpr size_t kMaxColumnWidth = 60;  ///< wider text wraps
constexpr size_t kMinColumnWidth = 6;
constexpr size_t kDateWidth = 11;

/// The formats every sheet shares.
struct Formats {
  lxw_format* header = nullptr;
  lxw_format* note = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* top = nullptr;  ///< unwrapped cells, aligned to the top like the wrapped ones
  lxw_format* date = nullptr;
  lxw_format* month = nullptr;
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
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
  return f;
}

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


/// Writes one SheetData into a worksheet.
class SheetWriter {
 public:
  SheetWriter(lxw_workbook* wb, const Formats& formats, const WorkbookOptions& options)
      : wb_(wb), f_(formats), options_(options) {}

  /// Writes SHEET under NAME; returns an error message, empty on success.
  std::string Write(const SheetData& sheet, const std::string& name) {
    ws_ = workbook_add_worksheet(wb_, name.c_str());
    if (!ws_) return "cannot add sheet " + name;
    name_ = name;
    error_.clear();
    header_row_ = sheet.note.empty() ? 0 : 1;
    size_t first = header_row_ + 1;
    size_t capacity = options_.row_limit > first + 1 ? options_.row_limit - first : 1;
    size_t written = sheet.rows.size() <= capacity ? sheet.rows.size() : capacity - 1;
    widths_.assign(sheet.headers.size(), kMinColumnWidth);
    for (size_t c = 0; c < sheet.headers.size(); ++c) Fit(c, CellWidth(sheet.headers[c]) + 2);
    for (size_t r = 0; r < written; ++r) MeasureRow(sheet.rows[r]);
    if (sheet.rows.empty()) Fit(0, CellWidth(sheet.empty_line) + 2);
    size_t cut = 0;
    for (size_t r = 0; r < written; ++r) cut += WriteRow(first + r, sheet.rows[r], sheet.note);
    std::string limits = LimitsNote(cut, sheet.rows.size() - written);
    if (!sheet.note.empty()) WriteText(0, 0, sheet.note + limits, f_.note, false);
    for (size_t c = 0; c < sheet.headers.size(); ++c) WriteText(header_row_, c, sheet.headers[c], f_.header, false);
    if (sheet.rows.empty() && !sheet.empty_line.empty()) WriteText(first, 0, sheet.empty_line, f_.note, false);
    if (written < sheet.rows.size()) WriteText(first + written, 0, "…" + limits, f_.note, false);
    for (size_t c = 0; c < widths_.size(); ++c)
      worksheet_set_column(ws_, lxw_col_t(c), lxw_col_t(c), double(std::min(widths_[c], kMaxColumnWidth)), nullptr);
    worksheet_freeze_panes(ws_, lxw_row_t(first), 0);
    // Print-ready: landscape, every column on the page width, the header on every page.
    worksheet_set_landscape(ws_);
    worksheet_fit_to_pages(ws_, 1, 0);
    worksheet_repeat_rows(ws_, lxw_row_t(header_row_), lxw_row_t(header_row_));
    if (!sheet.headers.empty())
      worksheet_autofilter(ws_, lxw_row_t(header_row_), 0, lxw_row_t(header_row_ + std::max<size_t>(written, 1)),
                           lxw_col_t(sheet.headers.size() - 1));
    return error_;
  }

 private:
  void Fit(size_t col, size_t width) {
    if (col < widths_.size()) widths_[col] = std::max(widths_[col], width);
  }

  void MeasureRow(const std::vector<SheetCell>& row) {
    for (size_t c = 0; c < row.size(); ++c) {
      const SheetCell& cell = row[c];
      if (cell.kind == SheetCell::Kind::kNumber) Fit(c, NumberWidth(cell.number));
      else if (cell.kind == SheetCell::Kind::kDate && ParseCellDate(cell.text)) Fit(c, kDateWidth);
      else Fit(c, std::min(CellWidth(cell.text), kMaxColumnWidth + 1) + 2);
    }
  }

  /// Writes ROW at ROW_INDEX; returns how many of its cells were cut at Excel's cell limit.
  size_t WriteRow(size_t row_index, const std::vector<SheetCell>& row, const std::string& note) {
    size_t cut = 0;
    for (size_t c = 0; c < row.size(); ++c) {
      const SheetCell& cell = row[c];
      if (cell.kind == SheetCell::Kind::kNumber) {
        Check(worksheet_write_number(ws_, lxw_row_t(row_index), lxw_col_t(c), cell.number, f_.top), row_index, c);
      } else if (auto d = cell.kind == SheetCell::Kind::kDate ? ParseCellDate(cell.text) : std::nullopt) {
        lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
        Check(worksheet_write_datetime(ws_, lxw_row_t(row_index), lxw_col_t(c), &dt, d->month_only ? f_.month : f_.date),
              row_index, c);
      } else if (WriteText(row_index, c, cell.text, nullptr, true)) {
        ++cut;
        Warn(name_ + ": cell " + CellName(row_index, c) + " cut at 32,767 characters (Excel's cell limit)" +
             (note.empty() ? "" : "; " + note.substr(0, note.find(':'))));
      }
    }
    return cut;
  }

  /// Writes TEXT as a string (never a formula) with FORMAT, or wrapped/top-aligned when
  /// DATA_CELL. Returns true when the text had to be cut.
  bool WriteText(size_t row, size_t col, const std::string& text, lxw_format* format, bool data_cell) {
    bool truncated = false;
    std::string clean = CleanCellText(text, &truncated);
    if (data_cell) {
      bool wide = col < widths_.size() && CellWidth(clean) > std::min(widths_[col], kMaxColumnWidth);
      format = wide || clean.find('\n') != std::string::npos ? f_.wrap : f_.top;
    }
    if (clean.empty()) return truncated;  // nothing to store; keeps the file small
    Check(worksheet_write_string(ws_, lxw_row_t(row), lxw_col_t(col), clean.c_str(), format), row, col);
    return truncated;
  }

  std::string LimitsNote(size_t cut_cells, size_t cut_rows) {
    std::string text;
    if (cut_cells) text += "; " + std::to_string(cut_cells) + " cell(s) cut at 32,767 characters";
    if (cut_rows) {
      std::string rows = std::to_string(cut_rows) + " row(s) not written: the limit is " +
                         std::to_string(options_.row_limit) + " rows per sheet";
      text += "; " + rows;
      Warn(name_ + ": " + rows);
    }
    return text;
  }

  void Check(lxw_error rc, size_t row, size_t col) {
    if (rc != LXW_NO_ERROR && error_.empty())
      error_ = name_ + "!" + CellName(row, col) + ": " + lxw_strerror(rc);
  }

  void Warn(const std::string& message) {
    if (options_.warn) options_.warn(message);
    else std::cerr << "gazette: xlsx: " << message << "\n";
  }

  lxw_workbook* wb_;
  const Formats& f_;
  const WorkbookOptions& options_;
  lxw_worksheet* ws_ = nullptr;
  std::string name_;
  std::string error_;
  size_t header_row_ = 0;
  std::vector<size_t> widths_;
};

/// One line for every sheet name Excel made us change: the count and the first few changes.
std::string RenamedSheetsLine(const std::vector<std::string>& renames) {
  constexpr size_t kShown = 3;
  std::string line = renames.size() == 1 ? "" : std::to_string(renames.size()) + " sheets renamed: ";
  for (size_t i = 0; i < renames.size() && i < kShown; ++i) line += (i ? ", " : "") + renames[i];
  if (renames.size() > kShown) line += " and " + std::to_string(renames.size() - kShown) + " more";
  return line + " (Excel: at most 31 characters, none of []:*?/\\, unique)";
}

/// Unique legal names for SHEETS: the fixed sheets (文件, 期限, 引用, 检查) keep theirs, table
/// sheets give way. Calls WARN once, in one line, when Excel made us change any name.
std::vector<std::string> NameSheets(const std::vector<SheetData>& sheets, const WorkbookOptions& options,
                                    const std::function<void(const std::string&)>& warn) {
  std::set<std::string> used;
  std::vector<std::string> renames;
  std::vector<std::string> names(sheets.size());
  bool fixed_pass = true;
  for (int pass = 0; pass < 2; ++pass, fixed_pass = false)
    for (size_t i = 0; i < sheets.size(); ++i) {
      bool fixed = options.tables_only ? false : (i == 0 || i + 3 >= sheets.size());
      if (fixed != fixed_pass) continue;
      names[i] = UniqueSheetName(sheets[i].name, used, sheets[i].fallback_name);
      if (names[i] != Trim(sheets[i].name))
        renames.push_back("sheet \"" + sheets[i].name + "\" named \"" + names[i] + "\"");
    }
  if (!renames.empty()) warn(RenamedSheetsLine(renames));
  return names;
}

/// Removes TMP and returns the error "PATH: WHAT".
Status Abandon(const std::string& tmp, const std::string& path, const std::string& what) {
  std::error_code ec;
  std::filesystem::remove(tmp, ec);
  return Error{path + ": " + what};
}

}  // namespace

Status WriteWorkbook(const std::vector<Issue>& issues, const std::string& path, const WorkbookOptions& options) {
  std::string tmp = TemporaryPathFor(path);
  // libxlsxwriter opens its file only at workbook_close: find out now whether it can.
  if (!std::ofstream(tmp, std::ios::binary | std::ios::trunc))
    return Error{path + ": cannot create (directory missing or not writable)"};
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) return Abandon(tmp, path, "cannot create (directory missing or not writable)");
  auto warn = [&options](const std::string& m) {
    if (options.warn) options.warn(m);
    else std::cerr << "gazette: xlsx: " << m << "\n";
  };
  std::string as_of = options.as_of.empty() ? TodayIso() : options.as_of;
  std::vector<SheetData> sheets = PlanWorkbook(issues, options.tables_only, options.sort_pinyin, as_of);
  std::vector<std::string> names = NameSheets(sheets, options, warn);
  lxw_doc_properties props{};
  props.title = const_cast<char*>("北京市人民政府公报");
  props.comments = const_cast<char*>("Written by gazette");
  workbook_set_properties(wb, &props);
  Formats formats = MakeFormats(wb);
  SheetWriter writer(wb, formats, options);
  std::string error;
  for (size_t i = 0; i < sheets.size() && error.empty(); ++i) error = writer.Write(sheets[i], names[i]);
  lxw_error rc = workbook_close(wb);
  if (error.empty() && rc != LXW_NO_ERROR) error = lxw_strerror(rc);
  if (!error.empty()) return Abandon(tmp, path, error);
  return CommitTemporary(tmp, path);
}

}  // namespace gazette

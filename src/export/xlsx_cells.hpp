// What Excel accepts in a cell and a sheet name, and how wide a column must be: pure string
// helpers behind the workbook writer (src/export/xlsx.cpp).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace gazette::xlsx {

/// Excel's limits (Microsoft, "Excel specifications and limits").
inline constexpr size_t kXlsxMaxCellChars = 32767;  ///< UTF-16 code units in one cell
inline constexpr size_t kXlsxMaxSheetName = 31;     ///< UTF-16 code units in a sheet name
inline constexpr size_t kXlsxMaxRows = 1048576;     ///< rows in one worksheet

/// The marker appended to a cell cut at kXlsxMaxCellChars.
inline constexpr std::string_view kXlsxTruncatedMark = "…[truncated]";

/// TEXT made safe for a cell: characters XML 1.0 forbids (C0 controls other than tab and
/// newline, CR, U+FFFE/U+FFFF) removed; cut with kXlsxTruncatedMark so that the result holds at
/// most MAX_UNITS UTF-16 code units. Sets *TRUNCATED (if given) when it was cut.
std::string CleanCellText(std::string_view text, bool* truncated = nullptr,
                          size_t max_units = kXlsxMaxCellChars);

/// Number of UTF-16 code units of a UTF-8 string (what Excel counts as characters).
size_t Utf16Length(std::string_view utf8);

/// A sheet name Excel accepts, made from WANTED: []:*?/\ replaced by '_', control characters
/// dropped, no leading/trailing apostrophe, at most kXlsxMaxSheetName units, never empty
/// (FALLBACK is used), not Excel's reserved "History", and not in USED (compared
/// case-insensitively; a " (2)" suffix is added). The name is added to USED.
std::string UniqueSheetName(std::string_view wanted, std::set<std::string>& used,
                            std::string_view fallback = "Sheet");

/// NAME folded as Excel compares sheet names (case-insensitively): the form UniqueSheetName
/// keeps in its USED set.
std::string FoldSheetName(std::string_view name);

/// A sheet name that depends on WANTED and KEY alone, so a catalog keeps its name from one
/// workbook to the next: WANTED made legal as UniqueSheetName does; when that is longer than
/// kXlsxMaxSheetName units, or when TAGGED (another sheet wants the same name), cut to 26 units
/// and ended with "~" and four hex digits of a hash (FNV-1a) of KEY. Not yet unique: pass the
/// result through UniqueSheetName.
std::string StableSheetName(std::string_view wanted, std::string_view key, bool tagged);

/// True when CleanCellText would give TEXT back as it is, not cut: well-formed UTF-8 of characters
/// XML allows, at most MAX_UNITS UTF-16 code units (so it can be written without a copy).
bool IsCleanCellText(std::string_view text, size_t max_units = kXlsxMaxCellChars);

/// What a text needs in a cell, from one scan of its lines (split at '\n').
struct TextExtent {
  size_t widest = 0;     ///< the widest line by DisplayWidth (CellWidth)
  size_t lines = 0;      ///< lines in a wrapped cell of the width asked for (WrappedLines)
  bool breaks = false;   ///< holds a line break
};

/// TEXT's widest line, its lines wrapped at WRAP_WIDTH (each line at least one; 0 = not
/// wrapped) and whether it breaks: CellWidth and WrappedLines at once.
TextExtent MeasureText(std::string_view text, size_t wrap_width);

/// How many lines TEXT takes in a wrapped cell WIDTH units wide: each of its lines, by
/// DisplayWidth (a CJK character counts as two), wrapped at WIDTH; at least one.
size_t WrappedLines(std::string_view text, size_t width);

/// A date parsed from ISO YYYY-MM-DD or YYYY-MM.
struct CellDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool month_only = false;  ///< printed as YYYY-MM: day is 1 and the cell shows yyyy-mm
};

/// TEXT as a date Excel can store (years 1900–9999), or nullopt.
std::optional<CellDate> ParseCellDate(std::string_view text);

/// The column width (Excel character units) that TEXT needs: its widest line by DisplayWidth
/// (a CJK character counts as two).
size_t CellWidth(std::string_view text);

}  // namespace gazette::xlsx

#include "export/xlsx_cells.hpp"

#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "util/text.hpp"

namespace gazette::xlsx {
namespace {

/// True for code points XML 1.0 allows in character data (tab and newline kept, CR dropped:
/// Excel stores line breaks as '\n').
bool AllowedInCell(char32_t c) {
  if (c == U'\t' || c == U'\n') return true;
  if (c < 0x20) return false;
  if (c >= 0x7F && c <= 0x9F) return false;  // C1 controls: legal XML but invisible garbage
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFFFE || c == 0xFFFF) return false;
  return c <= 0x10FFFF;
}

size_t Units(char32_t c) { return c > 0xFFFF ? 2 : 1; }

/// NAME cut to at most MAX UTF-16 units, on a code point boundary.
std::u32string CutToUnits(const std::u32string& name, size_t max) {
  std::u32string out;
  size_t units = 0;
  for (char32_t c : name) {
    if (units + Units(c) > max) break;
    units += Units(c);
    out.push_back(c);
  }
  return out;
}

/// WANTED with the characters Excel forbids in sheet names replaced or dropped.
std::u32string SanitizeSheetName(std::string_view wanted) {
  std::u32string out;
  for (char32_t c : ToU32(Trim(wanted))) {
    if (c == U'\n' || c == U'\t') c = U' ';
    if (!AllowedInCell(c) || c == U'\n') continue;
    if (std::u32string_view(U"[]:*?/\\").find(c) != std::u32string_view::npos) c = U'_';
    out.push_back(c);
  }
  while (!out.empty() && out.front() == U'\'') out.erase(out.begin());
  while (!out.empty() && out.back() == U'\'') out.pop_back();
  return out;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

/// The decimal number of exactly N digits at TEXT[POS], or -1.
int Digits(std::string_view text, size_t pos, size_t n) {
  if (pos + n > text.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    v = v * 10 + (text[i] - '0');
  }
  return v;
}

}  // namespace

std::string FoldSheetName(std::string_view name) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), int32_t(name.size()))).foldCase().toUTF8String(out);
  return out;
}

size_t Utf16Length(std::string_view utf8) {
  size_t n = 0;
  for (char32_t c : ToU32(utf8)) n += Units(c);
  return n;
}

bool IsCleanCellText(std::string_view text, size_t max_units) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  if (text.size() > size_t(INT32_MAX)) return false;
  size_t units = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    if (s[i] < 0x80) c = s[i++];
    else U8_NEXT(s, i, n, c);
    if (c < 0 || !AllowedInCell(char32_t(c))) return false;  // ill-formed (U+FFFD when cleaned) or dropped
    units += Units(char32_t(c));
  }
  return units <= max_units;
}

std::string CleanCellText(std::string_view text, bool* truncated, size_t max_units) {
  if (IsCleanCellText(text, max_units)) {
    if (truncated) *truncated = false;
    return std::string(text);
  }
  std::u32string kept;
  size_t units = 0;
  for (char32_t c : ToU32(text)) {
    if (!AllowedInCell(c)) continue;
    kept.push_back(c);
    units += Units(c);
  }
  if (truncated) *truncated = false;
  if (units <= max_units) return ToUtf8(kept);
  if (truncated) *truncated = true;
  size_t mark = Utf16Length(kXlsxTruncatedMark);
  std::u32string cut = CutToUnits(kept, max_units > mark ? max_units - mark : 0);
  return ToUtf8(cut) + std::string(kXlsxTruncatedMark);
}

std::string UniqueSheetName(std::string_view wanted, std::set<std::string>& used, std::string_view fallback) {
  std::u32string base = SanitizeSheetName(wanted);
  if (base.empty()) base = SanitizeSheetName(fallback);
  if (base.empty()) base = U"Sheet";
  if (FoldSheetName(ToUtf8(base)) == "history") base += U"_";  // Excel reserves "History"
  std::u32string name = CutToUnits(base, kXlsxMaxSheetName);
  for (int n = 2; used.count(FoldSheetName(ToUtf8(name))); ++n) {
    std::u32string suffix = ToU32(" (" + std::to_string(n) + ")");
    name = CutToUnits(base, kXlsxMaxSheetName - suffix.size());
    while (!name.empty() && (name.back() == U' ' || name.back() == U'\'')) name.pop_back();
    name += suffix;
  }
  std::string out = ToUtf8(name);
  used.insert(FoldSheetName(out));
  return out;
}

std::string StableSheetName(std::string_view wanted, std::string_view key, bool tagged) {
  constexpr size_t kTagUnits = 5;  // "~" and four hex digits
  std::u32string name = SanitizeSheetName(wanted);
  size_t units = 0;
  for (char32_t c : name) units += Units(c);
  if (units <= kXlsxMaxSheetName && !tagged) return ToUtf8(name);
  uint32_t hash = 2166136261u;  // FNV-1a, 32 bits
  for (unsigned char c : key) hash = (hash ^ c) * 16777619u;
  char tag[8];
  std::snprintf(tag, sizeof tag, "~%04x", unsigned((hash ^ (hash >> 16)) & 0xFFFF));
  std::u32string cut = CutToUnits(name, kXlsxMaxSheetName - kTagUnits);
  while (!cut.empty() && (cut.back() == U' ' || cut.back() == U'\'')) cut.pop_back();
  return ToUtf8(cut) + tag;
}

TextExtent MeasureText(std::string_view text, size_t wrap_width) {
  TextExtent extent;
  for (size_t start = 0;;) {
    const size_t end = text.find('\n', start);
    const size_t w = DisplayWidth(text.substr(start, end == std::string_view::npos ? end : end - start));
    extent.widest = std::max(extent.widest, w);
    extent.lines += wrap_width == 0 || w == 0 ? 1 : (w + wrap_width - 1) / wrap_width;
    if (end == std::string_view::npos) return extent;
    extent.breaks = true;
    start = end + 1;
  }
}

size_t WrappedLines(std::string_view text, size_t width) { return MeasureText(text, width).lines; }

std::optional<CellDate> ParseCellDate(std::string_view text) {
  if (text.size() != 10 && text.size() != 7) return std::nullopt;
  CellDate d;
  d.year = Digits(text, 0, 4);
  d.month = Digits(text, 5, 2);
  if (d.year < 1900 || d.year > 9999 || text[4] != '-' || d.month < 1 || d.month > 12) return std::nullopt;
  if (text.size() == 7) {
    d.day = 1;
    d.month_only = true;
    return d;
  }
  d.day = Digits(text, 8, 2);
  if (text[7] != '-' || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  return d;
}

size_t CellWidth(std::string_view text) { return MeasureText(text, 0).widest; }

}  // namespace gazette::xlsx

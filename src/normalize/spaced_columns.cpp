#include "normalize/spaced_columns.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette::normalize_internal {
namespace {

// How far (display columns) a cell may start from its column's start and still be under it.
constexpr size_t kSlack = 3;
// How many lines of text (section titles, a caption) a table's rows may resume after.
constexpr int kPausedLines = 3;
// The most characters a header cell holds (证书颁发机构(国内认证机构) has 14).
constexpr size_t kMaxHeaderCell = 16;

// The display width of code point C: two for a wide or full-width character (CJK), else one.
size_t WidthOf(UChar32 c) {
  if (c < 0x1100) return 1;
  const auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

bool IsBlank(UChar32 c) { return c == ' ' || c == 0x3000; }

// True when CELL is a 序号 (columns_seq).
bool IsSeq(const SpacedCell& cell) { return RxFull(std::string(cell.text), "columns_seq"_rx); }

// True when TEXT (past its indentation) holds a gap before its last character: two spaces, or
// an ideographic space. One SIMD search for a space (NextSpacing) in most lines.
bool HoldsGap(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && text[end - 1] == ' ') --end;
  text = text.substr(0, end);
  for (size_t i = NextSpacing(text); i < text.size(); i = NextSpacing(text, i + 1))
    if (text[i] != ' ' || (i + 1 < text.size() && text[i + 1] == ' ')) return true;
  return false;
}

}  // namespace

// True when LINE, the last kept before printed line LINENO (next to it, or a blank line between),
// is a table header's first cell alone (序号, 编号: columns_header_first).
bool IsLoneHeaderFirst(const TextLine& line, int lineno) {
  return line.last_line + 2 >= lineno && !line.has_tab && line.text.size() >= 6 && line.text.size() <= 9 &&
         RxFull(line.text, "columns_header_first"_rx);  // 序号 or 编号, not a heading 序 (序言)
}

// True when RAW holds a table's columns: a tab, or a gap of spaces between two cells.
bool HoldsColumns(std::string_view raw) {
  if (raw.find('\t') != std::string_view::npos) return true;
  // Header cells: short names, no sentence (例如  AB-001  表示…, 第一条　为了…, are prose).
  const std::vector<SpacedCell> cells = SplitAtGaps(raw);
  return cells.size() >= 2 && std::all_of(cells.begin(), cells.end(), [](const SpacedCell& c) {
           return c.width <= 2 * kMaxHeaderCell && !RxFind(std::string(c.text), "columns_not_header"_rx);
         });
}

std::vector<SpacedCell> SplitAtGaps(std::string_view line) {
  std::vector<SpacedCell> cells;
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  size_t column = 0, blank_width = 0;
  int32_t cell_begin = -1, cell_end = 0;  // the open cell's bytes, up to its last character
  size_t cell_column = 0, cell_width = 0;
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const size_t width = c < 0 ? 1 : WidthOf(c);
    if (IsBlank(c)) {
      blank_width += width;
    } else {
      if (cell_begin >= 0 && blank_width >= 2) {  // a gap ends the open cell
        cells.push_back({line.substr(static_cast<size_t>(cell_begin), static_cast<size_t>(cell_end - cell_begin)), cell_column,
                         cell_width});
        cell_begin = -1;
      }
      if (cell_begin < 0) {
        cell_begin = at;
        cell_column = column;
      }
      cell_end = i;
      cell_width = column + width - cell_column;
      blank_width = 0;
    }
    column += width;
  }
  if (cell_begin >= 0)
    cells.push_back({line.substr(static_cast<size_t>(cell_begin), static_cast<size_t>(cell_end - cell_begin)), cell_column,
                     cell_width});
  return cells;
}

bool SpacedColumns::StartsTable(const std::vector<SpacedCell>& cells) const {
  return cells.size() >= 2 && RxFull(std::string(cells[0].text), "columns_header_first"_rx);
}

size_t SpacedColumns::ColumnOf(size_t display_column) const {
  size_t k = 0;
  while (k + 1 < columns_.size() && columns_[k + 1] <= display_column + kSlack) ++k;
  return k;
}

bool SpacedColumns::Continues(const std::vector<SpacedCell>& cells) const {
  // A row: its first cell under a column past the first (a sub-row, a wrap), or a 序号.
  if (cells.size() >= 2) return ColumnOf(cells[0].column) > 0 || IsSeq(cells[0]);
  if (cells.size() != 1) return false;
  // One cell: a piece of a wrapped cell when it starts under a column past the first and ends no
  // sentence (a paragraph after the table starts at its indentation and ends with 。).
  const SpacedCell& cell = cells[0];
  const size_t k = ColumnOf(cell.column);
  const size_t distance = cell.column > columns_[k] ? cell.column - columns_[k] : columns_[k] - cell.column;
  if (k == 0 || distance > kSlack || cell.text.ends_with("。")) return false;
  // It fits its column (a paragraph after the table runs past it), and is no section title.
  if (k + 1 < columns_.size() && cell.column + cell.width > columns_[k + 1] + kSlack) return false;
  return !RxFull(NormalizeText(cell.text), "table_section"_rx);
}

void SpacedColumns::Pause() {
  paused_columns_ = std::move(columns_);
  columns_.clear();
  paused_ = kPausedLines;
}

bool SpacedColumns::Resumes(const std::vector<SpacedCell>& cells) {
  if (paused_ == 0) return false;
  --paused_;
  // A full row numbered as a table's first cell is (1, 12): the table goes on under its section.
  if (cells.size() != paused_columns_.size() || !IsSeq(cells[0])) return false;
  columns_ = std::move(paused_columns_);
  paused_ = 0;
  return true;
}

bool SpacedColumns::MayOpen(std::string_view raw) const {
  const size_t i = SkipSpaces(raw);  // the indentation
  if (i == raw.size()) return false;
  size_t len = 0;
  const char32_t c = CodePointAt(raw, i, &len);
  return (RxMayStartWith("columns_header_first"_rx, c) || (paused_ > 0 && RxMayStartWith("columns_seq"_rx, c))) &&
         HoldsGap(raw.substr(i));
}

bool SpacedColumns::Rewrite(std::string_view raw, std::string* out) {
  if (columns_.empty() && !MayOpen(raw)) {
    if (paused_ > 0) --paused_;  // a line of text between the pieces of a table (a section title)
    return false;
  }
  if (raw.find('\t') != std::string_view::npos) {  // a tabbed line: no table of gaps runs through it
    columns_.clear();
    paused_ = 0;
    return false;
  }
  const std::vector<SpacedCell> cells = SplitAtGaps(raw);
  if (!columns_.empty() && !Continues(cells)) Pause();
  if (columns_.empty() && !Resumes(cells)) {
    if (!StartsTable(cells)) return false;
    columns_.clear();
    for (const auto& c : cells) columns_.push_back(c.column);
  }
  if (cells.size() == columns_.size()) {  // a full row: where its cells start is where data is printed
    for (size_t i = 0; i < cells.size(); ++i) columns_[i] = cells[i].column;
  }
  out->clear();
  // A full row goes one cell to a column; a shorter one (blank cells, a wrapped piece) by where
  // each cell starts, each past the one before.
  const bool full = cells.size() == columns_.size();
  size_t current = 0;  // the column the text written last is in
  for (size_t i = 0; i < cells.size(); ++i) {
    size_t k = full ? i : ColumnOf(cells[i].column);
    if (i > 0 && k <= current) k = current + 1;
    out->append(k - current, '\t');
    out->append(cells[i].text);
    current = k;
  }
  return true;
}

}  // namespace gazette::normalize_internal

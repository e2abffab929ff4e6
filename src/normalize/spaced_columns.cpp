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

// CELLS (of LINE) from FIRST to LAST joined into one cell: LINE's text from the first's start to
// the last's end.
SpacedCell Joined(std::string_view line, const std::vector<SpacedCell>& cells, size_t first, size_t last) {
  const size_t begin = static_cast<size_t>(cells[first].text.data() - line.data());
  const size_t end = static_cast<size_t>(cells[last].text.data() - line.data()) + cells[last].text.size();
  return {line.substr(begin, end - begin), cells[first].column, cells[last].column + cells[last].width - cells[first].column};
}

// True for a cell of one CJK character (a letter of a letter-spaced word).
bool IsLetter(const SpacedCell& c) { return c.width == 2 && c.text.size() == 3; }

// The first line of AFTER that is not blank (empty if none within a few lines).
std::string_view NextLine(std::string_view after) {
  for (int n = 0; n < 3 && !after.empty(); ++n) {
    const size_t nl = after.find('\n');
    std::string_view line = after.substr(0, nl);
    if (SkipSpaces(line) < line.size()) return line;
    if (nl == std::string_view::npos) break;
    after.remove_prefix(nl + 1);
  }
  return {};
}

// CELLS (of LINE) joined into words by the gap between the first two letters (序  号): letters
// that far apart or nearer are one word. As split unless CELLS open with two letters.
std::vector<SpacedCell> ByLetterGap(std::string_view line, const std::vector<SpacedCell>& cells) {
  if (cells.size() < 3 || !IsLetter(cells[0]) || !IsLetter(cells[1])) return cells;
  const size_t letter_gap = cells[1].column - (cells[0].column + cells[0].width);
  std::vector<SpacedCell> words;
  size_t first = 0;
  for (size_t i = 1; i <= cells.size(); ++i) {
    const bool same_word = i < cells.size() && IsLetter(cells[i]) && IsLetter(cells[i - 1]) &&
                           cells[i].column - (cells[i - 1].column + cells[i - 1].width) <= letter_gap;
    if (same_word) continue;
    words.push_back(Joined(line, cells, first, i - 1));
    first = i;
  }
  return words;
}

// CELLS (of LINE) joined into words by the columns of DATA, a row under them: each cell goes to
// the last data column starting at or before it (with slack), the cells of one column one word.
std::vector<SpacedCell> ByDataColumns(std::string_view line, const std::vector<SpacedCell>& cells,
                                      const std::vector<SpacedCell>& data) {
  std::vector<SpacedCell> words;
  size_t first = 0, column = 0;
  for (size_t i = 0; i <= cells.size(); ++i) {
    size_t k = 0;
    if (i < cells.size())
      while (k + 1 < data.size() && data[k + 1].column <= cells[i].column + kSlack) ++k;
    if (i == cells.size() || (i > first && k != column)) {
      words.push_back(Joined(line, cells, first, i - 1));
      first = i;
    }
    column = k;
  }
  return words;
}

// CELLS of a header LINE printed letter-spaced (序  号    文  件  名  称    文  号: each letter a
// cell) joined into words: by the gap between its first two letters where that gives as many
// words as the numbered row under it (NEXT) has cells; else, a word's letters spread over its
// column (序  号      文    件    名    称      文  号), by that row's columns. As split when no two
// letters stand side by side.
std::vector<SpacedCell> JoinLetterSpaced(std::string_view line, std::vector<SpacedCell> cells, std::string_view next) {
  bool letters = false;
  for (size_t i = 0; i + 1 < cells.size() && !letters; ++i) letters = IsLetter(cells[i]) && IsLetter(cells[i + 1]);
  if (!letters) return cells;
  std::vector<SpacedCell> words = ByLetterGap(line, cells);
  const std::vector<SpacedCell> data = SplitAtGaps(next);
  if (data.size() >= 2 && IsSeq(data[0]) && words.size() != data.size()) {
    std::vector<SpacedCell> by_columns = ByDataColumns(line, cells, data);
    if (by_columns.size() == data.size()) return by_columns;
  }
  return words.size() >= 2 ? words : cells;
}

}  // namespace

// True when LINE, the last kept before printed line LINENO (next to it, or a blank line between),
// is a table header's first cell alone (序号, 编号: columns_header_first).
bool IsLoneHeaderFirst(const TextLine& line, int lineno) {
  return line.last_line + 2 >= lineno && !line.has_tab && line.text.size() >= 6 && line.text.size() <= 9 &&
         RxFull(line.text, "columns_header_first"_rx);  // 序号 or 编号, not a heading 序 (序言)
}

namespace {

// True when PIECE, under header cell CELL, is the rest of it: a qualifier in brackets ((万元)), or
// a header word that ends a header only with it (文件 / 名称); not a section title or a row without
// its 序号 (名称 / 市政府文件, 文件 / 市级部门).
bool IsHeaderPiece(const std::string& cell, const std::string& piece) {
  if (cell.empty()) return false;
  if (RxFull(piece, "columns_header_qualifier"_rx)) return true;
  return RxFull(StripSpaces(piece), "columns_header_tail"_rx) && !RxFull(StripSpaces(cell), "columns_header_word"_rx) &&
         RxFull(StripSpaces(cell + piece), "columns_header_word"_rx);
}

}  // namespace

bool JoinHeaderPieces(TextLine& header, const TextLine& line, std::string_view printed) {
  if (!header.has_tab || header.last_line + 1 != line.line) return false;
  // Its cells: as many blank ones first as PRINTED opens with tabs (its text is trimmed), then
  // the normalized pieces between its tabs.
  size_t lead = 0;
  for (char c : printed) {
    if (c == '\t') ++lead;
    else if (c != ' ') break;
  }
  if (lead == 0) return false;  // a row's first cell, not the rest of the header's
  std::vector<std::string> cells = Split(header.inline_text, "\t"), pieces(lead);
  for (auto& p : Split(line.inline_text, "\t")) pieces.push_back(Trim(p));
  for (auto& c : cells) c = Trim(c);
  if (pieces.size() > cells.size() || !RxFull(cells[0], "columns_header_first"_rx)) return false;
  bool any = false;
  for (size_t k = 1; k < pieces.size(); ++k) {
    if (pieces[k].empty()) continue;
    if (!IsHeaderPiece(cells[k], pieces[k])) return false;
    any = true;
  }
  if (!any) return false;
  for (size_t k = 1; k < pieces.size(); ++k) cells[k] += pieces[k];
  header.inline_text = Join(cells, "\t");
  header.text = RemoveCjkSpacing(header.inline_text);
  TrimOwned(header.text);
  header.printed += '\n';
  header.printed += printed;
  header.last_line = line.line;
  return true;
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

bool SpacedColumns::Rewrite(std::string_view raw, std::string* out, std::string_view after) {
  if (columns_.empty() && !MayOpen(raw)) {
    if (paused_ > 0) --paused_;  // a line of text between the pieces of a table (a section title)
    return false;
  }
  if (raw.find('\t') != std::string_view::npos) {  // a tabbed line: no table of gaps runs through it
    columns_.clear();
    paused_ = 0;
    return false;
  }
  std::vector<SpacedCell> cells = SplitAtGaps(raw);
  if (!columns_.empty() && !Continues(cells)) Pause();
  if (columns_.empty() && !Resumes(cells)) {
    cells = JoinLetterSpaced(raw, std::move(cells), NextLine(after));
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

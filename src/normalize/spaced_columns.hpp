// Tables whose columns a PDF's text keeps apart with runs of spaces instead of tabs (text taken
// with its layout kept): their lines rewritten with tabs, so that they read as the tab-separated
// rows the tables extractor, the lists of references and the article tree know.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/text.hpp"

namespace gazette::normalize_internal {

/// One printed cell of a line: its text and the display column it starts at (a wide character,
/// as CJK, counts two).
struct SpacedCell {
  std::string_view text;
  size_t column = 0;
  size_t width = 0;  ///< display columns from its first character to its last
};

/// The cells of LINE split at its gaps (two spaces or more, or an ideographic space), with their
/// display columns; its indentation and trailing spaces are no cell. Empty for a blank line.
std::vector<SpacedCell> SplitAtGaps(std::string_view line);

/// True when LINE, the last kept before printed line LINENO (next to it, or a blank line between),
/// is a table header's first cell alone (序号, 编号: columns_header_first): a PDF printed the
/// header's other cells on the next line.
bool IsLoneHeaderFirst(const TextLine& line, int lineno);

/// Joins LINE, read right under HEADER, into it cell by cell when HEADER is a table's header
/// (its first cell 序号 or 编号) and LINE the rest of its cells that a wrap put on the next line
/// (序号 文件 文号 / [blank] 名称: 序号 文件名称 文号), PRINTED as LINE was printed (with its tabs).
/// True if it did (LINE is then no line of its own).
bool JoinHeaderPieces(TextLine& header, const TextLine& line, std::string_view printed);

/// True when RAW holds a table's columns: a tab, or a gap of spaces between two cells.
bool HoldsColumns(std::string_view raw);

/// Reads the printed lines of an issue in order and rewrites those of a table printed with gaps.
/// A table starts at a header line whose first cell is columns_header_first (序号, 编号) and that
/// has at least two cells; its column starts are where the cells of its last full row start (a
/// header is often centred over its column, data printed from the column's left). Each line after
/// it is a row while it has two cells or more, or a piece of a wrapped cell while its one cell is
/// indented past the first column and does not end a sentence: each cell goes to the column it
/// starts under, with empty cells between. Any other line ends the table, unless within three
/// lines a full row numbered in its first cell follows (rows under a section title go on).
class SpacedColumns {
 public:
  /// True when RAW (a printed line without its newline) is a line of such a table: *OUT is then
  /// RAW with a tab between cells. False for any other line, OUT untouched. AFTER, the text after
  /// RAW, shows a letter-spaced header the columns of the row under it.
  bool Rewrite(std::string_view raw, std::string* out, std::string_view after = {});

 private:
  /// Outside a table: whether RAW may open one (or resume the paused one), by its first
  /// character past the indentation (the header's or a 序号's) and a gap in it.
  bool MayOpen(std::string_view raw) const;
  bool StartsTable(const std::vector<SpacedCell>& cells) const;
  bool Continues(const std::vector<SpacedCell>& cells) const;
  size_t ColumnOf(size_t display_column) const;
  void Pause();
  bool Resumes(const std::vector<SpacedCell>& cells);

  std::vector<size_t> columns_;  // the display column each cell starts at; empty: no table
  std::vector<size_t> paused_columns_;  // the table ended last, while its rows may go on
  int paused_ = 0;  // lines left before the paused table is gone
};

}  // namespace gazette::normalize_internal

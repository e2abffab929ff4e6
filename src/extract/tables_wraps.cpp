// A line under a row whose 序号 cell is blank and whose cells stand under the row's columns: the
// row's several cells wrapped at once (北京市京西 / 重型机械厂 under the name, 9111010905 /
// 5812345Y under the credit code; 发改价格规〔2019〕 / 1931号 under the 文号). pdftotext keeps
// the columns' tabs on such a line, so each piece goes on with the cell above it. And a row printed
// with spaces where the tabs should be, among tabbed rows (SpacedRow).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "extract/tables_internal.hpp"
#include "segment/docno.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette::tables {
namespace {

constexpr std::string_view kColumnByColumn = "column by column";  // the repair's words, read back

}  // namespace

bool CompletesDocno(const std::string& cell, std::string_view piece) {
  // The cell and the piece are one 文号 (京测发 / 〔2002〕2号), not a title citing one.
  return !cell.empty() && NormalizeDocno(cell).empty() && IsDocnoLine(NormalizeText(cell + std::string(piece)));
}

bool ContinuesColumnByColumn(const RawRow& row, const std::vector<std::string>& piece, size_t ncols, bool lone) {
  if (piece.empty() || !piece[0].empty() || piece.size() > ncols || row.cells.empty()) return false;
  size_t filled = 0;
  for (const auto& c : piece) filled += !c.empty();
  if (filled < 2) return false;  // one cell continued: the merged-cell rule
  // A cut row whose tail would overflow the columns were the piece its next cells: cut inside a
  // value (a row ending in blank cells, 床位费⇥⇥, was printed whole: sub-rows follow it), joined
  // once, by the one line under it (several such lines are sub-rows: 三人间 30 / 双人间 50).
  if (row.cells.size() < ncols)
    return lone && !row.cells.back().empty() && !JoinedColumnByColumn(row) && row.cells.size() + piece.size() - 1 > ncols;
  // A complete row: a piece that finishes a 文号 cut after its year is no sub-row of its own.
  // (Under whatever column: a 政策依据 column holds 文号 and titles alike.)
  for (size_t k = 1; k < piece.size() && k < row.cells.size(); ++k)
    if (!piece[k].empty() && CompletesDocno(row.cells[k], piece[k])) return true;
  return false;
}

bool OpensWithBlankCell(const TextLine& line) {
  if (!line.has_tab) return false;
  const std::vector<std::string> cells = SplitCells(line);
  return !cells.empty() && cells[0].empty();
}

bool JoinedColumnByColumn(const RawRow& row) {
  return std::any_of(row.repairs.begin(), row.repairs.end(),
                     [](const std::string& r) { return r.find(kColumnByColumn) != std::string::npos; });
}

void JoinColumnByColumn(RawRow& row, const std::vector<std::string>& piece, int line) {
  if (row.cells.size() < piece.size()) row.cells.resize(piece.size());
  for (size_t k = 0; k < piece.size(); ++k)
    if (!piece[k].empty()) row.cells[k] = JoinWrapped(row.cells[k], piece[k]);
  row.last_line = line;
  row.repairs.push_back("line " + std::to_string(line) + " continues the row's cells " + std::string(kColumnByColumn) + " (cells wrapped)");
}

std::optional<std::vector<std::string>> SpacedRow(std::string_view line, const RawRow* last, const FittedSchema& schema,
                                                  int seq_col, size_t ncols) {
  if (seq_col < 0 || !last || static_cast<size_t>(seq_col) >= last->cells.size() || ncols < 2) return std::nullopt;
  std::vector<std::string> cells;
  for (size_t at = 0; at < line.size();) {  // runs of ASCII or ideographic spaces part the cells
    const size_t begin = at + SkipSpaces(line.substr(at));
    if (begin >= line.size()) break;
    size_t end = begin;
    while (end < line.size() && SkipSpaces(line.substr(end)) == 0) end += std::max<size_t>(1, Utf8Length(line[end]));
    cells.emplace_back(line.substr(begin, end - begin));
    at = end;
  }
  // An OCR space inside the one text column's value (《北京市 河道管理办法》): its pieces joined.
  if (cells.size() > ncols) {
    size_t text = ncols, texts = 0;
    for (size_t k = 0; k < ncols && k < schema.columns.size(); ++k)
      if (schema.columns[k].type != ColumnType::kSeq && schema.columns[k].type != ColumnType::kDocno) text = k, ++texts;
    if (texts != 1) return std::nullopt;
    const size_t surplus = cells.size() - ncols;
    for (size_t k = 1; k <= surplus; ++k) cells[text] = JoinWrapped(cells[text], cells[text + k]);
    cells.erase(cells.begin() + static_cast<long>(text) + 1, cells.begin() + static_cast<long>(text + surplus) + 1);
  }
  if (cells.size() != ncols) return std::nullopt;
  // Its 序号 the next after the row above's, and each 文号 column's cell a whole 文号.
  const int seq = SeqNumber(cells[static_cast<size_t>(seq_col)]), above = SeqNumber(last->cells[static_cast<size_t>(seq_col)]);
  if (seq <= 0 || seq != above + 1) return std::nullopt;
  bool docno = false;
  for (size_t k = 0; k < schema.columns.size() && k < ncols; ++k) {
    if (schema.columns[k].type != ColumnType::kDocno) continue;
    if (!IsDocnoLine(NormalizeText(cells[k]))) return std::nullopt;
    docno = true;
  }
  if (!docno) return std::nullopt;  // a row without a 文号 to prove its columns is a wrap as likely
  return cells;
}

std::optional<std::vector<std::string>> SecondRowOnLine(std::vector<std::string>& cells, size_t ncols, int seq_col) {
  if (seq_col != 0 || cells.size() <= ncols || ncols < 2) return std::nullopt;
  const int seq = SeqNumber(cells[0]);
  if (seq <= 0) return std::nullopt;
  auto is_next = [seq](const std::string& text) {  // the next 序号 in digits
    return SeqNumber(text) == seq + 1 && text.find_first_not_of("0123456789") == std::string::npos;
  };
  // Parted by a tab (…⇥京水务资〔2009〕9号⇥3⇥…): the next 序号 a cell of its own.
  if (is_next(cells[ncols]) && cells.size() - ncols <= ncols) {
    std::vector<std::string> second(cells.begin() + static_cast<long>(ncols), cells.end());
    cells.resize(ncols);
    return second;
  }
  // The last column's cell ends in the next row's 序号 after a space (…18号 10).
  std::string& joint = cells[ncols - 1];
  const size_t space = joint.find_last_of(" \t");
  if (space == std::string::npos || space + 1 >= joint.size()) return std::nullopt;
  const std::string head = Trim(joint.substr(0, space)), next = joint.substr(space + 1);
  if (!is_next(next) || head.empty()) return std::nullopt;
  std::vector<std::string> second{next};
  second.insert(second.end(), cells.begin() + static_cast<long>(ncols), cells.end());
  if (second.size() > ncols) return std::nullopt;
  joint = head;
  cells.resize(ncols);
  return second;
}

}  // namespace gazette::tables

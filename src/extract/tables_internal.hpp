// Internals of the table extractor shared by src/extract/tables*.cpp (not a public interface).
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <memory_resource>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/issue.hpp"

namespace gazette::tables {

/// One column of a schema: the key its cells get and how they are cleaned.
struct Column {
  std::string key;   ///< seq, name, issuer … or col_N
  ColumnType type = ColumnType::kText;  ///< seq|text|bilingual|list|docno|code
};

/// The schema fitted to a header row: its name and one Column per header cell.
struct FittedSchema {
  std::string name;  ///< schema name from catalogs/table-schemas.tsv, or "generic"
  std::vector<Column> columns;
};

/// Fits HEADERS (normalized header cells) to the best schema of catalogs/table-schemas.tsv.
FittedSchema FitSchema(const std::vector<std::string>& headers);

/// True when HEADERS name a known schema (at least two cells, and at least half of them).
bool IsKnownHeader(const std::vector<std::string>& headers);
/// IsKnownHeader with KEYS, the HeaderKeys of HEADERS, already at hand.
bool IsKnownHeader(const std::vector<std::string>& headers, const std::vector<std::string>& keys);

/// The HeaderKey of each of CELLS.
std::vector<std::string> HeaderKeys(const std::vector<std::string>& cells);

/// The comparison form of a header cell: normalized, without any space.
std::string HeaderKey(const std::string& cell);

/// A hash of a cell's text read from its length and at most three eight-byte pieces of it (the
/// first, the middle and the last): a cell is hashed each time a memo or a column's vocabulary
/// is asked, and std::hash reads every byte. Texts that share all three pieces and their length
/// share a bucket, and the comparison of their keys tells them apart. Not noexcept on purpose:
/// libstdc++ then keeps each key's hash in its node (as for std::hash<std::string>), so a lookup
/// compares hashes before keys and a rehash does not hash every key again.
struct CellHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    const size_t n = s.size();
    uint64_t h = n * 0x9E3779B97F4A7C15ull;
    if (n <= 16) {
      h ^= Piece(s.data(), n < 8 ? n : 8) * 0xC2B2AE3D27D4EB4Full;
      h = (h << 29 | h >> 35) ^ Piece(s.data() + (n < 8 ? n : 8), n < 8 ? 0 : n - 8) * 0x165667B19E3779F9ull;
    } else {
      h ^= Piece(s.data(), 8) * 0xC2B2AE3D27D4EB4Full;
      h = (h << 29 | h >> 35) ^ Piece(s.data() + n / 2 - 4, 8) * 0x165667B19E3779F9ull;
      h = (h << 29 | h >> 35) ^ Piece(s.data() + n - 8, 8) * 0x27D4EB2F165667C5ull;
    }
    h *= 0x94D049BB133111EBull;
    return static_cast<size_t>(h ^ (h >> 31));
  }

 private:
  /// The N (at most 8) bytes at P as a number.
  static uint64_t Piece(const char* p, size_t n) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
  }
};

/// A memo's map from a cell to what was made of it, its nodes made in an arena of the memo's
/// (monotonic: a memo only grows), all freed with it: not a node of the allocator's for each cell.
template <typename Value>
using CellMemo = std::unordered_map<std::string, Value, CellHash, std::equal_to<>,
                                    std::pmr::polymorphic_allocator<std::pair<const std::string, Value>>>;

/// MEMO's entry for KEY, made by MAKE() the first time KEY is asked: the key hashed once (a find,
/// then an emplace of a new key, hashed it twice). An exception from MAKE leaves no entry.
template <typename Map, typename Make>
const typename Map::mapped_type& Remembered(Map& memo, const std::string& key, Make make) {
  auto [at, fresh] = memo.try_emplace(key);
  if (fresh) {
    try {
      at->second = make();
    } catch (...) {
      memo.erase(key);
      throw;
    }
  }
  return at->second;
}

/// HeaderKey remembered for one document's table lines: every row is compared with the header
/// (each cell normalized), and a table's cells recur down its columns (a country, a field, a
/// blank) as its header recurs after each page break.
class HeaderKeyMemo {
 public:
  /// HeaderKey(CELL), computed once per distinct CELL.
  const std::string& operator()(const std::string& cell);
  /// The HeaderKey of each of CELLS (as HeaderKeys).
  std::vector<std::string> Keys(const std::vector<std::string>& cells);
  /// Keys(CELLS) into OUT, whose strings (and their room) are reused: a reader's buffer for its rows.
  void KeysInto(const std::vector<std::string>& cells, std::vector<std::string>& out);

 private:
  std::pmr::monotonic_buffer_resource arena_;  ///< the memo's nodes
  CellMemo<std::string> memo_{&arena_};
};

/// The raw cells of a tab-separated line (inline form: spacing kept), with the leading and
/// trailing blank cells that the printed line holds.
std::vector<std::string> SplitCells(const TextLine& line);

/// A section title line (with its count) inside or just above a table.
struct SectionLine {
  std::string title;
  int declared = -1;
  int line = 0;
};

/// True when L, a line without a tab, is a section title ((二)境外职业资格清单(129项), 二、市级部门:
/// table_section), read into OUT.
bool ParseSection(const TextLine& l, SectionLine* out);

/// True when CELLS, a tabbed line printed at LINE, are a section title printed in the grid (a
/// merged cell: 二、经济类(1件) its one cell not blank; or a group row: 一 under 序号, its title
/// beside it, the rest of a grid of four or more columns blank), read into OUT.
bool ParseGridSection(const std::vector<std::string>& cells, int line, SectionLine* out);

/// Takes for TABLE, the document's one table, whose header is body line START, the count of its
/// list the notice states above it (废止失效57件, 废止《A》等5件, 对5件…予以废止), if it does.
void TakeStatedCount(const Document& doc, size_t start, Table& table);

/// The cleaned value of one cell of type TYPE (see catalogs/table-schemas.tsv).
std::string CleanCell(const std::string& raw, ColumnType type);

/// A bilingual cell split into its Chinese and its English names, each list joined with "; ".
struct Bilingual {
  std::string zh;
  std::string en;
};
Bilingual SplitBilingual(const std::string& raw);

/// CleanCell remembered for one table: the repairs clean each cell several times (two profiles
/// of the columns, the slipped-value check, each shape tried for a short row) and the record
/// once more, and the same value recurs down a column.
class CellCleaner {
 public:
  /// Empty memos, one for each column type, their nodes in the cleaner's arena.
  CellCleaner();
  /// CleanCell(RAW, TYPE), computed once per distinct RAW and TYPE.
  const std::string& operator()(const std::string& raw, ColumnType type);
  /// SplitBilingual(RAW), computed once per distinct RAW (a column's names recur down it).
  const Bilingual& Split(const std::string& raw);

 private:
  std::pmr::monotonic_buffer_resource arena_;  ///< the memos' nodes
  // By ColumnType: one map for each spelled type (every type has a spelling in model/kinds.hpp).
  std::vector<CellMemo<std::string>> memo_;
  CellMemo<Bilingual> bilingual_{&arena_};
};

/// True when RAW cleaned as text reads 合计, 总计, 小计 or 共计 (table_total_row). Every match of
/// the pattern starts with 合, 总, 小 or 共 (read from the pattern: RawMayReadTotal) and cleaning adds
/// no character: a cell without one is not cleaned to be asked (the 序号 that opens most rows was
/// cleaned as text only for this).
bool ReadsTotal(const std::string& raw, CellCleaner& clean);

/// CleanCell(RAW, ColumnType::kText).
std::string NormalizeCellText(const std::string& raw);

/// Joins two pieces of one cell cut by a wrap: no space between CJK, one space between Latin.
std::string JoinWrapped(const std::string& a, const std::string& b);

/// The number of a 序号 or item label (12, 十二, (三)); 0 when it is not one.
int SeqNumber(const std::string& seq);

/// The digits OCR read as letters in a 序号 (l for 1, I or | beside a digit, O or o for 0: l → 1, 1O → 10, l1 →
/// 11), when SEQ holds such a letter and nothing but these and digits, and reads as a number not
/// starting with 0; none otherwise (SEQ as printed, or a word).
std::optional<std::string> SeqReadAsDigits(const std::string& seq);

/// True if SOURCE is OPENER (which opens a group: "^(?:", "(?<num>"), FIRST, '|', the group's
/// other alternatives, its ')' and AFTER: FIRST is then the first alternative of a group that is
/// the whole pattern. Conservative: false for syntax it does not follow (\Q…\E, comments, escapes
/// or POSIX classes inside a class).
bool GroupOpensWith(std::string_view source, std::string_view opener, std::string_view first, std::string_view after);
/// True if the active table_seq matches every key of one to five ASCII digits (its first
/// alternative is \d{1,5}): IsSeqKey answers those without the engine. Read once per grammar generation.
bool DigitsAreSeqKey();
/// True if the active table_seq_number, searched in a text of ASCII digits, matches their first
/// five (or fewer) as its num (its first alternative is \d{1,5}): SeqNumber reads them itself.
bool DigitsLeadSeqNumber();
/// False if KEY (a HeaderKey) does not start with a character every match of the active
/// table_total_row may start with (its compiled first characters: 合, 总, 小, 共): the pattern
/// cannot match KEY whole. True when they are not known.
bool KeyMayReadTotal(std::string_view key);
/// False if RAW, a cell cleaned as text before it is asked, holds none of those characters:
/// cleaning keeps some of its characters and adds none, so the text cleaned cannot start with one.
bool RawMayReadTotal(std::string_view raw);

/// True when CELL (raw) is a 序号 value.
bool IsSeqCell(const std::string& cell);
/// IsSeqCell with KEY, the cell's HeaderKey, already at hand.
bool IsSeqKey(const std::string& key);

/// A row while the table is read: raw cells (inline form) and where they came from.
struct RawRow {
  std::vector<std::string> cells;
  int line = 0;
  int last_line = 0;
  bool filled = false;
  std::vector<std::string> repairs;
};

/// The cells of LINE (its text as printed), a row printed with spaces where tabs should be among
/// tabbed rows (7 关于…的通知 京水务排〔2011〕30号): NCOLS pieces parted by spaces, its 序号 (column
/// SEQ_COL) the next after LAST's, its 文号 column a whole 文号; none otherwise (a wrap).
std::optional<std::vector<std::string>> SpacedRow(std::string_view line, const RawRow* last, const FittedSchema& schema,
                                                  int seq_col, size_t ncols);

/// True when CELL (its HeaderKey KEY) reads 合计, 总计… (table_total_row of its NormalizeText).
bool IsTotalCell(const std::string& cell, const std::string& key);

/// True when CELL opens a bracket or quote it does not close: its text goes on elsewhere.
bool Unbalanced(const std::string& cell);

/// The second row on a line that holds two (9⇥…⇥京水务农〔2013〕18号 10⇥…⇥京水务河〔2014〕5号): CELLS
/// (NCOLS columns, the 序号 first: SEQ_COL 0) cut to the first row, the second's cells returned,
/// when the last column's cell ends in the next 序号 after a space; none otherwise.
std::optional<std::vector<std::string>> SecondRowOnLine(std::vector<std::string>& cells, size_t ncols, int seq_col);

/// True when CELL, a 文号 cut by a wrap (京测发, 发改价格规〔2019〕), and PIECE are one 文号.
bool CompletesDocno(const std::string& cell, std::string_view piece);

/// True when PIECE, the cells of a line under ROW with a blank 序号 (column 1), goes on with
/// ROW's cells column by column: several cells wrapped at once. Either ROW is cut inside a value
/// and PIECE, the LONE such line under it, would overflow NCOLS as its tail, or PIECE finishes a
/// 文号 of ROW cut after its year.
bool ContinuesColumnByColumn(const RawRow& row, const std::vector<std::string>& piece, size_t ncols, bool lone);

/// True when LINE is a table line whose first cell is blank (a piece under a row).
bool OpensWithBlankCell(const TextLine& line);

/// True when ROW was continued column by column already (JoinColumnByColumn's repair).
bool JoinedColumnByColumn(const RawRow& row);

/// Joins each cell of PIECE (line LINE) to ROW's cell of the same column, noting the repair.
void JoinColumnByColumn(RawRow& row, const std::vector<std::string>& piece, int line);

/// Repairs the shape of ROWS against NCOLS columns of SCHEMA: rows with too few cells (two
/// columns run together, a blank cell lost) or too many, and values that slipped one column
/// left or were copied from the next column. Each repair is noted on its row. The cells are
/// judged cleaned by CLEAN, the table's cleaner (FinishTable cleans the records with it too).
void RepairRows(std::vector<RawRow*>& rows, size_t ncols, const FittedSchema& schema, CellCleaner& clean);

/// Table T with its rows: ROWS (one list per section of T) repaired, cleaned by SCHEMA's types
/// and keyed; 序号 read from column SEQ_COL (-1 if none: then from item labels such as (一)
/// when every row's first cell has one).
Table FinishTable(Table t, std::vector<std::vector<RawRow>>& rows, const FittedSchema& schema, int seq_col);

}  // namespace gazette::tables

// Row shape repairs, judged by what the other rows of the same table hold in each column (their
// vocabulary and how often each column is blank) and by the column types (序号, 文号):
//  - too many cells: blank trailing cells dropped, extra text joined to the last column;
//  - too few cells: the lost blank cell is put back, or a cell holding two columns run together
//    is split, whichever fits the columns best; failing both, the row is padded;
//  - a value slipped one column left (商业服务 under 国家(地区), 领域 blank) is moved back;
//  - a value copied from the next column into an optional column (国家(地区) = 领域) is cleared.
#include <algorithm>
#include <memory_resource>
#include <string_view>
#include <unordered_map>

#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"

namespace gazette::tables {
namespace {

/// Cleaned value → rows, the values the table's CellCleaner's (kept as long as it is). Made in
/// the repairs' arena (Columns::counts): a node for each distinct value, all freed at once.
using ValueCounts = std::pmr::unordered_map<std::string_view, int, CellHash>;

/// What the table's complete rows hold in each column.
struct Profile {
  std::vector<ValueCounts> vocab;  ///< for each column
  std::vector<double> blank_rate;
  bool has_seq = false, has_docno = false;
};

/// The schema and the table's cell cleaner, which every step of the repairs consults.
struct Columns {
  const FittedSchema& schema;
  CellCleaner& clean;
  std::pmr::memory_resource* counts;  ///< the repairs' arena, where every ValueCounts is made
  /// RAW cleaned as column K's type (text past the schema's columns).
  const std::string& Clean(size_t k, const std::string& raw) const {
    return clean(raw, k < schema.columns.size() ? schema.columns[k].type : ColumnType::kText);
  }
};

Profile MakeProfile(const std::vector<RawRow*>& rows, size_t ncols, const Columns& s) {
  Profile p;
  p.vocab.reserve(ncols);
  for (size_t k = 0; k < ncols; ++k) p.vocab.emplace_back(s.counts);
  p.blank_rate.assign(ncols, 0);
  int complete = 0;
  for (const RawRow* r : rows) {
    if (r->filled || r->cells.size() != ncols) continue;
    ++complete;
    for (size_t k = 0; k < ncols; ++k) {
      const std::string& v = s.Clean(k, r->cells[k]);
      if (v.empty()) p.blank_rate[k] += 1;
      else ++p.vocab[k][v];
    }
  }
  for (auto& b : p.blank_rate) b = complete ? b / complete : 0;
  for (const auto& c : s.schema.columns) {
    p.has_seq |= c.type == ColumnType::kSeq;
    p.has_docno |= c.type == ColumnType::kDocno;
  }
  return p;
}

bool IsWholeDocno(const std::string& raw) {
  const std::string stripped = StripSpaces(raw);
  auto found = FindDocnos(stripped);
  return found.size() == 1 && found[0].begin == 0 && found[0].end == stripped.size();
}

/// How well RAW fits column K: a vocabulary hit or the column's type scores, a value that
/// belongs to another column or a blank where the column is seldom blank costs.
double Fit(const Profile& p, const Columns& s, size_t k, const std::string& raw) {
  const std::string& v = s.Clean(k, raw);
  ColumnType type = s.schema.columns[k].type;
  if (v.empty()) return p.blank_rate[k] >= 0.1 ? 0.5 : -1.5;
  if (type == ColumnType::kSeq) return IsSeqCell(raw) ? 2 : -3;
  if (type == ColumnType::kDocno) return IsWholeDocno(raw) ? 2 : -2;
  if (p.has_seq && IsSeqCell(raw)) return -2;
  if (p.has_docno && IsWholeDocno(raw)) return -2;
  if (p.vocab[k].count(v)) return 2;
  for (size_t o = 0; o < p.vocab.size(); ++o)
    if (o != k && p.vocab[o].count(v)) return -1;
  return 0;
}

double Score(const Profile& p, const Columns& s, const std::vector<std::string>& cells) {
  double total = 0;
  for (size_t k = 0; k < cells.size() && k < s.schema.columns.size(); ++k) total += Fit(p, s, k, cells[k]);
  return total;
}

/// Byte offsets where cell RAW may be split in two: between words, before a trailing 文号,
/// after a leading 序号.
std::vector<size_t> SplitPoints(const std::string& raw) {
  std::vector<size_t> points;
  for (size_t i = 1; i < raw.size() && points.size() < 40; ++i)
    if (raw[i] == ' ' && raw[i - 1] != ' ') points.push_back(i);
  auto docnos = FindDocnos(raw);
  if (!docnos.empty() && docnos.back().begin > 0 && Trim(raw.substr(docnos.back().end)).empty())
    points.push_back(docnos.back().begin);
  return points;
}

/// One cell more for a row with too few: the best of putting back a blank cell and splitting
/// a cell in two. Returns false when neither beats padding at the end.
bool GrowRow(RawRow& r, const Profile& p, const Columns& s) {
  const auto& cells = r.cells;
  std::vector<std::string> best = cells;
  best.push_back("");
  double best_score = Score(p, s, best);
  std::string what;
  for (size_t at = 0; at < cells.size(); ++at) {  // a blank cell lost at AT
    auto c = cells;
    c.insert(c.begin() + static_cast<long>(at), "");
    double sc = Score(p, s, c);
    if (sc > best_score) best = c, best_score = sc, what = "a blank cell lost before column " + std::to_string(at + 1) + " put back";
  }
  for (size_t k = 0; k < cells.size(); ++k) {  // two columns run together in cell K
    for (size_t at : SplitPoints(cells[k])) {
      auto c = cells;
      c[k] = Trim(cells[k].substr(0, at));
      c.insert(c.begin() + static_cast<long>(k) + 1, Trim(cells[k].substr(at)));
      double sc = Score(p, s, c);
      if (sc > best_score) best = c, best_score = sc, what = "columns " + std::to_string(k + 1) + " and " + std::to_string(k + 2) + " run together split";
    }
  }
  if (what.empty()) return false;
  r.cells = std::move(best);
  r.repairs.push_back(what);
  return true;
}

void FixCellCount(RawRow& r, size_t ncols, const Profile& p, const Columns& s) {
  while (r.cells.size() > ncols && r.cells.back().empty()) r.cells.pop_back();
  if (r.cells.size() > ncols) {
    std::vector<std::string> extra(r.cells.begin() + static_cast<long>(ncols), r.cells.end());
    r.cells.resize(ncols);
    for (const auto& e : extra) r.cells.back() = JoinWrapped(r.cells.back(), e);
    r.repairs.push_back(std::to_string(ncols + extra.size()) + " cells for " + std::to_string(ncols) +
                        " columns: the extra text joined to the last column");
  }
  size_t before = r.cells.size();
  while (r.cells.size() < ncols && !r.filled && GrowRow(r, p, s)) {
  }
  if (r.cells.size() < ncols) {
    if (!r.filled) r.repairs.push_back(std::to_string(before) + " cells for " + std::to_string(ncols) + " columns: padded with blank cells");
    r.cells.resize(ncols);
  }
}

/// Counts of each cleaned value in column K over rows where column K+1 is filled and differs.
ValueCounts SettledValues(const std::vector<RawRow*>& rows, size_t k, const Columns& s) {
  ValueCounts counts(s.counts);
  for (const RawRow* r : rows) {
    const std::string& v = s.Clean(k, r->cells[k]);
    const std::string& next = s.Clean(k + 1, r->cells[k + 1]);
    if (!v.empty() && !next.empty() && v != next) ++counts[v];
  }
  return counts;
}

void FixSlippedValues(const std::vector<RawRow*>& rows, size_t ncols, const Profile& p, const Columns& s) {
  for (size_t k = 0; k + 1 < ncols; ++k) {
    const std::vector<Column>& columns = s.schema.columns;
    if (columns[k].type == ColumnType::kSeq || columns[k + 1].type == ColumnType::kSeq || p.blank_rate[k] < 0.05) continue;
    auto settled = SettledValues(rows, k, s);
    // Only a column that holds its own values (not mostly what its neighbour holds).
    int settled_rows = 0, filled_rows = 0;
    for (const auto& [v, n] : settled) settled_rows += n;
    for (const auto& [v, n] : p.vocab[k]) filled_rows += n;
    if (2 * settled_rows < filled_rows) continue;
    const std::string& from = columns[k].key;
    const std::string& to = columns[k + 1].key;
    for (RawRow* r : rows) {
      if (r->filled) continue;
      const std::string& v = s.Clean(k, r->cells[k]);
      const std::string& next = s.Clean(k + 1, r->cells[k + 1]);
      if (v.empty() || settled.count(v) || !p.vocab[k + 1].count(v)) continue;
      if (next.empty() && p.blank_rate[k + 1] <= 0.1) {
        r->cells[k + 1] = r->cells[k];
        r->cells[k].clear();
        r->repairs.push_back(to + " value \"" + v + "\" printed under " + from + " moved back");
      } else if (next == v && p.vocab[k + 1].at(v) >= 2) {
        r->cells[k].clear();
        r->repairs.push_back(from + " held a copy of " + to + " (\"" + v + "\"), cleared");
      }
    }
  }
}

}  // namespace

void RepairRows(std::vector<RawRow*>& rows, size_t ncols, const FittedSchema& schema, CellCleaner& clean) {
  if (ncols == 0) return;
  std::pmr::monotonic_buffer_resource arena;
  Columns columns{schema, clean, &arena};
  Profile profile = MakeProfile(rows, ncols, columns);
  // FixCellCount changes only rows of another count, and the profile reads only rows of NCOLS
  // cells that are not filled: when every such row has NCOLS already, the profile after the
  // fixes is this one (most tables; made again, it cost a second look-up of every cell).
  const bool counts_fit = std::all_of(rows.begin(), rows.end(), [&](const RawRow* r) { return r->filled || r->cells.size() == ncols; });
  for (RawRow* r : rows) FixCellCount(*r, ncols, profile, columns);
  if (!counts_fit) profile = MakeProfile(rows, ncols, columns);
  FixSlippedValues(rows, ncols, profile, columns);
}

}  // namespace gazette::tables

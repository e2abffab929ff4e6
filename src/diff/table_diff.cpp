// The catalog diff: every row of the old document's tables matched to at most one row of the
// new one's, by normalized name, then shared acronym, then similarity of name and issuer, with
// an optimal (Hungarian) assignment inside each tier.
#include <algorithm>
#include <set>

#include "diff/assignment.hpp"
#include "diff/diff.hpp"
#include "diff/diff_internal.hpp"
#include "extract/references_lists.hpp"  // refs::ListRelation: what a list's caption does to its rows
#include "util/text.hpp"

namespace gazette::diff {
namespace {

/// A row with what it is matched on.
struct RowItem {
  DiffSide side;
  std::string schema;              ///< of its table: rows of different schemas never match
  std::string name_key;            ///< NameKey of its name
  std::set<std::string> acronyms;  ///< Latin acronyms of its name
  std::vector<int> name_ids, issuer_ids;
};

/// The cell of ROW under the first of KEYS it has; empty if none.
std::string CellOf(const DiffSide& row, std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    for (const auto& [key, value] : row.cells)
      if (key == k) return value;
  return "";
}

std::string NameOf(const DiffSide& row) {
  std::string name = CellOf(row, {"name", "title"});
  return name.empty() && !row.cells.empty() ? row.cells.front().second : name;
}

std::string IssuerOf(const DiffSide& row) { return CellOf(row, {"issuer", "docno"}); }

std::vector<RowItem> CollectRows(const SourcedDocument& d, Symbols& symbols) {
  std::vector<RowItem> rows;
  for (const auto& t : d.doc.tables) {
    // Its caption only when it does something to its rows (a list that repeals, amends, extends or
    // keeps them): the one use of it (CompareRows), not a catalog's title copied onto every row.
    const std::string caption = refs::ListRelation(t.title) ? t.title : std::string();
    for (const auto& s : t.sections)
      for (const auto& r : s.rows) {
        if (r.total) continue;  // 合计 rows are printed sums, not items
        RowItem item;
        item.schema = t.schema;
        item.side.seq = r.seq;
        item.side.label = r.seq;
        item.side.section = s.title;
        item.side.table = caption;
        item.side.cells = r.cells;
        item.side.source = d.source;
        item.side.line = r.line;
        std::string name = NameOf(item.side);
        item.name_key = NameKey(name);
        item.acronyms = Acronyms(name);
        item.name_ids = symbols.MatchIds(name);
        item.issuer_ids = symbols.MatchIds(IssuerOf(item.side));
        rows.push_back(std::move(item));
      }
  }
  return rows;
}

/// An old row's name and issuer made ready to be compared with every new row.
struct RowPattern {
  explicit RowPattern(const RowItem& row) : name(row.name_ids), issuer(row.issuer_ids) {}
  LcsPattern name, issuer;
};

double RowSimilarity(const RowPattern& a, const RowItem& b) {
  double name = Ratio(a.name, b.name_ids);
  if (a.issuer.size() == 0 || b.issuer_ids.empty()) return name;
  return (name + Ratio(a.issuer, b.issuer_ids)) / 2;
}

bool ShareAcronym(const RowItem& a, const RowItem& b) {
  for (const auto& x : a.acronyms)
    if (b.acronyms.count(x)) return true;
  return false;
}

/// Weights whose tiers are strict: one same-name pair outweighs any number of acronym pairs,
/// one acronym pair any number of similar pairs (N pairs at most, each similarity ≤ 1).
std::vector<std::vector<double>> Weights(const std::vector<RowItem>& olds, const std::vector<RowItem>& news,
                                         const DiffOptions& o, std::vector<std::vector<double>>* sims) {
  double n = double(std::max(olds.size(), news.size()) + 1);
  double acronym_bonus = n, name_bonus = n * (acronym_bonus + 1);
  std::vector<std::vector<double>> w(olds.size(), std::vector<double>(news.size(), 0));
  sims->assign(olds.size(), std::vector<double>(news.size(), 0));
  for (size_t i = 0; i < olds.size(); ++i) {
    const RowPattern pattern(olds[i]);  // once for the news.size() comparisons
    for (size_t j = 0; j < news.size(); ++j) {
      if (olds[i].schema != news[j].schema) continue;
      double s = RowSimilarity(pattern, news[j]);
      (*sims)[i][j] = s;
      if (!olds[i].name_key.empty() && olds[i].name_key == news[j].name_key && s >= o.same_name_threshold)
        w[i][j] = name_bonus + s;
      else if (ShareAcronym(olds[i], news[j]) && s >= o.acronym_threshold)
        w[i][j] = acronym_bonus + s;
      else if (s >= o.row_threshold)
        w[i][j] = s;
    }
  }
  return w;
}

/// True for a cell key derived from another (issuer_zh, issuer_en of a bilingual issuer).
bool IsDerivedKey(const std::string& key, const DiffSide& row) {
  for (const char* suffix : {"_zh", "_en"})
    if (EndsWith(key, suffix)) {
      std::string base = key.substr(0, key.size() - 3);
      for (const auto& c : row.cells)
        if (c.first == base) return true;
    }
  return false;
}

std::string CellText(const DiffSide& row, const std::string& key) {
  for (const auto& c : row.cells)
    if (c.first == key) return c.second;
  return "";
}

/// Fills E's fields and character diffs: each cell key of either row (derived keys aside), and
/// the section when both rows stand in titled sections.
void CompareRows(DiffEntry& e) {
  const DiffSide &a = *e.old_side, &b = *e.new_side;
  std::vector<std::string> keys;
  for (const auto* row : {&b, &a})
    for (const auto& c : row->cells)
      if (!IsDerivedKey(c.first, *row) && std::find(keys.begin(), keys.end(), c.first) == keys.end())
        keys.push_back(c.first);
  for (const auto& k : keys) AddFieldDiff(e, k, CellText(a, k), CellText(b, k));
  if (!a.section.empty() && !b.section.empty()) AddFieldDiff(e, "section", a.section, b.section);
  // A row moved between lists that do different things to it (继续有效的…目录 → 废止的…目录); not
  // one whose catalog changed its caption only (2025年版 → 2026年版).
  // A caption that says nothing of its rows keeps them, as 继续有效 does.
  auto does = [](const std::string& caption) { return refs::ListRelation(caption).value_or(Relation::kCites); };
  if (does(a.table) != does(b.table)) AddFieldDiff(e, "table", a.table, b.table);
  e.change = e.fields.empty() ? Change::kKept : Change::kChanged;
}

/// The keys of DOC's table columns with their printed headers, added to COLUMNS once each (序号
/// and the derived parts of bilingual columns left out).
void AddColumns(const Document& doc, std::vector<std::pair<std::string, std::string>>& columns) {
  for (const auto& t : doc.tables)
    for (size_t c = 0; c < t.keys.size() && c < t.headers.size(); ++c) {
      const std::string& key = t.keys[c];
      if (key == "seq") continue;
      bool known = false;
      for (const auto& col : columns) known = known || col.first == key;
      if (!known) columns.emplace_back(key, t.headers[c]);
    }
}

bool Sectioned(const Document& doc) {
  for (const auto& t : doc.tables)
    for (const auto& s : t.sections)
      if (!s.title.empty()) return true;
  return false;
}

}  // namespace

bool HasTableRows(const Document& doc) {
  for (const auto& t : doc.tables)
    for (const auto& s : t.sections)
      for (const auto& r : s.rows)
        if (!r.total) return true;
  return false;
}

DocumentDiff DiffTables(const SourcedDocument& old_doc, const SourcedDocument& new_doc,
                        const DiffOptions& options) {
  DocumentDiff d = DiffHeader(old_doc, new_doc, Compared::kTables);
  AddColumns(new_doc.doc, d.columns);
  AddColumns(old_doc.doc, d.columns);
  if (Sectioned(old_doc.doc) || Sectioned(new_doc.doc)) d.columns.emplace_back("section", "分类");
  Symbols symbols;
  std::vector<RowItem> olds = CollectRows(old_doc, symbols), news = CollectRows(new_doc, symbols);
  std::vector<std::vector<double>> sims;
  std::vector<int> match = MaxWeightAssignment(Weights(olds, news, options, &sims));
  std::vector<int> match_of_new(news.size(), -1);
  for (size_t i = 0; i < olds.size(); ++i)
    if (match[i] >= 0) match_of_new[size_t(match[i])] = int(i);
  size_t next_old = 0;  // every old row before next_old has been visited: removed rows are
                        // listed before the first new row matched after them
  auto flush_removed = [&](size_t upto) {
    for (; next_old < upto; ++next_old)
      if (match[next_old] < 0) d.entries.push_back({DiffUnit::kRow, Change::kRemoved, olds[next_old].side, std::nullopt, {}, 0, {}});
  };
  for (size_t j = 0; j < news.size(); ++j) {
    int i = match_of_new[j];
    if (i < 0) {
      d.entries.push_back({DiffUnit::kRow, Change::kAdded, std::nullopt, news[j].side, {}, 0, {}});
      continue;
    }
    flush_removed(size_t(i));
    DiffEntry e{DiffUnit::kRow, Change::kKept, olds[size_t(i)].side, news[j].side, {}, sims[size_t(i)][j], {}};
    CompareRows(e);
    d.entries.push_back(std::move(e));
    next_old = std::max(next_old, size_t(i) + 1);
  }
  flush_removed(olds.size());
  // The lists' captions are a column only when a row moved between lists that do different things.
  if (std::any_of(d.entries.begin(), d.entries.end(), [](const DiffEntry& e) {
        return std::find(e.fields.begin(), e.fields.end(), "table") != e.fields.end();
      }))
    d.columns.emplace_back("table", "目录");
  return d;
}

}  // namespace gazette::diff

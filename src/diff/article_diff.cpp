// The article comparison: articles (and, separately, chapters) of two versions aligned by the
// similarity of their text with their order kept — a Needleman–Wunsch style alignment whose
// gaps cost nothing — so that an inserted or deleted article shifts the numbers after it
// without breaking the pairs. Pairs are then same, renumbered or changed.
#include <algorithm>

#include "diff/diff.hpp"
#include "diff/diff_internal.hpp"

namespace gazette::diff {
namespace {

/// An article or chapter with its index in Document::articles and what it is compared on.
struct Unit {
  size_t node = 0;
  DiffSide side;
  std::vector<int> ids;  ///< graphemes of the matched text
};

bool IsUnderChapter(const std::vector<ArticleNode>& nodes, size_t k, size_t chapter) {
  for (int p = nodes[k].parent; p >= 0; p = nodes[size_t(p)].parent)
    if (size_t(p) == chapter) return true;
  return false;
}

/// The chapter heading above node K (第二章 人员范围和标准), else its instrument.
std::string SectionOf(const std::vector<ArticleNode>& nodes, size_t k) {
  for (int p = nodes[k].parent; p >= 0; p = nodes[size_t(p)].parent)
    if (nodes[size_t(p)].kind == NodeKind::kChapter) return nodes[size_t(p)].label + " " + nodes[size_t(p)].heading;
  return nodes[k].instrument;
}

/// True for the units compared as articles: 第N条, or, in a document without any, the
/// top-level numbered sections (一、) of a notice.
std::vector<size_t> ArticleNodes(const std::vector<ArticleNode>& nodes) {
  std::vector<size_t> out;
  for (size_t k = 0; k < nodes.size(); ++k)
    if (nodes[k].kind == NodeKind::kArticle) out.push_back(k);
  if (!out.empty()) return out;
  for (size_t k = 0; k < nodes.size(); ++k)
    if (nodes[k].kind == NodeKind::kSection && nodes[k].parent < 0) out.push_back(k);
  return out;
}

std::vector<Unit> CollectUnits(const SourcedDocument& d, DiffUnit unit, Symbols& symbols) {
  const auto& nodes = d.doc.articles;
  std::vector<size_t> picked;
  if (unit == DiffUnit::kArticle) picked = ArticleNodes(nodes);
  else
    for (size_t k = 0; k < nodes.size(); ++k)
      if (nodes[k].kind == NodeKind::kChapter) picked.push_back(k);
  std::vector<Unit> units;
  for (size_t k : picked) {
    const ArticleNode& n = nodes[k];
    Unit u;
    u.node = k;
    u.side = {"", n.id, n.label, SectionOf(nodes, k), {}, n.heading, n.text, n.num, d.source, n.line, ""};
    std::string matched = n.heading + "\n" + n.text;
    if (unit == DiffUnit::kChapter)  // a chapter is known by its heading and everything under it
      for (size_t j = k + 1; j < nodes.size(); ++j)
        if (IsUnderChapter(nodes, j, k)) matched += "\n" + nodes[j].heading + nodes[j].text;
    u.ids = symbols.MatchIds(matched);
    units.push_back(std::move(u));
  }
  return units;
}

/// Pairs (i, j) of an order-keeping alignment of A and B that maximizes the sum of the
/// similarities of its pairs, each at least THRESHOLD.
std::vector<std::pair<int, int>> Align(const std::vector<Unit>& a, const std::vector<Unit>& b, double threshold,
                                       std::vector<std::vector<double>>* sims) {
  size_t n = a.size(), m = b.size();
  sims->assign(n, std::vector<double>(m, 0));
  for (size_t i = 0; i < n; ++i) {
    const LcsPattern pattern(a[i].ids);  // once for the m comparisons
    for (size_t j = 0; j < m; ++j) (*sims)[i][j] = Ratio(pattern, b[j].ids);
  }
  // best[i][j]: best score aligning a[i..] with b[j..]
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;) {
      double s = (*sims)[i][j];
      best[i][j] = std::max(best[i + 1][j], best[i][j + 1]);
      if (s >= threshold) best[i][j] = std::max(best[i][j], best[i + 1][j + 1] + s);
    }
  std::vector<std::pair<int, int>> pairs;
  for (size_t i = 0, j = 0; i < n && j < m;) {
    double s = (*sims)[i][j];
    if (s >= threshold && best[i][j] == best[i + 1][j + 1] + s) {
      pairs.emplace_back(int(i), int(j));
      ++i, ++j;
    } else if (best[i][j] == best[i + 1][j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return pairs;
}

/// Fills E's change, fields and diffs from its two sides.
void CompareUnits(DiffEntry& e) {
  const DiffSide &a = *e.old_side, &b = *e.new_side;
  bool changed = AddFieldDiff(e, "heading", a.heading, b.heading);
  if (e.unit == DiffUnit::kArticle) changed = AddFieldDiff(e, "text", a.text, b.text) || changed;
  if (a.num != b.num) e.fields.push_back("number");
  e.change = changed ? Change::kChanged : a.num != b.num ? Change::kRenumbered : Change::kSame;
}

/// One entry with the position it is listed at: the new node's index, or, for a removed unit,
/// just after the entry before it (by the old node's index, so chapters precede their articles).
struct Ranked {
  double rank;
  DiffEntry entry;
};

std::vector<Ranked> Compare(const SourcedDocument& old_doc, const SourcedDocument& new_doc, DiffUnit unit,
                            double threshold) {
  Symbols symbols;
  std::vector<Unit> a = CollectUnits(old_doc, unit, symbols), b = CollectUnits(new_doc, unit, symbols);
  std::vector<std::vector<double>> sims;
  std::vector<std::pair<int, int>> pairs = Align(a, b, threshold, &sims);
  std::vector<Ranked> out;
  double rank = -1;
  size_t i = 0, j = 0;
  auto removed = [&](size_t upto) {
    for (; i < upto; ++i)  // after the entry before it; among removed ones, in the old order
      out.push_back({rank + 1e-7 * double(a[i].node + 1), {unit, Change::kRemoved, a[i].side, std::nullopt, {}, 0, {}}});
  };
  auto added = [&](size_t upto) {
    for (; j < upto; ++j)
      out.push_back({rank = double(b[j].node), {unit, Change::kAdded, std::nullopt, b[j].side, {}, 0, {}}});
  };
  for (auto [pi, pj] : pairs) {
    removed(size_t(pi));
    added(size_t(pj));
    DiffEntry e{unit, Change::kSame, a[i].side, b[j].side, {}, sims[i][j], {}};
    CompareUnits(e);
    out.push_back({rank = double(b[j].node), std::move(e)});
    ++i, ++j;
  }
  removed(a.size());
  added(b.size());
  return out;
}

}  // namespace

DocumentDiff DiffArticles(const SourcedDocument& old_doc, const SourcedDocument& new_doc,
                          const DiffOptions& options) {
  DocumentDiff d = DiffHeader(old_doc, new_doc, Compared::kArticles);
  std::vector<Ranked> all = Compare(old_doc, new_doc, DiffUnit::kChapter, options.article_threshold);
  std::vector<Ranked> articles = Compare(old_doc, new_doc, DiffUnit::kArticle, options.article_threshold);
  all.insert(all.end(), std::make_move_iterator(articles.begin()), std::make_move_iterator(articles.end()));
  std::stable_sort(all.begin(), all.end(), [](const Ranked& x, const Ranked& y) { return x.rank < y.rank; });
  for (auto& r : all) d.entries.push_back(std::move(r.entry));
  return d;
}

}  // namespace gazette::diff

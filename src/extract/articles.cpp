// The article extractor: scopes (notice, instruments, attachments) → one tree each → flat
// ArticleNodes with Akoma Ntoso style ids, unique in the document.
//
// Ids: each level adds a segment joined by "__": part_N (编), chp_N (章), sec_N (节, and the
// numbered sections 一、 of notices and plans), art_N (条; 第十二条之一 → art_12-1), para_N (款,
// only when an article has more than one paragraph), item_N ((一), 1., (1), ①, and 一、 inside an
// article). Nodes of the notice itself have no prefix; the nodes of Document::instruments[k] are
// prefixed ins_<k+1>__, those of an attachment (附件 N) att_<N>__ (after the instrument's prefix
// when the attachment is inside one). A list whose numbering restarts under the same parent
// gets _r2, _r3 … on the segment so that ids stay unique.
#include "extract/articles.hpp"

#include <iterator>
#include <set>
#include <string>

#include "extract/articles_internal.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

using articles::TempNode;
using articles::Tree;

/// The id segment of NODE: art_12, art_12-1, chp_3, para_2, item_4.
std::string Segment(const TempNode& node) {
  static const std::pair<NodeKind, const char*> kPrefix[] = {
      {NodeKind::kPart, "part_"},       {NodeKind::kChapter, "chp_"},      {NodeKind::kSection, "sec_"},
      {NodeKind::kArticle, "art_"},     {NodeKind::kParagraph, "para_"},   {NodeKind::kItem, "item_"}};
  std::string seg;
  for (const auto& [kind, prefix] : kPrefix)
    if (node.kind == kind) seg = prefix;
  seg += std::to_string(node.num);
  if (node.sub > 0) seg += "-" + std::to_string(node.sub);
  return seg;
}

/// The lines of NODE's text as printed in order: its own text, then each child with its label.
std::vector<std::string> TextLines(const Tree& tree, const TempNode& node) {
  std::vector<std::string> lines = node.parts;
  for (int c : node.children) {
    const TempNode& child = tree.nodes[c];
    std::vector<std::string> sub = TextLines(tree, child);
    std::string first = child.label + child.heading;
    const bool run_in = child.heading.empty() && !sub.empty();  // the label opens the child's first line
    if (run_in) first += sub.front();
    if (!first.empty()) lines.push_back(std::move(first));
    lines.insert(lines.end(), std::make_move_iterator(sub.begin() + run_in), std::make_move_iterator(sub.end()));
  }
  return lines;
}

/// Flattens one scope's tree into OUT in document order.
class Flattener {
 public:
  Flattener(const articles::Scope& scope, const Tree& tree, std::set<std::string>& ids,
            std::vector<ArticleNode>& out)
      : scope_(scope), tree_(tree), ids_(ids), out_(out) {}

  void Run() {
    for (int r : tree_.roots) Emit(r, -1, scope_.prefix);
  }

 private:
  /// Paragraph children of an article with a single paragraph are folded into the article.
  std::vector<int> Children(const TempNode& node) const {
    if (node.kind != NodeKind::kArticle || node.children.size() != 1) return node.children;
    const TempNode& only = tree_.nodes[node.children[0]];
    return only.kind == NodeKind::kParagraph ? only.children : node.children;
  }

  std::string UniqueId(const std::string& base) {
    std::string id = base;
    for (int n = 2; ids_.count(id); ++n) id = base + "_r" + std::to_string(n);
    ids_.insert(id);
    return id;
  }

  void Emit(int index, int parent, const std::string& path) {
    const TempNode& node = tree_.nodes[index];
    ArticleNode out;
    out.instrument = scope_.instrument;
    out.id = UniqueId(path + Segment(node));
    out.kind = node.kind;
    out.num = node.num;
    out.label = node.label;
    out.heading = node.heading;
    if (node.level > articles::kSection) out.text = Join(TextLines(tree_, node), "\n");
    out.line = node.line;
    out.parent = parent;
    std::string child_path = out.id + "__";
    int self = int(out_.size());
    out_.push_back(std::move(out));
    for (int c : Children(node)) Emit(c, self, child_path);
  }

  const articles::Scope& scope_;
  const Tree& tree_;
  std::set<std::string>& ids_;
  std::vector<ArticleNode>& out_;
};

}  // namespace

std::vector<ArticleNode> ExtractArticles(const Document& doc) {
  std::vector<ArticleNode> out;
  std::set<std::string> ids;
  for (const auto& scope : articles::BuildScopes(doc)) {
    Tree tree = articles::BuildTree(scope, doc.signatories);
    Flattener(scope, tree, ids, out).Run();
  }
  return out;
}

}  // namespace gazette

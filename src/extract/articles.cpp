// The article extractor: scopes (notice, instruments, attachments) → one tree each → flat
// ArticleNodes with Akoma Ntoso style ids, unique in the document.
//
// Ids: each level adds a segment joined by "__": part_N (编, 第N部分), subpart_N (分编), chp_N
// (章), sec_N (节, and the numbered sections 一、 of notices and plans), art_N (条; 第十二条之一 →
// art_12-1), para_N (款, only when an article has more than one paragraph), item_N ((一), 1., (1),
// ①, and 一、 inside an article). Nodes of the notice itself have no prefix; the nodes of
// Document::instruments[k] are prefixed ins_<k+1>__, those of an attachment (附件 N) att_<N>__
// (after the instrument's prefix when the attachment is inside one). A list whose numbering
// restarts under the same parent gets _r2, _r3 … on the segment so that ids stay unique.
#include "extract/articles.hpp"

#include <algorithm>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extract/articles_internal.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

using articles::TempNode;
using articles::Tree;

/// The ids a document's nodes took (views of the ids in the output), in one arena of the
/// document's: a node of the set for each id, all freed at once.
using IdSet = std::pmr::unordered_set<std::string_view>;

/// The arena's first room for each id: a node of the set (a view, its hash and a link: 32 bytes
/// in libstdc++) and a bucket (8). Most documents' ids fit in it.
constexpr size_t kBytesPerId = 40;

/// The id segment of NODE (art_12, art_12-1, chp_3, para_2, item_4) appended to ID.
void AppendSegment(std::string& id, const TempNode& node) {
  static const std::pair<NodeKind, const char*> kPrefix[] = {
      {NodeKind::kPart, "part_"},   {NodeKind::kSubpart, "subpart_"}, {NodeKind::kChapter, "chp_"},
      {NodeKind::kSection, "sec_"}, {NodeKind::kArticle, "art_"},     {NodeKind::kParagraph, "para_"},
      {NodeKind::kItem, "item_"}};
  for (const auto& [kind, prefix] : kPrefix)
    if (node.kind == kind) id += prefix;
  id += std::to_string(node.num);
  if (node.sub > 0) (id += '-') += std::to_string(node.sub);
}

/// A node's text as printed: its lines joined by line breaks, and how many lines it holds (a
/// text of no lines and a text of one empty line read the same, but join differently).
struct NodeText {
  std::string text;
  size_t lines = 0;
};

/// Appends the lines of MORE after those of TEXT.
void AppendLines(NodeText& text, std::string_view more, size_t lines) {
  if (lines == 0) return;
  if (text.lines > 0) text.text += '\n';
  text.text += more;
  text.lines += lines;
}

/// Flattens one scope's tree into OUT in document order.
class Flattener {
 public:
  Flattener(const articles::Scope& scope, Tree& tree, IdSet& ids,
            std::vector<ArticleNode>& out)
      : scope_(scope), tree_(tree), ids_(ids), out_(out), texts_(tree.nodes.size()), made_(tree.nodes.size()) {}

  void Run() {
    for (int r : tree_.roots) Emit(r, -1);
  }

 private:
  /// Paragraph children of an article with a single paragraph are folded into the article.
  const std::vector<int>& Children(const TempNode& node) const {
    if (node.kind != NodeKind::kArticle || node.children.size() != 1) return node.children;
    const TempNode& only = tree_.nodes[node.children[0]];
    return only.kind == NodeKind::kParagraph ? only.children : node.children;
  }

  /// Takes ID, a node's id in OUT, or ID_r2, ID_r3 … where an earlier node took it: the first
  /// free one is set in ID and a view of it added to IDS (the views of the ids taken). Inserted
  /// at once, where a lookup came first: a free id (most) is hashed once.
  void TakeUniqueId(std::string& id) {
    if (ids_.insert(id).second) return;
    const std::string base = id;
    for (int n = 2;; ++n) {
      id = base + "_r" + std::to_string(n);
      if (ids_.insert(id).second) return;
    }
  }

  /// The text of node INDEX: its own lines, then each child's with its label (and heading) on
  /// the child's first line. Made once per node from its children's texts, each made once: a
  /// node's text is taken by its own Emit, after its parent's text was made from it.
  NodeText& TextOf(int index) {
    NodeText& text = texts_[static_cast<size_t>(index)];
    if (made_[static_cast<size_t>(index)]) return text;
    made_[static_cast<size_t>(index)] = true;
    const TempNode& node = tree_.nodes[static_cast<size_t>(index)];
    // The children's texts first, then room for all of it at once: the text is kept (in the
    // issue, until written), so it should not hold the spare capacity of growing by appends.
    size_t bound = 0;  // each piece with a line break before it
    for (const auto& part : node.parts) bound += part.size() + 1;
    for (int c : node.children) {
      const TempNode& child = tree_.nodes[static_cast<size_t>(c)];
      bound += child.label.size() + child.heading.size() + TextOf(c).text.size() + 2;
    }
    text.text.reserve(bound);
    for (const auto& part : node.parts) AppendLines(text, part, 1);
    for (int c : node.children) {
      const TempNode& child = tree_.nodes[static_cast<size_t>(c)];
      const NodeText& sub = TextOf(c);
      if (child.heading.empty() && sub.lines > 0) {  // run in: the label opens the child's first line
        const bool first_line_empty = sub.text.empty() || sub.text[0] == '\n';
        if (!child.label.empty() || !first_line_empty) {
          if (text.lines > 0) text.text += '\n';
          text.text += child.label;
          text.text += sub.text;
          text.lines += sub.lines;
        } else if (sub.lines > 1) {  // an empty first line is dropped
          AppendLines(text, std::string_view(sub.text).substr(1), sub.lines - 1);
        }
        continue;
      }
      if (!child.label.empty() || !child.heading.empty()) {  // the label and heading as a line of their own
        AppendLines(text, child.label, 1);
        text.text += child.heading;
      }
      AppendLines(text, sub.text, sub.lines);
    }
    return text;
  }

  /// Emits node INDEX and the nodes under it; PARENT is its parent's place in OUT (-1: a root).
  void Emit(int index, int parent) {
    TempNode& node = tree_.nodes[index];
    const int self = int(out_.size());
    ArticleNode& out = out_.emplace_back();  // made in place: OUT's room was reserved
    out.instrument = scope_.instrument;
    // A root's id opens with the scope's prefix, any other node's with its parent's id and "__"
    // (read in OUT, which never moves): the path and the segment made in one string.
    const std::string_view path = parent < 0 ? std::string_view(scope_.prefix) : out_[static_cast<size_t>(parent)].id;
    const std::string_view separator = parent < 0 ? "" : "__";
    out.id.reserve(path.size() + separator.size() + 16);
    (out.id += path) += separator;
    AppendSegment(out.id, node);
    TakeUniqueId(out.id);  // a view of the id in OUT, whose room was reserved: it stays put
    out.kind = node.kind;
    out.num = node.num;
    // Moved: a node's label and heading were read for its parent's text, made before this Emit,
    // and are read no more.
    out.label = std::move(node.label);
    out.heading = std::move(node.heading);
    if (node.level > articles::kSection) out.text = std::move(TextOf(index).text);
    out.line = node.line;
    out.parent = parent;
    for (int c : Children(node)) Emit(c, self);
  }

  const articles::Scope& scope_;
  Tree& tree_;  ///< its labels and headings moved out as the nodes are emitted
  IdSet& ids_;
  std::vector<ArticleNode>& out_;
  std::vector<NodeText> texts_;  ///< by node index, made by TextOf
  std::vector<bool> made_;
};

}  // namespace

std::vector<ArticleNode> ExtractArticles(const Document& doc) {
  const std::vector<articles::Scope> scopes = articles::BuildScopes(doc);
  std::vector<Tree> trees;
  trees.reserve(scopes.size());
  size_t nodes = 0;
  for (const auto& scope : scopes) {
    trees.push_back(articles::BuildTree(scope, doc.signatories));
    nodes += trees.back().nodes.size();
  }
  // Room for every node (a tree emits each of its nodes at most once): the output never moves
  // its ids, so the set of ids taken holds views of them rather than copies.
  std::vector<ArticleNode> out;
  out.reserve(nodes);
  std::pmr::monotonic_buffer_resource arena(std::max<size_t>(nodes, 1) * kBytesPerId);
  IdSet ids(&arena);
  ids.reserve(nodes);
  for (size_t i = 0; i < scopes.size(); ++i) Flattener(scopes[i], trees[i], ids, out).Run();
  return out;
}

}  // namespace gazette

// Numbering checks over a document's article nodes: within each numbering (the articles of one
// instrument, the chapters of one instrument, the items of one parent …) every number should be
// one more than the one before. Gaps, repeats and numbers going back are findings.
#include <map>
#include <string>
#include <tuple>

#include "extract/articles.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

/// The id prefix naming NODE's scope (ins_2__, att_1__, ins_1__att_1__, or "").
std::string ScopeOf(const ArticleNode& node) {
  std::string scope;
  for (const auto& seg : Split(node.id, "__")) {
    if (!StartsWith(seg, "ins_") && !StartsWith(seg, "att_")) break;
    scope += seg + "__";
  }
  return scope;
}

/// The marker style of an item label, so that (一) and 1. lists are numbered apart.
std::string MarkerStyle(const ArticleNode& node) {
  std::string style;
  for (char32_t c : ToU32(node.label)) {
    if (c >= U'0' && c <= U'9') style += 'd';
    else if (c >= U'①' && c <= U'⑳') style += 'c';
    else if (IsHan(c)) style += 'h';
    else AppendUtf8(style, c);
  }
  std::string squeezed;
  for (char c : style)
    if (squeezed.empty() || squeezed.back() != c || (c != 'd' && c != 'h')) squeezed += c;
  return squeezed;
}

/// True when, among the parts under PARENT (an index into NODES, -1: the scope's top), one's first
/// child of KIND is not numbered 1: that kind runs on from part to part.
bool RunsOnAcrossParts(NodeKind kind, int parent, const std::vector<ArticleNode>& nodes) {
  for (size_t p = 0; p < nodes.size(); ++p) {
    if (nodes[p].kind != NodeKind::kPart || nodes[p].parent != parent) continue;
    for (const auto& child : nodes)
      if (child.parent == static_cast<int>(p) && child.kind == kind) {
        if (child.num != 1) return true;
        break;
      }
  }
  return false;
}

/// The numbering NODE (one of NODES) belongs to. Articles are numbered through the whole scope,
/// parts too, and chapters, but within their 编 where a code has them (民法典: 第二编's chapters
/// start again at 第一章, and run on through its 分编, which are numbered within it); sections
/// within their parent; items by marker style and depth through the scope, since a list may go on
/// under the next heading (1.–3. under (一), 4.–6. under (二)).
std::string NumberingOf(const ArticleNode& node, const std::vector<ArticleNode>& nodes) {
  std::string scope = ScopeOf(node) + "|" + ToString(node.kind);
  auto parent = [&](const ArticleNode& n) { return n.parent >= 0 ? &nodes[static_cast<size_t>(n.parent)] : nullptr; };
  // A plan's chapters or 一、 sections under its 第N部分 may run on from part to part (一、二、 /
  // 三、四、): numbered across the parts when some part's first one is not numbered 1.
  const ArticleNode* part = parent(node);
  if ((node.kind == NodeKind::kChapter || node.kind == NodeKind::kSection) && part && part->kind == NodeKind::kPart &&
      RunsOnAcrossParts(node.kind, part->parent, nodes))
    return scope + "|across parts|" + std::to_string(part->parent);
  const ArticleNode* above = node.kind == NodeKind::kChapter || node.kind == NodeKind::kSubpart ? parent(node) : nullptr;
  if (above && above->kind == NodeKind::kSubpart) above = parent(*above);
  if (above && above->kind == NodeKind::kPart) return scope + "|" + std::to_string(above - nodes.data());
  if (node.kind == NodeKind::kArticle || node.kind == NodeKind::kChapter || node.kind == NodeKind::kPart ||
      node.kind == NodeKind::kSubpart)
    return scope;
  if (node.kind == NodeKind::kItem) return scope + "|" + MarkerStyle(node) + "|" + std::to_string(Split(node.id, "__").size());
  return scope + "|" + std::to_string(node.parent);
}

std::string Describe(const ArticleNode& node) {
  std::string where = node.instrument.empty() ? "the document's own text" : "《" + node.instrument + "》";
  return ToString(node.kind) + " " + node.label + " in " + where;
}

}  // namespace

std::vector<Finding> CheckArticles(const Document& doc, const std::string& source) {
  std::vector<Finding> findings;
  std::map<std::string, const ArticleNode*> last;
  for (const auto& node : doc.articles) {
    if (node.kind == NodeKind::kParagraph || node.num <= 0) continue;
    if (node.label.find("之") != std::string::npos) continue;  // 第十二条之一 follows 第十二条
    auto& prev = last[NumberingOf(node, doc.articles)];
    int expected = prev ? prev->num + 1 : 1;
    // A list, or a run of notice sections, may start again at 1 (a new list, an unlabelled
    // attachment); articles, chapters and parts of one instrument may not.
    bool restart = (node.kind == NodeKind::kItem || (node.kind == NodeKind::kSection && node.label.find("节") == std::string::npos)) &&
                   node.num == 1;
    if (node.num != expected && !restart) {
      Finding f;
      f.source = source;
      f.line = node.line;
      std::string what = !prev ? "gap" : node.num == prev->num ? "repeat" : node.num < prev->num ? "order" : "gap";
      f.kind = ToString(node.kind) + "-" + what;
      f.message = "numbering " + what + ": expected " + ToString(node.kind) + " " + std::to_string(expected) +
                  (prev ? " after " + prev->label + " (line " + std::to_string(prev->line) + ")" : " first") +
                  ", found " + Describe(node);
      findings.push_back(std::move(f));
    }
    prev = &node;
  }
  return findings;
}

}  // namespace gazette

// Building one scope's tree: each logical line is a marker (第N章, 第N条, 一、, (一), 1., (1), ①)
// that opens a node, or text that continues the open node. A stack of open nodes ordered by
// level gives each new node its parent.
#include <utility>
#include <algorithm>
#include <optional>
#include <string>

#include "extract/articles_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette::articles {
namespace {

/// The bold run-in heading of LINE (**一、申请查验。**用人单位…): the bold text after the label
/// when the bold stops before the end of the line; empty otherwise.
std::string BoldRunIn(const TextLine& line, const std::string& label, std::string* rest) {
  const std::string& p = line.printed;
  size_t open = p.find("**");
  if (open == std::string::npos) return "";
  size_t close = p.find("**", open + 2);
  if (close == std::string::npos || Trim(p.substr(close + 2)).empty()) return "";
  std::string bold = Trim(NormalizeText(p.substr(open + 2, close - open - 2)));
  if (!StartsWith(bold, label)) return "";
  std::string heading = Trim(bold.substr(label.size()));
  if (heading.empty() || !StartsWith(*rest, heading)) return "";
  *rest = Trim(rest->substr(heading.size()));
  while (EndsWith(heading, "。")) heading.resize(heading.size() - std::string("。").size());
  return heading;
}

/// True when TEXT's first 。, at byte STOP (npos: none), follows one to twelve characters: what
/// every match of article_runin_heading holds (its heading, 1–12 characters none of which is 。,
/// then 。), and what most items' text does not, so most skip the regex (and decoding the whole
/// text for it).
bool MayRunInHeading(const std::string& text, size_t stop) {
  return stop != std::string::npos && stop > 0 && !MoreCodePointsThan(std::string_view(text).substr(0, stop), 12);
}

/// True for a signature line: one agency name or several, nothing else (北京市商务局 北京市财政局).
bool IsSignatory(const std::string& text, const std::vector<std::string>& signatories) {
  if (std::find(signatories.begin(), signatories.end(), text) != signatories.end()) return true;
  return RxFull(text, "article_agency_line"_rx);
}

/// Appends NEXT to TEXT, a line the page or the wrap cut (a space only between Latin words).
void JoinInto(std::string& text, const std::string& next) {
  bool latin = !text.empty() && !next.empty() && std::isalnum(static_cast<unsigned char>(text.back())) &&
               std::isalnum(static_cast<unsigned char>(next.front()));
  if (latin) text += ' ';  // appended in place (a string of the two was made first)
  text += next;
}

// True when TEXT ends where a wrap cut it (article_cut_end: a comma, 、 or 或者), asked only
// of a text whose last character may end so.
bool EndsCut(const std::string& text) {
  const char32_t last = LastCodePoint(text);
  return (last == U',' || last == U'，' || last == U'、' || last == U'者') && RxFind(text, "article_cut_end"_rx);
}

class TreeBuilder {
 public:
  /// LINES: how many lines the scope holds (room for a node each: most open one or none).
  TreeBuilder(const std::vector<std::string>& signatories, size_t lines) : signatories_(signatories) {
    tree_.nodes.reserve(lines);
  }

  /// Takes the next line of the scope.
  void Add(const TextLine& line) {
    if (line.has_tab) return;  // table rows belong to the tables extractor
    const std::string* previous = std::exchange(previous_, &line.text);  // the body outlives the builder
    // 附件:1. … then 2. … on the next lines
    if (MayOpenWithAttachment(line.text, true) && RxFind(line.text, "article_attachment_list")) {
      stack_.clear();
      skip_list_ = true;
      return;
    }
    auto marker = ParseMarker(line, last_article_, previous);
    if (skip_list_ && marker && marker->level == kItem + 2) return;
    skip_list_ = false;
    if (marker) return OpenMarker(line, std::move(*marker));
    if (IsClosing(line.text) || RxFull(line.text, "article_contents_heading"_rx)) {
      stack_.clear();
      return;
    }
    if (line.heading > 0 || IsUnnumberedPart(line.text)) {  // an unnumbered title: a new unit starts
      stack_.clear();
      return;
    }
    AddText(line);
  }

  /// The finished tree (guessed headings that nothing followed become text).
  Tree Finish() {
    SplitJoinedHeadings(tree_.roots);
    for (const auto& n : tree_.nodes) SplitJoinedHeadings(n.children);
    for (auto& n : tree_.nodes) {
      if (n.tentative_heading && n.parts.empty() && n.children.empty()) {
        n.parts.push_back(n.heading);
        n.heading.clear();
      }
      n.tentative_heading = false;
    }
    return std::move(tree_);
  }

 private:
  TempNode& Top() { return tree_.nodes[stack_.back()]; }

  /// Among SIBLINGS, short first lines joined to their text ((一)送政策进军营,服务部队加强技能储备 ‖
  /// 各区退役军人部门要…) are headings when the shape repeats: a page break cuts one line, a
  /// heading style recurs. Two such siblings, or one beside siblings with headings, suffice.
  void SplitJoinedHeadings(const std::vector<int>& siblings) {
    int candidates = 0, headed = 0;
    for (int i : siblings) {
      const TempNode& n = tree_.nodes[i];
      if (!n.joined_heading.empty()) ++candidates;
      else if (!n.heading.empty() && !n.tentative_heading) ++headed;
    }
    if (candidates < 2 && !(candidates == 1 && headed > 0)) return;
    for (int i : siblings) {
      TempNode& n = tree_.nodes[i];
      if (n.joined_heading.empty() || n.parts.empty() || !StartsWith(n.parts[0], n.joined_heading)) continue;
      n.parts[0] = Trim(n.parts[0].substr(n.joined_heading.size()));
      n.heading = n.joined_heading;
      if (n.parts[0].empty()) n.parts.erase(n.parts.begin());
    }
  }

  /// The short first printed line of a joined marker line, when it could be a heading.
  static std::string JoinedHeading(const TextLine& line, const std::string& label, const std::string& rest) {
    if (line.joins.empty() || rest.empty() || line.joins.front().first > line.text.size()) return "";
    // Views of the line: a string is made only for the heading found.
    const std::string_view first = TrimmedView(std::string_view(line.text).substr(0, line.joins.front().first));
    if (!StartsWith(first, label)) return "";
    const std::string_view head = TrimmedView(first.substr(label.size()));
    // The cheap tests first: EndsClosed asks a pattern (most heads are too long already).
    if (head.empty() || head.find("。") != std::string_view::npos || MoreCodePointsThan(head, kMaxJoinedHeading)) return "";
    std::string heading(head);
    if (!StartsWith(rest, heading) || EndsClosed(heading) || RxFind(heading, "article_joined_not_heading"_rx)) return "";
    return heading;
  }

  /// True for a part title printed without its 第N章 (附 则 after 第五章), unless it is the heading
  /// of a 第N章 printed on the line above it.
  bool IsUnnumberedPart(const std::string& text) const {
    return !(await_heading_ && !stack_.empty() && tree_.nodes[stack_.back()].heading.empty()) &&
           RxFull(text, "article_unnumbered_part"_rx);
  }

  /// True for a line that ends the text: 特此通知, a date, a signature. An agency name only
  /// counts after a finished sentence (行政管理部 can be the tail of a cut line).
  bool IsClosing(const std::string& text) {
    if (RxFind(text, "article_closing"_rx)) return true;
    // The 版记's last line: an agency and the day, short (not prose ending …于2009年12月1日印发).
    if (text.size() <= kMaxPrintedOnLine && EndsWith(text, "印发") && RxFind(text, "article_printed_on"_rx)) return true;
    if (!IsSignatory(text, signatories_)) return false;
    return stack_.empty() || Top().parts.empty() || EndsClosed(Top().parts.back());
  }

  /// True when the tree so far holds only parts, chapters and sections without text, the first
  /// of them at LEVEL: the contents list of a regulation (目录 第一章 总则 第二章 …), not its text.
  bool OnlyHeadings(int level) const {
    if (tree_.roots.empty() || tree_.nodes[tree_.roots[0]].level != level) return false;
    return std::all_of(tree_.nodes.begin(), tree_.nodes.end(),
                       [](const TempNode& n) { return n.level < kArticle && n.parts.empty(); });
  }

  bool InArticle() const {
    return std::any_of(stack_.begin(), stack_.end(), [&](int i) { return tree_.nodes[i].level == kArticle; });
  }

  /// Adds NODE (moved from) under the innermost open node of a lower level and makes it the
  /// innermost.
  int Open(TempNode&& node) {
    while (!stack_.empty() && Top().level >= node.level) stack_.pop_back();
    if (node.level > kParagraph && !stack_.empty() && Top().level == kArticle) {
      TempNode para;
    para.kind = NodeKind::kParagraph;
    para.level = kParagraph;
      para.line = node.line;
      Open(std::move(para));
    }
    int index = int(tree_.nodes.size());
    if (node.kind == NodeKind::kParagraph && !stack_.empty())  // 款 carry no printed number: by position
      node.num = ++Top().paragraphs;
    if (stack_.empty()) tree_.roots.push_back(index);
    else {
      Top().children.push_back(index);
      Top().tentative_heading = false;
    }
    tree_.nodes.push_back(std::move(node));
    stack_.push_back(index);
    return index;
  }

  /// Opens the node MK marks (its label and text moved from it).
  void OpenMarker(const TextLine& line, Marker&& mk) {
    bool in_article = InArticle() && mk.level > kArticle;
    TempNode node;
    node.kind = mk.kind == NodeKind::kItem && mk.level == kItem && !in_article ? NodeKind::kSection : mk.kind;
    node.level = mk.level;
    node.num = mk.num;
    node.sub = mk.sub;
    node.label = std::move(mk.label);
    node.line = line.line;
    std::string rest = std::move(mk.rest);
    TrimOwned(rest);  // in place (Trim copied it)
    if (mk.level < kArticle) {
      if (mk.num == 1 && OnlyHeadings(mk.level)) {  // what came before was a contents list
        tree_ = Tree{};
        stack_.clear();
      }
      await_heading_ = rest.empty();
      node.heading = std::move(rest);
      Open(std::move(node));
      return;
    }
    if (mk.level == kArticle) {
      last_article_ = mk.num;
      if (RxFull(rest, "article_bracket_heading"_rx, match_)) {
        node.heading = Group(match_, "heading");
        if (node.heading.empty()) node.heading = Group(match_, "paren");
        rest = Trim(GroupView(match_, "rest"));
      }
      Open(std::move(node));
      if (!rest.empty()) OpenParagraph(std::move(rest), line.line);
      return;
    }
    SplitHeading(line, node, rest);
    if (node.heading.empty()) node.joined_heading = JoinedHeading(line, node.label, rest);
    if (!rest.empty()) node.parts.push_back(std::move(rest));
    Open(std::move(node));
  }

  /// Sets NODE's heading from a bold run-in, a short first sentence, or a short line of its
  /// own (tentative: it stays a heading only if text or children follow).
  void SplitHeading(const TextLine& line, TempNode& node, std::string& rest) {
    if (rest.empty()) return;
    node.heading = BoldRunIn(line, node.label, &rest);
    if (!node.heading.empty()) return;
    const size_t first_stop = rest.find("。");  // for both tests below (REST changes only on a match)
    if (MayRunInHeading(rest, first_stop) && RxFull(rest, "article_runin_heading"_rx, match_)) {
      node.heading = Group(match_, "heading");
      rest = Trim(GroupView(match_, "rest"));
      return;
    }
    // A 。 first (most items hold one: nothing counted), EndsClosed (a pattern) last.
    // Never a line a wrap cut after a comma or a conjunction (…设置消防安全标志, / …或者).
    if (first_stop == std::string::npos && !MoreCodePointsThan(rest, kMaxHeading) && !EndsClosed(rest) &&
        !EndsCut(rest)) {
      node.heading = rest;
      node.tentative_heading = true;
      rest.clear();
    }
  }

  void OpenParagraph(std::string text, int line) {
    TempNode para;
    para.kind = NodeKind::kParagraph;
    para.level = kParagraph;
    para.line = line;
    para.parts.push_back(std::move(text));
    Open(std::move(para));
  }

  void AddText(const TextLine& line) {
    if (stack_.empty()) return;  // preamble, titles, recipients: not structure
    const std::string& text = line.text;
    TempNode& top = Top();
    if (top.level < kArticle) {
      if (await_heading_ && top.heading.empty() && !MoreCodePointsThan(text, kMaxHeading) && !EndsClosed(text))
        top.heading = text;
      // A heading wrapped after a conjunction (城乡规划的制定、修改和 / 实施监督管理) goes on here.
      else if (!top.heading.empty() && top.parts.empty() && top.children.empty() && !MoreCodePointsThan(text, kMaxHeading) &&
               !EndsClosed(text) && RxFind(top.heading, "article_heading_open_end"_rx))
        top.heading += text;
      await_heading_ = false;
      return;
    }
    await_heading_ = false;
    if (top.level == kArticle) return OpenParagraph(text, line.line);
    if (!top.parts.empty() && !EndsClosed(top.parts.back())) return JoinInto(top.parts.back(), text);
    if (top.parts.empty() && top.level > kParagraph) {
      top.parts.push_back(text);
      top.tentative_heading = false;
      return;
    }
    if (InArticle()) {  // a new paragraph (款) of the article
      while (Top().level > kArticle) stack_.pop_back();
      return OpenParagraph(text, line.line);
    }
    top.parts.push_back(text);
    top.tentative_heading = false;
  }

  static constexpr size_t kMaxHeading = 30;
  static constexpr size_t kMaxPrintedOnLine = 96;  // bytes: an agency's name and a date
  static constexpr size_t kMaxJoinedHeading = 25;
  const std::vector<std::string>& signatories_;
  Tree tree_;
  std::vector<int> stack_;
  Match match_;  ///< the headings' patterns match into it, line after line: its room is kept
  int last_article_ = 0;
  const std::string* previous_ = nullptr;  ///< the text of the line Add took last
  bool await_heading_ = false;
  bool skip_list_ = false;
};

}  // namespace

bool EndsClosed(const std::string& text) {
  // Only the end matters: searching all of a text that grows line by line would be quadratic.
  if (text.size() <= 64) return RxFind(text, "article_closed_end"_rx);  // its own tail: no copy
  size_t from = text.size() - 64;
  while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;  // UTF-8 boundary
  return RxFind(text.substr(from), "article_closed_end"_rx);
}

Tree BuildTree(const Scope& scope, const std::vector<std::string>& signatories) {
  TreeBuilder builder(signatories, scope.lines.size());
  for (const TextLine* line : scope.lines) builder.Add(*line);
  return builder.Finish();
}

}  // namespace gazette::articles

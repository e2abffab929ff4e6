// The AKN <body>: the notice's own text, then each instrument it issues as an hcontainer
// holding its article tree (chapter, section, article, paragraph, point) with eIds.
#include <set>
#include <string>

#include "export/akn.hpp"
#include "export/xml_text.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

using Children = std::vector<std::vector<int>>;

/// The Akoma Ntoso element of an article node: its kind, an item being a <point>.
std::string AknElementName(NodeKind kind) { return kind == NodeKind::kItem ? "point" : ToString(kind); }

/// Writes unique eIds: a repeated one gets a _N suffix.
class EidSet {
 public:
  std::string Take(std::string eid) {
    if (eid.empty()) eid = "node";
    std::string out = eid;
    for (int n = 2; !used_.insert(out).second; ++n) out = eid + "_" + std::to_string(n);
    return out;
  }

 private:
  std::set<std::string> used_;
};

void AppendParagraphs(pugi::xml_node parent, const char* wrapper, const std::vector<std::string>& texts) {
  pugi::xml_node w = parent.append_child(wrapper);
  if (texts.empty()) w.append_child("p");
  for (const auto& t : texts) SetText(w.append_child("p"), t);
}

/// The text of NODE before its FIRST child's (the lead-in: 供水企业应当按照下列规定…:): a node's text
/// holds its children's, which their own elements print. All of it when the child's is not found.
std::string LeadIn(const ArticleNode& node, const ArticleNode& first) {
  // The child's label opens its line (1.规划论证科学合理 / its text): cut there.
  if (!first.label.empty()) {
    if (StartsWith(node.text, first.label)) return "";
    if (const size_t at = node.text.find("\n" + first.label); at != std::string::npos) return Trim(node.text.substr(0, at));
  }
  const size_t at = first.text.empty() ? std::string::npos : node.text.find(first.text);
  if (at == std::string::npos) return node.text;
  const size_t line = node.text.rfind('\n', at);
  return Trim(node.text.substr(0, line == std::string::npos ? 0 : line));
}

void AppendNode(pugi::xml_node parent, const std::vector<ArticleNode>& nodes, const Children& children, int i,
                EidSet& eids, int depth) {
  const ArticleNode& n = nodes[i];
  pugi::xml_node e = parent.append_child(AknElementName(n.kind).c_str());
  SetAttr(e, "eId", eids.Take(n.id));
  AddText(e, "num", n.label);
  AddText(e, "heading", n.heading);
  bool has_children = !children[i].empty() && depth < 64;
  if (!has_children) {
    AppendParagraphs(e, "content", {n.text});
    return;
  }
  if (const std::string intro = LeadIn(n, nodes[children[i].front()]); !intro.empty()) AppendParagraphs(e, "intro", {intro});
  for (int c : children[i]) AppendNode(e, nodes, children, c, eids, depth + 1);
}

/// Which body lines of DOC lie inside an instrument it issues.
std::vector<bool> InsideInstruments(const Document& doc) {
  std::vector<bool> inside(doc.body.size(), false);
  for (const auto& ins : doc.instruments)
    for (size_t k = ins.first; k < ins.last && k < doc.body.size(); ++k) inside[k] = true;
  return inside;
}

/// Body lines of DOC outside every instrument (the notice's own text) printed before line
/// BEFORE (0: all of them).
std::vector<std::string> NoticeLines(const Document& doc, int before = 0) {
  const std::vector<bool> inside = InsideInstruments(doc);
  std::vector<std::string> lines;
  for (size_t k = 0; k < doc.body.size() && (before == 0 || doc.body[k].line < before); ++k)
    if (!inside[k]) lines.push_back(doc.body[k].text);
  return lines;
}

/// The printed line of the first root node of NODES belonging to INSTRUMENT ("": the notice's
/// own), 0 when it has none.
int FirstRootLine(const std::vector<ArticleNode>& nodes, const std::string& instrument) {
  int first = 0;
  for (const auto& n : nodes)
    if (n.parent < 0 && n.instrument == instrument && (first == 0 || n.line < first)) first = n.line;
  return first;
}

std::vector<std::string> InstrumentLines(const Document& doc, const Instrument& ins) {
  std::vector<std::string> lines;
  for (size_t k = ins.first + 1; k < ins.last && k < doc.body.size(); ++k) lines.push_back(doc.body[k].text);
  return lines;
}

/// The lines of INS before the first node of its tree in NODES (none when it has no tree).
std::vector<std::string> InstrumentOpening(const Document& doc, const Instrument& ins, const std::vector<ArticleNode>& nodes) {
  const int first_line = FirstRootLine(nodes, ins.title);
  std::vector<std::string> lines;
  for (size_t k = ins.first + 1; first_line > 0 && k < ins.last && k < doc.body.size() && doc.body[k].line < first_line; ++k)
    lines.push_back(doc.body[k].text);
  return lines;
}

/// Appends the roots of NODES belonging to INSTRUMENT; returns how many it appended.
int AppendRoots(pugi::xml_node parent, const std::vector<ArticleNode>& nodes, const Children& children,
                const std::vector<int>& roots, const std::string& instrument, EidSet& eids) {
  int n = 0;
  for (int r : roots) {
    if (nodes[r].instrument != instrument) continue;
    AppendNode(parent, nodes, children, r, eids, 0);
    ++n;
  }
  return n;
}

}  // namespace

/// The notice's own lines before its first numbered node (FIRST_LINE, printed): its preamble, the
/// enacting formula of a decision (国务院决定对《…》作如下修改:), written before the body.
void AppendPreamble(pugi::xml_node act, const Document& doc, int first_line) {
  const std::vector<std::string> lines = NoticeLines(doc, first_line);
  if (lines.empty()) return;
  pugi::xml_node preamble = act.append_child("preamble");
  for (const auto& t : lines) SetText(preamble.append_child("p"), t);
}

void AppendAknBody(pugi::xml_node act, const Document& doc) {
  const auto& nodes = doc.articles;
  if (const int first_line = FirstRootLine(nodes, ""); first_line > 0) AppendPreamble(act, doc, first_line);
  pugi::xml_node body = act.append_child("body");
  Children children(nodes.size());
  std::vector<int> roots;
  for (size_t i = 0; i < nodes.size(); ++i) {
    int p = nodes[i].parent;
    if (p >= 0 && p < int(nodes.size()) && p != int(i)) children[p].push_back(int(i));
    else roots.push_back(int(i));
  }
  EidSet eids;
  eids.Take("notice");
  if (AppendRoots(body, nodes, children, roots, "", eids) == 0) {
    pugi::xml_node notice = body.append_child("hcontainer");
    notice.append_attribute("name").set_value("notice");
    notice.append_attribute("eId").set_value("notice");
    AppendParagraphs(notice, "content", NoticeLines(doc));
  }
  std::set<std::string> done = {""};
  for (size_t k = 0; k < doc.instruments.size(); ++k) {
    const Instrument& ins = doc.instruments[k];
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name").set_value("instrument");
    SetAttr(h, "eId", eids.Take("ins_" + std::to_string(k + 1)));
    AddText(h, "heading", ins.title);
    const bool first_of_title = done.insert(ins.title).second;
    // The instrument's own opening before its first numbered node (国务院决定对《A》作如下修改:).
    if (const std::vector<std::string> opening = first_of_title ? InstrumentOpening(doc, ins, nodes) : std::vector<std::string>{};
        !opening.empty())
      AppendParagraphs(h, "intro", opening);
    if (!first_of_title || AppendRoots(h, nodes, children, roots, ins.title, eids) == 0)
      AppendParagraphs(h, "content", InstrumentLines(doc, ins));
  }
  for (int r : roots) {  // trees whose instrument the segmenter did not list
    if (done.count(nodes[r].instrument)) continue;
    pugi::xml_node h = body.append_child("hcontainer");
    h.append_attribute("name").set_value("instrument");
    SetAttr(h, "eId", eids.Take("ins_" + std::to_string(done.size())));
    AddText(h, "heading", nodes[r].instrument);
    done.insert(nodes[r].instrument);
    AppendRoots(h, nodes, children, roots, nodes[r].instrument, eids);
  }
}

}  // namespace gazette

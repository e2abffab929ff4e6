#include "export/graph.hpp"

#include <set>
#include <string_view>
#include <unordered_set>

#include "util/text.hpp"

namespace gazette {
namespace {

// Node ids in first-seen order: the texts the corpus holds, not copies.
std::vector<const std::string*> NodeIds(const GraphEdges& edges) {
  std::vector<const std::string*> ids;
  std::unordered_set<std::string_view> seen;
  for (const CorpusReference* e : edges)
    for (const std::string* id : {&e->from.str(), &e->target_id})
      if (seen.insert(*id).second) ids.push_back(id);
  return ids;
}

std::string Shorten(const std::string& text, size_t max_code_points) {
  std::u32string u = ToU32(text);
  if (u.size() <= max_code_points) return text;
  return ToUtf8(u.substr(0, max_code_points)) + "…";
}

const char* EdgeColor(Relation type) {
  switch (type) {
    case Relation::kRepeals: return "red";
    case Relation::kAmends:
    case Relation::kRevises: return "orange";
    case Relation::kSupplements: return "blue";
    case Relation::kReplaces: return "purple";
    case Relation::kExtends: return "darkgreen";
    case Relation::kSuspends: return "brown";
    case Relation::kResumes: return "darkolivegreen";
    case Relation::kImplements:
    case Relation::kCites: break;
  }
  return "gray";
}

}  // namespace

std::string DotEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    if (c == '\r' || c == '\t') { out += ' '; continue; }
    out += c;
  }
  return out;
}

void WriteDot(std::ostream& out, const Corpus& corpus, const GraphEdges& edges) {
  out << "digraph gazette {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n  edge [fontsize=9];\n";
  for (const std::string* node : NodeIds(edges)) {
    const std::string& id = *node;
    const CorpusDocument* d = corpus.Find(id);
    std::string label = id;
    if (d && !d->title.empty() && d->title != id) label += "\n" + Shorten(d->title, 28);
    out << "  \"" << DotEscape(id) << "\" [label=\"" << DotEscape(label) << "\"";
    if (!d || !d->printed) out << ", style=dashed";
    out << "];\n";
  }
  std::set<std::string> drawn;  // one arrow per (from, to, type), however often it is printed
  for (const CorpusReference* e : edges) {
    if (!drawn.insert(e->from.str() + "\n" + e->target_id + "\n" + ToString(e->type)).second) continue;
    out << "  \"" << DotEscape(e->from) << "\" -> \"" << DotEscape(e->target_id) << "\" [label=\""
        << DotEscape(ToString(e->type)) << "\", color=" << EdgeColor(e->type) << "];\n";
  }
  out << "}\n";
}

GraphRecords::GraphRecords(const Corpus& corpus, const GraphEdges& edges)
    : corpus_(corpus), edges_(edges), nodes_(NodeIds(edges)) {
  corpus.references();  // resolved now, before the records are asked for on several threads
}

nlohmann::ordered_json GraphRecords::operator[](size_t i) const {
  nlohmann::ordered_json r;
  if (i < nodes_.size()) {
    const std::string& id = *nodes_[i];
    const CorpusDocument* d = corpus_.Find(id);
    r["kind"] = "node";
    r["id"] = id;
    r["docno"] = d ? d->docno : "";
    r["title"] = d ? d->title : "";
    r["printed"] = d && d->printed;
    r["source"] = d ? d->source : "";
    r["line"] = d ? d->line : 0;
    return r;
  }
  const CorpusReference& e = *edges_[i - nodes_.size()];
  r["kind"] = "edge";
  r["from"] = e.from.str();
  r["to"] = e.target_id;
  r["type"] = ToString(e.type);
  r["resolved"] = e.resolved;
  r["source"] = e.source.str();
  r["line"] = e.line;
  r["text"] = e.text.str();
  return r;
}

}  // namespace gazette

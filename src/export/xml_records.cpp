#include "export/xml_records.hpp"

#include <string>

#include "export/xml_patch.hpp"
#include "export/xml_text.hpp"

namespace gazette {

namespace {

using Children = std::vector<std::vector<int>>;

/// For each node, the indices of its children; roots are collected in ROOTS.
Children ChildrenOf(const std::vector<ArticleNode>& nodes, std::vector<int>* roots) {
  Children children(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    int p = nodes[i].parent;
    if (p >= 0 && p < int(nodes.size()) && p != int(i)) {
      children[p].push_back(int(i));
    } else {
      roots->push_back(int(i));
    }
  }
  return children;
}

void AppendNode(pugi::xml_node parent, const std::vector<ArticleNode>& nodes, const Children& children, int i,
                int depth) {
  const ArticleNode& n = nodes[i];
  pugi::xml_node e = parent.append_child(ArticleElementName(n.kind).c_str());
  SetAttr(e, "eId", n.id);
  e.append_attribute("num").set_value(n.num);
  SetAttr(e, "label", n.label);
  SetPositive(e, "line", n.line);
  AddText(e, "heading", n.heading);
  AddText(e, "text", n.text);
  if (depth > 64) return;  // a cycle in parent links: stop rather than recurse forever
  for (int c : children[i]) AppendNode(e, nodes, children, c, depth + 1);
}

std::string HeaderFor(const Table& table, size_t column, const std::string& key) {
  if (column < table.keys.size() && table.keys[column] == key && column < table.headers.size())
    return table.headers[column];
  for (size_t k = 0; k < table.keys.size() && k < table.headers.size(); ++k)
    if (table.keys[k] == key) return table.headers[k];
  return "";
}

void AppendRow(pugi::xml_node section, const Table& table, const TableRow& row) {
  pugi::xml_node r = section.append_child("row");
  SetAttr(r, "seq", row.seq);
  SetPositive(r, "seq-num", row.seq_num);
  SetPositive(r, "line", row.line);
  for (size_t c = 0; c < row.cells.size(); ++c) {
    pugi::xml_node cell = r.append_child("cell");
    SetAttr(cell, "key", row.cells[c].first);
    SetAttr(cell, "column", HeaderFor(table, c, row.cells[c].first));
    SetText(cell, row.cells[c].second);
  }
}

void AppendSection(pugi::xml_node table_node, const Table& table, const TableSection& section) {
  pugi::xml_node s = table_node.append_child("section");
  if (section.declared >= 0) s.append_attribute("declared").set_value(section.declared);
  s.append_attribute("found").set_value(int(section.rows.size()));
  SetPositive(s, "line", section.line);
  AddText(s, "title", section.title);
  for (const auto& row : section.rows) AppendRow(s, table, row);
}

int RowCount(const Table& table) {
  int n = 0;
  for (const auto& s : table.sections) n += int(s.rows.size());
  return n;
}

}  // namespace

std::string ArticleElementName(NodeKind kind) { return ToString(kind); }

void AppendArticles(pugi::xml_node doc_node, const std::vector<ArticleNode>& nodes) {
  if (nodes.empty()) return;
  std::vector<int> roots;
  Children children = ChildrenOf(nodes, &roots);
  std::vector<std::string> order;  // instruments in order of first appearance
  for (int r : roots) {
    const std::string& ins = nodes[r].instrument;
    bool seen = false;
    for (const auto& o : order) seen = seen || o == ins;
    if (!seen) order.push_back(ins);
  }
  for (const auto& ins : order) {
    pugi::xml_node group = doc_node.append_child("articles");
    SetAttr(group, "instrument", ins);
    for (int r : roots)
      if (nodes[r].instrument == ins) AppendNode(group, nodes, children, r, 0);
  }
}

void AppendTables(pugi::xml_node doc_node, const std::vector<Table>& tables) {
  if (tables.empty()) return;
  pugi::xml_node list = doc_node.append_child("tables");
  for (const auto& t : tables) {
    pugi::xml_node e = list.append_child("table");
    e.append_attribute("index").set_value(t.index);
    SetAttr(e, "schema", t.schema);
    if (t.declared_total >= 0) e.append_attribute("declared").set_value(t.declared_total);
    e.append_attribute("found").set_value(RowCount(t));
    SetPositive(e, "line", t.line);
    AddText(e, "title", t.title);
    pugi::xml_node columns = e.append_child("columns");
    for (size_t c = 0; c < t.headers.size() || c < t.keys.size(); ++c) {
      pugi::xml_node col = columns.append_child("column");
      SetAttr(col, "key", c < t.keys.size() ? t.keys[c] : std::string());
      SetText(col, c < t.headers.size() ? t.headers[c] : std::string());
    }
    for (const auto& s : t.sections) AppendSection(e, t, s);
  }
}

void AppendDeadlines(pugi::xml_node doc_node, const std::vector<Deadline>& deadlines) {
  if (deadlines.empty()) return;
  pugi::xml_node list = doc_node.append_child("deadlines");
  for (const auto& d : deadlines) {
    pugi::xml_node e = list.append_child("deadline");
    e.append_attribute("kind").set_value(ToString(d.kind).c_str());
    SetAttr(e, "date", ToIso(d.date));
    SetAttr(e, "precision", PrecisionOf(d.date));
    if (d.amount > 0) e.append_attribute("amount").set_value(d.amount);
    SetAttr(e, "unit", ToString(d.unit));
    e.append_attribute("of-document").set_value(d.of_document);
    SetPositive(e, "line", d.line);
    AddText(e, "trigger", d.trigger);
    AddText(e, "text", d.text);
  }
}

void AppendReferences(pugi::xml_node doc_node, const std::string& from, const std::vector<Reference>& refs,
                      const CorpusStatus& corpus, XmlPatches* deferred) {
  if (refs.empty()) return;
  pugi::xml_node list = doc_node.append_child("references");
  for (const auto& raw : refs) {
    Reference r = raw;  // its own clause: two citations on one line may share the rest
    if (!deferred) {
      Reference resolved = corpus.Resolve(from, raw);
      r.resolved = resolved.resolved;
      r.target_id = resolved.target_id;
    }
    pugi::xml_node e = list.append_child("reference");
    e.append_attribute("type").set_value(ToString(r.type).c_str());
    SetAttr(e, "to", r.to);
    if (r.to_printed != r.to) SetAttr(e, "printed", r.to_printed);
    SetAttr(e, "alias", r.alias);
    SetAttr(e, "date", ToIso(r.date));
    if (deferred) {
      e.append_attribute("resolved").set_value(deferred->DeferResolution().c_str());
    } else {
      e.append_attribute("resolved").set_value(r.resolved);
      SetAttr(e, "target", r.target_id);
    }
    SetPositive(e, "line", r.line);
    AddText(e, "title", r.title);
    AddText(e, "text", r.text);
  }
}

}  // namespace gazette

#include "export/xml_records.hpp"

#include <string>
#include <vector>

#include "export/xml_patch.hpp"
#include "export/xml_element.hpp"
#include "export/xml_text.hpp"
#include "export/xml_write.hpp"
#include "extract/tables.hpp"

namespace gazette {

namespace {

/// The children of every article node, in one list: node I's are at list[first[I]] up to
/// list[first[I + 1]], in input order (a vector per node was one allocation per node with children).
struct Children {
  std::vector<int> first;  // nodes + 1 offsets into list
  std::vector<int> list;
  const int* begin(int i) const { return list.data() + first[size_t(i)]; }
  const int* end(int i) const { return list.data() + first[size_t(i) + 1]; }
};

/// Whether node I of NODES has a parent there (not itself): else it is a root.
bool HasParent(const std::vector<ArticleNode>& nodes, size_t i) {
  int p = nodes[i].parent;
  return p >= 0 && p < int(nodes.size()) && p != int(i);
}

/// For each node, the indices of its children; roots are collected in ROOTS.
Children ChildrenOf(const std::vector<ArticleNode>& nodes, std::vector<int>* roots) {
  Children children;
  children.first.assign(nodes.size() + 1, 0);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (HasParent(nodes, i)) ++children.first[size_t(nodes[i].parent) + 1];
    else roots->push_back(int(i));
  }
  for (size_t i = 1; i < children.first.size(); ++i) children.first[i] += children.first[i - 1];
  children.list.resize(size_t(children.first.back()));
  for (size_t i = 0; i < nodes.size(); ++i)  // first[p] runs on to where p's children end…
    if (HasParent(nodes, i)) children.list[size_t(children.first[size_t(nodes[i].parent)]++)] = int(i);
  for (size_t i = nodes.size(); i > 0; --i) children.first[i] = children.first[i - 1];  // …so shift back
  children.first[0] = 0;
  return children;
}

/// The text of the parent of the nodes being written, checked, and where its next child's text
/// is looked for in it (CheckedText::Within).
struct EnclosingText {
  const CheckedText& text;
  size_t from = 0;
};

/// Writes node I of NODES in PARENT, its text checked within ENCLOSING's when given (a node's
/// text holds its children's: checking each again was a third of the articles' checks).
template <class E>
void WriteNode(E& parent, const std::vector<ArticleNode>& nodes, const Children& children, int i, int depth,
               EnclosingText* enclosing) {
  const ArticleNode& n = nodes[i];
  E e = parent.Child(ArticleElementName(n.kind));
  e.Attr("eId", n.id);
  e.Int("num", n.num);
  e.Attr("label", n.label);
  e.Positive("line", n.line);
  e.AddText("heading", n.heading);
  const CheckedText text = enclosing ? CheckedText::Within(enclosing->text, n.text, enclosing->from) : CheckedText(n.text);
  if (!n.text.empty()) e.Child("text").Text(text);
  if (depth > 64) return;  // a cycle in parent links: stop rather than recurse forever
  EnclosingText mine{text};
  for (const int* c = children.begin(i); c != children.end(i); ++c) WriteNode(e, nodes, children, *c, depth + 1, &mine);
}

/// An empty text, for the writers' "none" without a copy.
const std::string kNoText;

/// A table's keys and headers, each checked once (CheckedText) and printed on every cell.
struct CheckedColumns {
  explicit CheckedColumns(const Table& table) {
    for (const auto& key : table.keys) keys.emplace_back(key);
    for (const auto& header : table.headers) headers.emplace_back(header);
  }
  std::vector<CheckedText> keys, headers;
};

/// Where KEY, the key of the cell of COLUMN, is among TABLE's keys (COLUMN's own first), or
/// npos: its text is that key's.
size_t KeyIndex(const Table& table, size_t column, const std::string& key) {
  if (column < table.keys.size() && table.keys[column] == key) return column;
  for (size_t k = 0; k < table.keys.size(); ++k)
    if (table.keys[k] == key) return k;
  return std::string::npos;
}

/// Which header of TABLE names the cell of COLUMN with KEY: COLUMN's own when its key is KEY, else
/// the first one whose key is KEY; npos if none.
size_t HeaderIndex(const Table& table, size_t column, const std::string& key) {
  if (column < table.keys.size() && table.keys[column] == key && column < table.headers.size()) return column;
  for (size_t k = 0; k < table.keys.size() && k < table.headers.size(); ++k)
    if (table.keys[k] == key) return k;
  return std::string::npos;
}

template <class E>
void WriteRow(E& section, const Table& table, const CheckedColumns& columns, const TableRow& row) {
  E r = section.Child("row");
  r.Attr("seq", row.seq);
  r.Positive("seq-num", row.seq_num);
  r.Positive("line", row.line);
  for (size_t c = 0; c < row.cells.size(); ++c) {
    const std::string& key = row.cells[c].first;
    E cell = r.Child("cell");
    const size_t k = KeyIndex(table, c, key);
    if (k != std::string::npos) cell.Attr("key", columns.keys[k]);
    else cell.Attr("key", key);
    const size_t h = k == c && c < table.headers.size() ? c : HeaderIndex(table, c, key);  // c: HeaderIndex's answer
    if (h != std::string::npos) cell.Attr("column", columns.headers[h]);
    cell.Text(row.cells[c].second);
  }
}

template <class E>
void WriteSection(E& table_node, const Table& table, const CheckedColumns& columns, const TableSection& section) {
  E s = table_node.Child("section");
  if (section.declared >= 0) s.Int("declared", section.declared);
  s.Int("found", ItemRows(section));  // as check counts: not sub-rows, not 合计 rows
  s.Positive("line", section.line);
  s.AddText("title", section.title);
  for (const auto& row : section.rows) WriteRow(s, table, columns, row);
}

}  // namespace

// The spelling table itself, not ToString's copy: a printed element keeps a view of its name.
std::string_view ArticleElementName(NodeKind kind) {
  for (const auto& s : Spellings<NodeKind>::table)
    if (s.value == kind) return s.text;
  return {};
}

template <class E>
void WriteArticles(E& doc_node, const std::vector<ArticleNode>& nodes) {
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
    E group = doc_node.Child("articles");
    group.Attr("instrument", ins);
    for (int r : roots)
      if (nodes[r].instrument == ins) WriteNode(group, nodes, children, r, 0, nullptr);
  }
}

template <class E>
void WriteTables(E& doc_node, const std::vector<Table>& tables) {
  if (tables.empty()) return;
  E list = doc_node.Child("tables");
  for (const auto& t : tables) {
    E e = list.Child("table");
    e.Int("index", t.index);
    e.Attr("schema", t.schema);
    if (t.declared_total >= 0) e.Int("declared", t.declared_total);
    e.Int("found", ItemRows(t));
    e.Positive("line", t.line);
    e.AddText("title", t.title);
    const CheckedColumns checked(t);
    {
      E columns = e.Child("columns");
      for (size_t c = 0; c < t.headers.size() || c < t.keys.size(); ++c) {
        E col = columns.Child("column");
        if (c < t.keys.size()) col.Attr("key", checked.keys[c]);
        col.Text(c < t.headers.size() ? checked.headers[c] : CheckedText(kNoText));
      }
    }
    for (const auto& s : t.sections) WriteSection(e, t, checked, s);
  }
}

template <class E>
void WriteDeadlines(E& doc_node, const std::vector<Deadline>& deadlines) {
  if (deadlines.empty()) return;
  E list = doc_node.Child("deadlines");
  for (const auto& d : deadlines) {
    E e = list.Child("deadline");
    e.Attr("kind", CheckedSpelling(d.kind));  // never empty: printed like RawAttribute
    e.Attr("date", ToIso(d.date));
    e.Attr("precision", PrecisionOf(d.date));
    if (d.amount > 0) e.Int("amount", d.amount);
    e.Attr("unit", CheckedSpelling(d.unit));
    e.Bool("of-document", d.of_document);
    e.Positive("line", d.line);
    e.AddText("trigger", d.trigger);
    e.AddText("text", d.text);
  }
}

template <class E>
void WriteReferences(E& doc_node, const std::string& from, const std::vector<Reference>& refs,
                     const CorpusStatus& corpus, XmlPatches* deferred) {
  if (refs.empty()) return;
  E list = doc_node.Child("references");
  for (const auto& raw : refs) {
    const Reference* r = &raw;  // its own clause: two citations on one line may share the rest
    Reference resolved;
    if (!deferred) {
      resolved = raw;
      Reference found = corpus.Resolve(from, raw);
      resolved.resolved = found.resolved;
      resolved.target_id = found.target_id;
      r = &resolved;
    }
    E e = list.Child("reference");
    e.Attr("type", CheckedSpelling(r->type));  // never empty: printed like RawAttribute
    e.Attr("to", r->to);
    if (r->to_printed != r->to) e.Attr("printed", r->to_printed);
    e.Attr("alias", r->alias);
    e.Attr("date", ToIso(r->date));
    if (deferred) {
      e.RawAttribute("resolved", deferred->DeferResolution());
    } else {
      e.Bool("resolved", r->resolved);
      e.Attr("target", r->target_id);
    }
    e.Positive("line", r->line);
    e.AddText("title", r->title);
    e.AddText("text", r->text);
  }
}

void AppendArticles(pugi::xml_node doc_node, const std::vector<ArticleNode>& nodes) {
  TreeElement t(doc_node);
  WriteArticles(t, nodes);
}

void AppendTables(pugi::xml_node doc_node, const std::vector<Table>& tables) {
  TreeElement t(doc_node);
  WriteTables(t, tables);
}

void AppendDeadlines(pugi::xml_node doc_node, const std::vector<Deadline>& deadlines) {
  TreeElement t(doc_node);
  WriteDeadlines(t, deadlines);
}

void AppendReferences(pugi::xml_node doc_node, const std::string& from, const std::vector<Reference>& refs,
                      const CorpusStatus& corpus, XmlPatches* deferred) {
  TreeElement t(doc_node);
  WriteReferences(t, from, refs, corpus, deferred);
}

#define GAZETTE_WRITE_RECORDS(E)                                                                          \
  template void WriteArticles(E&, const std::vector<ArticleNode>&);                                       \
  template void WriteTables(E&, const std::vector<Table>&);                                               \
  template void WriteDeadlines(E&, const std::vector<Deadline>&);                                         \
  template void WriteReferences(E&, const std::string&, const std::vector<Reference>&, const CorpusStatus&, \
                                XmlPatches*);
GAZETTE_WRITE_RECORDS(TreeElement)
GAZETTE_WRITE_RECORDS(PrintedElement)
#undef GAZETTE_WRITE_RECORDS

}  // namespace gazette

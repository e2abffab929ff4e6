// Writers of the reference graph of a corpus: Graphviz DOT, and records for JSON Lines.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "xref/corpus.hpp"

namespace gazette {

/// TEXT as the inside of a DOT double-quoted string: \ and " escaped, newlines as \n.
std::string DotEscape(const std::string& text);

/// Writes EDGES as a Graphviz digraph: a node per document an edge touches (label: 文号 or id and
/// a shortened title; dashed when not printed in the inputs), an edge per distinct (from, to, type) (label: type).
void WriteDot(std::ostream& out, const Corpus& corpus, const GraphEdges& edges);

/// The graph's records for JSON Lines: {"kind":"node", id, docno, title, printed, source, line}
/// for each node, then {"kind":"edge", from, to, type, resolved, source, line, text} for each
/// edge. Each is made when asked for (none is held), on any thread: a record only reads.
class GraphRecords {
 public:
  /// The records of EDGES, the nodes' details from CORPUS (resolved here).
  GraphRecords(const Corpus& corpus, const GraphEdges& edges);
  /// How many records: nodes and edges.
  size_t size() const { return nodes_.size() + edges_.size(); }
  /// Record I: a node's while I < the number of nodes, then an edge's.
  nlohmann::ordered_json operator[](size_t i) const;

 private:
  const Corpus& corpus_;
  const GraphEdges& edges_;
  std::vector<const std::string*> nodes_;  // the nodes' ids in first-seen order (the corpus's)
};

}  // namespace gazette

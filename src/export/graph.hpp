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
void WriteDot(std::ostream& out, const Corpus& corpus, const std::vector<GraphEdge>& edges);

/// Writes the graph as JSON Lines, one record at a time (none is held): {"kind":"node", id, docno,
/// title, printed, source, line} for each node, then {"kind":"edge", from, to, type, resolved,
/// source, line, text} for each edge.
void WriteGraphRecords(std::ostream& out, const Corpus& corpus, const std::vector<GraphEdge>& edges);

}  // namespace gazette

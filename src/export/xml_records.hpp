// The XML of the extractors' records inside a <document>: article trees, tables, deadlines,
// references (exports/gazette.xsd). Each appends nothing when there is nothing to say.
#pragma once
#include <pugixml.hpp>
#include <vector>

#include "export/xml_status.hpp"
#include "model/issue.hpp"

namespace gazette {

class XmlPatches;

/// One <articles> element per instrument (in order of first appearance; no `instrument`
/// attribute for the notice's own text), holding the nested article tree of NODES.
void AppendArticles(pugi::xml_node doc_node, const std::vector<ArticleNode>& nodes);

/// <tables> with one <table> per table: columns, sections, rows, keyed cells.
void AppendTables(pugi::xml_node doc_node, const std::vector<Table>& tables);

/// <deadlines> with one <deadline> per record.
void AppendDeadlines(pugi::xml_node doc_node, const std::vector<Deadline>& deadlines);

/// <references> with one <reference> per citation of the document FROM, resolved against CORPUS
/// (or, with DEFERRED, with a placeholder for the resolution recorded there).
void AppendReferences(pugi::xml_node doc_node, const std::string& from, const std::vector<Reference>& refs,
                      const CorpusStatus& corpus, XmlPatches* deferred = nullptr);

/// The element name the schema gives an article node of KIND: the kind itself (part, subpart,
/// chapter, section, article, paragraph, item), a view of a static spelling.
std::string_view ArticleElementName(NodeKind kind);

}  // namespace gazette

// The XML writers over either kind of element (xml_element.hpp): into a pugixml tree, or printed
// as they go. Defined for TreeElement and PrintedElement; xml.hpp's tree functions call them.
#pragma once
#include <string>
#include <vector>

#include "export/xml.hpp"
#include "export/xml_element.hpp"

namespace gazette {

/// The <issue> element of ISSUE in PARENT, without the documents OMIT marks (by index, when
/// given); with the schema-version attribute first when SCHEMA_VERSION.
template <class E>
void WriteIssue(E& parent, const Issue& issue, const CorpusStatus& corpus, const XmlOptions& options,
                const std::vector<bool>* omit, bool schema_version);

/// The <document> element of DOC (the POSITION-th document of ISSUE, 1-based) in PARENT.
template <class E>
void WriteDocument(E& parent, const Issue& issue, const Document& doc, int position, const CorpusStatus& corpus,
                   const XmlOptions& options);

/// <effective>, <expires> and <status> in E (AppendStanding).
template <class E>
void WriteStanding(E& e, const std::vector<Deadline>& deadlines, const DocumentStatus& s, const std::string& as_of);

/// <status> in E (AppendStatus).
template <class E>
void WriteStatus(E& e, const DocumentStatus& s, const std::string& as_of);

/// The <document printed="false"> of D in PARENT (AppendCitedDocument).
template <class E>
void WriteCitedDocument(E& parent, const CorpusDocument& d, const CorpusStatus& corpus);

/// The <articles> elements of NODES in DOC_NODE (AppendArticles).
template <class E>
void WriteArticles(E& doc_node, const std::vector<ArticleNode>& nodes);
/// <tables> in DOC_NODE (AppendTables).
template <class E>
void WriteTables(E& doc_node, const std::vector<Table>& tables);
/// <deadlines> in DOC_NODE (AppendDeadlines).
template <class E>
void WriteDeadlines(E& doc_node, const std::vector<Deadline>& deadlines);
/// <references> of the document FROM in DOC_NODE (AppendReferences).
template <class E>
void WriteReferences(E& doc_node, const std::string& from, const std::vector<Reference>& refs,
                     const CorpusStatus& corpus, XmlPatches* deferred);

}  // namespace gazette

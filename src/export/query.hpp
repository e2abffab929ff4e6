// XPath 1.0 (pugixml) over the corpus XML (exports/gazette.xsd): read from an export directory
// (DIR/corpus.xml) or built on the fly from issues.
#pragma once
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "export/records.hpp"
#include "util/result.hpp"

namespace gazette {

/// One result of a query.
struct QueryMatch {
  std::string node;      ///< element|attribute|text, or string|number|boolean for a scalar result
  std::string name;      ///< element or attribute name, empty otherwise
  std::string value;     ///< element text (descendant text joined by spaces), attribute value, or scalar
  std::string document;  ///< id of the enclosing <document>, empty if none
  std::string source;    ///< source file of the enclosing document or issue, empty if none
  int line = 0;          ///< nearest `line` on the node or its ancestors, 0 if none
};

/// Runs XPATH on DOC. A node set gives one match per node in document order; a string, number
/// or boolean result gives one scalar match. Returns an error ("bad XPath: … at offset N") when
/// XPATH does not compile.
Result<std::vector<QueryMatch>> RunQuery(const pugi::xml_document& doc, const std::string& xpath);

/// The match of the node X (an element, attribute or text) in a node-set result.
QueryMatch MatchOf(const pugi::xpath_node& x);

/// The match of a number result, printed as RunQuery prints one.
QueryMatch NumberMatch(double value);

/// The one match of Q, a query whose result is a number, string or boolean, evaluated at CONTEXT.
QueryMatch ScalarMatch(const pugi::xpath_query& q, const pugi::xpath_node& context);

/// An error ("bad XPath: …") when XPATH does not compile; success otherwise.
Status CheckXPath(const std::string& xpath);

/// The text of NODE on one line: its descendant text nodes joined with single spaces, runs of
/// white space collapsed.
std::string NodeText(const pugi::xml_node& node);

/// The XML file PATH names for `query`: an export directory's corpus.xml, else PATH itself.
std::string QueryXmlPath(const std::string& path);

/// True when PATH is an export directory (holds corpus.xml) or an XML file.
bool IsXmlInput(const std::string& path);

/// True when standard input holds XML: its first byte, read and put back, is '<' (an issue's
/// text never begins with markup; XML in UTF-16, or after a byte-order mark, is not told apart).
bool StdinHoldsXml();

/// The JSON Lines keys of a match: value, node, name, document, source, line.
std::vector<std::string> QueryRecordKeys();

/// The record of M.
Record QueryRecord(const QueryMatch& m);

}  // namespace gazette

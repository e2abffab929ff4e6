#include "export/query.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "export/fields.hpp"

namespace gazette {

namespace {

bool IsWhite(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Appends TEXT to OUT collapsing white space runs to one space.
void AppendCollapsed(std::string& out, const char* text) {
  for (const char* p = text; *p; ++p) {
    if (IsWhite(*p)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += *p;
    }
  }
}

void CollectText(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      AppendCollapsed(out, c.value());
    } else if (c.type() == pugi::node_element) {
      CollectText(c, out);
    }
  }
}

std::string TrimSpaces(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(i);
}

/// Fills the document, source and line of M from ELEMENT and its ancestors.
void Locate(pugi::xml_node element, QueryMatch& m) {
  for (pugi::xml_node n = element; n; n = n.parent()) {
    if (n.type() != pugi::node_element) continue;
    if (m.line == 0) m.line = n.attribute("line").as_int(0);
    if (m.source.empty()) m.source = n.attribute("source").value();
    if (m.document.empty() && std::string(n.name()) == "document") m.document = n.attribute("id").value();
  }
}

}  // namespace

QueryMatch MatchOf(const pugi::xpath_node& x) {
  QueryMatch m;
  if (x.attribute()) {
    m.node = "attribute";
    m.name = x.attribute().name();
    m.value = x.attribute().value();
    Locate(x.parent(), m);
    return m;
  }
  pugi::xml_node n = x.node();
  if (n.type() == pugi::node_element) {
    m.node = "element";
    m.name = n.name();
    m.value = NodeText(n);
  } else {
    m.node = n.type() == pugi::node_document ? "root" : "text";
    m.value = n.type() == pugi::node_document ? NodeText(n) : TrimSpaces([&] {
      std::string s;
      AppendCollapsed(s, n.value());
      return s;
    }());
  }
  Locate(n.type() == pugi::node_element ? n : n.parent(), m);
  return m;
}

// VALUE as XPath 1.0's string() gives a number: NaN, Infinity, -Infinity, an integer without a
// point, else its shortest decimal that reads back as it, never with an exponent (4964084, not
// 4.96408e+06).
std::string XPathNumber(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return "0";  // -0 too
  char text[400];  // the longest fixed form of a double: 309 digits and a sign
  const auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
  return error == std::errc() ? std::string(text, end) : std::string();
}

QueryMatch NumberMatch(double value) {
  QueryMatch m;
  m.node = "number";
  m.value = XPathNumber(value);
  return m;
}

QueryMatch ScalarMatch(const pugi::xpath_query& q, const pugi::xpath_node& context) {
  QueryMatch m;
  switch (q.return_type()) {
    case pugi::xpath_type_number:
      return NumberMatch(q.evaluate_number(context));
    case pugi::xpath_type_boolean:
      m.node = "boolean";
      m.value = q.evaluate_boolean(context) ? "true" : "false";
      break;
    default:
      m.node = "string";
      m.value = q.evaluate_string(context);
  }
  return m;
}

std::string NodeText(const pugi::xml_node& node) {
  std::string out;
  CollectText(node, out);
  return TrimSpaces(out);
}

Result<std::vector<QueryMatch>> RunQuery(const pugi::xml_document& doc, const std::string& xpath) {
  std::vector<QueryMatch> matches;
  try {
    pugi::xpath_query q(xpath.c_str());
    if (q.return_type() != pugi::xpath_type_node_set) {
      matches.push_back(ScalarMatch(q, doc));
      return matches;
    }
    pugi::xpath_node_set set = q.evaluate_node_set(doc);
    set.sort();
    for (const auto& x : set) matches.push_back(MatchOf(x));
  } catch (const pugi::xpath_exception& e) {
    return Error{"bad XPath: " + std::string(e.what()) + " at offset " + std::to_string(e.result().offset) +
                 " in '" + xpath + "'"};
  }
  return matches;
}

Status CheckXPath(const std::string& xpath) {
  pugi::xml_document empty;
  auto r = RunQuery(empty, xpath);
  if (!r.ok()) return r.error();
  return {};
}

std::string QueryXmlPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  return fs::is_directory(path, ec) ? (fs::path(path) / "corpus.xml").string() : path;
}

bool IsXmlInput(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string file = QueryXmlPath(path);
  return file == path ? fs::path(path).extension() == ".xml" : fs::exists(file, ec);
}

bool StdinHoldsXml() {
  const int first = std::fgetc(stdin);
  if (first == EOF) return false;
  std::ungetc(first, stdin);
  return first == '<';
}

namespace {

constexpr Field<QueryMatch> kQueryFields[] = {
    {"value", [](const QueryMatch& m) -> Record { return m.value; }},
    {"node", [](const QueryMatch& m) -> Record { return m.node; }},
    {"name", [](const QueryMatch& m) -> Record { return m.name; }},
    {"document", [](const QueryMatch& m) -> Record { return m.document; }},
    {"source", [](const QueryMatch& m) -> Record { return m.source; }},
    {"line", [](const QueryMatch& m) -> Record { return m.line; }},
};

}  // namespace

std::vector<std::string> QueryRecordKeys() { return KeysOf(kQueryFields); }

Record QueryRecord(const QueryMatch& m) { return RecordOf(kQueryFields, m); }

}  // namespace gazette

#include "export/xml.hpp"

#include <set>

#include "export/xml_text.hpp"
#include "util/atomic_file.hpp"

namespace gazette {

namespace {

void AppendHeader(pugi::xml_node e, const Issue& issue) {
  SetAttr(e, "name", issue.name);
  SetAttr(e, "source", issue.source);
  SetPositive(e, "year", issue.header.year);
  SetPositive(e, "number", issue.header.number);
  SetPositive(e, "total-number", issue.header.total_number);
  SetAttr(e, "date", ToIso(issue.header.date));
  SetPositive(e, "line", issue.header.line);
}

void AppendContents(pugi::xml_node e, const Issue& issue) {
  if (issue.contents.empty()) return;
  pugi::xml_node list = e.append_child("contents");
  for (const auto& c : issue.contents) {
    pugi::xml_node n = list.append_child("entry");
    SetAttr(n, "section", c.section);
    SetPositive(n, "page", c.page);
    SetPositive(n, "line", c.line);
    SetPositive(n, "line-en", c.line_en);
    if (c.document >= 0 && c.document < int(issue.documents.size()))
      SetAttr(n, "document", issue.documents[c.document].id);
    AddText(n, "title", c.title);
    AddText(n, "docno", c.docno);
    AddText(n, "title-en", c.title_en);
    AddText(n, "docno-en", c.docno_en);
  }
}

}  // namespace

pugi::xml_node AppendIssue(pugi::xml_node parent, const Issue& issue, const CorpusStatus& corpus,
                           const XmlOptions& options, std::set<std::string>* seen) {
  pugi::xml_node e = parent.append_child("issue");
  AppendHeader(e, issue);
  AppendContents(e, issue);
  for (size_t i = 0; i < issue.documents.size(); ++i) {
    if (seen && !seen->insert(issue.documents[i].id).second) continue;
    AppendDocument(e, issue, issue.documents[i], int(i) + 1, corpus, options);
  }
  return e;
}

void BuildIssueXml(const Issue& issue, const CorpusStatus& corpus, pugi::xml_document& out,
                   const XmlOptions& options) {
  out.reset();
  pugi::xml_node e = AppendIssue(out, issue, corpus, options);
  e.prepend_attribute("schema-version").set_value(kGazetteSchemaVersion);
}

void BuildCorpusXml(const std::vector<Issue>& issues, const CorpusStatus& corpus, pugi::xml_document& out,
                    const XmlOptions& options) {
  out.reset();
  pugi::xml_node root = AppendCorpusRoot(out, corpus.as_of(), issues.size(), 0);
  std::set<std::string> seen;
  for (const auto& issue : issues) AppendIssue(root, issue, corpus, options, &seen);
  root.attribute("documents").set_value(int(seen.size()));
  AppendCited(root, corpus);
}

pugi::xml_node AppendCorpusRoot(pugi::xml_node parent, const std::string& as_of, size_t issues, size_t documents) {
  pugi::xml_node root = parent.append_child("corpus");
  root.append_attribute("schema-version").set_value(kGazetteSchemaVersion);
  SetAttr(root, "as-of", as_of);
  root.append_attribute("issues").set_value(int(issues));
  root.append_attribute("documents").set_value(int(documents));
  return root;
}

void AppendCited(pugi::xml_node parent, const CorpusStatus& corpus, const std::function<void(pugi::xml_node)>& each) {
  std::vector<const CorpusDocument*> cited = corpus.CitedOnly();
  if (cited.empty()) return;
  pugi::xml_node list = parent.append_child("cited");
  for (const CorpusDocument* d : cited) {
    AppendCitedDocument(list, *d, corpus);
    if (!each) continue;
    each(list.last_child());
    list.remove_child(list.last_child());
  }
}

void AppendCitedDocument(pugi::xml_node parent, const CorpusDocument& d, const CorpusStatus& corpus) {
  pugi::xml_node e = parent.append_child("document");
  SetAttr(e, "id", d.id);
  SetAttr(e, "source", d.source);
  SetPositive(e, "line", d.line);
  e.append_attribute("printed").set_value(false);
  if (pugi::xml_node n = AddText(e, "docno", d.docno)) SetPositive(n, "line", d.line);
  AddText(e, "title", d.title);
  AppendStatus(e, corpus.StatusOf(d.id), corpus.as_of());
}

Status SaveXml(const pugi::xml_document& doc, const std::string& path) {
  std::string text(kXmlDeclaration);
  PrintXml(text, doc);
  return WriteFileAtomically(path, [&](std::ostream& out) -> Status {
    out.write(text.data(), std::streamsize(text.size()));
    return {};
  });
}

}  // namespace gazette

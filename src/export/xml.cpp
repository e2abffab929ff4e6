#include "export/xml.hpp"

#include <set>

#include "export/xml_text.hpp"
#include "export/xml_write.hpp"
#include "util/atomic_file.hpp"

namespace gazette {

namespace {

template <class E>
void WriteHeader(E& e, const Issue& issue) {
  e.Attr("name", issue.name);
  e.Attr("source", issue.source);
  e.Positive("year", issue.header.year);
  e.Positive("number", issue.header.number);
  e.Positive("last-number", issue.header.last_number);
  if (issue.header.supplement) e.Attr("supplement", "true");
  e.Positive("total-number", issue.header.total_number);
  e.Attr("date", ToIso(issue.header.date));
  e.Positive("line", issue.header.line);
}

template <class E>
void WriteContents(E& e, const Issue& issue) {
  if (issue.contents.empty()) return;
  E list = e.Child("contents");
  for (const auto& c : issue.contents) {
    E n = list.Child("entry");
    n.Attr("section", c.section);
    n.Positive("page", c.page);
    n.Positive("line", c.line);
    n.Positive("line-en", c.line_en);
    if (c.document >= 0 && c.document < int(issue.documents.size())) n.Attr("document", issue.documents[c.document].id);
    n.AddText("title", c.title);
    n.AddText("docno", c.docno);
    n.AddText("title-en", c.title_en);
    n.AddText("docno-en", c.docno_en);
  }
}

/// Marks the documents of ISSUE whose id SEEN holds, adding the others' ids to it.
std::vector<bool> OmitSeen(const Issue& issue, std::set<std::string>& seen) {
  std::vector<bool> omit(issue.documents.size());
  for (size_t i = 0; i < issue.documents.size(); ++i) omit[i] = !seen.insert(issue.documents[i].id).second;
  return omit;
}

}  // namespace

template <class E>
void WriteIssue(E& parent, const Issue& issue, const CorpusStatus& corpus, const XmlOptions& options,
                const std::vector<bool>* omit, bool schema_version) {
  E e = parent.Child("issue");
  if (schema_version) e.RawAttribute("schema-version", kGazetteSchemaVersion);
  WriteHeader(e, issue);
  WriteContents(e, issue);
  for (size_t i = 0; i < issue.documents.size(); ++i) {
    if (omit && (*omit)[i]) continue;
    WriteDocument(e, issue, issue.documents[i], int(i) + 1, corpus, options);
  }
}

template <class E>
void WriteCitedDocument(E& parent, const CorpusDocument& d, const CorpusStatus& corpus) {
  E e = parent.Child("document");
  e.Attr("id", d.id);
  e.Attr("source", d.source);
  e.Positive("line", d.line);
  e.Bool("printed", false);
  if (!d.docno.empty()) {
    E n = e.Child("docno");
    n.Positive("line", d.line);
    n.Text(d.docno);
  }
  e.AddText("title", d.title);
  WriteStatus(e, corpus.StatusOf(d.id), corpus.as_of());
}

template void WriteIssue(TreeElement&, const Issue&, const CorpusStatus&, const XmlOptions&, const std::vector<bool>*,
                         bool);
template void WriteIssue(PrintedElement&, const Issue&, const CorpusStatus&, const XmlOptions&,
                         const std::vector<bool>*, bool);
template void WriteCitedDocument(TreeElement&, const CorpusDocument&, const CorpusStatus&);
template void WriteCitedDocument(PrintedElement&, const CorpusDocument&, const CorpusStatus&);

pugi::xml_node AppendIssue(pugi::xml_node parent, const Issue& issue, const CorpusStatus& corpus,
                           const XmlOptions& options, std::set<std::string>* seen) {
  TreeElement p(parent);
  std::vector<bool> omit = seen ? OmitSeen(issue, *seen) : std::vector<bool>();
  WriteIssue(p, issue, corpus, options, seen ? &omit : nullptr, false);
  return parent.last_child();
}

void BuildIssueXml(const Issue& issue, const CorpusStatus& corpus, pugi::xml_document& out,
                   const XmlOptions& options) {
  out.reset();
  TreeElement p(out);
  WriteIssue(p, issue, corpus, options, nullptr, true);
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

void AppendCited(pugi::xml_node parent, const CorpusStatus& corpus) {
  std::vector<const CorpusDocument*> cited = corpus.CitedOnly();
  if (cited.empty()) return;
  TreeElement list(parent.append_child("cited"));
  for (const CorpusDocument* d : cited) WriteCitedDocument(list, *d, corpus);
}

void AppendCitedDocument(pugi::xml_node parent, const CorpusDocument& d, const CorpusStatus& corpus) {
  TreeElement p(parent);
  WriteCitedDocument(p, d, corpus);
}

Status SaveXml(const pugi::xml_document& doc, const std::string& path, ReplacedFiles* replaced) {
  std::string text(kXmlDeclaration);
  PrintXml(text, doc);
  return WriteFileAtomically(path, [&](std::ostream& out) -> Status {
    out.write(text.data(), std::streamsize(text.size()));
    return {};
  }, replaced);
}

}  // namespace gazette

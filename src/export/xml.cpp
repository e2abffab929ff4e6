#include "export/xml.hpp"

#include <ctime>
#include <filesystem>
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

/// A file name for each issue: Issue::name, with -2, -3 … when two inputs share it.
std::vector<std::string> IssueFileNames(const std::vector<Issue>& issues) {
  std::set<std::string> used = {"corpus"};
  std::vector<std::string> names;
  for (size_t i = 0; i < issues.size(); ++i) {
    std::string base = issues[i].name.empty() ? "issue-" + std::to_string(i + 1) : issues[i].name;
    std::string name = base;
    for (int k = 2; used.count(name); ++k) name = base + "-" + std::to_string(k);
    used.insert(name);
    names.push_back(name);
  }
  return names;
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
  pugi::xml_node root = out.append_child("corpus");
  root.append_attribute("schema-version").set_value(kGazetteSchemaVersion);
  SetAttr(root, "as-of", corpus.as_of());
  pugi::xml_attribute issues_attr = root.append_attribute("issues");
  pugi::xml_attribute documents_attr = root.append_attribute("documents");
  std::set<std::string> seen;
  for (const auto& issue : issues) AppendIssue(root, issue, corpus, options, &seen);
  issues_attr.set_value(int(issues.size()));
  documents_attr.set_value(int(seen.size()));
  AppendCited(root, corpus);
}

void AppendCited(pugi::xml_node parent, const CorpusStatus& corpus) {
  std::vector<const CorpusDocument*> cited = corpus.CitedOnly();
  if (cited.empty()) return;
  pugi::xml_node list = parent.append_child("cited");
  for (const CorpusDocument* d : cited) AppendCitedDocument(list, *d, corpus);
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
  return WriteFileAtomically(path, [&](std::ostream& out) -> Status {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    doc.save(out, "  ", pugi::format_default | pugi::format_no_declaration, pugi::encoding_utf8);
    return {};
  });
}

Status WriteXmlExport(const std::vector<Issue>& issues, const std::string& dir, const std::string& as_of,
                      const XmlOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Error{dir + ": cannot create directory (" + ec.message() + ")"};
  CorpusStatus corpus(issues, as_of);
  std::vector<std::string> names = IssueFileNames(issues);
  for (size_t i = 0; i < issues.size(); ++i) {
    pugi::xml_document doc;
    BuildIssueXml(issues[i], corpus, doc, options);
    Status s = SaveXml(doc, (std::filesystem::path(dir) / (names[i] + ".xml")).string());
    if (!s.ok()) return s;
  }
  pugi::xml_document index;
  BuildCorpusXml(issues, corpus, index, options);
  return SaveXml(index, (std::filesystem::path(dir) / "corpus.xml").string());
}

}  // namespace gazette

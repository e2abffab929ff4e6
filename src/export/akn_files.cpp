// Writing the AKN export: one file per printed document, one per cited document whose standing
// the inputs change.
#include <filesystem>
#include <set>

#include "export/akn.hpp"
#include "export/xml.hpp"
#include "util/replaced_files.hpp"

namespace gazette {

namespace {

/// SLUG, made unique within USED by a numeric suffix.
std::string UniqueSlug(std::string slug, std::set<std::string>& used) {
  std::string base = slug;
  for (int n = 2; !used.insert(slug).second; ++n) slug = base + "-" + std::to_string(n);
  return slug;
}

Status EnsureDirectory(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Error{dir.string() + ": cannot create directory (" + ec.message() + ")"};
  return {};
}

Status WriteCited(const CorpusStatus& corpus, const std::filesystem::path& dir, ReplacedFiles* replaced) {
  std::set<std::string> used;
  int n = 0;
  for (const CorpusDocument* cited : corpus.CitedOnly()) {
    ++n;
    if (corpus.StatusOf(cited->id).events.empty()) continue;
    if (Status s = EnsureDirectory(dir); !s.ok()) return s;
    pugi::xml_document doc;
    BuildAknCited(*cited, corpus, doc);
    std::string slug = UniqueSlug(AknSlug(cited->docno, "cited", n), used);
    if (Status s = SaveXml(doc, (dir / (slug + ".xml")).string(), replaced); !s.ok()) return s;
  }
  return {};
}

}  // namespace

void BuildAknCited(const CorpusDocument& cited, const CorpusStatus& corpus, pugi::xml_document& out) {
  Issue none;  // printed in no input: no publication
  Document doc;
  doc.id = cited.id;
  doc.docno = cited.docno;
  doc.title = cited.title;
  doc.type = "cited";
  BuildAknDocument(none, doc, 0, corpus, out);
}

Status WriteAknIssue(const Issue& issue, const std::string& dir, const CorpusStatus& corpus,
                     ReplacedFiles* replaced) {
  namespace fs = std::filesystem;
  fs::path sub = fs::path(dir) / (issue.name.empty() ? std::string("issue") : issue.name);
  if (Status s = EnsureDirectory(sub); !s.ok()) return s;
  std::set<std::string> used;
  for (size_t i = 0; i < issue.documents.size(); ++i) {
    std::string slug = UniqueSlug(AknSlug(issue.documents[i].docno, issue.name, int(i) + 1), used);
    pugi::xml_document doc;
    BuildAknDocument(issue, issue.documents[i], int(i) + 1, corpus, doc);
    if (Status s = SaveXml(doc, (sub / (slug + ".xml")).string(), replaced); !s.ok()) return s;
  }
  return {};
}

Status WriteAknCited(const CorpusStatus& corpus, const std::string& dir, ReplacedFiles* replaced) {
  return WriteCited(corpus, std::filesystem::path(dir) / "cited", replaced);
}

Status WriteAknExport(const std::vector<Issue>& issues, const std::string& dir, const std::string& as_of) {
  CorpusStatus corpus(issues, as_of);
  ReplacedFiles replaced;  // waited for as it goes out of scope
  for (const auto& issue : issues)
    if (Status s = WriteAknIssue(issue, dir, corpus, &replaced); !s.ok()) return s;
  return WriteAknCited(corpus, dir, &replaced);
}

}  // namespace gazette

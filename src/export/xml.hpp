// The gazette XML export (exports/gazette.xsd): one <issue> file per issue and a <corpus> index
// holding every document with its status and resolved cross-references. A writer over the
// model: it never parses.
#pragma once
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "export/xml_status.hpp"
#include "model/date.hpp"
#include "model/issue.hpp"
#include "util/result.hpp"

namespace gazette {

class ReplacedFiles;  // util/replaced_files.hpp: only a pointer passes through here

/// The version of exports/gazette.xsd the writer follows (the schema-version attribute).
inline constexpr const char* kGazetteSchemaVersion = "1";

class XmlPatches;

/// What goes into an export.
struct XmlOptions {
  bool body = true;  ///< include each document's normalized body lines (<body>)
  /// When set, each document's standing and each reference's resolution are left as
  /// placeholders recorded here (a one-pass export fills them once the corpus is read).
  XmlPatches* deferred = nullptr;
};

/// Appends the <issue> element of ISSUE (header, contents, documents) to PARENT; CORPUS gives
/// statuses and resolved references. With SEEN, a document whose id is already in it is left
/// out (the corpus holds each id once: the same issue given twice) and written ids are added.
/// Returns the new element.
pugi::xml_node AppendIssue(pugi::xml_node parent, const Issue& issue, const CorpusStatus& corpus,
                           const XmlOptions& options = {}, std::set<std::string>* seen = nullptr);

/// Appends the <document> element of DOC (the POSITION-th document of ISSUE, 1-based).
pugi::xml_node AppendDocument(pugi::xml_node parent, const Issue& issue, const Document& doc, int position,
                              const CorpusStatus& corpus, const XmlOptions& options = {});

/// Appends the <status> element of a document with status S, computed as of AS_OF.
void AppendStatus(pugi::xml_node doc_node, const DocumentStatus& s, const std::string& as_of);

/// Appends what the corpus says of a document: <effective> and <expires> (with the line of the
/// one of DEADLINES that states each) and <status>.
void AppendStanding(pugi::xml_node doc_node, const std::vector<Deadline>& deadlines, const DocumentStatus& s,
                    const std::string& as_of);

/// Appends to PARENT a <cited> element listing each document the inputs cite but do not
/// print, as a <document printed="false"> with its 文号, title, first citation and status.
void AppendCited(pugi::xml_node parent, const CorpusStatus& corpus);
/// Appends to PARENT the <document> of D, a document the inputs cite but do not print, with its
/// status (one element of AppendCited's list).
void AppendCitedDocument(pugi::xml_node parent, const CorpusDocument& d, const CorpusStatus& corpus);

/// Appends corpus.xml's root <corpus> to PARENT: the schema version, AS_OF, the number of
/// ISSUES and of DOCUMENTS (distinct ids).
pugi::xml_node AppendCorpusRoot(pugi::xml_node parent, const std::string& as_of, size_t issues, size_t documents);

/// Fills OUT with the per-issue file of ISSUE: root <issue>.
void BuildIssueXml(const Issue& issue, const CorpusStatus& corpus, pugi::xml_document& out,
                   const XmlOptions& options = {});

/// Fills OUT with the corpus index over ISSUES: root <corpus> holding one <issue> per input,
/// each document id once (the first input printing it wins), then <cited>.
void BuildCorpusXml(const std::vector<Issue>& issues, const CorpusStatus& corpus, pugi::xml_document& out,
                    const XmlOptions& options = {});

/// Serializes DOC (UTF-8, two-space indent, XML declaration) to PATH through a temporary file;
/// with REPLACED, the file it replaces is freed there (util/replaced_files.hpp).
Status SaveXml(const pugi::xml_document& doc, const std::string& path, ReplacedFiles* replaced = nullptr);



}  // namespace gazette

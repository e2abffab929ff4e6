// Akoma Ntoso 3.0 (OASIS LegalDocML) export: one <akomaNtoso><act> file per document, with FRBR
// identification (FRBRnumber = the 文号), lifecycle events, active/passive modifications
// (textualMod type="repeal" …) and the article tree with eIds. Well-formed; not validated
// against the AKN schema.
#pragma once
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "export/xml_status.hpp"
#include "model/issue.hpp"
#include "util/result.hpp"

namespace gazette {

class ReplacedFiles;  // util/replaced_files.hpp: only a pointer passes through here

/// The AKN namespace URI.
inline constexpr const char* kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The FRBR work URI of a document with 文号 DOCNO (or of ISSUE's POSITION-th document when
/// DOCNO is empty): /akn/cn-bj/act/2024/jingrensheshiyefa-10. Derived from the 文号 alone, so
/// a citation of a document outside the corpus gets the same URI the document itself would.
std::string AknWorkUri(const std::string& docno, const std::string& issue_name, int position);

/// The FRBR work URI of the document the corpus knows as ID (with 文号 DOCNO, empty if none): by
/// its 文号 as AknWorkUri; a printed one without (2024-38#3) as ISSUE's 3rd; a cited title
/// (《城市供水条例》) by a hash of the id, /akn/cn-bj/act/0000/cited-3f2a9c1d: each act its own.
std::string AknUriOfId(const std::string& docno, const std::string& id);

/// A file-name-safe ASCII slug for the document: jingrensheshiyefa-2024-10, or 2024-38-3.
std::string AknSlug(const std::string& docno, const std::string& issue_name, int position);

/// The year a 文号 prints (京人社事业发〔2023〕24号 → "2023"), empty if DOCNO holds none.
std::string AknDocnoYear(const std::string& docno);

/// Fills OUT with the AKN document of DOC (the POSITION-th of ISSUE).
void BuildAknDocument(const Issue& issue, const Document& doc, int position, const CorpusStatus& corpus,
                      pugi::xml_document& out);

/// Appends the AKN <body> of DOC (article tree, instruments, or plain paragraphs) to ACT.
void AppendAknBody(pugi::xml_node act, const Document& doc);

/// Fills OUT with the AKN record of a document the inputs only cite (CITED): identification,
/// the lifecycle and passiveModifications (textualMod type="repeal" …) other documents give it.
void BuildAknCited(const CorpusDocument& cited, const CorpusStatus& corpus, pugi::xml_document& out);

/// Writes DIR/<issue>/<slug>.xml for every document of ISSUE, their standings and references
/// as CORPUS (every issue of the export, ISSUE included) says; creates the directory. With
/// REPLACED, the files replaced are freed there (util/replaced_files.hpp).
Status WriteAknIssue(const Issue& issue, const std::string& dir, const CorpusStatus& corpus,
                     ReplacedFiles* replaced = nullptr);

/// Writes DIR/cited/<slug>.xml for every document CORPUS only cites whose standing it changes
/// (repealed, amended …); creates the directory when there is one. REPLACED as WriteAknIssue's.
Status WriteAknCited(const CorpusStatus& corpus, const std::string& dir, ReplacedFiles* replaced = nullptr);

/// Writes DIR/<issue>/<slug>.xml for every document of ISSUES, and DIR/cited/<slug>.xml for
/// every document they only cite whose standing they change (repealed, amended …); creates
/// the directories.
Status WriteAknExport(const std::vector<Issue>& issues, const std::string& dir, const std::string& as_of);

}  // namespace gazette

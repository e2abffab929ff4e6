#include "segment/segmenter.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "segment/contents.hpp"
#include "segment/documents.hpp"
#include "segment/header.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// The issue's short name: 2024-38 from the header, else the file stem.
std::string IssueName(const Issue& issue) {
  if (issue.header.year && issue.header.number)  // a supplement apart from the regular issue of its number: 2005-S01
    return std::to_string(issue.header.year) + (issue.header.supplement ? "-S" : "-") + (issue.header.number < 10 ? "0" : "") +
           std::to_string(issue.header.number);
  std::string stem = std::filesystem::path(issue.source).stem().string();
  return stem.empty() || stem == "-" ? "stdin" : stem;
}

// Does contents entry E describe DOC? By 文号 when both have one (any of a joint document's), else
// by title.
bool EntryMatches(const ContentsEntry& e, const Document& doc) {
  if (!e.docno.empty() && !doc.docno.empty())
    return e.docno == doc.docno ||
           std::find(doc.joint_docnos.begin(), doc.joint_docnos.end(), e.docno) != doc.joint_docnos.end();
  // The contents often drop the title's 《》 (关于印发北京市A办法的通知), or print them where the body does not.
  auto unquoted = [](std::string t) { return ReplaceAll(ReplaceAll(StripSpaces(std::move(t)), "《", ""), "》", ""); };
  std::string title = unquoted(doc.title);
  return !title.empty() && EndsWith(unquoted(e.title), title);
}

void MatchContents(Issue& issue) {
  std::vector<bool> used(issue.documents.size(), false);
  for (auto& e : issue.contents) {
    for (size_t d = 0; d < issue.documents.size(); ++d) {
      if (used[d] || !EntryMatches(e, issue.documents[d])) continue;
      used[d] = true;
      e.document = static_cast<int>(d);
      Document& doc = issue.documents[d];
      doc.page = e.page;
      doc.section = e.section;
      doc.title_en = e.title_en;
      break;
    }
    if (e.document < 0)
      issue.findings.push_back({issue.source, e.line, "contents-unmatched",
                                "contents entry '" + e.title + "' " + e.docno + " has no document in the body"});
  }
  for (size_t d = 0; d < issue.documents.size(); ++d)
    if (!used[d] && !issue.contents.empty())
      issue.findings.push_back({issue.source, issue.documents[d].line, "document-not-in-contents",
                                "document " + issue.documents[d].id + " is not listed in the contents"});
}

// Segment over TEXT; with OWNED (TEXT's lines, no longer needed by the caller) the documents'
// bodies are moved out of it instead of copied.
Issue SegmentLines(const NormalizedText& text, std::vector<TextLine>* owned) {
  Issue issue;
  issue.source = text.source;
  for (const auto& repair : text.repairs)
    issue.findings.push_back({issue.source, repair.line, std::string(kReplacedBytesFinding), repair.message});
  const auto& lines = text.lines;
  ContentsSpan span = FindContents(lines);
  size_t header_end = span.zh_begin == std::string::npos ? std::min<size_t>(lines.size(), 30) : span.zh_begin;
  issue.header = ParseIssueHeader(lines, header_end);
  issue.name = IssueName(issue);
  issue.contents = ParseContents(lines, span);
  AlignEnglishContents(lines, span, issue.contents);
  // With no contents the body starts after the masthead (第N期 and the dated line under it).
  size_t begin = span.zh_begin == std::string::npos && issue.header.number ? MastheadEnd(lines, header_end)
                                                                           : span.body_begin;
  size_t end = FindBackMatter(lines, begin, lines.size());
  issue.documents = owned ? TakeDocuments(*owned, begin, end, issue.contents)
                          : CutDocuments(lines, begin, end, issue.contents);
  std::set<std::string> ids;
  for (size_t i = 0; i < issue.documents.size(); ++i) {
    Document& doc = issue.documents[i];
    ReadDocumentParts(doc);
    std::string position = issue.name + "#" + std::to_string(i + 1);
    if (doc.id.empty()) doc.id = position;
    if (!ids.insert(doc.id).second) doc.id += "#" + std::to_string(i + 1);  // printed twice
  }
  MatchContents(issue);
  if (issue.documents.empty()) {
    const std::string contents = issue.contents.empty()
                                     ? "no contents entry"
                                     : "no title of the " + std::to_string(issue.contents.size()) + " contents entries in the body";
    issue.findings.push_back({issue.source, lines.empty() ? 0 : lines.front().line, std::string(kNoDocumentFinding),
                              "no document found: no header (issuers, title, number), no regulation title "
                              "over dating lines or a first article, " + contents});
  }
  return issue;
}

}  // namespace

Issue Segment(const NormalizedText& text) { return SegmentLines(text, nullptr); }

Issue Segment(NormalizedText&& text) { return SegmentLines(text, &text.lines); }

}  // namespace gazette

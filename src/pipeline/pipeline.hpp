// The one-way pipeline for one input: bytes → io → normalize → segment → extract.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "io/reader.hpp"
#include "model/issue.hpp"
#include "model/text.hpp"
#include "util/result.hpp"

namespace gazette {

/// The extractors, as bits: a command runs only those whose records it prints.
enum Extractor : unsigned {
  kArticles = 1u << 0,
  kTables = 1u << 1,
  kDeadlines = 1u << 2,
  kReferences = 1u << 3,
  kAllExtractors = kArticles | kTables | kDeadlines | kReferences,
};

/// What to run beyond segmentation.
struct PipelineOptions {
  unsigned extractors = kAllExtractors;  ///< which extractors fill each document (0: none)
  /// When set, the extractors fill only the documents whose id it holds; the others keep no
  /// records (`diff --superseded` reads the inputs again for its paired documents alone).
  std::shared_ptr<const std::set<std::string>> only_ids;
  /// The name an input's issue takes, by path, when no masthead names it and another input's
  /// file name has the same stem (DistinctStems): its documents' ids stay apart.
  std::shared_ptr<const std::map<std::string, std::string>> names = {};
};

/// The stem of PATH's file name ("stdin" for "-"): the name of an issue no masthead names.
std::string IssueStem(const std::string& path);

/// For INPUTS whose file names share a stem (two folders' notice.txt): the name each later one's
/// issue takes when no masthead names it, by path — notice-2, notice-3 … in input order, never
/// another input's stem. Empty when the stems are distinct (the usual case).
std::map<std::string, std::string> DistinctStems(const std::vector<std::string>& inputs);

/// Gives ISSUE the name OPTIONS.names has for its file, when it was named by that file's stem:
/// its name and the ids made of it (name#3) change; a 文号 id does not. (LoadIssue does it.)
void NameApart(Issue& issue, const PipelineOptions& options);

/// OPTIONS with the names DistinctStems gives INPUTS (OPTIONS itself when there are none, or when
/// OPTIONS names its inputs already: a second pass over some of them keeps the first's names).
PipelineOptions NamingApart(PipelineOptions options, const std::vector<std::string>& inputs);

/// Options that stop after segmentation (summary, documents).
inline PipelineOptions SegmentOnly() { return PipelineOptions{0, nullptr}; }
/// Options that run only the extractors in SET (an OR of Extractor bits).
inline PipelineOptions Extracting(unsigned set) { return PipelineOptions{set, nullptr}; }

/// Normalize of INPUT's text: checked for UTF-8 there only where DecodeBytes did not make it.
NormalizedText NormalizeInput(const DecodedInput& input);
/// Normalizes and segments a decoded input into an Issue, then runs the extractors.
Issue BuildIssue(const DecodedInput& input, const PipelineOptions& options = {});
/// Segments TEXT (normalized already, e.g. for its lines) into an Issue and runs the extractors.
Issue BuildIssue(const NormalizedText& text, const PipelineOptions& options);

/// Reads PATH ("-" = stdin) and builds its Issue; errors name the file. Never throws: an
/// exception from normalizing or segmenting becomes an Error naming PATH.
Result<Issue> LoadIssue(const std::string& path, const PipelineOptions& options = {});

/// An issue with the normalized text it was built from, for callers that print or store its lines.
struct IssueWithText {
  NormalizedText text;
  Issue issue;
};

/// As LoadIssue, keeping the normalized text.
Result<IssueWithText> LoadIssueWithText(const std::string& path, const PipelineOptions& options = {});

/// The warning lines ISSUE gives on stderr in every command, without the "gazette: " prefix:
/// "FILE: warning: no document found …", "FILE:LINE: warning: 1 byte sequence not valid UTF-8
/// replaced with U+FFFD, on line LINE" (its findings of those kinds, which `check` lists too).
std::vector<std::string> IssueWarnings(const Issue& issue);

/// Fills each document's articles, tables, deadlines and references (those in EXTRACTORS; only
/// the documents whose id ONLY_IDS holds, when given). An extractor that throws on a document
/// leaves that document's records of its kind empty and adds a line to Issue::failures; it never
/// throws.
void ExtractAll(Issue& issue, unsigned extractors = kAllExtractors, const std::set<std::string>* only_ids = nullptr);

}  // namespace gazette

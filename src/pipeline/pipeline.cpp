#include "pipeline/pipeline.hpp"

#include <exception>
#include <filesystem>
#include <string>

#include "extract/articles.hpp"
#include "extract/dates.hpp"
#include "extract/references.hpp"
#include "extract/tables.hpp"
#include "normalize/normalizer.hpp"
#include "segment/segmenter.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// Runs EXTRACT on DOC, storing its records in *RECORDS. An exception (a regex past its complexity
// bound, a bug) is recorded in ISSUE's failures as "file:line: what" and leaves *RECORDS empty:
// the other extractors and documents still run.
template <typename Records, typename Extract>
void RunExtractor(Issue& issue, const Document& doc, const char* what, Records* records, Extract extract) {
  try {
    *records = extract();
  } catch (const std::exception& e) {
    records->clear();
    issue.failures.push_back(issue.source + ":" + std::to_string(doc.line) + ": " + what +
                             " of document " + doc.id + " failed (" + e.what() + "); skipped");
  }
}

}  // namespace

void ExtractAll(Issue& issue, unsigned extractors, const std::set<std::string>* only_ids) {
  for (auto& doc : issue.documents) {
    if (only_ids && !only_ids->count(doc.id)) continue;
    if (extractors & kArticles) RunExtractor(issue, doc, "articles", &doc.articles, [&] { return ExtractArticles(doc); });
    if (extractors & kTables) RunExtractor(issue, doc, "tables", &doc.tables, [&] { return ExtractTables(doc); });
    if (extractors & kDeadlines)
      RunExtractor(issue, doc, "deadlines", &doc.deadlines, [&] { return ExtractDeadlines(doc, issue.header); });
    if (extractors & kReferences)
      RunExtractor(issue, doc, "references", &doc.references, [&] { return ExtractReferences(doc); });
  }
}

namespace {

}  // namespace

std::string IssueStem(const std::string& path) {
  const std::string stem = std::filesystem::path(path).stem().string();
  return stem.empty() || stem == "-" ? "stdin" : stem;
}

void NameApart(Issue& issue, const PipelineOptions& options) {
  if (!options.names) return;
  auto it = options.names->find(issue.source);
  const bool masthead = issue.header.year && issue.header.number;  // named by its masthead, not its file
  if (it == options.names->end() || masthead || issue.name != IssueStem(issue.source)) return;
  const std::string old_prefix = issue.name + "#";
  issue.name = it->second;
  for (auto& doc : issue.documents)
    if (StartsWith(doc.id, old_prefix)) doc.id = issue.name + "#" + doc.id.substr(old_prefix.size());
}

namespace {

// ISSUE named apart from the other inputs', with the records of OPTIONS' extractors.
Issue Extracted(Issue issue, const PipelineOptions& options) {
  NameApart(issue, options);
  if (options.extractors) ExtractAll(issue, options.extractors, options.only_ids.get());
  return issue;
}

}  // namespace

NormalizedText NormalizeInput(const DecodedInput& input) {
  NormalizedText text = Normalize(input.text, input.source, input.checked_utf8 ? Utf8Check::done : Utf8Check::needed);
  text.repairs = input.repairs;
  return text;
}

Issue BuildIssue(const DecodedInput& input, const PipelineOptions& options) {
  return Extracted(Segment(NormalizeInput(input)), options);  // the lines move into the documents
}

Issue BuildIssue(const NormalizedText& text, const PipelineOptions& options) {
  return Extracted(Segment(text), options);
}

namespace {

// Reads PATH and calls BUILD with its decoded input; an exception from BUILD becomes an Error
// naming PATH.
template <typename T, typename Build>
Result<T> Load(const std::string& path, Build build) {
  auto input = ReadInput(path);
  if (!input.ok()) return input.error();
  try {
    return build(input.value());
  } catch (const std::exception& e) {
    return Error{path + ": cannot read this issue (" + e.what() + ")"};
  }
}

}  // namespace

std::map<std::string, std::string> DistinctStems(const std::vector<std::string>& inputs) {
  std::map<std::string, int> seen;  // stem → how many inputs so far
  std::set<std::string> stems;
  for (const auto& path : inputs) stems.insert(IssueStem(path));
  std::map<std::string, std::string> names;
  std::set<std::string> paths;  // a path given twice is one file: named once
  for (const auto& path : inputs) {
    const std::string stem = IssueStem(path);
    if (!paths.insert(path).second || ++seen[stem] == 1) continue;
    std::string name;
    for (int k = seen[stem]; name.empty() || stems.count(name); ++k) name = stem + "-" + std::to_string(k);
    stems.insert(name);
    names[path] = name;
  }
  return names;
}

PipelineOptions NamingApart(PipelineOptions options, const std::vector<std::string>& inputs) {
  if (options.names) return options;  // named already, from the whole list (a second pass over part of it)
  auto names = DistinctStems(inputs);
  if (!names.empty()) options.names = std::make_shared<const std::map<std::string, std::string>>(std::move(names));
  return options;
}

std::vector<std::string> IssueWarnings(const Issue& issue) {
  std::vector<std::string> out;
  for (const auto& f : issue.findings) {
    if (f.kind == kNoDocumentFinding) out.push_back(issue.source + ": warning: " + f.message);
    else if (f.kind == kReplacedBytesFinding)
      out.push_back(issue.source + ":" + std::to_string(f.line) + ": warning: " + f.message);
  }
  return out;
}

Result<Issue> LoadIssue(const std::string& path, const PipelineOptions& options) {
  return Load<Issue>(path, [&](const DecodedInput& input) { return BuildIssue(input, options); });
}

Result<IssueWithText> LoadIssueWithText(const std::string& path, const PipelineOptions& options) {
  return Load<IssueWithText>(path, [&](const DecodedInput& input) {
    IssueWithText loaded{NormalizeInput(input), {}};
    loaded.issue = BuildIssue(loaded.text, options);
    return loaded;
  });
}

}  // namespace gazette

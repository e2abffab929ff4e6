#include "pipeline/pipeline.hpp"

#include "extract/articles.hpp"
#include "extract/dates.hpp"
#include "extract/references.hpp"
#include "extract/tables.hpp"
#include "normalize/normalizer.hpp"
#include "segment/segmenter.hpp"

namespace gazette {

void ExtractAll(Issue& issue, unsigned extractors) {
  for (auto& doc : issue.documents) {
    if (extractors & kArticles) doc.articles = ExtractArticles(doc);
    if (extractors & kTables) doc.tables = ExtractTables(doc);
    if (extractors & kDeadlines) doc.deadlines = ExtractDeadlines(doc, issue.header);
    if (extractors & kReferences) doc.references = ExtractReferences(doc);
  }
}

Issue BuildIssue(const DecodedInput& input, const PipelineOptions& options) {
  NormalizedText text = Normalize(input.text, input.source);
  Issue issue = Segment(text);
  if (options.extractors) ExtractAll(issue, options.extractors);
  return issue;
}

Result<Issue> LoadIssue(const std::string& path, const PipelineOptions& options) {
  auto input = ReadInput(path);
  if (!input.ok()) return input.error();
  return BuildIssue(input.value(), options);
}

}  // namespace gazette

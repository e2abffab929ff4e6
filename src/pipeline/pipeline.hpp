// The one-way pipeline for one input: bytes → io → normalize → segment → extract.
#pragma once
#include <string>

#include "io/reader.hpp"
#include "model/issue.hpp"
#include "util/result.hpp"

namespace gazette {

/// What to run beyond segmentation.
struct PipelineOptions {
  bool extract = true;  ///< run the extractors (articles, tables, deadlines, references)
};

/// Normalizes and segments a decoded input into an Issue, then runs the extractors.
Issue BuildIssue(const DecodedInput& input, const PipelineOptions& options = {});

/// Reads PATH ("-" = stdin) and builds its Issue; errors name the file.
Result<Issue> LoadIssue(const std::string& path, const PipelineOptions& options = {});

/// Fills each document's articles, tables, deadlines and references.
void ExtractAll(Issue& issue);

}  // namespace gazette

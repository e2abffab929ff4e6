// Helpers shared by the tests: where the sample corpus is, loading an issue once.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"

namespace gazette::testing {

/// Absolute path of a file under the source tree: Path("tests/corpus/2024-38.txt").
std::string Path(const std::string& relative);

/// The sample issue NAME ("2024-38") loaded through the whole pipeline; cached per process.
const Issue& SampleIssue(const std::string& name);

/// The document with 文号 DOCNO in ISSUE; fails the test if absent.
const Document& DocumentByDocno(const Issue& issue, const std::string& docno);

/// Every example of every grammar pattern (positives and negatives), then each line of the four
/// sample issues as printed and as normalized: the texts the engine's searches are checked on.
std::vector<std::string> ExamplesAndSampleLines();

}  // namespace gazette::testing

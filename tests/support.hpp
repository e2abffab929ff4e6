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

/// The bytes of the file at PATH, as they are ("" if it cannot be read).
std::string ReadBytes(const std::string& path);

/// UTF8 converted to CHARSET by ICU (the tests' encoder, independent of the reader's decoding);
/// fails the test if ICU cannot.
std::string Encode(const std::string& utf8, const char* charset);

/// Every example of every grammar pattern (positives and negatives), then each line of the four
/// sample issues as printed and as normalized: the texts the engine's searches are checked on.
std::vector<std::string> ExamplesAndSampleLines();

}  // namespace gazette::testing

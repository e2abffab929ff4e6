// Data files (grammars/, catalogs/) compiled into the binary by cmake/EmbedData.cmake.
#pragma once
#include <string_view>
#include <vector>

namespace gazette {

/// One embedded file: its path relative to the source root, and its bytes.
struct EmbeddedFile {
  std::string_view path;  ///< e.g. "grammars/docno.grammar"
  std::string_view data;
};

/// Every embedded data file, in the order the build listed them.
const std::vector<EmbeddedFile>& EmbeddedFiles();

/// The bytes of the embedded file at PATH ("catalogs/holidays.tsv"), or empty if absent.
std::string_view EmbeddedData(std::string_view path);

}  // namespace gazette

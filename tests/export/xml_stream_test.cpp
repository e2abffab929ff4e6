// The one-pass XML export (placeholders filled once the corpus is read) writes the same files,
// byte for byte, as the whole-corpus writer.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "../support.hpp"
#include "export/xml_stream.hpp"

namespace gazette {
namespace {

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("the streamed export equals WriteXmlExport, the same issue twice included", "[xml]") {
  namespace fs = std::filesystem;
  std::vector<Issue> issues = {testing::SampleIssue("2023-42"), testing::SampleIssue("2024-38"),
                               testing::SampleIssue("2023-42")};
  fs::path base = fs::temp_directory_path() / ("gazette-xml-stream-" + std::to_string(::getpid()));
  REQUIRE(WriteXmlExport(issues, (base / "whole").string(), "2025-01-01").ok());
  XmlExportStream stream((base / "stream").string(), "2025-01-01");
  for (Issue issue : issues) REQUIRE(stream.Add(issue).ok());  // a copy: Add drops unused clauses
  REQUIRE(stream.Finish().ok());
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(base / "whole")) {
    INFO(entry.path().filename());
    CHECK(Slurp(entry.path()) == Slurp(base / "stream" / entry.path().filename()));
    ++files;
  }
  CHECK(files == 4);  // 2023-42, 2024-38, 2023-42-2, corpus
  fs::remove_all(base);
}

}  // namespace
}  // namespace gazette

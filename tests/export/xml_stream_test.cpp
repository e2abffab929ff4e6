// The one-pass XML export (placeholders filled once the corpus is read) writes the same files,
// byte for byte, as the whole-corpus tree writers, on one thread or two.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "../support.hpp"
#include "export/xml_stream.hpp"
#include "export/xml_text.hpp"
#include "export/xml_write.hpp"

namespace gazette {
namespace {

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The export as the tree writers make it with the whole corpus at hand: BuildIssueXml for each
/// issue (named NAMES), BuildCorpusXml, each saved with SaveXml.
void WriteWholeExport(const std::vector<Issue>& issues, const std::vector<std::string>& names,
                      const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  CorpusStatus corpus(issues, "2025-01-01");
  for (size_t i = 0; i < issues.size(); ++i) {
    pugi::xml_document doc;
    BuildIssueXml(issues[i], corpus, doc);
    REQUIRE(SaveXml(doc, (dir / (names[i] + ".xml")).string()).ok());
  }
  pugi::xml_document index;
  BuildCorpusXml(issues, corpus, index);
  REQUIRE(SaveXml(index, (dir / "corpus.xml").string()).ok());
}

TEST_CASE("the streamed export equals the whole-corpus trees, the same issue twice included", "[xml]") {
  namespace fs = std::filesystem;
  std::vector<Issue> issues = {testing::SampleIssue("2023-42"), testing::SampleIssue("2024-38"),
                               testing::SampleIssue("2023-42")};
  fs::path base = fs::temp_directory_path() / ("gazette-xml-stream-" + std::to_string(::getpid()));
  WriteWholeExport(issues, {"2023-42", "2024-38", "2023-42-2"}, base / "whole");
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

// corpus.xml's element of an issue some of whose documents it holds already (from an earlier
// issue, or twice in the issue itself) is cut from the issue's file: the documents between keep
// their placeholders.
TEST_CASE("the streamed export equals the whole-corpus trees when an issue repeats some documents", "[xml]") {
  namespace fs = std::filesystem;
  Issue first = testing::SampleIssue("2023-42"), mixed = testing::SampleIssue("2024-38");
  REQUIRE(!first.documents.empty());
  REQUIRE(mixed.documents.size() >= 2);
  mixed.name = "mixed";
  mixed.documents.insert(mixed.documents.begin() + 1, first.documents.front());  // seen in `first`
  mixed.documents.push_back(mixed.documents.front());  // seen earlier in the issue itself
  Issue leading = testing::SampleIssue("2024-16");  // its first and last documents cut
  leading.name = "leading";
  leading.contents.clear();  // so the first document follows the root's line
  leading.documents.insert(leading.documents.begin(), first.documents.front());
  leading.documents.push_back(first.documents.back());
  std::vector<Issue> issues = {first, mixed, leading};
  fs::path base = fs::temp_directory_path() / ("gazette-xml-stream-mixed-" + std::to_string(::getpid()));
  WriteWholeExport(issues, {"2023-42", "mixed", "leading"}, base / "whole");
  XmlExportStream stream((base / "stream").string(), "2025-01-01");
  for (Issue issue : issues) REQUIRE(stream.Add(issue).ok());
  REQUIRE(stream.Finish().ok());
  for (const char* name : {"2023-42.xml", "mixed.xml", "leading.xml", "corpus.xml"}) {
    INFO(name);
    CHECK(Slurp(base / "whole" / name) == Slurp(base / "stream" / name));
  }
  const std::string leading_file = Slurp(base / "stream" / "leading.xml");
  const size_t root_end = leading_file.find('\n', kXmlDeclaration.size());
  CHECK(leading_file.compare(root_end, 13, "\n  <document ") == 0);
  fs::remove_all(base);
}

// Each issue prints with placeholders of its own (Prepare), on whichever thread loaded it and in
// any order; Add places them among the export's in input order.
TEST_CASE("issues prepared apart, on other threads and out of order, make the same export", "[xml]") {
  namespace fs = std::filesystem;
  std::vector<Issue> issues = {testing::SampleIssue("2023-42"), testing::SampleIssue("2024-38"),
                               testing::SampleIssue("2024-16"), testing::SampleIssue("2023-42")};
  fs::path base = fs::temp_directory_path() / ("gazette-xml-stream-prepared-" + std::to_string(::getpid()));
  WriteWholeExport(issues, {"2023-42", "2024-38", "2024-16", "2023-42-2"}, base / "whole");
  XmlExportStream stream((base / "stream").string(), "2025-01-01");
  std::vector<PreparedIssueXml> prepared(issues.size());
  std::vector<std::thread> threads;
  for (size_t i = issues.size(); i-- > 0;)  // the last first
    threads.emplace_back([&, i] { prepared[i] = stream.Prepare(issues[i]); });
  for (std::thread& t : threads) t.join();
  for (const PreparedIssueXml& p : prepared) CHECK(p.text.find("&#01;s0\"") != std::string::npos);
  for (size_t i = 0; i < issues.size(); ++i) REQUIRE(stream.Add(issues[i], prepared[i]).ok());
  REQUIRE(stream.Finish().ok());
  for (const char* name : {"2023-42.xml", "2024-38.xml", "2024-16.xml", "2023-42-2.xml", "corpus.xml"}) {
    INFO(name);
    CHECK(Slurp(base / "whole" / name) == Slurp(base / "stream" / name));
  }
  fs::remove_all(base);
}

TEST_CASE("the streamed export writes the same files on one thread and on two", "[xml]") {
  namespace fs = std::filesystem;
  std::vector<Issue> issues = {testing::SampleIssue("2023-42"), testing::SampleIssue("2024-38")};
  fs::path base = fs::temp_directory_path() / ("gazette-xml-stream-jobs-" + std::to_string(::getpid()));
  for (unsigned jobs : {1u, 2u}) {
    XmlExportStream stream((base / std::to_string(jobs)).string(), "2025-01-01", {}, jobs);
    for (Issue issue : issues) REQUIRE(stream.Add(issue).ok());
    REQUIRE(stream.Finish().ok());
  }
  for (const char* name : {"2023-42.xml", "2024-38.xml", "corpus.xml"}) {
    INFO(name);
    CHECK(Slurp(base / "1" / name) == Slurp(base / "2" / name));
  }
  fs::remove_all(base);
}

}  // namespace
}  // namespace gazette

namespace gazette {
namespace {

// corpus.xml's element of an issue is its file indented and patched in one pass (PatchIndented),
// from where the printer said it began its lines: the same bytes as the file's lines after the
// root's indented by IndentOneLevel (which finds the lines in the text), then patched by Patch.
TEST_CASE("PatchIndented equals Patch over the file indented one level", "[xml]") {
  CorpusStatus corpus("2025-01-01");
  XmlPatches patches;
  XmlOptions options;
  options.deferred = &patches;
  std::vector<std::string> files;
  std::vector<std::vector<uint32_t>> starts;
  auto print = [&](const std::function<void(PrintedElement&)>& write) {
    files.emplace_back();
    starts.emplace_back();
    XmlPrinter printer(files.back(), 0);
    printer.RecordLineStarts(&starts.back());
    {
      PrintedElement level = PrintedElement::Level(printer);
      write(level);
    }
    printer.Finish();
  };
  for (const char* name : {"2023-42", "2024-38", "2023-42"}) {
    const Issue& issue = testing::SampleIssue(name);
    print([&](PrintedElement& level) { WriteIssue(level, issue, corpus, options, nullptr, true); });
    corpus.Add(issue);  // the references in the order the placeholders number them
  }
  corpus.Resolve();
  print([](PrintedElement& level) {
    PrintedElement root = level.Child("r");
    root.AddText("p", "no placeholder\n  here\n");
    root.Child("q").AddText("p", "\n  <x>");
  });
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    REQUIRE(!starts[i].empty());
    CHECK(starts[i][0] == file.find('\n') + 1);  // the root's line, which the caller writes, ends there
    std::string indented_then_patched;
    ByteBuffer at_once;
    at_once.Append("x");
    patches.Patch(IndentOneLevel(file.substr(starts[i][0])), corpus, indented_then_patched);
    patches.PatchIndented(file, starts[i], corpus, at_once);
    CHECK(at_once.view() == "x" + indented_then_patched);
    CHECK((file.find("&#01;") != std::string::npos || i + 1 == files.size()));
  }
}

// An issue's placeholders are numbered from 0 as it prints; the export takes them after those
// of the issues before it, and patches the issue's text from there.
TEST_CASE("XmlPatches::Append places an issue's placeholders after the export's", "[xml]") {
  const Issue& issue = testing::SampleIssue("2024-38");
  REQUIRE(!issue.documents.empty());
  XmlPatches exported, first, second;
  CHECK(first.DeferStanding(issue.documents[0]) == "\x01s0");
  CHECK(first.DeferResolution() == "\x01r0");
  CHECK(first.DeferResolution() == "\x01r1");
  CHECK(second.DeferStanding(issue.documents[0]) == "\x01s0");
  CHECK(second.DeferResolution() == "\x01r0");
  const XmlPatchBase at_first = exported.Append(std::move(first)), at_second = exported.Append(std::move(second));
  CHECK((at_first.standings == 0 && at_first.references == 0));
  CHECK((at_second.standings == 1 && at_second.references == 2));
  CHECK(exported.DeferStanding(issue.documents[0]) == "\x01s2");
  CHECK(exported.DeferResolution() == "\x01r3");
}

}  // namespace
}  // namespace gazette

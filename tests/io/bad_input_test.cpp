// Bad bytes and odd line ends: refused in one line naming the file, never a crash (issue 14).
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "../support.hpp"
#include "io/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "segment/docno.hpp"

using namespace gazette;
using gazette::testing::ReadBytes;

namespace {

// (文号, line) of each document.
std::vector<std::pair<std::string, int>> DocnoLines(const std::string& bytes) {
  auto input = DecodeBytes(bytes, "issue.txt");
  REQUIRE(input.ok());
  std::vector<std::pair<std::string, int>> out;
  for (const auto& d : BuildIssue(input.value(), SegmentOnly()).documents) out.emplace_back(d.docno, d.line);
  return out;
}

}  // namespace

TEST_CASE("a UTF-16 byte-order mark before an odd number of bytes is refused, not a crash", "[io]") {
  // The fuzzer's crash: BOM, then bytes that are valid UTF-8, so no bad offset is found.
  auto le = DecodeBytes("\xFF\xFE" "abc", "le.txt");
  REQUIRE_FALSE(le.ok());
  CHECK(le.error().message == "le.txt: not UTF-16LE text (a byte-order mark, then an odd number of bytes)");
  auto be = DecodeBytes("\xFE\xFF\xC3\xA9x", "be.txt");
  REQUIRE_FALSE(be.ok());
  CHECK(be.error().message == "be.txt: not UTF-16BE text (a byte-order mark, then an odd number of bytes)");
}

TEST_CASE("CR-only line ends give the documents LF and CRLF give, at the same lines", "[io]") {
  std::string lf = ReadBytes(gazette::testing::Path("tests/corpus/2023-42.txt"));
  std::string cr = lf, crlf;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto expected = DocnoLines(lf);
  REQUIRE(expected.size() == 10);
  CHECK(DocnoLines(cr) == expected);
  CHECK(DocnoLines(crlf) == expected);
}

TEST_CASE("a line longer than the limit is refused naming its line", "[io]") {
  std::string text = "北京市人民政府公报\n" + std::string(kMaxLineBytes + 1, 'a') + "\n";
  auto r = DecodeBytes(text, "long.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "long.txt:2: a line longer than 256 KiB, the most one printed line may have; refused");
  CHECK(DecodeBytes("北京市人民政府公报\n" + std::string(kMaxLineBytes, 'a') + "\n", "ok.txt").ok());
  // At the limit's edge, where the text itself is no longer than a line may be and is not sought.
  CHECK(DecodeBytes(std::string(kMaxLineBytes, 'a'), "edge.txt").ok());
  auto one_more = DecodeBytes(std::string(kMaxLineBytes + 1, 'a'), "edge.txt");
  REQUIRE_FALSE(one_more.ok());
  CHECK(one_more.error().message.rfind("edge.txt:1: a line longer than", 0) == 0);
}

TEST_CASE("an input larger than the limit is refused before it is read", "[io]") {
  std::string path = (std::filesystem::temp_directory_path() / "gazette-huge-input.txt").string();
  { std::ofstream(path) << "x"; }
  std::filesystem::resize_file(path, kMaxInputBytes + 1);  // sparse: nothing is written
  auto r = ReadInput(path);
  std::filesystem::remove(path);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == path + ": larger than 64 MiB, the most one issue may have; refused");
}

TEST_CASE("a directory without any *.txt is an input error naming it", "[io]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "gazette-no-txt";
  fs::create_directories(dir);
  { std::ofstream(dir / "notes.md") << "x"; }
  std::vector<Error> errors;
  auto files = ExpandInputs({dir.string()}, &errors);
  fs::remove_all(dir);
  CHECK(files.empty());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == dir.string() + ": directory holds no *.txt file to read");
}

TEST_CASE("numbers beyond int in a 文号, an attachment or English contents lose nothing", "[io]") {
  // The inputs std::stoi threw on (tests/fuzz/regressions/pipeline): each issue is still read.
  for (const char* name : {"docno-serial-beyond-int.txt", "attachment-number-beyond-int.txt",
                           "english-contents-number-beyond-int.txt"}) {
    auto issue = LoadIssue(gazette::testing::Path(std::string("tests/fuzz/regressions/pipeline/") + name));
    REQUIRE(issue.ok());
    CHECK(issue->documents.size() == 1);
    CHECK(issue->failures.empty());
  }
  CHECK_NOTHROW(NormalizeDocno("京示发〔2022〕99999999999号"));
}

TEST_CASE("a header found inside the one before it on damaged text loses the issue nothing", "[io]") {
  // The pipeline fuzz target's input (tests/fuzz/regressions/pipeline): a title anchor began on
  // a line of the header before it, whose body range was then read backwards (std::length_error,
  // and the whole issue lost). The first document now keeps an empty body.
  auto issue = LoadIssue(gazette::testing::Path("tests/fuzz/regressions/pipeline/overlapping-headers.txt"));
  REQUIRE(issue.ok());
  REQUIRE(issue->documents.size() == 2);
  CHECK(issue->documents[0].title == "关于印发《北京市示范项目管理办法》的通知");
  CHECK(issue->documents[0].body.empty());
  CHECK(issue->failures.empty());
}

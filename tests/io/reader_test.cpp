// Reading input safely: every encoding the gazette arrives in, and clean refusals.
#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>
#include <iterator>

#include "../support.hpp"
#include "io/reader.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;
using gazette::testing::ReadBytes;
using gazette::testing::Encode;

namespace {

std::vector<std::string> Docnos(const DecodedInput& input) {
  std::vector<std::string> out;
  for (const auto& d : BuildIssue(input, SegmentOnly()).documents) out.push_back(d.docno);
  return out;
}

}  // namespace

TEST_CASE("GB18030, UTF-16 and BOM copies give the same documents as the UTF-8 original", "[io]") {
  std::string utf8 = ReadBytes(gazette::testing::Path("tests/corpus/2023-42.txt"));
  auto original = DecodeBytes(utf8, "2023-42.txt");
  REQUIRE(original.ok());
  CHECK(original->encoding == "UTF-8");
  auto expected = Docnos(original.value());
  REQUIRE(expected.size() == 10);

  auto gb = DecodeBytes(Encode(utf8, "GB18030"), "gb.txt");
  REQUIRE(gb.ok());
  CHECK(gb->encoding == "GB18030");
  CHECK(Docnos(gb.value()) == expected);

  auto le = DecodeBytes(Encode(utf8, "UTF-16LE"), "le.txt");  // no BOM
  REQUIRE(le.ok());
  CHECK(Docnos(le.value()) == expected);

  auto be_bom = DecodeBytes("\xFE\xFF" + Encode(utf8, "UTF-16BE"), "be.txt");
  REQUIRE(be_bom.ok());
  CHECK(be_bom->encoding == "UTF-16BE");
  CHECK(Docnos(be_bom.value()) == expected);

  auto bom = DecodeBytes("\xEF\xBB\xBF" + utf8, "bom.txt");
  REQUIRE(bom.ok());
  CHECK(Docnos(bom.value()) == expected);
}

// A regulation pasted alone holds little ASCII: its UTF-16 without a BOM has few NUL bytes, and is
// told by its code units' high bytes (ideographs, CJK and full-width punctuation). UTF-16 of ASCII
// alone is valid UTF-8, a NUL every other byte.
TEST_CASE("UTF-16 without a BOM of Chinese text with little ASCII, and of ASCII alone", "[io]") {
  std::string utf8 = ReadBytes(gazette::testing::Path("tests/corpus/external/05.txt"));
  auto original = DecodeBytes(utf8, "05.txt");
  REQUIRE(original.ok());
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    INFO(charset);
    auto decoded = DecodeBytes(Encode(utf8, charset), "u16.txt");
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == charset);
    CHECK(decoded->text == original->text);
    auto ascii = DecodeBytes(Encode("Article 1\nArticle 2\n", charset), "ascii.txt");
    REQUIRE(ascii.ok());
    CHECK(ascii->text == "Article 1\nArticle 2\n");
  }
  // A stray NUL in UTF-8 is still no text.
  CHECK_FALSE(DecodeBytes(std::string("abc\0def\n", 8), "nul.txt").ok());
  auto gb = DecodeBytes(Encode(utf8, "GB18030"), "gb.txt");  // GB18030 is not taken for UTF-16
  REQUIRE(gb.ok());
  CHECK(gb->encoding == "GB18030");
}

TEST_CASE("CRLF line ends read like LF", "[io]") {
  std::string utf8 = ReadBytes(gazette::testing::Path("tests/corpus/2024-38.txt"));
  std::string crlf;
  for (char c : utf8) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  auto a = DecodeBytes(utf8, "lf.txt");
  auto b = DecodeBytes(crlf, "crlf.txt");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  auto ia = BuildIssue(a.value(), SegmentOnly());
  auto ib = BuildIssue(b.value(), SegmentOnly());
  REQUIRE(ia.documents.size() == ib.documents.size());
  for (size_t i = 0; i < ia.documents.size(); ++i) {
    CHECK(ia.documents[i].title == ib.documents[i].title);
    CHECK(ia.documents[i].line == ib.documents[i].line);
  }
}

TEST_CASE("bad input is refused with one line naming the file", "[io]") {
  auto empty = DecodeBytes("", "empty.txt");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message == "empty.txt: empty input");

  auto blank = DecodeBytes("\n  \n", "blank.txt");
  REQUIRE_FALSE(blank.ok());

  std::string binary("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0", 20);
  auto bin = DecodeBytes(binary, "a.out");
  REQUIRE_FALSE(bin.ok());
  CHECK(bin.error().message.rfind("a.out", 0) == 0);
  CHECK(bin.error().message.find('\n') == std::string::npos);

  // Lone continuation bytes and a truncated sequence: neither UTF-8 nor GB18030.
  auto invalid = DecodeBytes("\x80\x80\x80\xff\xfe\xfd abc \xc3", "bad.txt");
  REQUIRE_FALSE(invalid.ok());
  CHECK(invalid.error().message.rfind("bad.txt", 0) == 0);

  auto missing = ReadInput("/nonexistent/issue.txt");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "/nonexistent/issue.txt: cannot open");
}

TEST_CASE("directories expand to their *.txt files, sorted", "[io]") {
  std::vector<Error> errors;
  auto files = ExpandInputs({gazette::testing::Path("tests/corpus"), "/nonexistent"}, &errors);
  REQUIRE(files.size() == 4);
  CHECK(files[0].find("2021-44.txt") != std::string::npos);
  CHECK(files[3].find("2024-38.txt") != std::string::npos);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "/nonexistent: no such file or directory");
}

TEST_CASE("invalid UTF-8 names the line of the first bad byte", "[io]") {
  std::string text = "北京市人民政府公报\n2024\n第 38 期\n坏字节\xff\xfe在这里\n后文。\n";
  auto bad = DecodeBytes(text, "bad.txt");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.rfind("bad.txt:4: ", 0) == 0);
  CHECK(bad.error().message.find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("after a UTF-8 byte-order mark the bytes are still checked, and the bad line named", "[io]") {
  auto bad = DecodeBytes("\xEF\xBB\xBF" "北京市人民政府公报\n第二行\xe4\xba\n", "bom.txt");  // 京 cut short
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "bom.txt:2: invalid UTF-8");
  auto good = DecodeBytes("\xEF\xBB\xBF" "北京市人民政府公报\n", "bom.txt");
  REQUIRE(good.ok());
  CHECK(good->text == "北京市人民政府公报\n");
}

TEST_CASE("a control character is found, and its line named, at every place of the eight- and sixteen-byte steps",
          "[io]") {
  // Tab, CR, FF and VT are text; another C0 control (those either side of tab to CR too) or DEL is
  // binary data.
  const std::string base = "公报\t第1期\r\n\f目录\v\n" "abcdefghij\n京政发〔2024〕1号\n" "abcdefghijklmnopq\n\t\t\v\f 北京\n";
  REQUIRE(DecodeBytes(base, "ok.txt").ok());
  for (char bad : {'\x01', '\x1f', '\x7f', '\x1b', '\0', '\x08', '\x0e'})
    for (size_t at = 0; at <= base.size(); ++at) {
      if (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80) continue;  // inside a character
      if (at > 0 && base[at - 1] == '\r') continue;  // a CR parted from its LF is a line end of its own
      std::string text = base;
      text.insert(at, 1, bad);
      int line = 1 + int(std::count(base.begin(), base.begin() + long(at), '\n'));
      auto result = DecodeBytes(text, "b.txt");
      INFO(int(bad) << " at " << at);
      REQUIRE_FALSE(result.ok());
      CHECK(result.error().message == "b.txt:" + std::to_string(line) + ": binary data (control characters), not text");
    }
}

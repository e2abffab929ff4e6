// The UTF-8 check made once, at reading: what DecodeBytes hands on is well-formed UTF-8 in every
// encoding it reads (DecodedInput::checked_utf8 says so), and Normalize told so gives what it
// gives when it checks the text itself.
#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../support.hpp"
#include "io/reader.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"
#include "util/text.hpp"

using namespace gazette;
using gazette::testing::ReadBytes;
using gazette::testing::Encode;

namespace {

// The sample issues, each as read and as GB18030, UTF-16 (with and without a BOM) and UTF-8
// with a BOM.
std::vector<std::string> SampleInputs() {
  std::vector<std::string> out;
  for (const char* name : {"2021-44", "2023-42", "2024-38"}) {
    const std::string utf8 = ReadBytes(gazette::testing::Path(std::string("tests/corpus/") + name + ".txt"));
    REQUIRE(!utf8.empty());
    out.push_back(utf8);
    out.push_back(Encode(utf8, "GB18030"));
    out.push_back(Encode(utf8, "UTF-16LE"));
    out.push_back("\xFE\xFF" + Encode(utf8, "UTF-16BE"));
    out.push_back("\xEF\xBB\xBF" + utf8);
  }
  return out;
}

// Random bytes drawn from pieces of each encoding and stray bytes, some of which decode.
std::vector<std::string> RandomInputs(size_t count) {
  static const std::vector<std::string> pieces = {
      "北京", "公报", "\n", " ", "（一）", "〔2023〕", "abc", "\xFF\xFE", "\xFE\xFF", "\xEF\xBB\xBF", "\xB1\xB1\xBE\xA9",
      "\x80", "\xC3", "\xE4\xBA", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xD8\x00", "\x00\xD8", "\x4E\x00", "\r", "\xA1\xA1",
      "\x81\x30\x81\x30", "\xC0\xAF", "\xEF\xBF\xBD", "\xE2\x80\x94", "\xC2\xA0"};
  uint64_t state = 0x9E3779B97F4A7C15u;
  auto next = [&state] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < count; ++i) {
    std::string bytes;
    const size_t n = 1 + next() % 40;
    for (size_t k = 0; k < n; ++k) bytes += pieces[next() % pieces.size()];
    out.push_back(bytes);
  }
  return out;
}

}  // namespace

TEST_CASE("whatever DecodeBytes hands on is well-formed UTF-8, and says it was checked", "[io]") {
  std::vector<std::string> inputs = SampleInputs();
  const size_t samples = inputs.size();
  for (auto& random : RandomInputs(3000)) inputs.push_back(std::move(random));
  size_t decoded = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    auto input = DecodeBytes(inputs[i], "t.txt");
    if (i < samples) REQUIRE(input.ok());
    if (!input.ok()) continue;
    ++decoded;
    CHECK(input->checked_utf8);
    CHECK(IsValidUtf8(input->text));
  }
  CHECK(decoded > samples + 100);
}

TEST_CASE("an input made otherwise is not taken for checked", "[io]") {
  const DecodedInput made{"t.txt", "UTF-8", "北京\n"};
  CHECK_FALSE(made.checked_utf8);
}

TEST_CASE("Normalize of a checked input gives what it gives checking the text itself", "[io][normalize]") {
  std::vector<std::string> texts;
  for (const auto& bytes : SampleInputs()) {
    auto input = DecodeBytes(bytes, "t.txt");
    REQUIRE(input.ok());
    texts.push_back(input->text);
  }
  std::string lines;
  for (const auto& line : gazette::testing::ExamplesAndSampleLines())
    if (IsValidUtf8(line)) lines += line + "\n";
  texts.push_back(lines);
  for (const auto& text : texts) {
    const NormalizedText checked = Normalize(text, "t.txt", Utf8Check::done);
    const NormalizedText unchecked = Normalize(text, "t.txt", Utf8Check::needed);
    REQUIRE(checked.lines.size() == unchecked.lines.size());
    for (size_t i = 0; i < checked.lines.size(); ++i) {
      const TextLine& a = checked.lines[i];
      const TextLine& b = unchecked.lines[i];
      CHECK(a.text == b.text);
      CHECK(a.inline_text == b.inline_text);
      CHECK(a.printed == b.printed);
      CHECK(a.joins == b.joins);
      // What the spacing was told of each line holds: NFKC, the dashes and the replacements
      // made well-formed UTF-8 of it.
      CHECK(IsValidUtf8(a.inline_text));
      CHECK(IsValidUtf8(a.text));
    }
  }
}

TEST_CASE("NormalizeInput tells Normalize what the reading checked", "[io][normalize]") {
  auto input = DecodeBytes(ReadBytes(gazette::testing::Path("tests/corpus/2024-38.txt")), "2024-38.txt");
  REQUIRE(input.ok());
  const NormalizedText a = NormalizeInput(input.value());
  const NormalizedText b = Normalize(input->text, input->source);
  REQUIRE(a.lines.size() == b.lines.size());
  for (size_t i = 0; i < a.lines.size(); ++i) CHECK(a.lines[i].text == b.lines[i].text);
}

// The XML part splitter: the head and each child of the root, whatever the pieces the document
// comes in, and one-line errors naming the byte where the markup goes wrong.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "export/xml_parts.hpp"

namespace gazette {
namespace {

struct Split {
  std::string head, root;
  std::vector<std::string> parts;
  std::vector<uint64_t> offsets;
  std::string error;
};

/// Splits XML fed in pieces of PIECE bytes.
Split SplitInPieces(const std::string& xml, size_t piece) {
  Split out;
  XmlPartSplitter splitter(
      [&](std::string_view head, std::string_view root) {
        out.head = std::string(head);
        out.root = std::string(root);
        return Status{};
      },
      [&](std::span<char> part, uint64_t offset) {
        out.parts.emplace_back(part.data(), part.size());
        out.offsets.push_back(offset);
        return Status{};
      });
  Status s;
  for (size_t i = 0; i < xml.size() && s.ok(); i += piece) s = splitter.Feed(std::string_view(xml).substr(i, piece));
  if (s.ok()) s = splitter.Finish();
  if (!s.ok()) out.error = s.message();
  return out;
}

TEST_CASE("a document's head and parts, the same in pieces of any size", "[xml]") {
  const std::string xml =
      "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a <comment> -->\n"
      "<!DOCTYPE corpus [ <!ENTITY e \"<x>\"> <!-- a ] don't --> <?pi ]'?> ]>\n"
      "<corpus as-of=\"2025-01-01\" note='a > b'>\n"
      "  <issue name=\"1\"><document id=\"A\"><title>《办法》<![CDATA[</issue>]]></title></document></issue>\n"
      "  <!-- between -->\n"
      "  <cited/>\n"
      "  loose text<?pi x?> and more\n"
      "  <issue name=\"2\" note=\"/>\"><issue>nested</issue></issue>\n"
      "</corpus>\n<!-- after -->\n";
  for (size_t piece : {size_t(1), size_t(2), size_t(7), size_t(64), xml.size()}) {
    INFO(piece);
    Split s = SplitInPieces(xml, piece);
    CHECK(s.error.empty());
    CHECK(s.root == "corpus");
    CHECK(s.head == xml.substr(0, xml.find("'a > b'>") + 8));
    REQUIRE(s.parts.size() == 4);
    CHECK(s.parts[0] == "<issue name=\"1\"><document id=\"A\"><title>《办法》<![CDATA[</issue>]]></title></document></issue>");
    CHECK(s.parts[1] == "<cited/>");
    CHECK(s.parts[2] == "\n  loose text<?pi x?> and more\n  ");
    CHECK(s.parts[3] == "<issue name=\"2\" note=\"/>\"><issue>nested</issue></issue>");
    CHECK(s.offsets[0] == xml.find("<issue name=\"1\""));
    CHECK(s.offsets[3] == xml.find("<issue name=\"2\""));
  }
}

TEST_CASE("a root that closes itself has a head and no parts", "[xml]") {
  Split s = SplitInPieces("<?xml version=\"1.0\"?><corpus issues=\"0\"/>\n", 3);
  CHECK(s.error.empty());
  CHECK(s.head == "<?xml version=\"1.0\"?><corpus issues=\"0\">");
  CHECK(s.parts.empty());
}

TEST_CASE("markup the split cannot follow is an error naming its byte", "[xml]") {
  const std::pair<std::string, const char*> cases[] = {
      {"<r><a></a>", "not well-formed XML (the document ends inside <r> at byte 10)"},
      {"<r><a></a></s>", "not well-formed XML (</s> closes <r> at byte 10)"},
      {"<r/>text", "not well-formed XML (text outside the root element at byte 4)"},
      {"x<r/>", "not well-formed XML (text outside the root element at byte 0)"},
      {"<r/><r/>", "not well-formed XML (a second root element at byte 4)"},
      {"<r>< a/></r>", "not well-formed XML ('<' begins no markup at byte 3)"},
      {"<r><!-- open", "not well-formed XML (the document ends inside <r> at byte 12)"},
      {"<!-- open", "not well-formed XML (the document ends inside markup at byte 9)"},
      {"", "not well-formed XML (no root element)"},
      {"</r>", "not well-formed XML (an end tag outside the root element at byte 0)"},
      {"<r><a/></r junk>", "not well-formed XML (</r junk> closes <r> at byte 7)"},
      {"<r><a/><? x?></r>", "not well-formed XML ('<' begins no markup at byte 7)"},
      {std::string("<r><a>\0</a></r>", 15), "not well-formed XML (a NUL byte at byte 6)"},
  };
  for (const auto& [xml, error] : cases) {
    INFO(xml);
    CHECK(SplitInPieces(xml, 2).error == error);
    CHECK(SplitInPieces(xml, 100).error == error);
  }
}

TEST_CASE("a handler's error stops the split and is given again", "[xml]") {
  int parts = 0;
  XmlPartSplitter splitter([](std::string_view, std::string_view) { return Status{}; },
                           [&](std::span<char>, uint64_t) {
                             ++parts;
                             return Status{Error{"stop"}};
                           });
  CHECK(splitter.Feed("<r><a/><b/>").message() == "stop");
  CHECK(splitter.Feed("<c/></r>").message() == "stop");
  CHECK(splitter.Finish().message() == "stop");
  CHECK(parts == 1);
  CHECK(TagName("</issue >") == "issue");
  CHECK(TagName("<a:b c='d'/>") == "a:b");
}

}  // namespace
}  // namespace gazette

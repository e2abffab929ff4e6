// The printer of elements as they are made (XmlPrinter through PrintedElement) against
// pugixml's print of the tree the same calls make (TreeElement): the same bytes for random
// elements (attributes and texts with every character either context escapes, empty texts,
// mixed content, several top-level elements, every depth).
#include <unicode/utf16.h>
#include <unicode/ustring.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "export/xml_element.hpp"
#include "export/xml_text.hpp"

namespace gazette {
namespace {

std::string RandomText(std::mt19937& random) {
  static const std::string kPieces[] = {"&",          "<",       ">",    "\"",   "'",   "\t",  "\n", "\r", "\x01",
                                        "\x1f",       std::string(1, '\0'), "abcdefghij", "第一条", " ",  "]]>",
                                        "0123456789abcdef0123", "。", "\xef\xbf\xbf", "\xff",
                                        "北京市人民政府关于印发《北京市国际职业资格认可目录》的通知"};
  std::string text;
  const int pieces = std::uniform_int_distribution<int>(0, 8)(random);
  for (int i = 0; i < pieces; ++i) text += kPieces[random() % std::size(kPieces)];
  return text;
}

const char* RandomName(std::mt19937& random) {
  static const char* kNames[] = {"document", "a", "article", "x-y", "title", "p"};
  return kNames[random() % std::size(kNames)];
}

template <class E>
void AddRandomChildren(E& parent, std::mt19937& random, int depth);

/// Makes a random child element of PARENT, drawing from RANDOM: the same calls whatever E is.
template <class E>
void AddRandomElement(E& parent, std::mt19937& random, int depth) {
  E e = parent.Child(RandomName(random));
  for (int a = std::uniform_int_distribution<int>(0, 3)(random); a > 0; --a) {
    switch (random() % 4) {
      case 0:
        e.Int("n", std::uniform_int_distribution<int>(-5, 500)(random));
        break;
      case 1:
        e.Bool("b", random() % 2);
        break;
      case 2:
        e.RawAttribute("r", "\x01s" + std::to_string(random() % 100));
        break;
      default:
        e.Attr(RandomName(random), RandomText(random));
    }
  }
  AddRandomChildren(e, random, depth + 1);
}

/// Makes random children of PARENT (elements, texts, elements holding a text).
template <class E>
void AddRandomChildren(E& parent, std::mt19937& random, int depth) {
  const int children = std::uniform_int_distribution<int>(0, depth > 3 ? 0 : 4)(random);
  for (int i = 0; i < children; ++i) {
    switch (random() % 6) {
      case 0:
        parent.Text(RandomText(random));
        break;
      case 1:
        parent.AddText(RandomName(random), RandomText(random));
        break;
      default:
        AddRandomElement(parent, random, depth);
    }
  }
}

/// One to three random top-level elements in LEVEL.
template <class E>
void AddRandomElements(E& level, std::mt19937& random) {
  for (int n = std::uniform_int_distribution<int>(1, 3)(random); n > 0; --n) AddRandomElement(level, random, 0);
}

TEST_CASE("the element printer prints what pugixml prints of the same elements", "[export][xml]") {
  for (unsigned seed = 0; seed < 3000; ++seed) {
    const unsigned depth = seed % 4;
    std::mt19937 tree_random(seed), print_random(seed);
    pugi::xml_document doc;
    TreeElement tree(doc);
    AddRandomElements(tree, tree_random);
    std::string theirs;
    for (pugi::xml_node child : doc.children()) PrintXml(theirs, child, kXmlPrintFlags, depth);

    std::string ours;
    XmlPrinter printer(ours, depth);
    {
      PrintedElement level = PrintedElement::Level(printer);
      AddRandomElements(level, print_random);
    }
    printer.Finish();
    INFO("seed " << seed);
    REQUIRE(ours == theirs);
  }
}

// What XML 1.0 allows, decided apart from the code under test: ICU's strict UTF-8 decoding
// (no overlong form, no surrogate, nothing past U+10FFFF, no sequence cut short), then the
// characters of the XML 1.0 Char production.
bool IsXmlTextByIcu(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, text.data(), int32_t(text.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return false;
  std::u16string units(size_t(length), u'\0');
  status = U_ZERO_ERROR;
  u_strFromUTF8(units.data(), length, nullptr, text.data(), int32_t(text.size()), &status);
  if (U_FAILURE(status)) return false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U16_NEXT(units.data(), i, length, c);
    const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    if (!allowed) return false;
  }
  return true;
}

/// Requires AllXmlChars's XmlEscapes of TEXT (allowed) to say exactly where the printer escapes a
/// byte of it: &, < and > in a text node; &, <, ", tab, LF and CR in an attribute's value.
void RequireEscapesWhereThePrinterEscapes(const std::string& text) {
  XmlEscapes escapes;
  REQUIRE(AllXmlChars(text, &escapes));
  bool in_text = false, in_attribute = false;
  for (unsigned char c : text) {
    in_text = in_text || c == '&' || c == '<' || c == '>';
    in_attribute = in_attribute || c == '&' || c == '<' || c == '"' || c == '\t' || c == '\n' || c == '\r';
  }
  REQUIRE(escapes.in_text == in_text);
  REQUIRE(escapes.in_attribute == in_attribute);
  XmlEscapes one_by_one;  // a CPU without AVX2's path
  REQUIRE(xml_text_internal::AllXmlCharsOneByOne(text, &one_by_one));
  REQUIRE(one_by_one.in_text == in_text);
  REQUIRE(one_by_one.in_attribute == in_attribute);
}

// AllXmlChars tells, in the same pass, whether a text holds a byte the printer may escape: a
// text it calls plain is printed as it is. Short texts (under 35 bytes) and long ones take
// different paths; both are held to ICU's decoding, with characters cut short, overlong forms,
// surrogates, noncharacters and bytes past U+10FFFF among the pieces.
TEST_CASE("AllXmlChars tells exactly when a safe text holds a byte the printer escapes", "[export][xml]") {
  std::mt19937 random(15);
  static const std::string kPieces[] = {"&", "<", ">", "\"", "'", "\t", "\n", "\r", "\x01", "\x1f", "a",
                                        "abcdefgh", "第", "。", "\xe0\xa4\x80", "\xed\x9f\xbf", "\xf0\x9f\x98\x80",
                                        "\xc2\xa9", "\xef\xbf\xbd", "\x7f", " ", "\xe7\xac", "\xc2", "\x80",
                                        "\xef\xbf\xbe", "\xef\xbf\xbf", "\xed\xa0\x80", "\xc0\xaf",
                                        "\xe0\x80\x80", "\xf4\x90\x80\x80", std::string(1, '\0')};
  for (int round = 0; round < 40000; ++round) {
    std::string text;
    const int pieces = std::uniform_int_distribution<int>(0, round % 2 ? 40 : 12)(random);
    for (int i = 0; i < pieces; ++i) text += kPieces[random() % std::size(kPieces)];
    bool escaped = false;
    INFO("round " << round << ": " << text);
    const bool allowed = IsXmlTextByIcu(text);
    REQUIRE(AllXmlChars(text, &escaped) == allowed);
    REQUIRE(xml_text_internal::AllXmlCharsOneByOne(text, nullptr) == allowed);
    REQUIRE((XmlSafe(text) == text) == allowed);
    if (!allowed) continue;
    bool expected = false;
    for (unsigned char c : text) expected = expected || c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"';
    REQUIRE(escaped == expected);
    RequireEscapesWhereThePrinterEscapes(text);
  }
}

// The long texts' check goes by blocks of 32 bytes, each read with the three bytes before it,
// the last block ending at the end of the text: every piece is tried at every offset of texts
// of 35 to 100 bytes (Chinese, ASCII, a mix), so it falls at the start, across and at the end of
// each block and of the last, overlapping one. The short texts' (0 to 34 bytes) goes by one or
// two blocks of a copy followed by spaces: every piece at every offset of each of those sizes.
TEST_CASE("AllXmlChars agrees with ICU wherever a piece falls in a long text", "[export][xml]") {
  static const std::string kPieces[] = {"&", "\"", "\t", "\n", "\x01", "\x1f", "\x7f", "\xc2\xa9", "\xdf\xbf",
                                        "\xe0\xa4\x80", "\xe0\x9f\xbf", "\xed\x9f\xbf", "\xed\xa0\x80",
                                        "\xef\xbf\xbd", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xef\xbc\x81",
                                        "\xf0\x9f\x98\x80", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf",
                                        "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xc0\xaf", "\xc1\xbf",
                                        "\xe7\xac", "\xc2", "\x80", "\xbf", "\xf0\x9f\x98", "\xff",
                                        std::string(1, '\0')};
  const std::string fillers[] = {"第一条本办法自公布之日起施行。", "abcdefgh-0123456789", "第1条 a&b 第2条"};
  std::vector<size_t> sizes;
  for (size_t size = 0; size < 35; ++size) sizes.push_back(size);
  for (size_t size = 35; size <= 100; size += 13) sizes.push_back(size);
  int checked = 0;
  for (const std::string& filler : fillers)
    for (size_t size : sizes)
      for (const std::string& piece : kPieces)
        for (size_t at = 0; at <= size; ++at) {
          std::string text;
          while (text.size() < size) text += filler;
          text = text.substr(0, at) + piece + text.substr(at, size - at);  // may cut a character
          bool escaped = false;
          INFO("piece " << piece << " at " << at << " of " << text);
          const bool allowed = IsXmlTextByIcu(text);
          REQUIRE(AllXmlChars(text, &escaped) == allowed);
          REQUIRE(xml_text_internal::AllXmlCharsOneByOne(text, nullptr) == allowed);
          ++checked;
          if (!allowed) continue;
          bool expected = false;
          for (unsigned char c : text) expected = expected || c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"';
          REQUIRE(escaped == expected);
          RequireEscapesWhereThePrinterEscapes(text);
        }
  CHECK(checked > 80000);
}

// The printer writes into spaces it keeps after what it printed (XmlPrinter::Room), refilled
// as they run out; a text or value larger than them is appended instead. Texts and values of
// every size around that room, plain and escaped, print what pugixml prints; ClearPrinted
// starts the string again where the printer is.
TEST_CASE("the element printer: texts and values of every size around its room", "[export][xml]") {
  for (size_t size : {0, 1, 3, 4, 7, 8, 15, 16, 17, 31, 1000, 1023, 1024, 1025, 1026, 3000}) {
    for (const std::string& unit : {std::string("a"), std::string("&"), std::string("第")}) {
      std::string text;
      while (text.size() < size) text += unit;
      text.resize(size, 'b');
      pugi::xml_document doc;
      std::string theirs, ours;
      XmlPrinter printer(ours, 1);
      {
        TreeElement tree(doc);
        PrintedElement level = PrintedElement::Level(printer);
        auto write = [&](auto& top) {
          auto e = top.Child("e");
          e.Attr("v", text);
          e.Int("n", int(size));
          e.AddText("t", text);
          e.Child("empty");
          e.Text(text);
        };
        for (int k = 0; k < 3; ++k) {
          write(tree);
          write(level);
        }
      }
      printer.Finish();
      for (pugi::xml_node child : doc.children()) PrintXml(theirs, child, kXmlPrintFlags, 1);
      INFO("size " << size << " of " << unit);
      CHECK(ours == theirs);
    }
  }
  std::string out = "head\n";
  XmlPrinter printer(out, 0);
  PrintedElement level = PrintedElement::Level(printer);
  level.Child("a").Text(std::string(2000, 'x'));
  CHECK(printer.Printed() == "head\n<a>" + std::string(2000, 'x') + "</a>");
  printer.ClearPrinted();
  level.Child("b").Int("n", 1);
  printer.Finish();
  CHECK(out == "\n<b n=\"1\" />\n");
}

// A text found inside a checked one is allowed without a check of its own only where it starts
// and ends on the outer text's characters; anything else is checked as it is.
TEST_CASE("CheckedText::Within trusts a text only where the checked one holds it whole", "[export][xml]") {
  const std::string outer_text = "第一条 a<b\n（一）本办法。\n（二）第二项";
  const CheckedText outer(outer_text);
  REQUIRE(outer.allowed);
  size_t from = 0;
  const CheckedText first = CheckedText::Within(outer, "本办法。", from);
  CHECK(first.allowed);
  CHECK(first.escapes.in_text);  // as the outer text: it may hold what a printer escapes
  CHECK(from == outer_text.find("本办法。") + std::string("本办法。").size());
  CHECK(CheckedText::Within(outer, "第二项", from).allowed);
  size_t again = 0;
  const std::string cut_start = std::string("本办法。").substr(1);  // begins inside a character
  CHECK(!CheckedText::Within(outer, cut_start, again).allowed);
  CHECK(again == 0);
  const std::string cut_end = std::string("本办法。").substr(0, 10);  // ends inside a character
  CHECK(!CheckedText::Within(outer, cut_end, again).allowed);
  CHECK(CheckedText::Within(outer, "not there", again).allowed);  // checked: allowed ASCII
  CHECK(!CheckedText::Within(outer, "\x01", again).allowed);
  const CheckedText bad("ab\x01" "cd");
  size_t in_bad = 0;
  CHECK(!CheckedText::Within(bad, "ab\x01", in_bad).allowed);
  CHECK(CheckedText::Within(bad, "cd", in_bad).allowed);  // checked on its own
  size_t far = 0;
  const std::string long_outer = std::string(600, 'x') + "第二项";
  const CheckedText checked_long(long_outer);
  CHECK(CheckedText::Within(checked_long, "第二项", far).allowed);  // past the reach: checked
  CHECK(far == 0);
}

/// Requires CheckedSpelling to give ToString's spelling of every value of E, checked; with
/// NEVER_EMPTY, a spelling for each (Attr prints it then, as RawAttribute did).
template <SpelledEnum E>
void RequireCheckedSpellings(bool never_empty) {
  for (const auto& s : Spellings<E>::table) {
    const CheckedText& checked = CheckedSpelling(s.value);
    REQUIRE(checked.text == ToString(s.value));
    if (never_empty) REQUIRE(!checked.text.empty());
    XmlEscapes escapes;
    REQUIRE(checked.allowed == AllXmlChars(checked.text, &escapes));
    REQUIRE(checked.escapes.in_attribute == escapes.in_attribute);
    REQUIRE(checked.escapes.in_text == escapes.in_text);
  }
}

TEST_CASE("CheckedSpelling is ToString's spelling, checked once", "[export][xml]") {
  RequireCheckedSpellings<DateKind>(true);  // a deadline's kind
  RequireCheckedSpellings<Relation>(true);  // a reference's type
  RequireCheckedSpellings<TimeUnit>(false);
  RequireCheckedSpellings<LegalStatus>(false);
}

TEST_CASE("the element printer: escapes, empty elements, texts on their element's line", "[export][xml]") {
  std::string out;
  XmlPrinter printer(out, 1);
  {
    PrintedElement level = PrintedElement::Level(printer);
    PrintedElement root = level.Child("gazette");
    root.Attr("as-of", "2024-01-05 & \"later\"\t<>");
    root.AddText("title", "第一条 a<b & c>d\n");
    root.Child("empty").Int("n", -1);
    root.Child("column").Text("");
    root.Child("r").RawAttribute("resolved", "\x01r7");
  }
  printer.Finish();
  CHECK(out ==
        "  <gazette as-of=\"2024-01-05 &amp; &quot;later&quot;&#09;&lt;>\">\n"
        "    <title>第一条 a&lt;b &amp; c&gt;d\n</title>\n"
        "    <empty n=\"-1\" />\n"
        "    <column></column>\n"
        "    <r resolved=\"&#01;r7\" />\n"
        "  </gazette>\n");
}

}  // namespace
}  // namespace gazette

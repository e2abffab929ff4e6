// Small helpers every XML writer shares: text made safe for XML 1.0, and attributes or child
// elements added only when they carry a value.
#pragma once
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace gazette {

/// The XML declaration every file of the export begins with, with its newline.
inline constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// How the export prints a tree: pugixml's default format (indented, one element a line),
/// without a declaration (the writers put kXmlDeclaration first).
inline constexpr unsigned kXmlPrintFlags = pugi::format_default | pugi::format_no_declaration;

/// Appends NODE to OUT as pugixml prints it with FLAGS (UTF-8, two spaces a level) at DEPTH,
/// so the caller writes it to its file at once: printed to a std::ostream, pugixml hands it
/// 2 KB chunks and the file stream makes a system call of each (64,000 `writev` calls for
/// `xml` over 20 MB).
void PrintXml(std::string& out, pugi::xml_node node, unsigned flags = kXmlPrintFlags, unsigned depth = 0);

/// What a printer escapes in a text AllXmlChars accepts, told apart by where it is printed.
struct XmlEscapes {
  bool in_text = false;       // &, < or > (a text node)
  bool in_attribute = false;  // &, <, ", tab, LF or CR (an attribute's value in double quotes)
};

namespace xml_text_internal {
/// AllXmlChars's answer as bits: kAllowed if TEXT is allowed, then where a printer escapes a
/// byte of it (kInText, kInAttribute).
unsigned XmlCharsBits(std::string_view text);
/// The bits of XmlCharsBits's answer.
inline constexpr unsigned kInText = 1, kInAttribute = 2, kAllowed = 4;
}  // namespace xml_text_internal

/// True if TEXT is valid UTF-8 of characters XML 1.0 allows, so it is written as it is. When it
/// is and ESCAPES is given, sets *ESCAPES to what a printer escapes in it, in the same pass.
inline bool AllXmlChars(std::string_view text, XmlEscapes* escapes) {
  using namespace xml_text_internal;
  const unsigned bits = XmlCharsBits(text);
  if (escapes) *escapes = {(bits & kInText) != 0, (bits & kInAttribute) != 0};
  return (bits & kAllowed) != 0;
}
/// AllXmlChars; when TEXT is allowed and ESCAPED is given, sets *ESCAPED to whether TEXT holds a
/// byte a printer may escape in either place (&, <, >, " or a control character: tab, LF, CR).
bool AllXmlChars(std::string_view text, bool* escaped = nullptr);

namespace xml_text_internal {
/// AllXmlChars a character at a time (eight ASCII bytes at a time): the path of a CPU without
/// AVX2, here for the tests to hold it to the same answers.
bool AllXmlCharsOneByOne(std::string_view text, XmlEscapes* escapes);
}  // namespace xml_text_internal

/// TEXT with every character XML 1.0 forbids removed (C0 controls other than tab, newline and
/// carriage return; U+FFFE, U+FFFF; lone surrogates). Invalid UTF-8 becomes U+FFFD.
std::string XmlSafe(std::string_view text);

/// Sets attribute NAME to VALUE (made XML-safe) unless VALUE is empty.
void SetAttr(pugi::xml_node node, const char* name, std::string_view value);

/// Sets attribute NAME to VALUE unless VALUE is 0 (an unknown line or page).
void SetPositive(pugi::xml_node node, const char* name, int value);

/// Appends a child element NAME holding TEXT (XML-safe) and returns it; returns an empty node
/// (and appends nothing) when TEXT is empty.
pugi::xml_node AddText(pugi::xml_node parent, const char* name, std::string_view text);

/// Sets the text content of NODE to TEXT (XML-safe).
void SetText(pugi::xml_node node, std::string_view text);

/// Where the line the printer began at I ends (just past its '\n'), in TEXT as pugixml prints
/// it indented: a tag (<a>, <a/>, </a>) or a leaf, <a>text</a>, whose text may hold line breaks.
size_t PrintedLineEnd(std::string_view text, size_t i);

/// TEXT, an element as pugixml prints it indented by two spaces at depth 0, as it prints at
/// depth 1: two more spaces at the start of every line the printer began, none in the lines of
/// a text that holds line breaks. (A second print of a tree costs several times more.)
std::string IndentOneLevel(std::string_view text);
/// Appends IndentOneLevel(TEXT) to OUT.
void AppendIndentedOneLevel(std::string& out, std::string_view text);

}  // namespace gazette

// The two ways the XML writers make an element: into a pugixml tree (TreeElement: the trees
// `query` searches and the tests compare) or printed as it is made (PrintedElement: the export's
// files, without a tree). The writers are templates over the two, so both give one document:
// an element's attributes come before its children and its text, as a printer needs them.
#pragma once
#include <algorithm>
#include <charconv>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export/xml_printer.hpp"
#include "export/xml_text.hpp"
#include "model/kinds.hpp"

namespace gazette {

/// A text checked once (AllXmlChars) for printing many times: a table's keys and headers, on
/// every cell of every row. TEXT's bytes must stay as long as it is used.
struct CheckedText {
  /// TEXT, checked.
  explicit CheckedText(std::string_view text) : text(text), allowed(AllXmlChars(text, &escapes)) {}
  /// TEXT, found in OUTER (checked) at FROM or a little after (kWithinReach bytes before it):
  /// allowed without a check of its own when OUTER is and TEXT starts and ends where OUTER's
  /// characters do, escaped wherever OUTER is (FROM moves past it); else checked. An article's
  /// text holds its paragraphs' texts, each after its label, in order.
  static CheckedText Within(const CheckedText& outer, std::string_view text, size_t& from);
  /// How far past FROM Within looks for the start of TEXT.
  static constexpr size_t kWithinReach = 256;

  std::string_view text;
  XmlEscapes escapes;  // where a printer escapes a byte of it, when allowed (or may, when found)
  bool allowed;        // XML 1.0 allows every character of it

 private:
  CheckedText(std::string_view text, XmlEscapes escapes) : text(text), escapes(escapes), allowed(true) {}
};

inline CheckedText CheckedText::Within(const CheckedText& outer, std::string_view text, size_t& from) {
  constexpr auto kContinuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  const std::string_view in = outer.text;
  if (!outer.allowed || text.empty() || from > in.size()) return CheckedText(text);
  const size_t at = in.substr(0, std::min(in.size(), from + kWithinReach + text.size())).find(text, from);
  const size_t end = at + text.size();
  if (at == std::string_view::npos || kContinuation(text[0]) || (end < in.size() && kContinuation(in[end])))
    return CheckedText(text);
  from = end;
  return CheckedText(text, outer.escapes);
}

/// The spelling of VALUE (ToString's), checked once for all: each enum's table is checked the
/// first time one of its values is printed (an empty text for a value outside it, as ToString).
template <SpelledEnum E>
const CheckedText& CheckedSpelling(E value) {
  static const std::vector<std::pair<E, CheckedText>> checked = [] {
    std::vector<std::pair<E, CheckedText>> table;
    for (const auto& s : Spellings<E>::table) table.emplace_back(s.value, CheckedText(s.text));
    return table;
  }();
  for (const auto& [spelled, text] : checked)
    if (spelled == value) return text;
  static const CheckedText none{std::string_view()};
  return none;
}

/// What every element offers over its primitives RawAttribute and RawText (of texts that are
/// XML-safe already; with PLAIN, holding nothing a printer escapes either), and Child.
template <class Element>
class ElementOps {
 public:
  /// Attribute NAME = VALUE (made XML-safe) unless VALUE is empty.
  void Attr(const char* name, std::string_view value) {
    if (!value.empty()) Attr(name, CheckedText(value));
  }
  /// Attribute NAME = VALUE (made XML-safe) unless VALUE is empty, checked already.
  void Attr(const char* name, const CheckedText& value) {
    if (value.text.empty()) return;
    if (value.allowed) self().RawAttribute(name, value.text, !value.escapes.in_attribute);
    else self().RawAttribute(name, XmlSafe(value.text));
  }
  /// Attribute NAME = VALUE, in decimal, whatever its value.
  void Int(const char* name, long long value) {
    char digits[24];  // a std::to_string was a string made and freed for each number
    const char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    self().RawAttribute(name, std::string_view(digits, size_t(end - digits)), true);
  }
  /// Attribute NAME = VALUE unless VALUE is 0 (an unknown line or page).
  void Positive(const char* name, int value) {
    if (value > 0) Int(name, value);
  }
  /// Attribute NAME = "true" or "false".
  void Bool(const char* name, bool value) { self().RawAttribute(name, value ? "true" : "false", true); }
  /// A text node holding TEXT (made XML-safe), even an empty one.
  void Text(std::string_view text) { Text(CheckedText(text)); }
  /// A text node holding TEXT (made XML-safe), even an empty one, checked already.
  void Text(const CheckedText& text) {
    if (text.allowed) self().RawText(text.text, !text.escapes.in_text);
    else self().RawText(XmlSafe(text.text));
  }
  /// A child element NAME holding TEXT (XML-safe), unless TEXT is empty.
  void AddText(const char* name, std::string_view text) {
    if (text.empty()) return;
    self().Child(name).Text(text);
  }

 private:
  Element& self() { return static_cast<Element&>(*this); }
};

/// An element of a pugixml tree.
class TreeElement : public ElementOps<TreeElement> {
 public:
  /// NODE, to add to.
  explicit TreeElement(pugi::xml_node node) : node_(node) {}
  /// Appends a child element NAME.
  TreeElement Child(std::string_view name) { return TreeElement(node_.append_child(std::string(name).c_str())); }
  /// Appends attribute NAME = VALUE as it is (PLAIN or not: pugixml escapes when it prints).
  void RawAttribute(const char* name, std::string_view value, bool /*plain*/ = false) {
    node_.append_attribute(name).set_value(value.data(), value.size());
  }
  /// Appends a text node TEXT as it is.
  void RawText(std::string_view text, bool /*plain*/ = false) {
    node_.append_child(pugi::node_pcdata).set_value(text.data(), text.size());
  }
  /// The node.
  pugi::xml_node node() const { return node_; }

 private:
  pugi::xml_node node_;
};

/// An element being printed: open from Child until it is destroyed (its end tag). A Level is
/// no element: its children are the printer's top-level elements.
class PrintedElement : public ElementOps<PrintedElement> {
 public:
  /// The top level of PRINTER.
  static PrintedElement Level(XmlPrinter& printer) { return PrintedElement(&printer, false); }
  PrintedElement(PrintedElement&& other) noexcept : printer_(other.printer_), closes_(other.closes_) {
    other.printer_ = nullptr;
  }
  PrintedElement(const PrintedElement&) = delete;
  PrintedElement& operator=(const PrintedElement&) = delete;
  PrintedElement& operator=(PrintedElement&&) = delete;
  /// Ends the element.
  ~PrintedElement() {
    if (printer_ && closes_) printer_->Close();
  }
  /// Begins a child element NAME (every child of this element made before must be ended).
  PrintedElement Child(std::string_view name) {
    printer_->Open(name);
    return PrintedElement(printer_, true);
  }
  /// Prints attribute NAME = VALUE, escaped unless PLAIN (before any child or text).
  void RawAttribute(const char* name, std::string_view value, bool plain = false) {
    printer_->Attribute(name, value, plain);
  }
  /// Prints a text node TEXT, escaped unless PLAIN.
  void RawText(std::string_view text, bool plain = false) { printer_->Text(text, plain); }

 private:
  PrintedElement(XmlPrinter* printer, bool closes) : printer_(printer), closes_(closes) {}
  XmlPrinter* printer_;
  bool closes_;
};

}  // namespace gazette

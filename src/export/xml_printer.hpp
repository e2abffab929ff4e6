// A printer that writes elements as they are made, in the bytes pugixml's xml_node::print
// writes for the same tree with kXmlPrintFlags (two spaces a level, " />" for an empty element,
// a text on its element's line): the export's files are printed without building a tree first.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// Appends VALUE to OUT escaped as pugixml escapes an attribute's value in double quotes: &, <,
/// " and every control character (as &#NN;). VALUE holds no NUL (pugixml's values end there).
void AppendEscapedAttribute(std::string& out, std::string_view value);

/// Appends TEXT to OUT escaped as pugixml escapes a text node: &, <, > and the control
/// characters other than tab, LF and CR. TEXT holds no NUL.
void AppendEscapedText(std::string& out, std::string_view text);

/// Prints a sequence of elements, opened and closed in order, to a string, as pugixml prints
/// them when each top-level one is printed alone at the printer's depth. Until Finish, the
/// string may hold spaces after the bytes printed (room the printer writes into, see Room).
class XmlPrinter {
 public:
  /// A printer appending to OUT, its top-level elements at DEPTH.
  XmlPrinter(std::string& out, unsigned depth) : out_(out), depth_(depth), used_(out.size()) {}
  /// Begins element NAME, a child of the element open last (or a top-level one). NAME's bytes
  /// must stay until the element is closed (a literal or a static spelling: they are not copied).
  void Open(std::string_view name);
  /// Adds attribute NAME="VALUE" (escaped, unless PLAIN: VALUE holds nothing to escape) to the
  /// element just opened, before any child.
  void Attribute(std::string_view name, std::string_view value, bool plain = false);
  /// Adds a text node TEXT (escaped, unless PLAIN: TEXT holds nothing to escape) to the element
  /// open last.
  void Text(std::string_view text, bool plain = false);
  /// Ends the element open last.
  void Close();
  /// Ends the print (the line break after the last element) and leaves OUT holding what was
  /// printed, nothing after it. Every element must be closed.
  void Finish();
  /// OUT's bytes printed so far (the printer's room after them left out).
  std::string_view Printed() const { return {out_.data(), used_}; }
  /// Empties OUT: what comes next is printed at its start, at the depth the printer is at.
  void ClearPrinted() {
    out_.clear();
    used_ = 0;
  }
  /// From now on, appends to STARTS the offset in OUT of every line the printer begins after a
  /// line break of its own (not one inside a text): where IndentOneLevel would indent.
  void RecordLineStarts(std::vector<uint32_t>* starts) { line_starts_ = starts; }

 private:
  enum : unsigned { kNewline = 1, kIndent = 2 };
  /// N bytes of OUT after those printed, taken as printed; returns where they begin. They are
  /// spaces until written (the indentation needs no writing).
  char* Room(size_t n) {
    if (out_.size() - used_ < n) MakeRoom(n);
    char* at = out_.data() + used_;
    used_ += n;
    return at;
  }
  /// Makes OUT hold at least N spaces after the bytes printed, and up to kRoom more.
  void MakeRoom(size_t n);
  /// How Append prints a text: as it is, or escaped as a text node or an attribute's value.
  enum class Escape { kNone, kText, kAttribute };
  /// Appends TEXT to what is printed, as ESCAPE says, after OUT's room is dropped: a text to
  /// escape, or one larger than kRoom (Room would fill its place with spaces first).
  void Append(std::string_view text, Escape escape);
  /// The spaces MakeRoom adds beyond what is asked: the next elements are printed into them
  /// without a call (appending each piece to the string was two calls a piece, 40 instructions).
  static constexpr size_t kRoom = 1024;
  /// The size of the line break and indentation before an element (pugixml's indent_flags).
  size_t LeadSize() const;
  /// Writes them at P (in OUT, spaces from Room: the indentation is there); returns the byte after.
  char* PutLead(char* p);

  std::string& out_;
  unsigned depth_;
  size_t used_;  // OUT's bytes printed; spaces follow them
  unsigned wanted_ = kIndent;  // what the next element begins with (pugixml's indent_flags)
  bool start_tag_open_ = false;
  std::vector<std::string_view> open_;  // the names of the open elements
  std::vector<uint32_t>* line_starts_ = nullptr;
};

}  // namespace gazette

// An XML document read as a stream of parts: its head (what precedes the root element's
// content: the declaration, comments, the doctype and the root's start tag) and each child of
// the root element, so a query can parse one part at a time inside the root element's own tag
// (the head) instead of the whole document (pugixml's tree is about twice the XML's size).
#pragma once
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace gazette {

/// Splits an XML document given in pieces of any size (Feed) into its head and its parts. A
/// part is a child element of the root, or a run of text (with the CDATA sections, comments and
/// instructions among it) between two of them that holds more than white space. Only the
/// markup the split needs is checked (tags nest, the root closes, nothing but markup outside
/// it); pugixml checks the rest when it parses a part. Errors name the byte they were found at.
class XmlPartSplitter {
 public:
  /// Called once with the head (the file's bytes up to the end of the root's start tag; a root
  /// that closes itself, `<r/>`, is given as `<r>`) and the root's name.
  using HeadHandler = std::function<Status(std::string_view head, std::string_view root_name)>;
  /// Called for each part in document order with the byte offset it begins at. The handler may
  /// overwrite the part's bytes (a parser working in place): the splitter reads them no more.
  using PartHandler = std::function<Status(std::span<char> part, uint64_t offset)>;

  XmlPartSplitter(HeadHandler on_head, PartHandler on_part);

  /// Reads BYTES, the document's next bytes. An error (the document's, or a handler's) stops
  /// the split: later calls return it again.
  Status Feed(std::string_view bytes);
  /// The document ended: an error unless the root element was read and closed.
  Status Finish();

 private:
  enum class Token { kText, kComment, kInstruction, kCData, kDoctype, kStartTag, kEmptyTag, kEndTag };
  /// Where the token at pos_ ends, or npos when the bytes read so far do not hold all of it.
  size_t TokenEnd(Token* kind) const;
  Status Scan();
  Status Take(Token kind, size_t end);
  Status TakeAtTop(Token kind, size_t end);
  Status TakeInRoot(Token kind, size_t end);
  /// Emits the run of text open since run_start_, ending at END.
  Status CloseRun(size_t end);
  Status Emit(size_t begin, size_t end);
  Status Fail(const std::string& what, size_t at);
  /// Drops the bytes no part still needs.
  void Compact();

  HeadHandler on_head_;
  PartHandler on_part_;
  std::string buf_;
  uint64_t base_ = 0;  // the document offset of buf_[0]
  size_t pos_ = 0;     // the next token's place in buf_
  size_t part_start_ = std::string::npos, run_start_ = std::string::npos;
  int depth_ = 0;  // 1 inside the root element, 2 inside a part
  enum class Stage { kProlog, kRoot, kEpilog } stage_ = Stage::kProlog;
  std::string root_name_;
  Status failed_;
};

/// The name in the start or end tag TAG (`<name attr="…">`, `</name>`).
std::string_view TagName(std::string_view tag);

}  // namespace gazette

// Running heads: the title a PDF's text repeats at the top of its pages (the regulation's, or the
// section's name: 北京市停车管理办法, 政府规章), left between a page's furniture and the text it
// interrupts. Read as furniture where they are known to be one: inside the sentence a page break
// cut (a title-shaped line printed before as a line of its own, the line above left open, the
// line below going on with it), and where the same title-shaped line follows a page's furniture
// again.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/text.hpp"

namespace gazette::normalize_internal {

/// What one issue's lines tell of its running heads, line by line as they are read.
class RunningHeads {
 public:
  /// True if TEXT (a line read right after a page's furniture, the line above it left open)
  /// repeats a title-shaped line read before as a line of its own: a running head in the middle
  /// of a sentence, dropped, not joined to it.
  bool CutsSentence(const std::string& text) const;
  /// Notes TEXT, the line kept as LINES[INDEX] (before any line is joined to it); AFTER_FURNITURE
  /// when a page's furniture came right before it.
  void Kept(const std::string& text, size_t index, bool after_furniture);
  /// A page's furniture follows LINES[INDEX], the last line kept: a title-shaped line between two
  /// pieces of furniture (a contents entry whose page number is printed on the next line) is no
  /// page's running head.
  void FurnitureAfter(size_t index);
  /// Removes from LINES the lines kept as a line of their own after a page's furniture whose
  /// title-shaped text followed furniture twice or more (nothing was joined to them), all but
  /// the first: a page may begin with a document's title, its running head repeating it after.
  void DropRecurring(std::vector<TextLine>& lines) const;

 private:
  std::unordered_set<std::string> titles_;  ///< title-shaped lines read as lines of their own
  std::unordered_map<std::string, std::vector<size_t>> after_furniture_;  ///< such lines after furniture: where
  size_t last_after_furniture_ = SIZE_MAX;  ///< where the last of them was kept
};

/// A title-shaped line read right after a page's furniture inside an open sentence
/// (RunningHeads::CutsSentence), held back until the next line tells what it is: a running head
/// when that line goes on with the sentence, a document's title when it opens something of its own.
class HeldTitle {
 public:
  bool Holds() const { return held_.has_value(); }
  void Hold(TextLine line) { held_ = std::move(line); }
  /// True if NEXT, the line after the held one, opens something of its own: a unit (第N条, 一、,
  /// a 文号, a date), a heading, an agency or another title, or a line ending with a colon
  /// (recipients): the held line was a document's title, to be kept.
  bool OpensOwn(const TextLine& next) const;
  /// The held line's text.
  const std::string& Text() const { return held_->text; }
  /// The held line, no longer held.
  TextLine Take();
  /// Forgets the held line (a running head), if any.
  void Drop() { held_.reset(); }

 private:
  std::optional<TextLine> held_;
};

}  // namespace gazette::normalize_internal

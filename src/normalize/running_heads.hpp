// Running heads: the title a PDF's text repeats at the top of its pages (the regulation's, or the
// section's name: 北京市停车管理办法, 政府规章), left between a page's furniture and the text it
// interrupts. Read as furniture where they are known to be one: inside the sentence a page break
// cut (a title-shaped line printed before as a line of its own, the line above left open), and
// wherever the same title-shaped line follows a page's furniture twice or more.
#pragma once
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
  /// Removes from LINES the lines kept as a line of their own after a page's furniture whose
  /// title-shaped text followed furniture twice or more (nothing was joined to them).
  void DropRecurring(std::vector<TextLine>& lines) const;

 private:
  std::unordered_set<std::string> titles_;  ///< title-shaped lines read as lines of their own
  std::unordered_map<std::string, std::vector<size_t>> after_furniture_;  ///< such lines after furniture: where
};

}  // namespace gazette::normalize_internal

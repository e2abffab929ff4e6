// The normalized text of one issue, line by line, with the way back to the printed file.
#pragma once
#include <string>
#include <vector>

namespace gazette {

/// Where a fact was printed: the source file, its 1-based line, and the printed page when the
/// contents give one (0 = unknown). A user can open SOURCE at LINE and see the text.
struct Provenance {
  std::string source;
  int line = 0;
  int page = 0;
};

/// One logical line as the parsers see it. Lines that a page break or a wrap cut are rejoined,
/// so one TextLine may come from several printed lines.
struct TextLine {
  std::string text;     ///< normalized: NFKC, CJK spacing removed, markdown and furniture gone
  std::string printed;  ///< the printed lines it was made from, joined with '\n'
  std::string inline_text;  ///< NFKC + brackets + dashes only: spacing and tabs kept (for tables)
  int line = 0;         ///< first printed line, 1-based
  int last_line = 0;    ///< last printed line joined into it
  int heading = 0;      ///< markdown heading level it carried (# = 1), 0 if none
  bool bold = false;    ///< the printed line was wrapped in ** **
  bool has_tab = false; ///< the printed line held a tab: a table row or a tabbed layout
  /// Printed line on which byte OFFSET of `text` stands (for joined lines).
  int LineAt(size_t offset) const;
  /// Byte offsets in `text` where each later printed line's contribution starts.
  std::vector<std::pair<size_t, int>> joins;
};

/// What reading a file mended in its bytes (a stray byte, a character cut short, a control
/// character), each put in as U+FFFD: said as a warning and a `check` finding, never lost silently.
struct TextRepair {
  int line = 0;         ///< the first printed line mended
  std::string message;  ///< one line, in English: how many were replaced, of what, on which lines
};

/// The normalized view of a whole issue file.
struct NormalizedText {
  std::string source;           ///< file name as given (or "-" for stdin)
  std::vector<TextLine> lines;  ///< every non-blank, non-furniture logical line in order
  std::vector<TextRepair> repairs;  ///< what decoding mended (DecodedInput::repairs)
};

}  // namespace gazette

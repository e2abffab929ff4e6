// Mending an input's bytes where a few are not text: a stray byte, a character cut short at the
// end of a file, a control character OCR left. Each becomes U+FFFD, counted and placed, so that
// one bad byte costs one character and a warning, never the whole issue.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// What was replaced with U+FFFD: how many, and the byte offsets (in the mended text, ascending)
/// of the first replacement on each of the first kPlacesKept lines holding one, for the lines a
/// warning names; MORE_LINES when others hold one too.
struct Replacements {
  static constexpr size_t kPlacesKept = 5;
  size_t count = 0;
  std::vector<size_t> offsets;
  bool more_lines = false;
  /// Counts one more replacement, at byte OFFSET of TEXT, the mended text (so far); offsets come
  /// in ascending order, and TEXT is read once between each and the one before.
  void Add(size_t offset, std::string_view text);

 private:
  size_t last_ = 0;  // the offset of the replacement before
};

/// TEXT with each sequence that is not well-formed UTF-8 (a maximal subpart, as the Unicode
/// standard and ICU count them) replaced with U+FFFD, counted in *REPLACED; TEXT itself when it
/// is all UTF-8.
std::string ReplaceInvalidUtf8(std::string text, Replacements* replaced);

/// The replacements of TEXT, which holds COUNT U+FFFD put in by a converter: the offsets of the
/// first of them.
Replacements ReplacementsIn(std::string_view text, size_t count);

/// The offset of the first control character plain text does not hold (C0 but tab, LF, VT, FF
/// and CR; DEL) at or after byte FROM of TEXT, or npos. Thirty-two bytes at a time where AVX2 is
/// there, then sixteen (SSE2) or eight where none is below 0x20 or 0x7F (most of them: Chinese
/// text is all bytes from 0x80 up).
size_t FindBinaryByte(std::string_view text, size_t from = 0);

/// TEXT with each control character FindBinaryByte finds replaced with U+FFFD, counted in
/// *REPLACED; TEXT itself when it holds none.
std::string ReplaceControlCharacters(std::string text, Replacements* replaced);

/// How many characters of UTF-8 TEXT are not ASCII (its lead bytes): the good text a few
/// replacements are weighed against.
size_t NonAsciiCharacters(std::string_view text);

/// True when REPLACED replacements are few enough beside TEXT's GOOD characters to be damage in
/// text (one in a hundred at most) rather than a wrong charset or a file that is not text.
bool FewEnoughToMend(size_t replaced, size_t good);

/// The distinct 1-based lines of TEXT on which the ascending byte OFFSETS stand.
std::vector<int> LinesAt(std::string_view text, const std::vector<size_t>& offsets);

}  // namespace gazette

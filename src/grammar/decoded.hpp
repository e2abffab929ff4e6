// A text summarized once for every pattern that tests it (which characters it holds: the literal
// prefilter), and decoded to UTF-32 once for every pattern that searches it: the regex engine then
// reads code points from a buffer instead of decoding UTF-8 at each step (and again at each step back).
#pragma once
#include <unicode/umachine.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/literals.hpp"

namespace gazette {

/// The code points of a UTF-8 text and the byte offset where each starts.
struct DecodedText {
  std::vector<UChar32> points;    ///< its code points, then one 0 that no search reads (then room)
  std::vector<uint32_t> offsets;  ///< byte offset of points[i]; offsets[size()] is bytes.size()
  bool valid = false;             ///< false if the text is not valid UTF-8 (points are then empty)

  /// Number of code points.
  size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  /// First code point.
  const UChar32* begin() const { return points.data(); }
  /// One past the last code point.
  const UChar32* end() const { return points.data() + size(); }
  /// Index of the code point starting at byte OFFSET, or SIZE_MAX if none starts there.
  size_t IndexOfByte(size_t offset) const;
};

/// TEXT decoded, from this job's cache of the last few texts searched (a line is usually searched
/// by several patterns in a row). The reference stays good until the next call of DecodeOnce or
/// SummaryOnce in this thread.
const DecodedText& DecodeOnce(std::string_view text);

/// The summary of TEXT's characters, from the same cache (a line is tested by every pattern with a
/// large literal set). The reference stays good as DecodeOnce's does.
const CharacterSummary& SummaryOnce(std::string_view text);

}  // namespace gazette

// Reading inputs: files, directories and stdin, in any encoding the gazette arrives in,
// decoded to UTF-8. Binary or undecodable input is refused with a one-line error.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "model/text.hpp"
#include "util/result.hpp"

namespace gazette {

/// One input decoded to UTF-8.
struct DecodedInput {
  std::string source;    ///< the path as given, or "-" for stdin
  std::string encoding;  ///< what was detected: UTF-8, UTF-16LE, UTF-16BE, GB18030 …
  std::string text;      ///< UTF-8, BOM removed; a lone CR becomes LF, CRLF is kept (the normalizer drops \r)
  /// True when DecodeBytes made TEXT: it is then well-formed UTF-8 (checked, or ICU's conversion),
  /// and Normalize need not check it again. False for an input made otherwise (tests).
  bool checked_utf8 = false;
  /// What decoding mended: a few bytes that were not text in the charset read, or control
  /// characters, each replaced with U+FFFD (the findings and a warning say where).
  std::vector<TextRepair> repairs = {};
};

/// The longest line read: a printed line is under 1 KiB and a paragraph a PDF converter puts on
/// one line a few KiB; scanning 文号 and references along a line costs more than linear time.
inline constexpr size_t kMaxLineBytes = size_t{256} << 10;

/// Detects the encoding of BYTES (BOM, UTF-8 validity, then ICU's charset detector) and
/// converts to UTF-8. A few bytes that are not text (one in a hundred of the characters at most:
/// a stray byte, a character cut short, a control character) become U+FFFD, noted in `repairs`.
/// SOURCE names the input in errors. Refuses empty, binary (a NUL byte, or more control
/// characters than that) and undecodable input, and a line longer than kMaxLineBytes.
Result<DecodedInput> DecodeBytes(std::string bytes, const std::string& source);

/// The largest input read: an issue is a few MiB of text, so 64 MiB is far beyond any and keeps
/// memory bounded (the pipeline holds a few copies of one input at a time).
inline constexpr size_t kMaxInputBytes = size_t{64} << 20;

/// Reads PATH ("-" = stdin) and decodes it. Refuses inputs larger than kMaxInputBytes.
Result<DecodedInput> ReadInput(const std::string& path);

/// Expands the command-line paths: a directory becomes every *.txt inside it, sorted; "-"
/// stays; a file named twice (itself and through its directory) is read once, where first named. A path that does not exist, or a directory without any *.txt, is reported in ERRORS
/// and skipped.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, std::vector<Error>* errors);

}  // namespace gazette

// Reading inputs: files, directories and stdin, in any encoding the gazette arrives in,
// decoded to UTF-8. Binary or undecodable input is refused with a one-line error.
#pragma once
#include <string>
#include <vector>

#include "util/result.hpp"

namespace gazette {

/// One input decoded to UTF-8.
struct DecodedInput {
  std::string source;    ///< the path as given, or "-" for stdin
  std::string encoding;  ///< what was detected: UTF-8, UTF-16LE, UTF-16BE, GB18030 …
  std::string text;      ///< UTF-8, BOM removed, CRLF kept as read (the normalizer drops \r)
};

/// Detects the encoding of BYTES (BOM, UTF-8 validity, then ICU's charset detector) and
/// converts to UTF-8. SOURCE names the input in errors. Refuses empty, binary (NUL bytes or
/// control characters) and undecodable input.
Result<DecodedInput> DecodeBytes(const std::string& bytes, const std::string& source);

/// Reads PATH ("-" = stdin) and decodes it.
Result<DecodedInput> ReadInput(const std::string& path);

/// Expands the command-line paths: a directory becomes every *.txt inside it, sorted; "-"
/// stays. A path that does not exist is reported in ERRORS and skipped.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, std::vector<Error>* errors);

}  // namespace gazette

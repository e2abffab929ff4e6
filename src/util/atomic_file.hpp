// Writing outputs safely: to a temporary file beside the target, then renamed over it, so a
// failed run never leaves a damaged output behind.
#pragma once
#include <functional>
#include <ostream>
#include <string>

#include "util/result.hpp"

namespace gazette {

/// Writes PATH through WRITE (given a stream on a temporary file in the same directory), then
/// renames the temporary over PATH. On any failure the temporary is removed and PATH untouched.
Status WriteFileAtomically(const std::string& path, const std::function<Status(std::ostream&)>& write);

/// A temporary path beside PATH, for writers that need a file name (libxlsxwriter).
std::string TemporaryPathFor(const std::string& path);

/// Renames TMP over PATH; on failure removes TMP and returns an error naming PATH.
Status CommitTemporary(const std::string& tmp, const std::string& path);

}  // namespace gazette

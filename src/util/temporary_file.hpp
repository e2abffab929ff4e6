// Temporary files a command writes and reads back, in the directory the user names for them.
#pragma once
#include <cstdio>
#include <string>

namespace gazette {

/// The directory for temporary files: $TMPDIR (as std::filesystem reads it), else /tmp.
std::string TemporaryDirectory();

/// An unlinked temporary file in DIR, open for reading and writing: gone however the run ends.
/// Null (errno set) when none can be made. (std::tmpfile ignores $TMPDIR.)
std::FILE* UnlinkedFileIn(const std::string& dir);

}  // namespace gazette

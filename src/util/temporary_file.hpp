// Temporary files a command writes and reads back, in the directory the user names for them.
#pragma once
#include <cstdio>
#include <string>

namespace gazette {

/// The directory for temporary files: $TMPDIR (as std::filesystem reads it), else /tmp.
std::string TemporaryDirectory();

/// The descriptor of an unlinked temporary file in DIR, open for reading and writing: gone
/// however the run ends. -1 (errno set) when none can be made. (std::tmpfile ignores $TMPDIR.)
int UnlinkedDescriptorIn(const std::string& dir);

/// UnlinkedDescriptorIn(DIR) as a stream; null (errno set) when none can be made.
std::FILE* UnlinkedFileIn(const std::string& dir);

}  // namespace gazette

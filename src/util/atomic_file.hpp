// Writing outputs safely. A regular file (or a missing one) is written to a temporary file beside
// it, then renamed over it, so a failed or killed run never leaves a damaged output behind; the
// replaced file's permission bits are kept. A symlink is followed and the file it points to is
// replaced. A character device, FIFO, socket or /dev/stdout (/dev/fd/N, /proc/…) is written in
// place, never replaced. Every error names the path and the system's reason.
#pragma once
#include <functional>
#include <ostream>
#include <string>

#include "util/gather_write.hpp"
#include "util/result.hpp"

namespace gazette {

class ReplacedFiles;  // util/replaced_files.hpp: only a pointer passes through here

/// Writes PATH through WRITE (given a stream on a temporary file beside PATH's target, or on the
/// target itself when it is written in place), then renames the temporary over the target. On any
/// failure the temporary is removed and PATH untouched. With REPLACED, the file replaced is freed
/// there, off this thread, not inside the rename.
Status WriteFileAtomically(const std::string& path, const std::function<Status(std::ostream&)>& write,
                           ReplacedFiles* replaced = nullptr);

/// WriteFileAtomically with WRITE given a GatherWriter on the file instead of a stream: pieces of
/// memory written as they are, without a copy into a stream's buffer. What WRITE queues is
/// flushed when it returns.
Status WriteFileAtomically(const std::string& path, const std::function<Status(GatherWriter&)>& write,
                           ReplacedFiles* replaced = nullptr);

/// A temporary path for writers that need a file name (libxlsxwriter): beside the file PATH
/// names (symlinks followed), or in the system's temporary directory when PATH is written in place.
std::string TemporaryPathFor(const std::string& path);

/// Creates TMP (from TemporaryPathFor(PATH)) empty, so a writer that opens its file only at the
/// end (libxlsxwriter) learns now whether it can: the error names PATH and the system's reason.
Status CreateTemporary(const std::string& tmp, const std::string& path);

/// Puts the finished temporary TMP in place of PATH: renamed over it (keeping its mode), or copied
/// into it when PATH is a device, FIFO or descriptor. On failure removes TMP and returns an error
/// naming PATH and the system's reason. REPLACED as WriteFileAtomically's.
Status CommitTemporary(const std::string& tmp, const std::string& path, ReplacedFiles* replaced = nullptr);

}  // namespace gazette

#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>

#include "util/descriptor_output.hpp"
#include "util/replaced_files.hpp"

namespace gazette {
namespace {

namespace fs = std::filesystem;

// Where output to a path goes, once symlinks are followed.
struct OutputTarget {
  std::string path;       // the file finally written (symlinks followed)
  bool in_place = false;  // a device, FIFO or /dev/stdout: written directly, never renamed over
  bool exists = false;    // a regular file is there now
  mode_t mode = 0;        // its permission bits, given to the file that replaces it
};

// Follows the chain of symlinks at PATH (at most 40, as the kernel does) to the path it ends at,
// which may not exist yet.
std::string FollowLinks(const std::string& path) {
  fs::path p(path);
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec))) break;
    fs::path link = fs::read_symlink(p, ec);
    if (ec) break;
    p = link.is_absolute() ? link : p.parent_path() / link;
  }
  return p.string();
}

// True for the names of standard streams and open descriptors (/dev/stdout, /dev/fd/1,
// /proc/self/fd/1): written where they point, like a shell redirection, never replaced.
bool IsDescriptorPath(const std::string& path) {
  for (const char* prefix : {"/dev/std", "/dev/fd/", "/proc/"})
    if (path.rfind(prefix, 0) == 0) return true;
  return false;
}

Result<OutputTarget> ResolveTarget(const std::string& path) {
  OutputTarget target;
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return SystemError(path, "cannot write", errno);
    target.path = FollowLinks(path);  // missing, or a symlink to a file not yet there
    return target;
  }
  if (S_ISDIR(st.st_mode)) return Error{path + ": is a directory, not a file"};
  target.in_place = !S_ISREG(st.st_mode) || IsDescriptorPath(path);
  target.path = target.in_place ? path : FollowLinks(path);
  target.exists = S_ISREG(st.st_mode);
  target.mode = st.st_mode & 07777;
  return target;
}

// Opens FILE afresh, hands its descriptor to WRITE and closes it. Errors name PATH: "OPEN_FAILED
// (reason)" when FILE cannot be opened, WRITE's own error, or "write failed (reason)" when the
// close fails (a file system may report a failed write only then).
Status WithNewFile(const std::string& path, const std::string& file, const char* open_failed,
                   const std::function<Status(int fd)>& write) {
  errno = 0;
  const int fd = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return SystemError(path, open_failed, errno);
  Status s = write(fd);
  const int closed = close(fd), close_error = errno;
  if (!s.ok()) return s;
  if (closed != 0) return SystemError(path, "write failed", close_error);
  return {};
}

// Opens FILE afresh and writes it through WRITE's stream, which keeps the reason of its first
// failed write (DescriptorBuf). Errors as WithNewFile's.
Status WriteStream(const std::string& path, const std::string& file, const char* open_failed,
                   const std::function<Status(std::ostream&)>& write) {
  return WithNewFile(path, file, open_failed, [&](int fd) { return WriteToDescriptor(fd, path, write); });
}

// Opens FILE afresh and writes it through WRITE's pieces, as WriteStream does.
Status WriteGathered(const std::string& path, const std::string& file, const char* open_failed,
                     const std::function<Status(GatherWriter&)>& write) {
  return WithNewFile(path, file, open_failed, [&](int fd) -> Status {
    GatherWriter out(fd);
    Status s = write(out);
    const bool flushed = out.Flush();
    if (!s.ok()) return s;
    if (!flushed) return SystemError(path, "write failed", out.error());
    return {};
  });
}

// Writes through WRITE straight into TARGET (a device, FIFO or descriptor).
Status WriteInPlace(const std::string& path, const std::string& target,
                    const std::function<Status(std::ostream&)>& write) {
  return WriteStream(path, target, "cannot open for writing", write);
}

// Removes the temporary TMP and returns WHY (the error that abandons it).
Status Discard(const std::string& tmp, Status why) {
  std::error_code ec;
  fs::remove(tmp, ec);
  return why;
}

// Copies the file TMP into TARGET in place, then removes TMP.
Status CopyInPlace(const std::string& tmp, const std::string& path, const std::string& target) {
  std::ifstream in(tmp, std::ios::binary);
  return Discard(tmp, WriteInPlace(path, target, [&in](std::ostream& out) -> Status {
                   out << in.rdbuf();
                   return {};
                 }));
}

// Writes PATH through WRITE_FILE(file, what an open failure says): into PATH's target itself when
// it is written in place, else into a temporary beside it, renamed over the target.
Status WriteAtomically(const std::string& path,
                       const std::function<Status(const std::string&, const char*)>& write_file,
                       ReplacedFiles* replaced) {
  auto target = ResolveTarget(path);
  if (!target.ok()) return target.error();
  if (target->in_place) return write_file(target->path, "cannot open for writing");
  std::string tmp = TemporaryPathFor(path);
  if (Status s = write_file(tmp, "cannot create"); !s.ok()) return Discard(tmp, s);
  return CommitTemporary(tmp, path, replaced);
}

// rename(2) of TMP over TARGET; with REPLACED, the file there is held first and freed by REPLACED.
int RenameOver(const std::string& tmp, const OutputTarget& target, ReplacedFiles* replaced) {
  if (replaced == nullptr || !target.exists) return rename(tmp.c_str(), target.path.c_str());
  const int held = ReplacedFiles::Hold(target.path);
  const int renamed = rename(tmp.c_str(), target.path.c_str()), rename_error = errno;
  if (renamed == 0) replaced->Release(held);
  else if (held >= 0) close(held);
  errno = rename_error;
  return renamed;
}

}  // namespace

std::string TemporaryPathFor(const std::string& path) {
  std::string suffix = ".tmp" + std::to_string(getpid());
  auto target = ResolveTarget(path);
  if (target.ok() && target->in_place) {
    std::error_code ec;
    return (fs::temp_directory_path(ec) / (".gazette" + suffix)).string();
  }
  fs::path p(target.ok() ? target->path : path);
  return (p.parent_path() / ("." + p.filename().string() + suffix)).string();
}

Status CreateTemporary(const std::string& tmp, const std::string& path) {
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return SystemError(path, "cannot create", errno);
  close(fd);
  return {};
}

Status CommitTemporary(const std::string& tmp, const std::string& path, ReplacedFiles* replaced) {
  auto target = ResolveTarget(path);
  if (!target.ok()) return Discard(tmp, target.error());
  if (target->in_place) return CopyInPlace(tmp, path, target->path);
  if (target->exists && chmod(tmp.c_str(), target->mode) != 0)
    return Discard(tmp, SystemError(path, "cannot keep the mode of the file replaced", errno));
  if (RenameOver(tmp, *target, replaced) != 0) return Discard(tmp, SystemError(path, "cannot replace", errno));
  return {};
}

Status WriteFileAtomically(const std::string& path, const std::function<Status(std::ostream&)>& write,
                           ReplacedFiles* replaced) {
  return WriteAtomically(
      path,
      [&](const std::string& file, const char* open_failed) { return WriteStream(path, file, open_failed, write); },
      replaced);
}

Status WriteFileAtomically(const std::string& path, const std::function<Status(GatherWriter&)>& write,
                           ReplacedFiles* replaced) {
  return WriteAtomically(
      path,
      [&](const std::string& file, const char* open_failed) { return WriteGathered(path, file, open_failed, write); },
      replaced);
}

}  // namespace gazette

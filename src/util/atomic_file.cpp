#include "util/atomic_file.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace gazette {

std::string TemporaryPathFor(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path p(path);
  std::string name = "." + p.filename().string() + ".tmp" + std::to_string(getpid());
  return (p.parent_path() / name).string();
}

Status CommitTemporary(const std::string& tmp, const std::string& path) {
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return Error{path + ": cannot write (" + ec.message() + ")"};
  }
  return {};
}

Status WriteFileAtomically(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  std::string tmp = TemporaryPathFor(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Error{path + ": cannot create (directory missing or not writable)"};
    Status s = write(out);
    out.flush();
    if (!s.ok() || !out) {
      out.close();
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      return s.ok() ? Status(Error{path + ": write failed (disk full?)"}) : s;
    }
  }
  return CommitTemporary(tmp, path);
}

}  // namespace gazette

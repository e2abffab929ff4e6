#include "util/temporary_file.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>

namespace gazette {

std::string TemporaryDirectory() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  return ec ? "/tmp" : dir.string();
}

std::FILE* UnlinkedFileIn(const std::string& dir) {
  std::string path = (std::filesystem::path(dir) / ".gazette-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return nullptr;
  unlink(path.c_str());
  std::FILE* file = fdopen(fd, "w+b");
  if (file == nullptr) close(fd);
  return file;
}

}  // namespace gazette

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

int UnlinkedDescriptorIn(const std::string& dir) {
  std::string path = (std::filesystem::path(dir) / ".gazette-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd >= 0) unlink(path.c_str());
  return fd;
}

std::FILE* UnlinkedFileIn(const std::string& dir) {
  const int fd = UnlinkedDescriptorIn(dir);
  if (fd < 0) return nullptr;
  std::FILE* file = fdopen(fd, "w+b");
  if (file == nullptr) close(fd);
  return file;
}

}  // namespace gazette

#include "util/descriptor_output.hpp"

#include <unistd.h>

#include <cerrno>

namespace gazette {

DescriptorBuf::DescriptorBuf(int fd, size_t capacity) : ForwardBuf(capacity), fd_(fd) {}

DescriptorBuf::~DescriptorBuf() { Drain(); }

bool DescriptorBuf::Deliver(const char* data, size_t size) {
  while (size > 0) {
    const ssize_t written = write(fd_, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      error_ = written == 0 ? EIO : errno;
      return false;
    }
    data += written;
    size -= size_t(written);
  }
  return true;
}

Status WriteToDescriptor(int fd, const std::string& name, const std::function<Status(std::ostream&)>& write) {
  DescriptorBuf buffer(fd);
  std::ostream out(&buffer);
  Status s = write(out);
  out.flush();
  if (!s.ok()) return s;
  if (!out) return SystemError(name, "write failed", buffer.error());
  return {};
}

}  // namespace gazette

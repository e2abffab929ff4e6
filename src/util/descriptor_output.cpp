#include "util/descriptor_output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gazette {

DescriptorBuf::DescriptorBuf(int fd, size_t capacity) : fd_(fd), buffer_(capacity ? capacity : 1) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

DescriptorBuf::~DescriptorBuf() { Drain(); }

bool DescriptorBuf::WriteAll(const char* data, size_t size) {
  while (error_ == 0 && size > 0) {
    const ssize_t written = write(fd_, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      error_ = written == 0 ? EIO : errno;
      break;
    }
    data += written;
    size -= size_t(written);
  }
  return error_ == 0;
}

bool DescriptorBuf::Drain() {
  const bool ok = WriteAll(pbase(), size_t(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

DescriptorBuf::int_type DescriptorBuf::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

// A piece larger than the buffer goes straight to the descriptor, after what is buffered.
std::streamsize DescriptorBuf::xsputn(const char* s, std::streamsize n) {
  if (error_ != 0) return 0;
  const size_t size = size_t(n);
  if (size <= size_t(epptr() - pptr())) {
    std::memcpy(pptr(), s, size);
    pbump(int(size));
    return n;
  }
  if (!Drain()) return 0;
  if (size >= buffer_.size()) return WriteAll(s, size) ? n : 0;
  std::memcpy(pptr(), s, size);
  pbump(int(size));
  return n;
}

int DescriptorBuf::sync() { return Drain() ? 0 : -1; }

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

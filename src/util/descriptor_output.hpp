// Writing to a file descriptor (standard output, or a file util/atomic_file opened) through a
// stream that keeps the system's reason for a failed write: a stream only remembers that it
// failed, and by the time the caller checks, errno belongs to later calls.
#pragma once
#include <functional>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "util/result.hpp"

namespace gazette {

/// A buffered stream buffer over FD (not owned, never closed) that keeps the errno of its first
/// failed write; nothing more is written after it.
class DescriptorBuf : public std::streambuf {
 public:
  /// A buffer of CAPACITY bytes writing to FD.
  explicit DescriptorBuf(int fd, size_t capacity = size_t(1) << 16);
  /// Writes what is buffered (a failure then is lost: call pubsync first to learn of it).
  ~DescriptorBuf() override;
  DescriptorBuf(const DescriptorBuf&) = delete;
  DescriptorBuf& operator=(const DescriptorBuf&) = delete;
  /// The errno of the first write that failed, or 0.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  /// Writes the SIZE bytes at DATA, all of them (a pipe takes part of a write; a signal
  /// interrupts it); false once a write has failed.
  bool WriteAll(const char* data, size_t size);
  /// Writes what is buffered and empties the buffer; false once a write has failed.
  bool Drain();

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

/// Writes through WRITE to FD (not closed), named NAME in errors: WRITE's own error, or
/// "NAME: write failed (reason)".
Status WriteToDescriptor(int fd, const std::string& name, const std::function<Status(std::ostream&)>& write);

}  // namespace gazette

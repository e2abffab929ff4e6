// Writing to a file descriptor (standard output, or a file util/atomic_file opened) through a
// stream that keeps the system's reason for a failed write: a stream only remembers that it
// failed, and by the time the caller checks, errno belongs to later calls.
#pragma once
#include <functional>
#include <ostream>
#include <string>

#include "util/forward_buf.hpp"
#include "util/result.hpp"

namespace gazette {

/// A buffered stream buffer over FD (not owned, never closed) that keeps the errno of its first
/// failed write; nothing more is written after it.
class DescriptorBuf : public ForwardBuf {
 public:
  /// A buffer of CAPACITY bytes writing to FD.
  explicit DescriptorBuf(int fd, size_t capacity = size_t(1) << 16);
  /// Writes what is buffered (a failure then is lost: call pubsync first to learn of it).
  ~DescriptorBuf() override;
  /// The errno of the first write that failed, or 0.
  int error() const { return error_; }

 protected:
  /// Writes the SIZE bytes at DATA, all of them (a pipe takes part of a write; a signal
  /// interrupts it); false once a write has failed.
  bool Deliver(const char* data, size_t size) override;

 private:
  int fd_;
  int error_ = 0;
};

/// Writes through WRITE to FD (not closed), named NAME in errors: WRITE's own error, or
/// "NAME: write failed (reason)".
Status WriteToDescriptor(int fd, const std::string& name, const std::function<Status(std::ostream&)>& write);

}  // namespace gazette

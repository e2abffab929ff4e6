// Writing many pieces of memory to a file without first copying them into one buffer: the
// pieces are handed to the kernel with writev, up to IOV_MAX a call.
#pragma once
#include <sys/uio.h>

#include <cstddef>
#include <vector>

namespace gazette {

/// Pieces queued for one file descriptor and written in order.
class GatherWriter {
 public:
  /// A writer to FD (open for writing; the caller closes it).
  explicit GatherWriter(int fd) : fd_(fd) { queued_.reserve(256); }
  /// Queues the SIZE bytes at DATA, which must stay as they are until written (Flush, or an Add
  /// that finds the queue full).
  void Add(const void* data, size_t size);
  /// Writes everything queued. False once a write failed (error() tells why).
  bool Flush();
  /// The errno of the first failed write, 0 if none failed.
  int error() const { return error_; }

 private:
  int fd_;
  int error_ = 0;
  std::vector<iovec> queued_;
};

}  // namespace gazette

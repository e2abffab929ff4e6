#include "util/gather_write.hpp"

#include <climits>
#include <cerrno>

namespace gazette {
namespace {

#ifdef IOV_MAX
constexpr size_t kMaxPieces = IOV_MAX;
#else
constexpr size_t kMaxPieces = 1024;
#endif

}  // namespace

void GatherWriter::Add(const void* data, size_t size) {
  if (size == 0 || error_ != 0) return;
  if (queued_.size() == kMaxPieces) Flush();
  queued_.push_back({const_cast<void*>(data), size});
}

// writev may write less than it is handed (a pipe, a signal): the rest is handed again.
bool GatherWriter::Flush() {
  size_t first = 0;
  while (error_ == 0 && first < queued_.size()) {
    const ssize_t written = writev(fd_, queued_.data() + first, int(queued_.size() - first));
    if (written <= 0) {
      if (written == 0 || errno != EINTR) error_ = written == 0 ? EIO : errno;
      continue;
    }
    for (size_t left = size_t(written); left > 0;) {
      iovec& piece = queued_[first];
      const size_t taken = left < piece.iov_len ? left : piece.iov_len;
      piece.iov_base = static_cast<char*>(piece.iov_base) + taken;
      piece.iov_len -= taken;
      left -= taken;
      if (piece.iov_len == 0) ++first;
    }
  }
  queued_.clear();
  return error_ == 0;
}

}  // namespace gazette

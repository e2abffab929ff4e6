#include "util/replaced_files.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

namespace gazette {

ReplacedFiles::~ReplacedFiles() { Wait(); }

size_t ReplacedFiles::MaxWaiting() {
  static const size_t most = [] {
    rlimit open_files{};
    if (getrlimit(RLIMIT_NOFILE, &open_files) != 0 || open_files.rlim_cur == RLIM_INFINITY) return size_t{64};
    return std::clamp<size_t>(size_t(open_files.rlim_cur / 4), 1, 64);
  }();
  return most;
}

int ReplacedFiles::Hold(const std::string& path) { return open(path.c_str(), O_PATH | O_CLOEXEC); }

void ReplacedFiles::Release(int fd) {
  if (fd < 0) return;
  std::unique_lock<std::mutex> lock(mutex_);
  if (!closers_.empty()) room_.wait(lock, [this] { return fds_.size() < MaxWaiting(); });
  fds_.push_back(fd);
  if (closers_.empty())
    for (int i = 0; i < kClosers; ++i) closers_.emplace_back([this] { CloseAll(); });
  released_.notify_one();
}

// Closes the descriptors as they come, until Wait asks it to stop and none is left.
void ReplacedFiles::CloseAll() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    released_.wait(lock, [this] { return stopping_ || !fds_.empty(); });
    if (fds_.empty()) return;
    const int fd = fds_.front();
    fds_.pop_front();
    room_.notify_one();
    lock.unlock();
    close(fd);  // the file's last reference: its blocks are freed here
    lock.lock();
  }
}

void ReplacedFiles::Wait() {
  std::vector<std::thread> closers;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closers_.empty()) return;
    stopping_ = true;
    closers.swap(closers_);
  }
  released_.notify_all();
  for (std::thread& closer : closers) closer.join();
  std::lock_guard<std::mutex> lock(mutex_);
  stopping_ = false;
}

}  // namespace gazette

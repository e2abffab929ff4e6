// The old files an export replaces, freed off the writers' path. Renaming a new file over an old
// one drops the old one's last link, and the kernel frees the old file's blocks inside the rename:
// on a filesystem mounted with `discard` (many SSD and cloud disks, and this project's bench
// machine) that is a wait for the device, about half a millisecond a file, and it was most of the
// time `xml` spent replacing an export of a thousand files. Held first by a descriptor that pins
// its inode (O_PATH: no permission needed, nothing read), the old file is freed instead when that
// descriptor is closed, on this object's own threads, while the writers go on. The threads wait
// on the device, not the processor: several keep several frees in flight (4 freed the bench's
// export in 0.84 s where 1 took 1.03 s).
#pragma once
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace gazette {

/// Replaced files to free on threads of their own (see the file's comment). Hold and Release are
/// safe from several threads; Wait is not run beside them.
class ReplacedFiles {
 public:
  ReplacedFiles() = default;
  /// Frees what is still held (Wait).
  ~ReplacedFiles();
  ReplacedFiles(const ReplacedFiles&) = delete;
  ReplacedFiles& operator=(const ReplacedFiles&) = delete;

  /// A descriptor that holds the file at PATH (its inode, whatever its name becomes), or -1 when
  /// there is none. Give it to Release once the file is replaced, or close it.
  static int Hold(const std::string& path);
  /// Closes FD, a Hold, on this object's threads (started by the first Release after a Wait);
  /// waits first while MaxWaiting() others wait to be closed.
  void Release(int fd);
  /// Returns once every file released so far is freed, so the space is back when a command ends.
  void Wait();

 private:
  void CloseAll();

  static constexpr int kClosers = 4;
  // How many descriptors may wait to be closed: 64, or a quarter of the process's limit of open
  // files if that is less. Past it Release waits for the closers, so a device slower than the
  // writers never takes the process to its limit (the next temporary's open would fail), and the
  // writers wait no longer than they did when each rename freed its file.
  static size_t MaxWaiting();

  std::mutex mutex_;
  std::condition_variable released_, room_;
  std::deque<int> fds_;
  bool stopping_ = false;
  std::vector<std::thread> closers_;
};

}  // namespace gazette

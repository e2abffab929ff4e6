// WAL checkpoints on a thread of their own while an index run writes: the copy of the
// write-ahead log into the database file (a second write of every page) leaves the writing thread.
#pragma once
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "store/sqlite.hpp"

namespace gazette::store {

/// While it lives, WRITER's automatic checkpoints are off and each Committed() has a thread with
/// its own connection copy the committed log into the database (PASSIVE: readers and the writer
/// go on meanwhile). At most one checkpoint runs behind the writer, and once the log is longer
/// than kRestartFrames the writer waits for one, so that the log starts again from its beginning.
/// If a checkpoint of the thread fails, WRITER checkpoints automatically again from its next
/// commit on. On destruction the thread is stopped and WRITER checkpoints automatically again.
class Checkpointer {
 public:
  /// Starts the thread on WRITER's database file.
  explicit Checkpointer(Db& writer);
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  /// Asks for a checkpoint of what has been committed; waits first while the previous one runs.
  void Committed();

 private:
  void Loop(std::string path);

  static constexpr int kRestartFrames = 32768;  // pages of the log (128 MB of 4 KB pages)

  Db& writer_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool asked_ = false, busy_ = false, stop_ = false;
  bool failed_ = false;       // a checkpoint of the thread's failed: the writer checkpoints itself
  bool fallen_back_ = false;  // (the writer's automatic checkpoints are on again)
  int log_frames_ = 0;  // the log's length at the last checkpoint, in pages
  std::thread thread_;
};

}  // namespace gazette::store

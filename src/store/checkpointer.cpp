#include "store/checkpointer.hpp"

namespace gazette::store {

Checkpointer::Checkpointer(Db& writer) : writer_(writer) {
  writer_.Exec("PRAGMA wal_autocheckpoint=0");
  thread_ = std::thread(&Checkpointer::Loop, this, writer.path());
}

Checkpointer::~Checkpointer() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
  writer_.Exec("PRAGMA wal_autocheckpoint=1000");  // SQLite's default
}

void Checkpointer::Committed() {
  std::unique_lock lock(mutex_);
  auto idle = [&] { return !busy_ && !asked_; };
  changed_.wait(lock, idle);
  if (failed_) {
    // The thread cannot checkpoint: the writer does it again itself, as without this class,
    // rather than let the log grow with everything the run writes.
    if (!fallen_back_) writer_.Exec("PRAGMA wal_autocheckpoint=1000");
    fallen_back_ = true;
    return;
  }
  asked_ = true;
  changed_.notify_all();
  // The log starts again from its beginning only when a write transaction begins with all of it
  // copied; one begins right after each commit, so a long log is waited for once (and its
  // length forgotten: the next checkpoint measures the log anew).
  if (log_frames_ >= kRestartFrames) {
    changed_.wait(lock, idle);
    log_frames_ = 0;
  }
}

void Checkpointer::Loop(std::string path) {
  Db db;
  // (a connection knows the file is in WAL mode only once it has read it)
  bool open = db.Open(path, false).ok() && db.Exec("SELECT 1 FROM sqlite_master LIMIT 1").ok();
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return asked_ || stop_; });
    if (!asked_) return;
    asked_ = false;
    busy_ = true;
    lock.unlock();
    // A checkpoint that fails (or a connection that did not open) hands checkpointing back to
    // the writer at its next commit (Committed).
    int frames = 0;
    int rc = open ? sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, nullptr)
                  : SQLITE_CANTOPEN;
    lock.lock();
    log_frames_ = frames;
    if (rc != SQLITE_OK) failed_ = true;
    busy_ = false;
    changed_.notify_all();
  }
}

}  // namespace gazette::store

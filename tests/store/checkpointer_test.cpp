// The index's checkpoint thread hands checkpointing back to the writer when one of its
// checkpoints fails. A real failure, no seam: a PASSIVE checkpoint returns SQLITE_BUSY while
// another connection runs a checkpoint (it holds the checkpoint lock, and a PASSIVE one never
// waits for it; sqlite3_wal_checkpoint_v2's documentation). The other connection's FULL checkpoint
// is held midway by a reader on an old snapshot, inside its busy handler, for as long as the
// test needs.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "store/checkpointer.hpp"
#include "store/sqlite.hpp"

using namespace gazette;
using store::Db;

namespace {

// ROWS rows of 1,000 random bytes in one transaction.
void InsertRows(Db& db, int rows) {
  REQUIRE(db.Exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                  std::to_string(rows) + ") INSERT INTO t(v) SELECT randomblob(1000) FROM n").ok());
}

int64_t QueryInt(Db& db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  int64_t value = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return value;
}

// The busy handler of the connection whose checkpoint holds the lock: says it is waiting, then
// waits until the test releases it, and gives up (the checkpoint returns SQLITE_BUSY).
struct HeldCheckpoint {
  std::mutex mutex;
  std::condition_variable changed;
  bool waiting = false, released = false;

  static int Busy(void* self, int) {
    auto& held = *static_cast<HeldCheckpoint*>(self);
    std::unique_lock lock(held.mutex);
    held.waiting = true;
    held.changed.notify_all();
    held.changed.wait(lock, [&] { return held.released; });
    return 0;
  }
};

}  // namespace

TEST_CASE("checkpointer: when its checkpoint fails the writer checkpoints itself, the database whole and the log bounded", "[store]") {
  auto dir = std::filesystem::temp_directory_path() / ("gazette-checkpointer-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "index.db").string();
  constexpr int kRows = 60, kBatches = 240;  // about 20 pages a batch; 4,800 in all, past the 1,000 a log may reach
  int64_t written = 0;
  {
    Db writer;
    REQUIRE(writer.Open(path, true).ok());
    REQUIRE(writer.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                        "CREATE TABLE t(i INTEGER PRIMARY KEY, v BLOB)").ok());
    store::Checkpointer checkpoints(writer);
    CHECK(QueryInt(writer, "PRAGMA wal_autocheckpoint") == 0);  // the thread checkpoints
    InsertRows(writer, kRows), written += kRows;

    // A reader on the snapshot of now; then a commit past it, which a checkpoint cannot copy
    // while the reader lives.
    Db reader;
    REQUIRE(reader.Open(path, false).ok());
    REQUIRE(reader.Exec("BEGIN; SELECT count(*) FROM t").ok());
    InsertRows(writer, kRows), written += kRows;

    // Another connection's FULL checkpoint waits for that reader, holding the checkpoint lock.
    HeldCheckpoint held;
    bool other_opened = false;  // (Catch's assertions are for the test's own thread)
    std::thread other([&] {
      Db db;
      // (a connection knows the file is in WAL mode, and checkpoints it, only once it has read it)
      other_opened = db.Open(path, false).ok() && db.Exec("SELECT 1 FROM sqlite_master LIMIT 1").ok();
      if (!other_opened) return HeldCheckpoint::Busy(&held, 0), void();  // the test fails, but ends
      sqlite3_busy_handler(db.handle(), &HeldCheckpoint::Busy, &held);
      // (BUSY at once, without the handler, while the checkpoint thread holds the lock itself)
      while (sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_FULL, nullptr, nullptr) != SQLITE_OK) {
        std::lock_guard lock(held.mutex);
        if (held.released) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    });
    {
      std::unique_lock lock(held.mutex);
      held.changed.wait(lock, [&] { return held.waiting; });
    }
    checkpoints.Committed();  // the thread's PASSIVE checkpoint: SQLITE_BUSY
    checkpoints.Committed();  // waits for it, and hands checkpointing back to the writer
    CHECK(QueryInt(writer, "PRAGMA wal_autocheckpoint") == 1000);
    {
      std::lock_guard lock(held.mutex);
      held.released = true;
    }
    held.changed.notify_all();
    other.join();
    REQUIRE(other_opened);
    REQUIRE(reader.Exec("COMMIT").ok());

    // The run goes on as the writer does it: a commit, then Committed(). The log stays short.
    uintmax_t longest = 0;
    for (int b = 0; b < kBatches; ++b) {
      InsertRows(writer, kRows), written += kRows;
      checkpoints.Committed();
      longest = std::max(longest, std::filesystem::file_size(path + "-wal"));
    }
    const int64_t page = QueryInt(writer, "PRAGMA page_size");
    CHECK(longest <= uintmax_t(1000 + 100) * uintmax_t(page + 24));  // the automatic checkpoint's 1,000 pages and a batch
    CHECK(QueryInt(writer, "PRAGMA wal_autocheckpoint") == 1000);
  }
  // Consistent and complete, as a new connection reads it.
  Db db;
  REQUIRE(db.Open(path, false).ok());
  sqlite3_stmt* check = nullptr;
  REQUIRE(sqlite3_prepare_v2(db.handle(), "PRAGMA integrity_check", -1, &check, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(check) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(check, 0))) == "ok");
  sqlite3_finalize(check);
  CHECK(QueryInt(db, "SELECT count(*) FROM t") == written);
  CHECK(QueryInt(db, "SELECT count(*) FROM t WHERE length(v) = 1000") == written);
  std::filesystem::remove_all(dir);
}

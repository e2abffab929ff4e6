#include "store/sqlite.hpp"

namespace gazette::store {

Stmt::Stmt(Db& db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
    db_.NoteError(sql.substr(0, 60));
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt& Stmt::Bind(int i, std::string_view text) {
  if (stmt_) sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::BindView(int i, std::string_view text) {
  if (stmt_) sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  return *this;
}

Stmt& Stmt::Bind(int i, int64_t value) {
  if (stmt_) sqlite3_bind_int64(stmt_, i, value);
  return *this;
}

bool Stmt::Step() {
  if (!stmt_) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) db_.NoteError(sqlite3_sql(stmt_) ? std::string_view(sqlite3_sql(stmt_)).substr(0, 60) : "");
  return false;
}

void Stmt::Run() {
  while (Step()) {
  }
  Reset();
}

void Stmt::Reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Stmt::Text(int i) const {
  const unsigned char* t = sqlite3_column_text(stmt_, i);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(stmt_, i)))
           : std::string();
}

int64_t Stmt::Int(int i) const { return sqlite3_column_int64(stmt_, i); }

double Stmt::Real(int i) const { return sqlite3_column_double(stmt_, i); }

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

Status Db::Open(const std::string& path, bool create) {
  // SQLite counts every allocation under a global mutex unless told not to, before its first use
  // (later the call is refused, harmlessly); nothing here reads the counts.
  static const int unused = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)unused;
  path_ = path;
  // No connection is shared between threads: without SQLite's per-call mutex (serialized mode,
  // Debian's default) every bind and step saves a lock and an unlock.
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    return Error{path + ": cannot open the index database: " + why};
  }
  sqlite3_busy_timeout(db_, 10000);
  return {};
}

Status Db::Exec(std::string_view sql) {
  char* message = nullptr;
  std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    return Error{path_ + ": " + why};
  }
  return {};
}

void Db::NoteError(std::string_view what) {
  if (error_.empty()) error_ = path_ + ": " + sqlite3_errmsg(db_) + " (in: " + std::string(what) + ")";
}

Status Db::TakeError() {
  if (error_.empty()) return {};
  Error e{error_};
  error_.clear();
  return e;
}

Transaction::Transaction(Db& db) : db_(db), begun_(db.Exec("BEGIN IMMEDIATE")) {}

Transaction::~Transaction() {
  if (!done_ && begun_.ok()) db_.Exec("ROLLBACK");
}

Status Transaction::Commit() {
  if (!begun_.ok()) return begun_;
  Status pending = db_.TakeError();
  if (!pending.ok()) return pending;  // the destructor rolls back
  Status s = db_.Exec("COMMIT");
  done_ = s.ok();
  return s;
}

}  // namespace gazette::store

// A thin RAII layer over the SQLite C API: a connection, prepared statements, transactions.
// Errors come back as Status/Result (never exceptions) and name the database file.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "model/date.hpp"
#include "model/kinds.hpp"
#include "util/result.hpp"

namespace gazette::store {

class Db;

// SqlValue: how a value of the model is stored, the one conversion binding and row making share.

/// A text, stored as it is.
inline std::string_view SqlValue(std::string_view text) { return text; }
/// A C string, stored as a text (never as a bool, which it would convert to first).
inline std::string_view SqlValue(const char* text) { return text; }
/// A std::string, stored as a text.
inline std::string_view SqlValue(const std::string& text) { return text; }
/// A 64-bit integer, stored as it is.
inline int64_t SqlValue(int64_t value) { return value; }
/// An int, stored as an integer.
inline int64_t SqlValue(int value) { return value; }
/// A bool, stored as the integer 1 or 0.
inline int64_t SqlValue(bool value) { return value ? 1 : 0; }
/// A value of one of the model's closed sets, stored as every export spells it (ToString).
template <SpelledEnum E>
std::string SqlValue(E value) { return ToString(value); }
/// A date, stored as its ISO text (YYYY-MM-DD or YYYY-MM; "" when none).
inline std::string SqlValue(const std::optional<Date>& date) { return ToIso(date); }

/// A prepared statement. Bind by 1-based index, Step(), read columns by 0-based index.
class Stmt {
 public:
  Stmt(Db& db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  /// Binds TEXT (copied) to parameter I.
  Stmt& Bind(int i, std::string_view text);
  /// Binds TEXT to parameter I without copying it: TEXT must outlive the next Reset or Run.
  Stmt& BindView(int i, std::string_view text);
  /// Binds an integer to parameter I.
  Stmt& Bind(int i, int64_t value);
  /// Binds any other value of the model to parameter I as it is stored (SqlValue).
  template <typename T>
  Stmt& Bind(int i, const T& value) { return Bind(i, SqlValue(value)); }
  /// Advances: true while a row is ready; false when done (or on error, kept in the Db).
  bool Step();
  /// Runs the statement to its end and resets it for the next bindings.
  void Run();
  /// Resets and clears bindings.
  void Reset();
  /// Column I of the current row as text ("" for NULL).
  std::string Text(int i) const;
  /// Column I read as a value of enum E (its ToString spelling); FALLBACK when it spells none.
  template <SpelledEnum E>
  E Spelled(int i, E fallback) const { return Parse<E>(Text(i)).value_or(fallback); }
  /// Column I read as an ISO date as Bind wrote it; none when empty or not a date.
  std::optional<Date> DateAt(int i) const { return ParseIsoDate(Text(i)); }
  /// Column I of the current row as an integer.
  int64_t Int(int i) const;
  /// Column I of the current row as a double.
  double Real(int i) const;

 private:
  Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// An open database connection, used by one thread at a time (opened without SQLite's mutex).
class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  /// Opens PATH; with CREATE a missing file is created, otherwise it must exist.
  Status Open(const std::string& path, bool create);
  /// Runs SQL (one or more statements without results).
  Status Exec(std::string_view sql);
  /// The first error met by a statement since the last TakeError(), or ok.
  Status TakeError();
  /// Records the connection's current error for SQL (first one wins).
  void NoteError(std::string_view what);
  /// The raw handle.
  sqlite3* handle() { return db_; }
  /// The file name, for messages.
  const std::string& path() const { return path_; }
  /// Rowid of the last INSERT.
  int64_t LastId() const { return sqlite3_last_insert_rowid(db_); }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::string error_;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  /// Commits; returns the error if the commit (or any statement before it) failed.
  Status Commit();
  /// The BEGIN's outcome.
  const Status& begun() const { return begun_; }

 private:
  Db& db_;
  Status begun_;
  bool done_ = false;
};

}  // namespace gazette::store

// The corpus index's schema (SQLite + FTS5) and how a database file is opened: created when
// new, checked when it exists — a file that is not a gazette index, or one of another schema
// version, is refused and never written to.
#pragma once
#include <string>

#include "store/sqlite.hpp"

namespace gazette::store {

/// The schema version this build writes and reads (meta.schema_version).
constexpr int kSchemaVersion = 1;

/// Opens the index at PATH for writing: creates the schema in a new (or empty) file; refuses
/// a file that is not an SQLite database, not a gazette index, or of another schema version.
/// Sets WAL mode.
Status OpenForWriting(Db& db, const std::string& path);

/// Opens an existing index at PATH for reading, with the same checks.
Status OpenForReading(Db& db, const std::string& path);

/// The value of KEY in the meta table, "" if absent.
std::string Meta(Db& db, const std::string& key);

/// Sets KEY to VALUE in the meta table.
void SetMeta(Db& db, const std::string& key, const std::string& value);

}  // namespace gazette::store

#include "store/schema.hpp"

#include <filesystem>
#include <string>

namespace gazette::store {
namespace {

// A table of records extracted from the documents (articles, table rows, deadlines, references):
// its row id, issue and document, the source file, then COLUMNS; indexed by issue, so that a
// replaced issue's rows are found and deleted.
std::string RecordTable(const std::string& name, const std::string& columns) {
  return "CREATE TABLE " + name +
         "(\n  id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, document_id INTEGER NOT NULL, "
         "source TEXT NOT NULL,\n  " +
         columns + ");\nCREATE INDEX " + name + "_issue ON " + name + "(issue_id);\n";
}

// Every table. Provenance on each row: source (the file as given to `gazette index`) and line;
// documents carry the printed page from the contents.
std::string Schema() {
  return R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE issues(
  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, source TEXT NOT NULL, name TEXT NOT NULL,
  hash TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL, encoding TEXT NOT NULL,
  year INTEGER, number INTEGER, total_number INTEGER, date TEXT, line INTEGER);
CREATE INDEX issues_source ON issues(source);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY, issue_id INTEGER REFERENCES issues(id), ord INTEGER NOT NULL,
  doc_id TEXT NOT NULL, docno TEXT NOT NULL, docno_printed TEXT, title TEXT NOT NULL, short_title TEXT,
  issuers TEXT, type TEXT, section TEXT, title_en TEXT, date TEXT, printed INTEGER NOT NULL,
  source TEXT NOT NULL, line INTEGER NOT NULL, header_line INTEGER, docno_line INTEGER, page INTEGER,
  instruments TEXT NOT NULL DEFAULT '[]');
CREATE INDEX documents_issue ON documents(issue_id);
CREATE INDEX documents_doc_id ON documents(doc_id);
)sql" +
         RecordTable("articles",
                     "docno TEXT NOT NULL, instrument TEXT, eid TEXT, kind TEXT, num INTEGER, label TEXT, "
                     "heading TEXT, text TEXT, line INTEGER, parent INTEGER") +
         RecordTable("table_rows",
                     "docno TEXT NOT NULL, table_index INTEGER, section TEXT, seq TEXT, cells TEXT, line INTEGER, "
                     "last_line INTEGER, total INTEGER") +
         RecordTable("deadlines",
                     "docno TEXT NOT NULL, kind TEXT, date TEXT, precision TEXT, amount INTEGER, unit TEXT, "
                     "trigger TEXT, text TEXT, line INTEGER, of_document INTEGER") +
         "CREATE INDEX deadlines_document ON deadlines(document_id);\n" +
         RecordTable("refs",
                     "from_id TEXT NOT NULL, type TEXT, to_docno TEXT, title TEXT, resolved INTEGER NOT NULL "
                     "DEFAULT 0, target_id TEXT NOT NULL DEFAULT '', text TEXT, line INTEGER, to_printed TEXT, "
                     "alias TEXT, date TEXT") +
         R"sql(CREATE INDEX refs_target ON refs(target_id);
CREATE INDEX refs_from ON refs(from_id);
CREATE TABLE status(
  doc_id TEXT PRIMARY KEY, as_of TEXT NOT NULL, status TEXT NOT NULL, by_id TEXT, date TEXT,
  evidence TEXT NOT NULL);
CREATE TABLE doc_keys(key TEXT NOT NULL, kind TEXT NOT NULL, doc_id TEXT NOT NULL, ord INTEGER NOT NULL);
CREATE INDEX doc_keys_key ON doc_keys(kind, key);
CREATE TABLE lines(
  id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, line INTEGER NOT NULL,
  last_line INTEGER NOT NULL, text TEXT NOT NULL, joins TEXT NOT NULL, places TEXT NOT NULL,
  key TEXT NOT NULL);
CREATE INDEX lines_issue ON lines(issue_id);
CREATE VIRTUAL TABLE lines_fts USING fts5(key, content='lines', content_rowid='id', tokenize='trigram');
)sql";
}

// FTS5's pending-term memory, flushed as a segment when full or at a commit: large enough that a
// whole batch (writer.cpp) is flushed once.
constexpr int64_t kFtsHashSize = 64 << 20;

// Sets lines_fts's hashsize where it differs. An FTS5 option is not a connection's: it is
// stored in lines_fts_config and read by every connection, so it is written (once) into a
// database made before the option was set, and left alone after.
Status SetFtsHashSize(Db& db) {
  Stmt q(db, "SELECT v FROM lines_fts_config WHERE k = 'hashsize'");
  if (q.Step() && q.Int(0) == kFtsHashSize) return db.TakeError();
  Stmt set(db, "INSERT INTO lines_fts(lines_fts, rank) VALUES('hashsize', ?)");
  set.Bind(1, kFtsHashSize).Run();
  return db.TakeError();
}

bool HasTable(Db& db, const std::string& name) {
  Stmt q(db, "SELECT 1 FROM sqlite_master WHERE name = ?");
  q.Bind(1, name);
  return q.Step();
}

int TableCount(Db& db) {
  Stmt q(db, "SELECT count(*) FROM sqlite_master");
  return q.Step() ? static_cast<int>(q.Int(0)) : -1;
}

// Refuses anything but a gazette index of this schema version.
Status CheckIdentity(Db& db) {
  const std::string& path = db.path();
  int tables = TableCount(db);
  if (tables < 0) {
    db.TakeError();
    return Error{path + ": not a gazette index (not an SQLite database); refusing to use it"};
  }
  if (!HasTable(db, "meta") || Meta(db, "application") != "gazette") {
    db.TakeError();
    return Error{path + ": not a gazette index (an SQLite database of something else); refusing to use it"};
  }
  std::string version = Meta(db, "schema_version");
  if (version != std::to_string(kSchemaVersion))
    return Error{path + ": index schema version " + (version.empty() ? "?" : version) + ", this gazette reads version " +
                 std::to_string(kSchemaVersion) + "; rebuild it with `gazette index` into a new file"};
  return {};
}

}  // namespace

std::string Meta(Db& db, const std::string& key) {
  Stmt q(db, "SELECT value FROM meta WHERE key = ?");
  q.Bind(1, key);
  return q.Step() ? q.Text(0) : "";
}

void SetMeta(Db& db, const std::string& key, const std::string& value) {
  Stmt q(db, "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  q.Bind(1, key).Bind(2, value).Run();
}

Status OpenForWriting(Db& db, const std::string& path) {
  std::error_code ec;
  bool fresh = !std::filesystem::exists(path, ec) || std::filesystem::file_size(path, ec) == 0;
  if (Status s = db.Open(path, true); !s.ok()) return s;
  if (!fresh || TableCount(db) != 0)
    if (Status s = CheckIdentity(db); !s.ok()) return s;
  // Only now, the file known to be ours (or new), is anything written to it. The page cache at
  // 8 MB: a fresh index over 100 MB peaked at 91.4 MiB with 16 MB, 80.2 with 8, in the same time
  // (wall 1.008× in five pairs).
  if (Status s = db.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-8192"); !s.ok())
    return s;
  if (!HasTable(db, "meta")) {
    Transaction t(db);
    if (Status s = db.Exec(Schema()); !s.ok()) return s;
    SetMeta(db, "application", "gazette");
    SetMeta(db, "schema_version", std::to_string(kSchemaVersion));
    if (Status s = t.Commit(); !s.ok()) return s;
  }
  return SetFtsHashSize(db);
}

Status OpenForReading(Db& db, const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Error{path + ": no such index database"};
  if (Status s = db.Open(path, false); !s.ok()) return s;
  return CheckIdentity(db);
}

}  // namespace gazette::store

// Inside the store: writing one issue's rows, deleting them, and reading documents back as the
// skeleton the corpus needs (ids, titles, dates, references), for the writer and the readers.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "store/sqlite.hpp"
#include "xref/corpus.hpp"

namespace gazette::store {

/// What identifies one indexed file and tells whether it changed.
struct FileStamp {
  std::string path;    ///< absolute path, the issue's key
  std::string source;  ///< the path as given (what records print)
  std::string hash;    ///< content hash of the bytes, hex
  int64_t size = 0;
  int64_t mtime = 0;   ///< modification time, nanoseconds
  std::string encoding;
};

/// Where one printed line of a stored line lies: the document (by position in its issue, -1
/// outside documents) and the article eId, already a JSON string.
struct PlacePiece {
  int line = 0;          ///< the printed line
  int document = -1;     ///< the document's position in its issue; -1 outside documents
  std::string eid_json;  ///< the article eId as a JSON string ("" when none)
};

/// One value of a row to insert, made on a parsing job: text, an integer, or what only the
/// writer knows (the issue's row id, a document's row id, a line's places with those ids).
struct Value {
  enum class Kind { kText, kInt, kIssue, kDocument, kPlaces };
  Kind kind = Kind::kInt;
  int64_t number = 0;               ///< kInt; the document's position in its issue for kDocument
  std::string text;                 ///< kText
  std::vector<PlacePiece> places;   ///< kPlaces
};

/// A row to insert: its values in the order of the table's insert statement.
using RowValues = std::vector<Value>;

/// Every row one issue makes, computed off the writing thread (keys, JSON, ids), so that
/// writing it is only binding and stepping.
struct PreparedIssue {
  RowValues issue;
  std::vector<RowValues> documents, articles, table_rows, deadlines, refs, lines;
  size_t bytes = 0;  ///< size of the text, for batching
};

/// The rows of ISSUE (read from FILE, normalized as LINES); runs on a parsing job.
PreparedIssue PrepareIssueRows(const FileStamp& file, const Issue& issue, const std::vector<TextLine>& lines);

/// Inserts prepared issues with statements prepared once. The caller holds a transaction.
class IssueWriter {
 public:
  /// Prepares the insert statements on DB.
  explicit IssueWriter(Db& db);
  /// Inserts every row of ISSUE (its lines into the full-text index too); returns the issue id.
  int64_t Write(const PreparedIssue& issue);

 private:
  Db& db_;
  Stmt issues_, documents_, articles_, table_rows_, deadlines_, refs_, lines_, fts_;
};

/// Deletes issue ISSUE_ID and every row made from it (the full-text entries too).
void DeleteIssueRows(Db& db, int64_t issue_id);

/// A printed document read back: its skeleton (what the corpus reads) and its row ids.
struct StoredDocument {
  int64_t rowid = 0;
  Issue issue;      ///< source, name and date only; no documents
  Document doc;     ///< ids, titles, lines, date, instruments, own deadlines; references if asked
  std::vector<int64_t> ref_rowids;  ///< refs.id of each doc.references entry
};

/// The printed documents WHERE selects (an SQL condition on documents d, e.g. "d.doc_id = ?1"
/// with ARG bound to ?1; "" for all), in corpus order (issue source, then position), with their
/// deadlines, and with their references when WITH_REFS.
std::vector<StoredDocument> LoadDocuments(Db& db, const std::string& where, const std::string& arg,
                                          bool with_refs);

/// The printed documents of issue ISSUE_ID (issues.id), as LoadDocuments gives them: what reads
/// the whole index one issue at a time.
std::vector<StoredDocument> LoadIssueDocuments(Db& db, int64_t issue_id, bool with_refs);

/// The reference of a refs row read by a statement selecting kRefColumns from refs r.
CorpusReference ReadReference(Stmt& q, int first_column);

/// The columns ReadReference expects, from refs r.
extern const char* const kRefColumns;

/// Corpus order of rows of TABLE t joined to issues i: "i.source, t.id".
std::string CorpusOrder(const std::string& table_alias);

}  // namespace gazette::store

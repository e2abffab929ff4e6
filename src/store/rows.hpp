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

/// Inserts ISSUE (read from FILE, normalized as LINES) with every document, article, table row,
/// deadline, reference and text line; returns the new issue id. Caller holds a transaction.
int64_t WriteIssueRows(Db& db, const FileStamp& file, const Issue& issue, const std::vector<TextLine>& lines);

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

/// The reference of a refs row read by a statement selecting kRefColumns from refs r.
CorpusReference ReadReference(Stmt& q, int first_column);

/// The columns ReadReference expects, from refs r.
extern const char* const kRefColumns;

/// Corpus order of rows of TABLE t joined to issues i: "i.source, t.id".
std::string CorpusOrder(const std::string& table_alias);

}  // namespace gazette::store

// `gazette index`: builds or updates the SQLite corpus index from issue files. Incremental: a
// file whose bytes are unchanged is skipped, a changed file is replaced in one transaction, and
// what depends on other issues (resolution, status) is recomputed at the end of every run.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "util/result.hpp"

namespace gazette::store {

/// How to run an index update.
struct IndexOptions {
  bool prune = false;   ///< remove issues whose files are not among the inputs
  std::string as_of;    ///< date the status table is computed on (ISO); "" = today
  unsigned jobs = 0;    ///< inputs read and parsed in parallel (LoadInOrder's); 0 = one per core
  /// Called with each input path and what happened to it ("added", "replaced", "unchanged"),
  /// one at a time, in input order.
  std::function<void(const std::string&, const std::string&)> on_file;
};

/// What an index run did.
struct IndexReport {
  int added = 0, replaced = 0, unchanged = 0, removed = 0;
  std::vector<Error> errors;  ///< inputs that could not be read (the others are indexed)
  std::vector<std::string> warnings;  ///< the indexed issues' warnings (IssueWarnings), in input order
};

/// Indexes FILES (paths as given, already expanded) into the database at DB_PATH, creating it
/// when missing. A file is skipped when its size and modification time are as stored, or its
/// bytes hash as stored; it is parsed again when its bytes or the path it is given by changed.
/// An error (not an index, other schema version, cannot write) returns Error and leaves the
/// file untouched; unreadable inputs are listed in the report.
Result<IndexReport> IndexFiles(const std::string& db_path, const std::vector<std::string>& files,
                               const IndexOptions& options);

}  // namespace gazette::store

// Reading the corpus index: search ranked by bm25, status, references and deadlines, each giving
// the same records (same keys) as the commands that read the issue texts.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "export/records.hpp"
#include "export/search.hpp"
#include "util/result.hpp"
#include "xref/corpus.hpp"

namespace gazette::store {

/// A search query: OR of groups, each an AND of search keys (SearchKey form).
using SearchQuery = std::vector<std::vector<std::u32string>>;

/// Parses TEXT: without the operator words AND / OR the whole text is one phrase (spaces folded
/// as everywhere); with them, AND binds tighter than OR, "double quotes" keep a phrase that
/// holds the words AND/OR. Error when a term is empty.
Result<SearchQuery> ParseSearchQuery(const std::string& text);

/// One hit found through the index, with its rank.
struct IndexHit {
  SearchHit hit;
  double score = 0;  ///< -bm25 of its line (higher is better); occurrences in the line for scans
};

/// Searches the index at DB_PATH for QUERY: lines ranked by bm25 (best first), each line's
/// occurrences in order, at most LIMIT hits (0 = all), CONTEXT characters either side. A hit
/// may run past the end of its line into the next. A term shorter than three characters has no
/// trigram: such a query scans the stored text instead, in corpus order.
Result<std::vector<IndexHit>> SearchIndex(const std::string& db_path, const SearchQuery& query, int limit,
                                          int context);

/// Keys of an index hit: SearchRecordKeys() then score.
std::vector<std::string> IndexHitKeys();
/// The record of HIT: SearchRecord plus score.
Record IndexHitRecord(const IndexHit& hit);

/// What status a lookup found.
struct IndexStatus {
  DocumentStatus status;
  std::string as_of;  ///< the date it was judged on
};

/// The status of the document KEY names (a 文号 in any printed form, an id or a title) on AS_OF
/// ("" = today), decided as Corpus::Status decides it, from the index at DB_PATH.
Result<IndexStatus> StatusFromIndex(const std::string& db_path, const std::string& key, const std::string& as_of);

/// Calls EMIT with every reference in the index in corpus order (issue source, then printed
/// order), of relation TYPE when not empty, made by or pointing at the document DOC names when
/// DOC is not empty.
Status ReferencesFromIndex(const std::string& db_path, const std::string& type, const std::string& doc,
                           const std::function<void(const CorpusReference&)>& emit);

/// Calls EMIT with every deadline record in the index, as `gazette deadlines` makes them:
/// standing on AS_OF when not empty, and only for documents whose validity ends within
/// EXPIRING_WITHIN days of AS_OF when that is >= 0.
Status DeadlinesFromIndex(const std::string& db_path, const std::string& as_of, int expiring_within,
                          const std::function<void(const Record&)>& emit);

}  // namespace gazette::store

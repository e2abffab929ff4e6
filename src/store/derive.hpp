// The cross-issue part of the index: resolution, stubs, lookup keys and statuses.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "store/sqlite.hpp"
#include "xref/corpus.hpp"

namespace gazette::store {

/// The corpus of every issue in the index, as Corpus::AddIssue builds it from the texts, its
/// own dates read on AS_OF (ISO; "" = today). DOC_ROWS/REF_ROWS, when given, receive the row id
/// of each printed document and each reference, in corpus order.
Corpus LoadCorpus(Db& db, const std::string& as_of, std::vector<int64_t>* doc_rows = nullptr,
                  std::vector<int64_t>* ref_rows = nullptr);

/// Recomputes, in one transaction, every reference's resolution, the stub documents, the
/// lookup keys and the status of every document on AS_OF ("" = today); marks the index current.
Status RebuildDerived(Db& db, const std::string& as_of);

}  // namespace gazette::store

// The flat record of one document, as `gazette documents` prints it.
#pragma once
#include <string>
#include <vector>

#include "export/records.hpp"
#include "model/issue.hpp"

namespace gazette {

/// The keys of a document record, in order: source, line, docno, title, issuers, recipients,
/// date, type, attachments, page, title_en.
std::vector<std::string> DocumentRecordKeys();

/// The record of DOC in ISSUE.
Record DocumentRecord(const Issue& issue, const Document& doc);

}  // namespace gazette

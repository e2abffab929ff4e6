// Writers of a document's status (`gazette status`): one text block, or one JSON Lines record.
#pragma once
#include <ostream>
#include <string>

#include "export/records.hpp"
#include "xref/corpus.hpp"

namespace gazette {

/// Writes S as `gazette status` prints it: "DOCNO: STATUS [by X] [since|on DATE] (as of AS_OF)",
/// then one indented line per evidence (source:line: text).
void WriteStatusText(std::ostream& out, const DocumentStatus& s, const std::string& as_of);

/// S as a record, keys: docno, instrument (the one asked about of several a document issues, else
/// ""), status, by, date, evidence (array of {source, line, text}).
Record StatusRecord(const DocumentStatus& s);

}  // namespace gazette

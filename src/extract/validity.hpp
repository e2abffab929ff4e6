// Where a document stands by its dates alone: not yet in force, in force, expired. Repeals and
// amendments are the corpus' business (src/xref), which combines them with this.
#pragma once
#include <string>

#include "model/issue.hpp"

namespace gazette {

/// A document's standing by date.
struct DateStatus {
  LegalStatus status = LegalStatus::kUnknown;  ///< not-yet-in-force | in-force | expired | unknown
  std::string effective;  ///< ISO effective date (YYYY-MM-DD or YYYY-MM), empty if unknown
  std::string expires;    ///< ISO end of validity, empty if none
  int line = 0;           ///< printed line of the clause that decided it
  std::string text;       ///< that clause
};

/// The standing of DOC (doc.deadlines filled) on AS_OF (ISO date). The start is the latest of
/// the document's own effective dates (YYYY-MM: its first day), or its signing date when it
/// states none; the end is the earliest of its own expires dates (YYYY-MM: its last day).
/// Before the start: not-yet-in-force; after the end: expired; else in-force. unknown when
/// AS_OF is not a date or nothing dates the document.
DateStatus StatusByDate(const Document& doc, const std::string& as_of);

/// True when DOC's own validity ends (its earliest own expires date E; YYYY-MM: the month's last
/// day) with AS_OF <= E <= AS_OF + DAYS. False for a bad AS_OF, DAYS < 0, or no end date.
bool ExpiresWithin(const Document& doc, const std::string& as_of, int days);

}  // namespace gazette

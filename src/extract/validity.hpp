// Where a document stands by its dates alone: not yet in force, in force, expired. Repeals and
// amendments are the corpus' business (src/xref), which combines them with this.
#pragma once
#include <string>

#include "model/issue.hpp"

namespace gazette {

/// A document's standing by date.
struct DateStatus {
  std::string status;     ///< not-yet-in-force | in-force | expired | unknown
  std::string effective;  ///< ISO effective date (YYYY-MM-DD or YYYY-MM), empty if unknown
  std::string expires;    ///< ISO end of validity, empty if none
  int line = 0;           ///< printed line of the clause that decided it
  std::string text;       ///< that clause
};

/// The standing of DOC (doc.deadlines filled) on AS_OF (ISO date).
DateStatus StatusByDate(const Document& doc, const std::string& as_of);

}  // namespace gazette

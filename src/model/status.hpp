// A document's legal standing on a date and the evidence that decides it: the one status record
// of the model. src/xref decides it (xref/status.hpp); `status`, `deadlines --as-of`, the XML and
// Akoma Ntoso exports, the workbook and the SQLite index write it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/kinds.hpp"

namespace gazette {

/// Where a fact is printed: a user can open SOURCE at LINE and read TEXT.
struct Evidence {
  std::string source;
  int line = 0;
  std::string text;
};

/// One relation another document gives this one (repealed by, amended by …), in effect or not.
struct StatusEvent {
  Relation relation = Relation::kRepeals;  ///< the citing relation (written as PassiveOf: repealed-by …)
  std::string by;                          ///< id of the document that states it
  /// When it takes effect: the date its clause states, else the citing document's start (a
  /// day), else its signing date; none if unknown.
  std::optional<Date> date;
  Evidence clause;  ///< where the relation is printed (file of the citing document, line, clause)
};

/// A document's status on a date, and why.
struct DocumentStatus {
  std::string docno;   ///< the document asked about (its corpus id, a 文号 when it has one)
  std::string instrument;  ///< of a document issuing several instruments, the one asked about by
                           ///< its title (xref/parts.hpp); empty when the whole document was asked
  LegalStatus status = LegalStatus::kUnknown;  ///< unknown: cited only, nothing dates it, or not in inputs
  std::string by;      ///< id of the document that decided it (the repealing one …), empty if none
  std::optional<Date> since;      ///< the date the status took effect, none if unknown
  std::optional<Date> effective;  ///< its own start of force (day or month), none if unknown
  std::optional<Date> expires;    ///< its own end of validity, none if none
  Evidence dated;                 ///< the clause that gives `effective`/`expires` (line 0 if none)
  std::vector<StatusEvent> events;  ///< every supersession relation citing it, in input order
  std::vector<Evidence> evidence;   ///< where it is printed, each relation in effect, the dating clause
  bool known = false;  ///< false when no input prints or cites the document
  bool printed = false;  ///< true when an input prints the document itself (not only cites it)
};

}  // namespace gazette

// The one place a document's status is decided: by its own dates (StatusByDate), then by the
// relations other documents give it (DecideStatus). Both fill the model's DocumentStatus
// (model/status.hpp); `status`, `deadlines --as-of`, the XML/AKN exports, the workbook and the
// SQLite index only write it.
//
// Rules, on a day AS_OF: a document's start is the latest of its own effective dates (a month:
// its first day), or its signing date when it states none; its end is the earliest of its own
// expires dates (a month: its last day). A relation (repeals > replaces = revises > amends >
// supplements) counts once it has taken effect: on the date its clause states, else on the
// citing document's start (a day), else the citing document's signing date. An extension
// (extends) moves the end to the latest new end in effect (xref/extension.hpp).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "model/status.hpp"
#include "xref/corpus.hpp"

namespace gazette {

/// The standing of DOC (doc.deadlines filled) by its own dates alone on AS_OF: before its start
/// not-yet-in-force, after its end expired, else in-force; unknown when nothing dates it or
/// AS_OF is none. `effective`, `expires` and `dated` (file left empty: the document's own) are
/// filled whatever AS_OF.
DocumentStatus StatusByDate(const Document& doc, const std::optional<Day>& as_of);

/// The clause of DOC's own record of KIND (kEffective: the one that gives its start, possibly
/// the signing date; kExpires: its end); line 0 if none.
DatingClause OwnClause(const Document& doc, DateKind kind);

/// True when DOC's own validity ends (its earliest own expires date E; a month: its last day)
/// with AS_OF <= E <= AS_OF + DAYS. False for DAYS < 0 or no end date.
bool ExpiresWithin(const Document& doc, const Day& as_of, int days);

/// The status of DOC on AS_OF (none: no dates judged) from the references that cite it
/// (INCOMING: every reference whose target is DOC), FIND giving the citing document of an id.
/// What Corpus::Status decides, for callers that keep the corpus elsewhere (the SQLite index).
/// DETAIL kStanding fills no `evidence` and only the line of `dated` (StatusDetail).
/// Of a document issuing several instruments (xref/parts.hpp), PART (a TitleKey of one, as
/// PartAsked finds it) asks that instrument's status: relations naming another are left out.
/// Asked of the whole (PART empty), a repeal or replacement naming one of them amends it.
DocumentStatus DecideStatus(const CorpusDocument& doc, const std::vector<const CorpusReference*>& incoming,
                            const std::function<const CorpusDocument*(const std::string&)>& find,
                            const std::optional<Day>& as_of, StatusDetail detail = StatusDetail::kFull,
                            const std::string& part = "");

}  // namespace gazette

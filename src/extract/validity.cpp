// Where a document stands by its dates alone (see validity.hpp).
#include "extract/validity.hpp"

#include "extract/workdays.hpp"

namespace gazette {

namespace {

/// The first (FIRST true) or last day of an ISO date or month.
bool Bound(const std::string& iso, bool first, Date* out) {
  bool month_only = false;
  if (!ParseIsoDateOrMonth(iso, out, &month_only)) return false;
  if (month_only && !first) *out = Date(out->year() / out->month() / std::chrono::last);
  return true;
}

/// The document's own effective record deciding its start: the latest own effective date.
const Deadline* EffectiveRecord(const Document& doc) {
  const Deadline* best = nullptr;
  Date best_date, d;
  for (const auto& r : doc.deadlines) {
    if (r.kind != DateKind::kEffective || !r.of_document || !Bound(r.date, true, &d)) continue;
    if (!best || DaysBetween(best_date, d) > 0) best = &r, best_date = d;
  }
  if (best) return best;
  for (const auto& r : doc.deadlines)  // no effective clause: in force from its signing
    if (r.kind == DateKind::kSigned && Bound(r.date, true, &d)) return &r;
  return nullptr;
}

/// The document's own end of validity: the earliest own expires date.
const Deadline* ExpiresRecord(const Document& doc) {
  const Deadline* best = nullptr;
  Date best_date, d;
  for (const auto& r : doc.deadlines) {
    if (r.kind != DateKind::kExpires || !r.of_document || !Bound(r.date, false, &d)) continue;
    if (!best || DaysBetween(d, best_date) > 0) best = &r, best_date = d;
  }
  return best;
}

}  // namespace

DateStatus StatusByDate(const Document& doc, const std::string& as_of) {
  DateStatus s;
  Date today;
  if (!ParseIsoDate(as_of, &today)) return s;
  const Deadline* effective = EffectiveRecord(doc);
  const Deadline* expires = ExpiresRecord(doc);
  if (expires) s.expires = expires->date;
  if (!effective) return s;
  s.effective = effective->date;
  Date start, end;
  Bound(effective->date, true, &start);
  const Deadline* decisive = effective;
  if (DaysBetween(today, start) > 0) {
    s.status = LegalStatus::kNotYetInForce;
  } else if (expires && Bound(expires->date, false, &end) && DaysBetween(end, today) > 0) {
    s.status = LegalStatus::kExpired;
    decisive = expires;
  } else {
    s.status = LegalStatus::kInForce;
  }
  s.line = decisive->line;
  s.text = decisive->text;
  return s;
}

bool ExpiresWithin(const Document& doc, const std::string& as_of, int days) {
  Date today, end;
  const Deadline* expires = ExpiresRecord(doc);
  if (days < 0 || !ParseIsoDate(as_of, &today) || !expires || !Bound(expires->date, false, &end)) return false;
  int left = DaysBetween(today, end);
  return left >= 0 && left <= days;
}

}  // namespace gazette

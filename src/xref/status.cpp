// A document's status on a date: its own dates, then the relations other documents give it
// (see status.hpp).
#include "xref/status.hpp"

#include <algorithm>

#include "extract/references.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"
#include "xref/extension.hpp"
#include "xref/parts.hpp"
#include "xref/strength.hpp"
#include "xref/suspension.hpp"

namespace gazette {
namespace {

// The records of KIND stated of DOC itself (of_document, dated), each with its part: 0 for the
// document's own text, K for the K-th instrument it issues (the lines from its title on).
std::vector<std::pair<size_t, const Deadline*>> OwnRecords(const Document& doc, DateKind kind) {
  std::vector<std::pair<size_t, const Deadline*>> out;
  for (const auto& r : doc.deadlines) {
    if (r.kind != kind || !r.of_document || !r.date) continue;
    size_t part = 0;
    for (size_t k = 0; k < doc.instruments.size() && part == 0; ++k) {
      const Instrument& ins = doc.instruments[k];
      if (ins.first < ins.last && ins.last <= doc.body.size() && r.line >= doc.body[ins.first].line &&
          r.line <= doc.body[ins.last - 1].line)
        part = k + 1;
    }
    out.emplace_back(part, &r);
  }
  return out;
}

// The latest (LATEST) or earliest record of RECORDS in PART (any part when PART is npos): by first
// day for a start, by last day for an end; the first printed wins a tie.
const Deadline* Extreme(const std::vector<std::pair<size_t, const Deadline*>>& records, size_t part, bool latest,
                        bool by_first_day) {
  const Deadline* best = nullptr;
  auto day = [&](const Deadline* r) { return by_first_day ? FirstDay(*r->date) : LastDay(*r->date); };
  for (const auto& [p, r] : records) {
    if (part != std::string::npos && p != part) continue;
    if (!best || (latest ? day(r) > day(best) : day(r) < day(best))) best = r;
  }
  return best;
}

// The instruments of DOC that state their own start (a notice issuing a 办法 in force from 7月1日
// and a 细则 from 8月1日): each its own part of the document. Empty when fewer than two do.
std::vector<size_t> SeparatelyStartedParts(const std::vector<std::pair<size_t, const Deadline*>>& starts) {
  std::vector<size_t> parts;
  for (const auto& [p, r] : starts)
    if (p > 0 && std::find(parts.begin(), parts.end(), p) == parts.end()) parts.push_back(p);
  if (parts.size() < 2) parts.clear();
  return parts;
}

// The document's own effective record deciding its start: the latest own effective date, else
// its signing date. Where two or more instruments it issues state their own starts, the earliest
// start of its parts (each part's latest; its own text is one): it is in force once a part is.
const Deadline* EffectiveRecord(const Document& doc) {
  const auto starts = OwnRecords(doc, DateKind::kEffective);
  std::vector<size_t> parts = SeparatelyStartedParts(starts);
  const Deadline* best = nullptr;
  if (parts.empty()) {
    best = Extreme(starts, std::string::npos, true, true);
  } else {
    parts.push_back(0);  // the document's own text is a part too
    for (size_t part : parts) {
      const Deadline* own = Extreme(starts, part, true, true);
      if (own && (!best || FirstDay(*own->date) < FirstDay(*best->date))) best = own;
    }
  }
  if (best) return best;
  for (const auto& r : doc.deadlines)  // no effective clause: in force from its signing
    if (r.kind == DateKind::kSigned && r.date) return &r;
  return nullptr;
}

// The document's own end of validity: the earliest own expires date (by last day). Where two or
// more instruments state their own starts and the document's own text no end, the latest of
// their ends, and none when one of them has none: the document stands while a part of it does.
const Deadline* ExpiresRecord(const Document& doc) {
  const auto ends = OwnRecords(doc, DateKind::kExpires);
  const auto parts = SeparatelyStartedParts(OwnRecords(doc, DateKind::kEffective));
  if (parts.empty() || Extreme(ends, 0, false, false)) return Extreme(ends, std::string::npos, false, false);
  const Deadline* last = nullptr;
  for (size_t part : parts) {
    const Deadline* end = Extreme(ends, part, false, false);
    if (!end) return nullptr;
    if (!last || LastDay(*end->date) > LastDay(*last->date)) last = end;
  }
  return last;
}

// The standing EFFECTIVE and EXPIRES give on AS_OF: unknown without a start.
LegalStatus ByDates(const std::optional<Date>& effective, const std::optional<Date>& expires, const Day& as_of) {
  if (!effective) return LegalStatus::kUnknown;
  if (FirstDay(*effective) > as_of) return LegalStatus::kNotYetInForce;
  if (expires && LastDay(*expires) < as_of) return LegalStatus::kExpired;
  return LegalStatus::kInForce;
}

// The clause that dates DOC on AS_OF: its end when its own dates have expired it, else its start
// (line 0 if none); its line alone with LINE_ONLY.
Evidence DatedOn(const CorpusDocument& doc, const std::optional<Day>& as_of, bool line_only = false) {
  bool ended = as_of && ByDates(doc.effective, doc.expires, *as_of) == LegalStatus::kExpired;
  const DatingClause& c = ended ? doc.ended : doc.started;
  if (c.line <= 0) return Evidence{};
  return line_only ? Evidence{{}, c.line, {}} : Evidence{doc.source, c.line, c.text};
}

// January 1 of the year of the 文号 ID (printed with four digits): no document so numbered existed
// before it. None for an id without such a year.
std::optional<Day> FirstPossibleDay(const std::string& id) {
  const std::vector<DocnoMatch> found = FindDocnos(id);
  if (found.empty() || found[0].year <= 0) return std::nullopt;
  return Day{std::chrono::year(FullYear(found[0].year)), std::chrono::January, std::chrono::day(1)};
}

// A relation that has happened, with the date it took effect and the clause that dates it.
struct Effect {
  const CorpusReference* ref = nullptr;
  std::optional<Date> date;
  Evidence dated;
  Relation type = Relation::kCites;  // its effect: the reference's, or amends when it ends a part
};

// Appends E unless the same file:line is already there.
void AddEvidence(std::vector<Evidence>& list, const Evidence& e) {
  for (const auto& x : list)
    if (x.source == e.source && x.line == e.line) return;
  list.push_back(e);
}

// The date the document citing R (R.from) takes effect (its own start to the day, else its
// signing date), and its dating clause when that is its start.
Effect StartOf(const CorpusReference& r, const std::function<const CorpusDocument*(const std::string&)>& find,
               const std::optional<Day>& as_of) {
  Effect e{&r, std::nullopt, {}, r.type};
  const CorpusDocument* from = find(r.from);
  if (from && from->effective && from->effective->precision == Precision::kDay) {
    e.date = from->effective;
    e.dated = DatedOn(*from, as_of);
  } else if (from) {
    e.date = from->date;
  }
  return e;
}

// The effect of reference R: the date it takes effect (its own, else the citing document's
// start), and the citing document's dating clause when that date is its start.
Effect EffectOf(const CorpusReference& r, const std::function<const CorpusDocument*(const std::string&)>& find,
                const std::optional<Day>& as_of) {
  if (r.date) return Effect{&r, r.date, {}, r.type};
  return StartOf(r, find, as_of);
}

}  // namespace

DocumentStatus StatusByDate(const Document& doc, const std::optional<Day>& as_of) {
  DocumentStatus s;
  const Deadline* effective = EffectiveRecord(doc);
  const Deadline* expires = ExpiresRecord(doc);
  if (expires) s.expires = expires->date;
  if (!effective) return s;
  s.effective = effective->date;
  if (!as_of) return s;
  s.status = ByDates(s.effective, s.expires, *as_of);
  const Deadline* decisive = s.status == LegalStatus::kExpired ? expires : effective;
  s.dated = {"", decisive->line, decisive->text};
  return s;
}

DatingClause OwnClause(const Document& doc, DateKind kind) {
  const Deadline* r = kind == DateKind::kExpires ? ExpiresRecord(doc) : EffectiveRecord(doc);
  return r ? DatingClause{r->line, r->text} : DatingClause{};
}

bool ExpiresWithin(const Document& doc, const Day& as_of, int days) {
  const Deadline* expires = ExpiresRecord(doc);
  if (days < 0 || !expires) return false;
  int left = DaysBetween(as_of, LastDay(*expires->date));
  return left >= 0 && left <= days;
}

DocumentStatus Corpus::Status(const std::string& key, const std::string& date, StatusDetail detail) const {
  Resolve();
  const CorpusDocument* doc = Find(key);
  if (!doc) {
    DocumentStatus s;
    s.docno = Trim(key);
    s.status = LegalStatus::kUnknown;
    return s;
  }
  std::vector<const CorpusReference*> incoming;  // by the index: a scan per document was quadratic
  if (auto it = by_target_.find(doc->id); it != by_target_.end())
    for (size_t i : it->second) incoming.push_back(&refs_[i]);
  return DecideStatus(*doc, incoming, [this](const std::string& id) { return Find(id); },
                      date.empty() ? as_of_day_ : ParseIsoDay(date), detail, PartAsked(IssuedParts(*doc), key));
}

DocumentStatus DecideStatus(const CorpusDocument& doc, const std::vector<const CorpusReference*>& incoming,
                            const std::function<const CorpusDocument*(const std::string&)>& find,
                            const std::optional<Day>& as_of, StatusDetail detail, const std::string& part) {
  const bool full = detail == StatusDetail::kFull;
  DocumentStatus s;
  s.known = true;
  s.printed = doc.printed;
  s.docno = doc.id;
  s.instrument = part;
  s.effective = doc.effective;
  s.expires = doc.expires;
  s.dated = DatedOn(doc, as_of, !full);
  if (doc.printed && full) s.evidence.push_back({doc.source, doc.line, "printed: " + doc.title});
  std::vector<Effect> effects;
  std::vector<const CorpusReference*> extensions, suspensions;
  std::vector<std::pair<Date, const CorpusReference*>> resumptions;  // the day each resuming document resumed it
  // A suspension starts with its suspending document (the year of its 文号 when undated).
  auto suspension_start = [&](const CorpusReference& r) -> std::optional<Date> {
    if (auto stated = SuspensionStartIn(r.text.str())) return stated;  // 自2008年7月20日起…暂缓执行
    if (auto start = StartOf(r, find, as_of).date) return start;
    if (auto first = FirstPossibleDay(r.from.str())) return Date{*first, Precision::kDay};
    return std::nullopt;
  };
  // A document issuing several instruments: a relation naming one of them is of that part.
  const bool titled = std::any_of(incoming.begin(), incoming.end(), [](const CorpusReference* r) { return !r->title.empty(); });
  const std::vector<std::string> parts = titled ? IssuedParts(doc) : std::vector<std::string>{};
  // Every part repealed or replaced (《A》和《B》(文号印发)同时废止): nothing of the whole is left.
  std::vector<std::string> ended_parts;
  for (const CorpusReference* r : incoming)
    if (Strength(r->type) >= Strength(Relation::kReplaces))
      if (std::string named = PartNamed(parts, *r); !named.empty() && std::find(ended_parts.begin(), ended_parts.end(), named) == ended_parts.end())
        ended_parts.push_back(std::move(named));
  const bool whole_ended = !parts.empty() && ended_parts.size() == parts.size();
  for (const CorpusReference* r : incoming) {
    if (r->target_id != doc.id || !IsSupersession(r->type)) continue;
    const std::string named = PartNamed(parts, *r);
    if (!part.empty() && !named.empty() && named != part) continue;  // another part's
    if (r->type == Relation::kSuspends) {  // for a time: beside the other relations (SuspensionOn)
      s.events.push_back({r->type, r->from, suspension_start(*r), {r->source, r->line, r->text.str()}});
      suspensions.push_back(r);
      continue;
    }
    if (r->type == Relation::kResumes) {  // ends the suspensions before it (SuspensionOn)
      const std::optional<Date> on = EffectOf(*r, find, as_of).date;
      s.events.push_back({r->type, r->from, on, {r->source, r->line, r->text.str()}});
      if (on) resumptions.emplace_back(*on, r);
      continue;
    }
    if (r->type == Relation::kExtends) {  // its date: the new end
      s.events.push_back({r->type, r->from, NewEnd(*r, doc), {r->source, r->line, r->text.str()}});
      extensions.push_back(r);
      continue;
    }
    Effect e = EffectOf(*r, find, as_of);
    // One part repealed or replaced of the whole asked for: the whole is amended (unless all are).
    if (part.empty() && !named.empty() && !whole_ended && Strength(e.type) > Strength(Relation::kAmends))
      e.type = Relation::kAmends;
    s.events.push_back({e.type, r->from, e.date, {r->source, r->line, r->text.str()}});
    if (as_of && e.date && FirstDay(*e.date) > *as_of) continue;  // not yet in effect
    if (as_of && !e.date) {  // undated: not before the year its 文号 gives
      const std::optional<Day> first = FirstPossibleDay(r->from.str());
      if (first && *first > *as_of) continue;
    }
    effects.push_back(e);
  }
  std::vector<Date> resumed;
  std::vector<Resumption> lifting;  // a 停止执行 a later document lifted (恢复执行) is over
  for (const auto& [on, r] : resumptions) resumed.push_back(on), lifting.push_back({on, StartOf(*r, find, as_of).date});
  const bool lifted = std::erase_if(effects, [&](const Effect& e) {
                        return e.type == Relation::kRepeals && e.ref->text.str().find("停止") != std::string::npos &&
                               RepealLifted(e.date, StartOf(*e.ref, find, as_of).date, lifting, as_of);
                      }) > 0;
  const Extension extension =
      ExtensionOf(extensions, doc, [&](const CorpusReference& r) { return StartOf(r, find, as_of).date; }, as_of);
  for (const auto& given : extension.ends)  // a period counted from the end in force when made
    for (auto& event : s.events)
      if (event.relation == Relation::kExtends && event.clause.line == given.by->line &&
          event.clause.source == given.by->source.str())
        event.date = given.end;
  // The strongest first; of equal strength, the first to end the document (a repeal, a
  // replacement: none first, a month before its first day), but the latest amendment or
  // supplement in effect (the text in force now, as legal staff ask for it; an undated one from
  // January 1 of its 文号's year, as it counts: a 〔2020〕 amendment is never before a 2007 one).
  auto latest_day = [](const Effect& e) -> std::optional<Day> {
    return e.date ? std::optional<Day>(FirstDay(*e.date)) : FirstPossibleDay(e.ref->from.str());
  };
  std::stable_sort(effects.begin(), effects.end(), [&](const Effect& a, const Effect& b) {
    int sa = Strength(a.type), sb = Strength(b.type);
    if (sa != sb) return sa > sb;
    if (sa <= Strength(Relation::kAmends)) return latest_day(b) < latest_day(a);
    return a.date < b.date;
  });
  if (full) {
    for (const auto& e : effects) AddEvidence(s.evidence, {e.ref->source, e.ref->line, e.ref->text.str()});
    for (const auto& e : effects)
      if (e.dated.line > 0) AddEvidence(s.evidence, e.dated);
  }
  // The end of validity: its own, or the latest an extension in effect gives.
  std::optional<Date> ends = doc.expires;
  const bool extended = extension.by && (!ends || LastDay(*extension.end) > LastDay(*ends));
  if (extended) ends = extension.end;
  LegalStatus by_dates = doc.printed && as_of ? ByDates(doc.effective, ends, *as_of) : LegalStatus::kUnknown;
  bool expired = doc.printed && as_of && ends && LastDay(*ends) < *as_of;
  if (extended && full) AddEvidence(s.evidence, {extension.by->source, extension.by->line, extension.by->text.str()});
  // Suspended for a time: after a repeal, an end or a replacement, before an amendment.
  const Suspension suspended = SuspensionOn(suspensions, suspension_start, resumed, as_of);
  const bool ended = !effects.empty() && Strength(effects.front().type) >= Strength(Relation::kReplaces);
  if (suspended.by && !expired && !ended) {
    if (full) AddEvidence(s.evidence, {suspended.by->source, suspended.by->line, suspended.by->text.str()});
    s.status = LegalStatus::kSuspended;
    s.by = suspended.by->from;
    s.since = suspended.since;
    return s;
  }
  if (!effects.empty() && (effects.front().type == Relation::kRepeals || !expired)) {
    s.status = StatusOf(effects.front().type);
    s.by = effects.front().ref->from;
    s.since = effects.front().date;
    return s;
  }
  if (!doc.printed && extension.end && as_of) {
    // Cited only, but extended to a known end: in force until it (the extending text says so).
    const bool ended = LastDay(*extension.end) < *as_of;
    s.status = ended ? LegalStatus::kExpired : LegalStatus::kInForce;
    s.by = extension.by->from;
    if (ended) s.since = extension.end;
    return s;
  }
  if (!doc.printed) {
    s.status = LegalStatus::kUnknown;
    if (!full) return s;
    for (const CorpusReference* r : incoming)  // cited only: say where
      if (r->target_id == doc.id) s.evidence.push_back({r->source, r->line, r->text.str()});
    return s;
  }
  // Printed, with no start read and no end passed: unknown before the first day it is known to
  // have been out (signed, adopted, promulgated, amended, its issue) or when nothing dates it.
  if (!doc.effective && as_of && !expired && (!doc.issued || FirstDay(*doc.issued) > *as_of)) {
    s.status = LegalStatus::kUnknown;
    return s;
  }
  // Printed: its own dates decide (in force from its signing or its issue when no start is
  // read), its end as extended. An extension whose new end was not read leaves an end passed
  // unknown.
  s.status = expired ? LegalStatus::kExpired : by_dates == LegalStatus::kNotYetInForce ? by_dates : LegalStatus::kInForce;
  s.since = expired ? ends : doc.effective;
  // In force again after a suspension that ended on its printed day (推迟至2017年1月1日), or on the
  // day a later document resumed it (恢复执行, also after 停止执行): since then.
  if (s.status == LegalStatus::kInForce && as_of) {
    for (const CorpusReference* r : suspensions)
      if (r->date && FirstDay(*r->date) <= *as_of && (!s.since || FirstDay(*r->date) > FirstDay(*s.since))) s.since = r->date;
    for (const auto& [on, r] : resumptions)
      if ((!suspensions.empty() || lifted) && FirstDay(on) <= *as_of && (!s.since || FirstDay(on) > FirstDay(*s.since))) {
        s.since = on;
        if (full) AddEvidence(s.evidence, {r->source, r->line, r->text.str()});
      }
  }
  if (extended && (expired || (doc.expires && as_of && LastDay(*doc.expires) < *as_of))) s.by = extension.by->from;
  // Extended after it had lapsed (its own end passed before the extending document took effect):
  // in force again since the extension, not since its own start.
  if (extended && s.status == LegalStatus::kInForce && doc.expires && as_of && LastDay(*doc.expires) < *as_of)
    if (auto from = StartOf(*extension.by, find, as_of).date; from && FirstDay(*from) > AddDays(LastDay(*doc.expires), 1))
      s.since = from;
  if (expired && extension.undated) {
    s.status = LegalStatus::kUnknown;
    s.by = extension.undated->from;
    s.since.reset();
    if (full) AddEvidence(s.evidence, {extension.undated->source, extension.undated->line, extension.undated->text.str()});
  }
  if (s.dated.line > 0 && full) AddEvidence(s.evidence, s.dated);
  return s;
}

}  // namespace gazette

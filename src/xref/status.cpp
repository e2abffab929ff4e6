// A document's status on a date: its own dates, then the relations other documents give it.
#include <algorithm>

#include "model/date.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"

namespace gazette {
namespace {

// Strength of a relation's effect on the cited document's status (higher wins).
int Strength(Relation type) {
  switch (type) {
    case Relation::kRepeals: return 5;
    case Relation::kReplaces:
    case Relation::kRevises: return 3;
    case Relation::kAmends: return 2;
    case Relation::kSupplements: return 1;
    case Relation::kImplements:
    case Relation::kCites: break;
  }
  return 0;
}

// The status a relation gives the document it cites.
LegalStatus StatusOf(Relation type) {
  switch (type) {
    case Relation::kRepeals: return LegalStatus::kRepealed;
    case Relation::kReplaces:
    case Relation::kRevises: return LegalStatus::kReplaced;
    case Relation::kAmends: return LegalStatus::kAmended;
    case Relation::kSupplements: return LegalStatus::kSupplemented;
    case Relation::kImplements:
    case Relation::kCites: break;
  }
  return LegalStatus::kInForce;
}

bool IsDay(const std::string& date) { return date.size() == 10; }

// A relation that has happened, with the date it took effect and the clause that dates it.
struct Effect {
  const CorpusReference* ref = nullptr;
  std::string date;
  Evidence dated;
};

// Appends E unless the same file:line is already there.
void AddEvidence(std::vector<Evidence>& list, const Evidence& e) {
  for (const auto& x : list)
    if (x.source == e.source && x.line == e.line) return;
  list.push_back(e);
}

}  // namespace

DocumentStatus Corpus::Status(const std::string& key, const std::string& date) const {
  Resolve();
  const CorpusDocument* doc = Find(key);
  if (!doc) {
    DocumentStatus s;
    s.docno = Trim(key);
    s.status = LegalStatus::kUnknown;
    return s;
  }
  std::vector<const CorpusReference*> incoming;
  for (const auto& r : refs_)
    if (r.ref.target_id == doc->id) incoming.push_back(&r);
  return DecideStatus(*doc, incoming, [this](const std::string& id) { return Find(id); },
                      date.empty() ? as_of_ : date);
}

DocumentStatus DecideStatus(const CorpusDocument& doc_ref, const std::vector<const CorpusReference*>& incoming,
                            const std::function<const CorpusDocument*(const std::string&)>& find,
                            const std::string& as_of) {
  const CorpusDocument* doc = &doc_ref;
  DocumentStatus s;
  s.known = true;
  s.docno = doc->id;
  if (doc->printed) s.evidence.push_back({doc->source, doc->line, "printed: " + doc->title});
  std::vector<Effect> effects;
  for (const CorpusReference* rp : incoming) {
    const CorpusReference& r = *rp;
    if (r.ref.target_id != doc->id || !IsSupersession(r.ref.type)) continue;
    Effect e{&r, r.ref.date, {}};
    if (e.date.empty()) {
      const CorpusDocument* from = find(r.from);
      if (from && IsDay(from->effective)) {
        e.date = from->effective;
        e.dated = from->dated;
      } else if (from) {
        e.date = from->date;
      }
    }
    if (!as_of.empty() && !e.date.empty() && CompareIsoDates(e.date, as_of) > 0) continue;  // not yet in effect
    effects.push_back(e);
  }
  std::stable_sort(effects.begin(), effects.end(), [](const Effect& a, const Effect& b) {
    int sa = Strength(a.ref->ref.type), sb = Strength(b.ref->ref.type);
    return sa != sb ? sa > sb : CompareIsoDates(a.date, b.date) < 0;
  });
  for (const auto& e : effects) AddEvidence(s.evidence, {e.ref->source, e.ref->ref.line, e.ref->ref.text});
  for (const auto& e : effects)
    if (e.dated.line > 0) AddEvidence(s.evidence, e.dated);
  bool expired = doc->printed && !doc->expires.empty() && !as_of.empty() && CompareIsoDates(doc->expires, as_of) < 0;
  bool not_yet = doc->printed && !doc->effective.empty() && !as_of.empty() && CompareIsoDates(doc->effective, as_of) > 0;
  if (!effects.empty() && (effects.front().ref->ref.type == Relation::kRepeals || !expired)) {
    s.status = StatusOf(effects.front().ref->ref.type);
    s.by = effects.front().ref->from;
    s.date = effects.front().date;
  } else if (expired) {
    s.status = LegalStatus::kExpired;
    s.date = doc->expires;
    if (doc->dated.line > 0) AddEvidence(s.evidence, doc->dated);
  } else if (not_yet) {
    s.status = LegalStatus::kNotYetInForce;
    s.date = doc->effective;
    if (doc->dated.line > 0) AddEvidence(s.evidence, doc->dated);
  } else if (doc->printed) {
    s.status = LegalStatus::kInForce;
    s.date = doc->effective;
    if (doc->dated.line > 0) AddEvidence(s.evidence, doc->dated);
  } else {
    s.status = LegalStatus::kUnknown;
    for (const CorpusReference* r : incoming)  // cited only: say where
      if (r->ref.target_id == doc->id) s.evidence.push_back({r->source, r->ref.line, r->ref.text});
  }
  return s;
}

}  // namespace gazette

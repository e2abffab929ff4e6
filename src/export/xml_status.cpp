#include "export/xml_status.hpp"

namespace gazette {

namespace {

/// When R takes effect: the date its clause states, else the citing document's start, else
/// its signing date (as src/xref dates relations).
std::string EventDate(const Corpus& corpus, const CorpusReference& r) {
  if (!r.ref.date.empty()) return r.ref.date;
  const CorpusDocument* from = corpus.Find(r.from);
  if (!from) return "";
  return from->effective.size() == 10 ? from->effective : from->date;
}

}  // namespace

CorpusStatus::CorpusStatus(const std::vector<Issue>& issues, std::string as_of)
    : as_of_(as_of), corpus_(std::move(as_of)) {
  for (const auto& issue : issues) corpus_.AddIssue(issue);
}

CorpusStatus::CorpusStatus(std::string as_of) : as_of_(as_of), corpus_(std::move(as_of)) {}

void CorpusStatus::Add(const Issue& issue) {
  corpus_.AddIssue(issue);
  index_built_ = false;
}

void CorpusStatus::BuildIndex() const {
  if (index_built_) return;
  by_from_.clear();
  by_target_.clear();
  for (const auto& r : corpus_.references()) {
    by_from_[r.from].push_back(&r);
    if (!r.ref.target_id.empty()) by_target_[r.ref.target_id].push_back(&r);
  }
  index_built_ = true;
}

const CorpusStatus::RefIndex& CorpusStatus::ByFrom() const {
  BuildIndex();
  return by_from_;
}

const CorpusStatus::RefIndex& CorpusStatus::ByTarget() const {
  BuildIndex();
  return by_target_;
}

Standing CorpusStatus::StandingOf(const std::string& id) const {
  Standing s;
  if (as_of_.empty()) return s;  // the empty corpus
  static const std::vector<const CorpusReference*> kNone;
  const CorpusDocument* doc = corpus_.Find(id);
  std::string key = doc ? doc->id : id;
  auto at = ByTarget().find(key);
  const std::vector<const CorpusReference*>& incoming = at == ByTarget().end() ? kNone : at->second;
  if (doc) {
    // What Corpus::Status(id) decides, from the references indexed by target once rather than
    // from a scan of every reference for each document.
    DocumentStatus status = DecideStatus(*doc, incoming, [this](const std::string& k) { return corpus_.Find(k); },
                                         as_of_);
    s.status = status.status;
    s.by = status.by;
    s.since = status.date;
    s.effective = doc->effective;
    s.expires = doc->expires;
    if (doc->dated.source == doc->source) s.line = doc->dated.line;
  }
  for (const CorpusReference* r : incoming) {
    if (!IsSupersession(r->ref.type)) continue;
    s.events.push_back({r->ref.type, r->from, EventDate(corpus_, *r), r->source, r->ref.line, r->ref.text});
  }
  return s;
}

Reference CorpusStatus::Resolve(const std::string& from, const Reference& ref) const {
  const auto& by_from = ByFrom();
  auto it = by_from.find(from);
  if (it == by_from.end()) return ref;
  for (const CorpusReference* r : it->second) {
    const Reference& c = r->ref;
    if (c.line == ref.line && c.type == ref.type && c.to == ref.to && c.title == ref.title) return c;
  }
  return ref;
}

std::vector<const CorpusDocument*> CorpusStatus::CitedOnly() const {
  std::vector<const CorpusDocument*> out;
  if (as_of_.empty()) return out;
  for (const auto& d : corpus_.documents())
    if (!d.printed) out.push_back(&d);
  return out;
}

}  // namespace gazette

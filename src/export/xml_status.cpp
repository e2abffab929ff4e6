#include "export/xml_status.hpp"

namespace gazette {

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
  for (const auto& r : corpus_.references()) {
    by_from_[r.from].push_back(&r);
  }
  index_built_ = true;
}

const CorpusStatus::RefIndex& CorpusStatus::ByFrom() const {
  BuildIndex();
  return by_from_;
}

DocumentStatus CorpusStatus::StatusOf(const std::string& id) const {
  if (as_of_.empty()) return {};  // the empty corpus
  return corpus_.Status(id, as_of_, StatusDetail::kStanding);  // the writers print no evidence
}

Reference CorpusStatus::Resolve(const std::string& from, const Reference& ref) const {
  const auto& by_from = ByFrom();
  auto it = by_from.find(from);
  if (it == by_from.end()) return ref;
  for (const CorpusReference* r : it->second) {
    if (r->line != ref.line || r->type != ref.type || r->to != ref.to || r->title != ref.title) continue;
    Reference resolved = ref;  // the corpus's record is ref's, with what resolution set
    resolved.resolved = r->resolved;
    resolved.target_id = r->target_id;
    return resolved;
  }
  return ref;
}

void CorpusStatus::Resolve() {
  corpus_.documents();  // the corpus resolves its references and makes its stubs on first read
  BuildIndex();
}

std::vector<const CorpusDocument*> CorpusStatus::CitedOnly() const {
  std::vector<const CorpusDocument*> out;
  if (as_of_.empty()) return out;
  for (const auto& d : corpus_.documents())
    if (!d.printed) out.push_back(&d);
  return out;
}

}  // namespace gazette

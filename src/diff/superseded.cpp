#include "diff/superseded.hpp"

#include <set>
#include <utility>

namespace gazette::diff {

bool MakesPair(Relation type) { return type == Relation::kRepeals || type == Relation::kReplaces || type == Relation::kRevises; }

std::vector<SupersededPair> SupersededPairs(const Corpus& corpus) {
  std::vector<SupersededPair> pairs;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& r : corpus.references()) {
    const Relation type = r.type;
    if (!MakesPair(type)) continue;
    if (!r.resolved || r.target_id.empty() || r.target_id == r.from) continue;
    const CorpusDocument* target = corpus.Find(r.target_id);
    if (!target || !target->printed) continue;
    if (!seen.insert({r.from, r.target_id}).second) continue;
    pairs.push_back({r.from, r.target_id, type, {r.source, r.line, r.text.str()}});
  }
  return pairs;
}

namespace {

// Diffs made and waiting to be emitted, per job: each holds its two documents until it runs.
constexpr size_t kPendingPerJob = 4;

}  // namespace

PairedDiffs::PairedDiffs(std::vector<SupersededPair> pairs, std::optional<Compared> what, unsigned jobs)
    : pairs_(std::move(pairs)), what_(what), diffs_(jobs, kPendingPerJob * JobsFor(jobs)) {
  for (const auto& p : pairs_) ++uses_[p.old_id], ++uses_[p.new_id];
}

std::set<std::string> PairedDiffs::Wanted() const {
  std::set<std::string> ids;
  for (const auto& [id, uses] : uses_) ids.insert(id);
  return ids;
}

void PairedDiffs::Add(Document& d, const std::string& source, const Emit& emit) {
  auto need = uses_.find(d.id);
  if (need == uses_.end() || !came_.insert(d.id).second) return;  // not paired, or printed before
  std::vector<TextLine>().swap(d.body);  // done with by the extractors: its room too
  const std::string id = d.id;  // the right side of = runs first: d is moved from before a key is read
  held_[id] = Held{std::make_shared<const Document>(std::move(d)), source, need->second};
  MakeReady(emit, false);
}

void PairedDiffs::Finish(const Emit& emit) {
  MakeReady(emit, true);
  diffs_.Finish([&](DocumentDiff& d) { emit(d); });
}

// Makes the pairs from next_ on while both their documents are held; when FINISHING, a pair
// whose documents did not both come is skipped instead of waited for.
void PairedDiffs::MakeReady(const Emit& emit, bool finishing) {
  for (; next_ < pairs_.size(); ++next_) {
    const SupersededPair& p = pairs_[next_];
    auto older = held_.find(p.old_id), newer = held_.find(p.new_id);
    bool ready = older != held_.end() && newer != held_.end();
    if (!ready && !finishing) return;
    if (ready)
      diffs_.Add([older = older->second, newer = newer->second, what = what_] {
        return DiffDocuments({*older.doc, older.source}, {*newer.doc, newer.source}, what);
      }, [&](DocumentDiff& d) { emit(d); });
    Release(p.old_id);
    Release(p.new_id);
  }
}

void PairedDiffs::Release(const std::string& id) {
  auto it = held_.find(id);
  if (it != held_.end() && --it->second.uses == 0) held_.erase(it);
}

}  // namespace gazette::diff

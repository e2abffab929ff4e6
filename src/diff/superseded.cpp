#include "diff/superseded.hpp"

#include <set>
#include <utility>

namespace gazette::diff {

std::vector<SupersededPair> SupersededPairs(const Corpus& corpus) {
  std::vector<SupersededPair> pairs;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& r : corpus.references()) {
    Relation type = r.ref.type;
    if (type != Relation::kRepeals && type != Relation::kReplaces && type != Relation::kRevises) continue;
    if (!r.ref.resolved || r.ref.target_id.empty() || r.ref.target_id == r.from) continue;
    const CorpusDocument* target = corpus.Find(r.ref.target_id);
    if (!target || !target->printed) continue;
    if (!seen.insert({r.from, r.ref.target_id}).second) continue;
    pairs.push_back({r.from, r.ref.target_id, type, {r.source, r.ref.line, r.ref.text}});
  }
  return pairs;
}

}  // namespace gazette::diff

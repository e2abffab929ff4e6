#include "diff/superseded.hpp"

#include <set>
#include <utility>

namespace gazette::diff {

std::vector<SupersededPair> SupersededPairs(const Corpus& corpus) {
  std::vector<SupersededPair> pairs;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& r : corpus.references()) {
    Relation type = r.type;
    if (type != Relation::kRepeals && type != Relation::kReplaces && type != Relation::kRevises) continue;
    if (!r.resolved || r.target_id.empty() || r.target_id == r.from) continue;
    const CorpusDocument* target = corpus.Find(r.target_id);
    if (!target || !target->printed) continue;
    if (!seen.insert({r.from, r.target_id}).second) continue;
    pairs.push_back({r.from, r.target_id, type, {r.source, r.line, r.text.str()}});
  }
  return pairs;
}

}  // namespace gazette::diff

// Which documents of the inputs are older versions of which: the pairs `gazette diff
// --superseded` compares.
#pragma once
#include <string>
#include <vector>

#include "xref/corpus.hpp"

namespace gazette::diff {

/// A newer document and an older one it repeals, replaces or revises, both printed in the inputs.
struct SupersededPair {
  std::string new_id;    ///< corpus id of the newer document
  std::string old_id;    ///< corpus id of the older one
  Relation relation = Relation::kRepeals;  ///< repeals | replaces | revises
  Evidence evidence;     ///< the clause that says so
};

/// Every (newer, older) pair CORPUS's resolved references give with the relation repeals,
/// replaces or revises, where both documents are printed in the inputs; once per pair, in the
/// order the clauses are printed.
std::vector<SupersededPair> SupersededPairs(const Corpus& corpus);

}  // namespace gazette::diff

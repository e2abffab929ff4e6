// Which documents of the inputs are older versions of which: the pairs `gazette diff
// --superseded` compares.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diff/diff.hpp"
#include "util/jobs.hpp"
#include "util/ordered_tasks.hpp"
#include "xref/corpus.hpp"

namespace gazette::diff {

/// A newer document and an older one it repeals, replaces or revises, both printed in the inputs.
struct SupersededPair {
  std::string new_id;    ///< corpus id of the newer document
  std::string old_id;    ///< corpus id of the older one
  Relation relation = Relation::kRepeals;  ///< repeals | replaces | revises
  Evidence evidence;     ///< the clause that says so
};

/// True for the relations that pair two documents (repeals, replaces, revises): the references
/// a corpus read only for the pairs keeps (Corpus::AddIssue).
bool MakesPair(Relation type);

/// Every (newer, older) pair CORPUS's resolved references give with the relation repeals,
/// replaces or revises, where both documents are printed in the inputs; once per pair, in the
/// order the clauses are printed.
std::vector<SupersededPair> SupersededPairs(const Corpus& corpus);

/// The diffs of superseded pairs, made in the pairs' order as their documents come (a reading
/// of the inputs in order), each document held only until the last pair that needs it is made:
/// what `gazette diff --superseded` holds is the documents waiting for a partner, not every one.
/// With several jobs the diffs are made on threads of their own, a few at a time, and emitted in
/// the pairs' order all the same.
///
///   PairedDiffs diffs(SupersededPairs(corpus), what, jobs);
///   for (each issue, in input order) for (auto& d : issue.documents) diffs.Add(d, issue.source, emit);
///   diffs.Finish(emit);   // the pairs whose documents never came are skipped
class PairedDiffs {
 public:
  /// What is done with each diff made.
  using Emit = std::function<void(const DocumentDiff&)>;

  /// The diffs of PAIRS, comparing WHAT (both when none), made on JOBS threads (0: one per core;
  /// 1: each in the Add or Finish that finds it ready).
  PairedDiffs(std::vector<SupersededPair> pairs, std::optional<Compared> what, unsigned jobs = 1);

  /// The ids of the documents the pairs need (read the inputs again for only these).
  std::set<std::string> Wanted() const;
  /// Takes document D of file SOURCE (moved from, its body dropped) when a pair needs it and no
  /// printing of its id came before; then starts each diff now ready, and calls EMIT with each
  /// one made, in order.
  void Add(Document& d, const std::string& source, const Emit& emit);
  /// Makes the diffs still waiting whose documents both came and emits the rest, in order (the
  /// inputs are all read).
  void Finish(const Emit& emit);

 private:
  struct Held {
    std::shared_ptr<const Document> doc;  // shared with the diffs made of it on other threads
    std::string source;
    int uses = 0;  // pairs not yet made that need it
  };
  void MakeReady(const Emit& emit, bool finishing);
  void Release(const std::string& id);
  std::vector<SupersededPair> pairs_;
  std::optional<Compared> what_;
  size_t next_ = 0;                    // the first pair not yet made (or skipped)
  std::map<std::string, int> uses_;    // id → pairs that need it (held or not)
  std::set<std::string> came_;         // ids whose first printing has come
  std::map<std::string, Held> held_;
  OrderedTasks<DocumentDiff> diffs_;   // made, or being made, and not yet emitted
};

}  // namespace gazette::diff

// What the corpus says about each document, in the shape the XML and AKN writers need: its
// status as of a date (src/xref decides it: xref/status.hpp) and the resolution of its
// references. A thin view over src/xref, so the writers do not depend on the engine's internals.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/issue.hpp"
#include "model/status.hpp"
#include "xref/corpus.hpp"

namespace gazette {

/// The standings and reference resolutions of every document of a set of issues.
class CorpusStatus {
 public:
  /// An empty corpus: every status unknown, every reference unresolved.
  CorpusStatus() = default;
  /// Indexes the documents of ISSUES (which must outlive this object) as of AS_OF (ISO date).
  CorpusStatus(const std::vector<Issue>& issues, std::string as_of);
  /// A corpus filled one issue at a time with Add (light records only: issues need not outlive it).
  explicit CorpusStatus(std::string as_of);
  /// Indexes the documents of ISSUE (its references and deadlines extracted).
  void Add(const Issue& issue);
  /// The date statuses are computed for.
  const std::string& as_of() const { return as_of_; }
  /// The status of the document with id ID (a printed document or one only cited), its
  /// standing alone (StatusDetail::kStanding: no evidence); unknown with no events for the
  /// empty corpus.
  DocumentStatus StatusOf(const std::string& id) const;
  /// The status of DOC.
  DocumentStatus StatusOf(const Document& doc) const { return StatusOf(doc.id); }
  /// REF, made by the document FROM, with `resolved` and `target_id` as the corpus resolved it.
  Reference Resolve(const std::string& from, const Reference& ref) const;
  /// The N-th reference of the corpus (every printed document's, in input order), resolved.
  const CorpusReference& ReferenceAt(size_t n) const { return corpus_.references().at(n); }
  /// Resolves every reference, makes the stubs and indexes the references by citing document
  /// now (each is otherwise done on first use), so that threads may then read the corpus side
  /// by side.
  void Resolve();
  /// Documents the inputs cite but do not print (stubs), in order of first citation.
  std::vector<const CorpusDocument*> CitedOnly() const;

 private:
  std::string as_of_;
  Corpus corpus_;
  using RefIndex = std::unordered_map<std::string, std::vector<const CorpusReference*>>;
  /// The references by citing document, built on first use.
  const RefIndex& ByFrom() const;
  void BuildIndex() const;
  mutable RefIndex by_from_;
  mutable bool index_built_ = false;
};

}  // namespace gazette

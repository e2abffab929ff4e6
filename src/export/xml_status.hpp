// What the corpus says about each document, in the shape the XML and AKN writers need: its
// standing as of a date (with the evidence) and the resolution of its references. A thin view
// over src/xref, so the writers do not depend on the engine's internals.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "xref/corpus.hpp"

namespace gazette {

/// One fact that changed a document's standing: repealed by, amended by …
struct StandingEvent {
  Relation relation = Relation::kRepeals;  ///< the citing relation (written as PassiveOf: repealed-by …)
  std::string by;        ///< id of the document that states it
  std::string date;      ///< ISO date it takes effect, empty if unknown
  std::string source;    ///< file where it is written
  int line = 0;          ///< printed line where it is written
  std::string text;      ///< the clause, normalized
};

/// A document's standing as of a date.
struct Standing {
  LegalStatus status = LegalStatus::kUnknown;  ///< as src/xref DocumentStatus decides it
  std::string by;                  ///< id of the document that decided it (the repealing one), if any
  std::string since;               ///< ISO date the status took effect, empty if unknown
  std::string effective;           ///< ISO effective date, empty if unknown
  std::string expires;             ///< ISO end of validity, empty if none
  int line = 0;                    ///< printed line of the clause that decided it (same file)
  std::vector<StandingEvent> events;
};

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
  /// The standing of the document with id ID (a printed document or one only cited).
  Standing StandingOf(const std::string& id) const;
  /// The standing of DOC.
  Standing StandingOf(const Document& doc) const { return StandingOf(doc.id); }
  /// REF, made by the document FROM, with `resolved` and `target_id` as the corpus resolved it.
  Reference Resolve(const std::string& from, const Reference& ref) const;
  /// The N-th reference of the corpus (every printed document's, in input order), resolved.
  const CorpusReference& ReferenceAt(size_t n) const { return corpus_.references().at(n); }
  /// Documents the inputs cite but do not print (stubs), in order of first citation.
  std::vector<const CorpusDocument*> CitedOnly() const;

 private:
  std::string as_of_;
  Corpus corpus_;
  using RefIndex = std::map<std::string, std::vector<const CorpusReference*>>;
  /// The references by citing document (BY_FROM) and by target (BY_TARGET), built on first use.
  const RefIndex& ByFrom() const;
  const RefIndex& ByTarget() const;
  void BuildIndex() const;
  mutable RefIndex by_from_, by_target_;
  mutable bool index_built_ = false;
};

}  // namespace gazette

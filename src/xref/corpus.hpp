// The corpus: every document of every input, indexed by normalized 文号 (and by title where it
// has none), the references between them resolved, and each document's status on a date with
// the evidence (file:line) behind it. Built one issue at a time: it keeps a light record per
// document and per reference, never whole Issues, so inputs of any number stream through it.
//
//   Corpus corpus;
//   for (each input) corpus.AddIssue(LoadIssue(path).value());   // one issue in memory at a time
//   DocumentStatus s = corpus.Status("京人社事业发〔2023〕24号", "2025-01-01");   // xref/status.hpp decides
//   for (const auto& d : corpus.documents()) …;  for (const auto& r : corpus.references()) …;
#pragma once
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/issue.hpp"
#include "model/status.hpp"
#include "util/shared_text.hpp"
#include "util/text_spool.hpp"

namespace gazette {

/// A clause of a document's own text that dates it: its printed line (0 if none) and the text.
/// The file is the document's own, so the corpus does not keep it once per clause.
struct DatingClause {
  int line = 0;
  std::string text;
};

/// A document the corpus knows: printed in an input, or only cited by one (a "stub").
struct CorpusDocument {
  std::string id;        ///< normalized 文号; "<issue>#<n>" for a printed document without one;
                         ///< "《title》" for a cited document known by title only
  std::string docno;     ///< normalized 文号, empty if none is known
  std::vector<std::string> joint_docnos;  ///< a joint document's other 文号, by which it is found too
  std::string title;     ///< full title as printed (issuers + title), or as first cited
  bool printed = false;  ///< true when an input prints the document itself
  std::string source;    ///< the file that prints it (for a stub: that first cites it)
  std::string issue;     ///< issue name (2024-38), empty for a stub
  int line = 0;          ///< printed line of its header (for a stub: of its first citation)
  std::optional<Date> date;       ///< signing date, else the issue's date; none for a stub
  std::optional<Date> issued;     ///< the first day it is known to have been out: the earliest of its
                                  ///< signing, adoption, promulgation or amendment, its issue's date
  std::optional<Date> effective;  ///< start of force by its own dates (day or month), none if unknown
  std::optional<Date> expires;    ///< end of its validity (day or month), none if none
  DatingClause started;  ///< the clause that gives `effective` (line 0 if none)
  DatingClause ended;    ///< the clause that gives `expires` (line 0 if none or no `effective`)
  std::vector<std::string> instruments;  ///< titles of the regulations/plans it issues
};

/// A reference as the corpus keeps it: a light record, for the corpus holds every reference of
/// every input until the last is read. The citing document and its file are shared by all its
/// references; the clause waits in the corpus's TextSpool (a temporary file), not in memory; the
/// printed forms the corpus does not use (Reference::to_printed, alias) are left out.
struct CorpusReference {
  SharedText source;     ///< file of the citing document
  SharedText from;       ///< id of the citing document
  Relation type = Relation::kCites;
  int line = 0;          ///< printed line of the clause
  bool resolved = false;  ///< set by the corpus: the target is printed in the inputs
  std::optional<Date> date;  ///< the day the relation takes effect when the clause states it
  std::string to;        ///< normalized 文号 of the cited document, empty if none printed
  std::string title;     ///< cited title without 《》, empty if none printed
  std::string target_id;  ///< set by the corpus: id of the cited document (a stub's when not printed)
  SpooledText text;      ///< the clause around it, normalized

  /// The corpus's record of R made by document FROM of file SOURCE, its clause kept by TEXT.
  static CorpusReference Of(const Reference& r, SharedText source, SharedText from, SpooledText text);
};

/// The edges of the reference graph: each a reference of the corpus (it lives as long as the
/// corpus), document `from` citing `target_id` with relation `type`.
using GraphEdges = std::vector<const CorpusReference*>;

/// One key Corpus::Find tries: a document id or 文号 (BY_ID), else a title key.
struct LookupKey {
  bool by_id = true;
  std::string key;
};

/// The keys Corpus::Find tries for what a user typed (a 文号 in any printed form, an id or a
/// title), in the order it tries them; the first that names a document wins.
std::vector<LookupKey> FindKeys(const std::string& typed);

/// The title keys Corpus::Find tries for TYPED, what a user typed (a title in any printed form:
/// with or without 《》, its issuers or 关于…, full-width brackets): as typed, then as the text's
/// titles are normalized. None for a 文号.
std::vector<std::string> TypedTitleKeys(const std::string& typed);

/// True when printed document D's title, or the title of an instrument it issues, has one of KEYS
/// (TypedTitleKeys of what a user typed, made once for every document asked).
bool TitleNames(const std::vector<std::string>& keys, const Document& d);

/// The corpus record of printed document D of ISSUE, with its own dates (see StatusByDate).
CorpusDocument LightDocument(const Issue& issue, const Document& d);

/// What a status decision fills: every field (kFull), or the standing alone (kStanding: no
/// `evidence` list and only the line of `dated`), for writers that print neither (XML, AKN).
enum class StatusDetail { kFull, kStanding };

/// The corpus of every input. Queries resolve references on first use after AddIssue.
/// Resolution: by normalized 文号 when the citation prints one (an order or announcement by its
/// AliasKey, so 北京市人民政府令第12号 finds 市政府令第12号, 京政发〔1987〕120号 京政发〔87〕120号); else by title (the printed
/// title, the title without its issuers, or the instrument a 关于印发《X》的通知 issues),
/// against printed documents and their instruments, then against title ↔ 文号 pairs other
/// citations print. A reference never resolves to the document that makes it.
class Corpus {
 public:
  /// AS_OF (ISO day YYYY-MM-DD, default today) is the date statuses are judged on.
  explicit Corpus(std::string as_of = "");

  /// The date statuses are judged on, as ISO text (for writers).
  const std::string& as_of() const { return as_of_; }
  /// The date statuses are judged on; none when the text given was not a day.
  const std::optional<Day>& as_of_day() const { return as_of_day_; }

  /// Indexes every document of ISSUE and keeps its references (doc.references filled), or only
  /// those KEEP takes: the others still teach the corpus the 文号 a title stands for, so the
  /// references kept resolve as they would among all of them.
  void AddIssue(const Issue& issue, const std::function<bool(const Reference&)>& keep = nullptr);

  /// Every document: printed ones in input order, then stubs for cited documents not printed.
  /// (A deque: it grows without the spare capacity and the copy of a growing vector.)
  const std::deque<CorpusDocument>& documents() const;
  /// Every reference of every printed document, in input order, resolved.
  const std::deque<CorpusReference>& references() const;

  /// The document KEY names: a 文号 in any printed form (京政发[2023]20 号), an id, or a title;
  /// nullptr if the corpus does not know it.
  const CorpusDocument* Find(const std::string& key) const;

  /// The ids of the printed documents whose title (or an instrument's) is TITLE as a user types
  /// it: more than one when Find cannot choose by title.
  std::vector<std::string> IdsTitled(const std::string& title) const;

  /// The status of the document KEY names on AS_OF (ISO day; empty = the corpus' date; a text
  /// that is not a day judges no dates).
  /// A relation counts once it has taken effect: on the date its clause states, else on the
  /// citing document's start, else its signing date.
  /// DETAIL kStanding leaves the evidence out (StatusDetail).
  DocumentStatus Status(const std::string& key, const std::string& as_of,
                        StatusDetail detail = StatusDetail::kFull) const;

  /// Every key Find looks documents up by, with the id it gives ("" for a title two documents
  /// share), in lookup order: ids and 文号 (by_id), then title keys.
  std::vector<std::pair<LookupKey, std::string>> LookupKeys() const;

  /// The graph: supersession edges only, or every reference with ALL.
  GraphEdges Edges(bool all = false) const;

 private:
  void Resolve() const;
  void ResolveOne(CorpusReference& r) const;
  int AddStub(const CorpusReference& r, const std::string& id) const;
  int IndexOf(const std::string& id) const;  // by id, 文号 or AliasKey; -1 if unknown
  // The printed order of a series numbered without years that DOCNO (…令YYYY年第N号) cites with
  // its year: 令第N号 signed in that year; OTHERWISE when none is.
  int PrintedOrderOfYear(const std::string& docno, int otherwise) const;
  /// The document of title KEY (TitleKeys form): printed with it, else cited with it and its 文号
  /// (《A》(京政发〔2005〕30号)); null when none or two printed documents share it.
  const CorpusDocument* FindTitled(const std::string& key) const;
  /// Indexes INDEX under ID and its AliasKey (where no document is yet); the keys it took go to
  /// INSERTED when given.
  void IndexId(const std::string& id, int index, std::vector<std::string>* inserted = nullptr) const;
  /// Indexes printed document I by id, 文号 and title keys.
  void IndexPrinted(size_t i);
  /// The printed document among those sharing title KEY that R cites, never one signed after the
  /// citing document: the one of the year the citation names (2015年印发的《A》: refs_title_year),
  /// else, when the citing document is one of them (a new version under the old title), the
  /// latest other printed with its issuers (none when it is undated); -1 when the title does not
  /// tell them apart.
  int SharedTitleTarget(const std::string& key, const CorpusReference& r) const;
  /// True when A and B may be one issuer's: their 文号 share an agency code, or a name before 关于
  /// in one title holds the other's, or (neither naming one) their codes do not differ.
  static bool SameIssuer(const CorpusDocument& a, const CorpusDocument& b);
  /// Of printed documents INDICES, the one signed last; -1 when one has no date or two tie.
  int LatestSigned(const std::vector<int>& indices) const;
  /// Removes the stubs (documents cited, not printed) and their keys from the index.
  void DropStubs() const;
  std::string as_of_;
  std::optional<Day> as_of_day_;
  mutable bool resolved_ = true;
  mutable std::deque<CorpusDocument> docs_;
  mutable std::deque<CorpusReference> refs_;
  // Hashed, not ordered: Resolve's lookups in ordered maps of ids sharing long prefixes were a
  // quarter of its time (memcmp), and it runs alone at the end of xml. LookupKeys sorts.
  mutable std::unordered_map<std::string, int> by_id_;     // id and 文号 → index in docs_
  std::unordered_map<std::string, int> by_title_;  // title keys of printed documents → index, -1 ambiguous
  std::unordered_map<std::string, std::vector<int>> shared_titles_;  // the ambiguous keys → every index
  mutable std::unordered_map<std::string, std::vector<size_t>> by_target_;  // target id → its references in refs_
  std::unordered_map<std::string, std::string> title_docnos_;  // title keys → 文号 cited with them
  mutable std::vector<std::string> stub_keys_;  // the keys of by_id_ that name stubs
  size_t printed_count_ = 0;
  std::unique_ptr<TextSpool> texts_ = std::make_unique<TextSpool>();  // the references' clauses
};

}  // namespace gazette

// What the clause finders of the dates extractor (dates_clauses.cpp, dates_force.cpp) share for
// one sentence: not a public interface.
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/dates_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::dates_internal {

/// Byte ranges of a sentence already claimed by a finder, so later finders skip them.
class Spans {
 public:
  void Add(size_t begin, size_t end) { spans_.emplace_back(begin, end); }
  void Add(const Match& m) { Add(static_cast<size_t>(m.position()), static_cast<size_t>(m.position() + m.length())); }
  bool Overlaps(size_t begin, size_t end) const {
    return std::any_of(spans_.begin(), spans_.end(), [&](auto s) { return begin < s.second && s.first < end; });
  }

 private:
  std::vector<std::pair<size_t, size_t>> spans_;
};

/// What the finders share for one sentence.
struct Scan {
  const Sentence& sentence;
  const std::optional<Date>& signed_date;
  std::vector<Found>& out;
  Spans dates;    ///< every printed date (durations inside them are not durations), once asked
  Spans claimed;  ///< durations already read as a period
  bool has_effective = false;  ///< the sentence states the document's own start

  Found& Add(DateKind kind, const Match& m) {
    Found f;
    f.record.kind = kind;
    f.record.text = QuotedAround(sentence.text, static_cast<size_t>(m.position()), static_cast<size_t>(m.length()));
    f.record.line = sentence.LineAt(static_cast<size_t>(m.position()));
    f.sentence = sentence.index;
    f.offset = static_cast<size_t>(m.position());
    out.push_back(std::move(f));
    return out.back();
  }
};

/// Sets D's date to the printed date PRINTED (none when it is no valid date).
inline void SetDate(Deadline& d, const std::string& printed) { d.date = ParsePrintedDate(printed); }

/// A month and day without a year (MONTH_DAY, or a month's end: 9月底), dated in the year of SIGNED,
/// or the next year when that would fall before the signing date.
std::optional<Date> DateInSigningYear(const std::string& month_day, const std::optional<Date>& signed_date);

/// True when SENTENCE names the document itself as its subject (dates_own_subject: 本办法, 本通知).
bool IsOwnSubject(const std::string& sentence);

/// True when SENTENCE may hold a word of GATE (grammars/dates.grammar's dates_gate_*): the literal
/// prefilter alone (LineGates).
bool MayHold(const Sentence& sentence, Gate gate);

/// A span M of force or validity (its groups date and end): effective on the first, expires on the
/// second; the document's own when OWN.
void AddSpan(Scan& s, const Match& m, bool own);

/// The clauses of force (dates_force.cpp): its spans (自A至B试行, …施行,至B止), its start
/// (…起施行), its own end or a repeal it dates (…废止).
void FindSpansOfForce(Scan& s);
/// CLAUSES: whether the sentence passed dates_gate_clause; MONTH: whether it passed dates_gate_month.
void FindEffective(Scan& s, bool clauses, bool month);
/// The document's own end dated before its verb, or a repeal the sentence dates.
void FindRepeals(Scan& s);

}  // namespace gazette::dates_internal

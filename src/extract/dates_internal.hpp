// Internals shared by the dates extractor's files (dates.cpp, dates_clauses.cpp): not a public
// interface.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.hpp"
#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"
#include "model/issue.hpp"

namespace gazette::dates_internal {

/// The gates of grammars/dates.grammar (dates_gate_*): words every pattern of a group needs.
enum class Gate { kAny, kClause, kMonth, kForce, kRepeal, kPeriod, kLimit };

/// The gates asked of the sentences of one body line at a time, against the summary of the line's
/// characters (literals.hpp): the line is summarized once, where RxMayMatch summarized each of its
/// sentences anew (a copy of it into the engine's cache, a pass over its characters), and a line
/// that holds no word of dates_gate_any (most) is not cut into sentences at all. The answers are
/// RxMayMatch's (RxMayMatchWithin): a gate's literals held by the line are sought in the sentence.
class LineGates {
 public:
  /// Summarizes LINE, the text the next questions' sentences lie in.
  void Summarize(std::string_view line) { gazette::Summarize(line, summary_); }
  /// RxMayMatch(TEXT, GATE's pattern), TEXT being the line last summarized or a part of it.
  bool MayHold(std::string_view text, Gate gate) const;

 private:
  CharacterSummary summary_;
};

/// One sentence of a body line (cut at 。;; !?), with the way back to its printed line.
struct Sentence {
  std::string text;
  const TextLine* source = nullptr;
  size_t offset = 0;  ///< byte offset of `text` in source->text
  int index = 0;      ///< position in the document, for "same sentence" links
  const LineGates* gates = nullptr;  ///< summarized for the sentence's line
  /// True when the sentence is all of its line and the line passed dates_gate_any: the same text,
  /// so the same answer, and FindInSentence does not ask it again.
  bool passed_any = false;
  /// True when the sentence just before stated the document's own start (本办法自…起施行。): a
  /// period opening this one without a subject (有效期3年。) is the document's.
  bool after_own_start = false;
  /// Printed line of byte POS of `text`.
  int LineAt(size_t pos) const { return source ? source->LineAt(offset + pos) : 0; }
};

/// The event a relative date counts from.
enum class Anchor {
  kNone,
  kIssue,  ///< 印发/发布/公布 → the signing date
  kForce,  ///< 施行/实施 → the document's effective date
  kSame,   ///< 同时废止 → the effective date
};

/// A record as found, before relative dates are resolved.
struct Found {
  Deadline record;
  int sentence = 0;
  /// What a relative date points to; kNone when the record already has its date or has none.
  Anchor relative = Anchor::kNone;
  int days_after = 0;  ///< calendar days to add once resolved (自公布之日起30日后施行)
  int months_after = 0;  ///< months to add once resolved (自印发之日起一个月后施行): the same day N months on
  size_t offset = 0;   ///< where in its sentence the record's match starts
  /// An own start naming a measure (…起施行…标准, 新的收费标准自…起执行): the document's only when it
  /// states no other start of its own (MeasureStartsNotOwn).
  bool measure = false;
};

/// Where one sentence of a body line lies: SOURCE->text from OFFSET, LENGTH bytes.
struct SentenceSpan {
  const TextLine* source = nullptr;
  size_t offset = 0;
  size_t length = 0;
};

/// Once every start of a document is read: a measure's start (Found::measure) is no start of the
/// document when another start of its own is stated (本办法自2023年1月1日起施行).
void MeasureStartsNotOwn(std::vector<Found>& found);

/// The sentences of LINE (cut at 。;; !?, a blank tail dropped), in order, appended to OUT: where
/// each lies, so the caller copies one at a time into a buffer it keeps.
void SplitSentences(const TextLine& line, std::vector<SentenceSpan>& out);

/// The sentences of every line of BODY, in order.
std::vector<SentenceSpan> SplitSentences(const std::vector<TextLine>& body);

/// An amount in Arabic or Chinese numerals (15, 十五, 两); nullopt when not a numeral.
std::optional<int> ParseAmount(const std::string& text);

/// A month as a date prints it: ParseAmount of TEXT, and 元 (元月) for January.
std::optional<int> ParseMonth(const std::string& text);

/// The unit of a duration as printed (个工作日, 日, 天, 个月, 年, 周) → day|workday|month|year, and
/// the factor to multiply the amount by (周 → 7 days).
TimeUnit UnitOf(const std::string& printed, int* factor);

/// Whether the printed event (印发之日, 本通告实施之日) points to the issue or to the coming
/// into force.
Anchor EventKind(const std::string& trigger);

/// Every effective date, repeal, period, time limit and dated deadline in SENTENCE, whose gates
/// must be set. SIGNED is the document's signing date (may be absent), used for dates printed
/// without a year.
void FindInSentence(const Sentence& sentence, const std::optional<Date>& signed_date, std::vector<Found>& out);

}  // namespace gazette::dates_internal

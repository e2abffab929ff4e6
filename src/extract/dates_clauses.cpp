// The clause finders of the dates extractor: each reads one sentence and adds what it states.
#include <algorithm>
#include <string_view>
#include <utility>

#include "extract/dates_internal.hpp"
#include "extract/workdays.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::dates_internal {

namespace {

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
    f.record.text = Trim(sentence.text);
    f.record.line = sentence.LineAt(static_cast<size_t>(m.position()));
    f.sentence = sentence.index;
    f.offset = static_cast<size_t>(m.position());
    out.push_back(std::move(f));
    return out.back();
  }
};

void SetDate(Deadline& d, const std::string& printed) { d.date = ParsePrintedDate(printed); }

/// A month and day without a year, dated in the year of SIGNED (or the next year when that
/// would fall before the signing date).
std::optional<Date> DateInSigningYear(const std::string& month_day, const std::optional<Date>& signed_date) {
  Match m;
  if (!RxFull(month_day, "dates_month_day", m) || !signed_date || signed_date->precision != Precision::kDay)
    return std::nullopt;
  const Day& signed_on = signed_date->day;
  auto month = ParseAmount(Group(m, "m")), day = ParseAmount(Group(m, "d"));
  if (!month || !day) return std::nullopt;
  for (int year : {static_cast<int>(signed_on.year()), static_cast<int>(signed_on.year()) + 1}) {
    Day d{std::chrono::year(year), std::chrono::month(*month), std::chrono::day(*day)};
    if (d.ok() && d >= signed_on) return Date{d, Precision::kDay};
  }
  return std::nullopt;
}

bool IsOwnSubject(const std::string& sentence) { return RxFind(sentence, "dates_own_subject"); }

namespace {

/// True if the effective clause M of TEXT states the document's own start (dates_force_own, _other,
/// _retro): not another document's, a part's, or one looked back on.
bool StatesOwnStart(const std::string& text, const Match& m) {
  const auto begin = static_cast<size_t>(m.position()), end = begin + static_cast<size_t>(m.length());
  if (RxFind(text.substr(end), "dates_force_retro"_rx)) return false;
  size_t clause = 0;
  for (std::string_view sep : {"，", ",", "；", ";"}) {
    const size_t at = text.rfind(sep, begin);
    if (at != std::string::npos && at + sep.size() <= begin) clause = std::max(clause, at + sep.size());
  }
  const std::string before = text.substr(clause, begin - clause);
  return RxFind(before, "dates_force_own"_rx) || !RxFind(before, "dates_force_other"_rx);
}

}  // namespace

/// True when SENTENCE may hold a word of GATE (grammars/dates.grammar's dates_gate_*: words every
/// pattern of a group requires): the literal prefilter alone, so a sentence without them skips the
/// group's patterns (most sentences, each asked some ten patterns). Asked against the summary of
/// the sentence's line (LineGates).
bool MayHold(const Sentence& sentence, Gate gate) { return sentence.gates->MayHold(sentence.text, gate); }

/// A span M of force or validity (its groups date and end): effective on the first, expires on the
/// second; the document's own when OWN.
void AddSpan(Scan& s, const Match& m, bool own) {
  Found& start = s.Add(DateKind::kEffective, m);
  SetDate(start.record, Group(m, "date"));
  start.record.of_document = own;
  s.has_effective |= own;
  Found& end = s.Add(DateKind::kExpires, m);
  SetDate(end.record, Group(m, "end"));
  end.record.of_document = own;
}

/// The spans of force a sentence states: 自A至B试行 (effective A, expires B), and an end after the
/// verb, …施行,至B止 or 执行至B (expires B; the document's own when the sentence states its start or
/// names it).
void FindSpansOfForce(Scan& s) {
  const std::string& text = s.sentence.text;
  for (const auto& m : RxAll(text, "dates_force_span"_rx)) {
    if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
    s.claimed.Add(m);
    AddSpan(s, m, StatesOwnStart(text, m));
  }
  for (const auto& m : RxAll(text, "dates_force_until"_rx)) {  // its verb may be an effective clause's too
    s.claimed.Add(m);
    Found& end = s.Add(DateKind::kExpires, m);
    SetDate(end.record, Group(m, "date"));
    end.record.of_document = s.has_effective || IsOwnSubject(text);
  }
}

/// CLAUSES: whether the sentence passed dates_gate_clause (the words of the three gates below);
/// MONTH: whether it passed dates_gate_month (which dates_effective_stated needs).
void FindEffective(Scan& s, bool clauses, bool month) {
  const std::string& text = s.sentence.text;
  const bool force = clauses && MayHold(s.sentence, Gate::kForce);  // all but dates_effective_stated need it
  for (const char* name : {"dates_effective_abs", "dates_effective_lead", "dates_effective_stated"}) {
    const bool stated = std::string_view(name) == "dates_effective_stated";
    if (stated ? !month : !force) continue;
    for (const auto& m : RxAll(text, name)) {
      if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
      s.claimed.Add(m);
      Found& f = s.Add(DateKind::kEffective, m);
      SetDate(f.record, Group(m, "date"));
      f.record.of_document = StatesOwnStart(text, m);
      s.has_effective |= f.record.of_document;
    }
  }
  if (!force) return;
  FindSpansOfForce(s);
  for (const auto& m : RxAll(text, "dates_effective_after"_rx)) {
    auto n = ParseAmount(Group(m, "n"));
    if (!n) continue;
    s.claimed.Add(m);
    Found& f = s.Add(DateKind::kEffective, m);
    const bool months = GroupView(m, "unit") == "个月";
    f.record.trigger = Group(m, "trigger") + "起" + Group(m, "n") + (months ? "个月后" : "日后");
    f.relative = EventKind(Group(m, "trigger"));
    (months ? f.months_after : f.days_after) = *n;
    f.record.of_document = StatesOwnStart(text, m);
    s.has_effective |= f.record.of_document;
  }
  for (const auto& m : RxAll(text, "dates_effective_month_day"_rx)) {
    if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
    std::optional<Date> date = DateInSigningYear(StripSpaces(Group(m, "date")), s.signed_date);
    if (!date) continue;
    s.claimed.Add(m);
    Found& f = s.Add(DateKind::kEffective, m);
    f.record.date = date;
    f.record.of_document = StatesOwnStart(text, m);
    s.has_effective |= f.record.of_document;
  }
  for (const auto& m : RxAll(text, "dates_effective_rel"_rx)) {
    Found& f = s.Add(DateKind::kEffective, m);
    f.record.trigger = Group(m, "trigger");
    f.relative = EventKind(f.record.trigger);
    f.record.of_document = StatesOwnStart(text, m);
    s.has_effective |= f.record.of_document;
  }
}

void FindRepeals(Scan& s) {
  const std::string& text = s.sentence.text;
  if (!MayHold(s.sentence, Gate::kRepeal)) return;
  // The document's own end, dated before the verb, first: its clause may follow one dated 自…起
  // (…起施行,DATE废止; 自…之日起施行,DATE废止). Asked only of a sentence that states the
  // document's start or names it (few of the sentences a repeal verb passes).
  bool own_end = false;
  const bool own = s.has_effective || IsOwnSubject(text);
  if (Match m; own && RxSearch(text, "dates_repeal_on", m)) {
    Found& f = s.Add(DateKind::kExpires, m);
    SetDate(f.record, Group(m, "date"));
    f.record.of_document = true;
    own_end = true;  // the dated repeals below would read its start as their date; 同时废止 still counts
  }
  // Its own lapse at an end its period gives (有效期两年,到期自动失效): no repeal dated by its start.
  if (own && !own_end && RxFind(text, "dates_own_lapse"_rx)) own_end = true;
  if (Match m; !own_end && RxSearch(text, "dates_repeal_rel", m)) {
    Found& f = s.Add(DateKind::kRepealEffective, m);
    f.record.trigger = Group(m, "trigger");
    f.relative = EventKind(f.record.trigger);
    return;
  }
  if (Match m; !own_end && RxSearch(text, "dates_repeal_abs", m)) {
    SetDate(s.Add(DateKind::kRepealEffective, m).record, Group(m, "date"));
    return;
  }
  if (Match m; RxSearch(text, "dates_repeal_same", m)) {
    Found& f = s.Add(DateKind::kRepealEffective, m);
    f.record.trigger = "施行之日";
    f.relative = Anchor::kSame;
    return;
  }
  if (Match m; RxSearch(text, "dates_repeal_now", m)) {
    Found& f = s.Add(DateKind::kRepealEffective, m);
    f.record.trigger = "印发之日";
    f.relative = Anchor::kIssue;
  }
}

// The amount of the period M (dates_period) in *UNIT (times *FACTOR): 有效期3年, 一年半 (18 months),
// 半年 (6 months); nullopt when its number is not read.
std::optional<int> PeriodAmount(const Match& m, TimeUnit* unit, int* factor) {
  *factor = 1;
  if (!GroupView(m, "halfyear").empty()) {
    *unit = TimeUnit::kMonth;
    return 6;
  }
  auto n = ParseAmount(Group(m, "n"));
  if (!n) return std::nullopt;
  *unit = UnitOf(Group(m, "unit"), factor);
  if (*unit == TimeUnit::kYear && *n >= 1000) return std::nullopt;  // a year (2024年), not a period
  if (GroupView(m, "half").empty() || *unit != TimeUnit::kYear) return n;
  *unit = TimeUnit::kMonth;
  return *n * 12 + 6;
}

// True when the clauses of TEXT before byte AT, since its last verb of force (施行, 执行 …), name a
// certificate (本办法施行前已经核发的《…许可证》,有效期至…): the end at AT is the certificate's. Not a
// certificate named before the document's start (持有资格证书的人员,自…起施行,有效期至…).
bool CertificateBefore(const std::string& text, size_t at) {
  size_t from = 0;
  for (std::string_view verb : {"施行", "执行", "实施", "生效", "试行"}) {
    const size_t found = std::string_view(text).substr(0, at).rfind(verb);
    if (found != std::string_view::npos) from = std::max(from, found + verb.size());
  }
  return RxFind(text.substr(from, at - from), "dates_certificate_before"_rx);
}

void FindPeriods(Scan& s) {
  const std::string& text = s.sentence.text;
  if (!MayHold(s.sentence, Gate::kPeriod)) return;
  // Whether the sentence speaks of the document itself: asked only of one stating a period,
  // a term or 长期有效 (dates_own_subject tries 25 literals).
  std::optional<bool> own_subject;
  auto is_own_subject = [&] {
    if (!own_subject) own_subject = IsOwnSubject(text);
    return *own_subject;
  };
  auto own_of = [&] { return s.has_effective || is_own_subject(); };
  Spans spans;  // of validity: no period is read inside one (有效期为2024年3月1日 is no 2,024 years)
  for (const auto& m : RxAll(text, "dates_valid_span"_rx)) {  // 有效期为A至B: starts A, ends B
    if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
    s.claimed.Add(m);
    spans.Add(m);
    AddSpan(s, m, own_of());
  }
  for (const auto& m : RxAll(text, "dates_period")) {
    if (spans.Overlaps(m.position(), m.position() + m.length())) continue;
    int factor = 1;
    TimeUnit unit = TimeUnit::kMonth;
    auto n = PeriodAmount(m, &unit, &factor);
    if (!n) continue;
    bool own = own_of();
    s.claimed.Add(m);
    Found& f = s.Add(StartsWith(GroupView(m, "what"), "试行") ? DateKind::kTrial : DateKind::kValidity, m);
    f.record.unit = unit;
    f.record.amount = *n * factor;
    f.record.of_document = own;
    if (own) {
      f.record.trigger = "施行之日";
      f.relative = Anchor::kForce;
    }
  }
  // The last day of force: 有效期至2025年12月31日, 2020年8月31日前有效, 执行期限为2013年至2017年.
  for (const RxName* until : {&"dates_valid_until"_rx, &"dates_valid_before"_rx, &"dates_valid_years"_rx}) {
    for (const auto& m : RxAll(text, *until)) {
      if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
      bool own = own_of() && !CertificateBefore(text, static_cast<size_t>(m.position()));
      s.claimed.Add(m);
      Found& f = s.Add(own ? DateKind::kExpires : DateKind::kTimeLimit, m);
      SetDate(f.record, Group(m, "date"));
      f.record.of_document = own;
    }
  }
  if (Match m; RxSearch(text, "dates_indefinite", m)) {
    Found& f = s.Add(DateKind::kValidity, m);
    f.record.trigger = "长期有效";
    f.record.of_document = is_own_subject();
  }
}

std::string TriggerBefore(const std::string& prefix) {
  Match m;
  if (RxSearch(prefix, "dates_trigger_since", m)) return Trim(Group(m, "trigger"));
  if (RxSearch(prefix, "dates_trigger_after", m)) return Trim(Group(m, "trigger"));
  return "";
}

/// True when the duration M (amount N, unit UNIT) in TEXT is a time limit by its context.
bool IsTimeLimit(const std::string& text, const Match& m, TimeUnit unit, int n) {
  // A year first: no pattern asked (the year of every printed date reaches here, 2024年).
  if (unit == TimeUnit::kYear && n >= 1000) return false;  // a year, not a duration
  std::string prefix = text.substr(0, m.position());
  if (RxFind(prefix, "dates_not_limit_lead")) return false;
  if (unit == TimeUnit::kWorkday) return true;
  std::string suffix = text.substr(m.position() + m.length());
  if (RxFind(suffix, "dates_within_comma") && !RxFind(prefix, "dates_lead_at")) return false;
  return RxFind(suffix, "dates_limit_within") || RxFind(prefix, "dates_limit_lead");
}

void MarkDates(Scan& s) {
  // Any 年月日 or 月日 in the sentence: the numbers inside are not durations.
  static const char* kDate = "dates_any_date";
  for (const auto& m : RxAll(s.sentence.text, kDate)) s.dates.Add(m);
}

/// False when SENTENCE can state no time limit: it holds none of the words a limit needs
/// (dates_gate_limit: 工作日, or dates_limit_within's 内, or dates_limit_lead's words), or no
/// duration (dates_duration's own prefilter). Most sentences with a date hold a duration's unit
/// and none of the words: the gate, asked against the line's summary, comes first, and
/// dates_duration's search, a Boost search at every numeral, is then not run.
bool MayStateLimit(const Sentence& sentence) {
  return MayHold(sentence, Gate::kLimit) && RxMayMatch(sentence.text, "dates_duration"_rx);
}

void FindLimits(Scan& s) {
  const std::string& text = s.sentence.text;
  if (!MayStateLimit(s.sentence)) return;
  bool dates_marked = false;
  for (const auto& m : RxAll(text, "dates_duration"_rx)) {
    size_t b = m.position(), e = b + m.length();
    if (s.claimed.Overlaps(b, e)) continue;
    auto n = ParseAmount(Group(m, "n"));
    if (!n || *n <= 0) continue;
    int factor = 1;
    TimeUnit unit = UnitOf(Group(m, "unit"), &factor);
    if (!IsTimeLimit(text, m, unit, *n)) continue;
    // Last, as the costliest test: the sentence's dates (dates_any_date, a search of every
    // numeral) are looked for only once a duration reads as a time limit, which few do; most
    // durations in a date (2024年, 10日) are ruled out by their context first.
    if (!dates_marked) MarkDates(s), dates_marked = true;
    if (s.dates.Overlaps(b, e)) continue;
    Found& f = s.Add(DateKind::kTimeLimit, m);
    f.record.amount = *n * factor;
    f.record.unit = unit;
    f.record.trigger = TriggerBefore(text.substr(0, m.position()));
  }
}

void FindDatedDeadlines(Scan& s) {
  const std::string& text = s.sentence.text;
  for (const auto& m : RxAll(text, "dates_deadline_before")) {
    Found& f = s.Add(DateKind::kTimeLimit, m);
    std::string printed = Group(m, "date");
    f.record.date = ParsePrintedDate(printed);
    if (!f.record.date) f.record.date = DateInSigningYear(StripSpaces(printed), s.signed_date);
  }
  for (const auto& m : RxAll(text, "dates_deadline_until"_rx)) {
    if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
    SetDate(s.Add(DateKind::kTimeLimit, m).record, Group(m, "date"));
  }
}

}  // namespace

// True when byte POS of TEXT lies inside a quotation (more “ than ” before it): text another
// document is given (将第五条修改为:“第五条 本办法自2005年5月1日起施行。”), not this one's.
bool Quoted(std::string_view text, size_t pos) {
  const std::string_view before = text.substr(0, pos);
  size_t opens = 0, closes = 0;
  for (size_t at = before.find("“"); at != std::string_view::npos; at = before.find("“", at + 1)) ++opens;
  for (size_t at = before.find("”"); at != std::string_view::npos; at = before.find("”", at + 1)) ++closes;
  return opens > closes;
}

// The records of one sentence from FIRST on: those found inside a quotation are not the
// document's own.
void DisownQuoted(const Sentence& sentence, std::vector<Found>& out, size_t first) {
  if (sentence.text.find("“") == std::string::npos) return;
  for (size_t i = first; i < out.size(); ++i) {
    const Deadline& r = out[i].record;
    if (r.of_document && Quoted(sentence.text, out[i].offset)) out[i].record.of_document = false;
  }
}

void FindInSentence(const Sentence& sentence, const std::optional<Date>& signed_date, std::vector<Found>& out) {
  // Most sentences hold no word of any finder (no verb of force or repeal, no period, no 月 and
  // no unit of a duration): one gate, whose words cover the three below, turns them away.
  if (!sentence.passed_any && !MayHold(sentence, Gate::kAny)) return;
  const size_t first = out.size();
  Scan s{sentence, signed_date, out, {}, {}, false};
  // Most of the others name no coming into force, repeal or period: one gate turns them away from
  // the three groups' gates and their dozen patterns.
  const bool clauses = MayHold(sentence, Gate::kClause);
  // Nor a month: the dated patterns asked of every sentence need one.
  const bool month = MayHold(sentence, Gate::kMonth);
  FindEffective(s, clauses, month);
  if (clauses) {
    FindRepeals(s);
    FindPeriods(s);
  }
  if (month) FindDatedDeadlines(s);
  FindLimits(s);
  DisownQuoted(sentence, out, first);
}

}  // namespace gazette::dates_internal

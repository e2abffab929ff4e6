// The clauses of force of the dates extractor: a document's start, its span of force, its own
// end and the repeals a sentence dates.
#include <algorithm>
#include <string_view>

#include "extract/dates_scan.hpp"
#include "util/text.hpp"

namespace gazette::dates_internal {

namespace {

// Where the clause holding byte BEGIN of TEXT starts: after the last comma or semicolon before it.
size_t ClauseStart(const std::string& text, size_t begin) {
  size_t clause = 0;
  for (std::string_view sep : {"，", ",", "；", ";"}) {
    const size_t at = text.rfind(sep, begin);
    if (at != std::string::npos && at + sep.size() <= begin) clause = std::max(clause, at + sep.size());
  }
  return clause;
}

/// True if the effective clause M of TEXT states the document's own start (dates_force_own, _other,
/// _retro): not another document's, a part's, or one looked back on.
bool StatesOwnStart(const std::string& text, const Match& m) {
  const auto begin = static_cast<size_t>(m.position()), end = begin + static_cast<size_t>(m.length());
  if (RxFind(text.substr(end), "dates_force_retro"_rx)) return false;
  const size_t clause = ClauseStart(text, begin);
  const std::string before = text.substr(clause, begin - clause);
  return RxFind(before, "dates_force_own"_rx) || !RxFind(before, "dates_force_other"_rx);
}

// True when the start match M of TEXT names a measure: the verb's object after it, or a subject
// before it in its clause naming one (dates_force_object, dates_force_measure).
bool StartsMeasure(const std::string& text, const Match& m) {
  const auto begin = static_cast<size_t>(m.position()), end = begin + static_cast<size_t>(m.length());
  // The object's first character asked first (most starts end their clause): a Han character.
  size_t next = end;
  while (next < text.size() && text[next] == ' ') ++next;
  if (next < text.size() && IsHan(FirstCodePoint(std::string_view(text).substr(next))) &&
      RxFind(text.substr(end), "dates_force_object"_rx))
    return true;
  const size_t clause = ClauseStart(text, begin);
  return RxFind(text.substr(clause, begin - clause), "dates_force_measure"_rx);
}

// Records start F of S, match M of TEXT: the document's own when its clause says so (a measure's
// start marked as such).
void MarkOwnStart(Scan& s, Found& f, const std::string& text, const Match& m) {
  f.record.of_document = StatesOwnStart(text, m);
  f.measure = f.record.of_document && StartsMeasure(text, m);
  s.has_effective |= f.record.of_document;
}

}  // namespace

void MeasureStartsNotOwn(std::vector<Found>& found) {
  const bool own_start = std::any_of(found.begin(), found.end(), [](const Found& f) {
    return f.record.kind == DateKind::kEffective && f.record.of_document && !f.measure;
  });
  if (!own_start) return;
  for (auto& f : found)
    if (f.measure) f.record.of_document = false;
}

/// A span M of force or validity (its groups date and end): effective on the first, expires on the
/// second; the document's own when OWN.
void AddSpan(Scan& s, const Match& m, bool own) {
  const std::optional<Date> from = ParsePrintedDate(Group(m, "date"));
  // The start the sentence stated already (本通知自A起施行,有效期为2年,即A至B): read once.
  const bool stated = std::any_of(s.out.begin(), s.out.end(), [&](const Found& f) {
    return f.sentence == s.sentence.index && f.record.kind == DateKind::kEffective && f.record.date == from;
  });
  if (!stated) {
    Found& start = s.Add(DateKind::kEffective, m);
    start.record.date = from;
    start.record.of_document = own;
  }
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
  const bool shixing = force && text.find("实行") != std::string::npos;  // the rare verb, asked first
  for (const char* name : {"dates_effective_abs", "dates_effective_shixing", "dates_effective_lead", "dates_effective_stated"}) {
    const bool stated = std::string_view(name) == "dates_effective_stated";
    if (stated ? !month : !force) continue;
    if (!shixing && std::string_view(name) == "dates_effective_shixing") continue;
    for (const auto& m : RxAll(text, name)) {
      if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
      s.claimed.Add(m);
      Found& f = s.Add(DateKind::kEffective, m);
      SetDate(f.record, Group(m, "date"));
      // 自2021年3月31日24时起施行: in force from the day after, as a repeal so dated ends the day before.
      if (!stated && f.record.date && f.record.date->precision == Precision::kDay && m["hour"].matched &&
          IsDayEndHour(GroupView(m, "hour")))
        f.record.date->day = AddDays(f.record.date->day, 1);
      MarkOwnStart(s, f, text, m);
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
    const std::string trigger = Group(m, "trigger");  // 公布之日 (起30日后), or 公布后 (30日后)
    f.record.trigger = trigger + (EndsWith(trigger, "后") ? "" : "起") + Group(m, "n") + (months ? "个月后" : "日后");
    f.relative = EventKind(Group(m, "trigger"));
    (months ? f.months_after : f.days_after) = *n;
    MarkOwnStart(s, f, text, m);
  }
  for (const auto& m : RxAll(text, "dates_effective_month_day"_rx)) {
    if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
    std::optional<Date> date = DateInSigningYear(StripSpaces(Group(m, "date")), s.signed_date);
    if (!date) continue;
    s.claimed.Add(m);
    Found& f = s.Add(DateKind::kEffective, m);
    f.record.date = date;
    MarkOwnStart(s, f, text, m);
  }
  for (const auto& m : RxAll(text, "dates_effective_rel"_rx)) {
    Found& f = s.Add(DateKind::kEffective, m);
    f.record.trigger = Group(m, "trigger");
    f.relative = EventKind(f.record.trigger);
    MarkOwnStart(s, f, text, m);
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
    const bool year_end = GroupView(m, "date").empty();
    if (auto year = ParseAmount(Group(m, "year")); year && *year > 1) {  // 2021年起失效: through 2020-12-31
      f.record.date = Date{Day{std::chrono::year(*year - 1) / std::chrono::December / 31}, Precision::kDay};
    } else {
      SetDate(f.record, Group(m, year_end ? "date_end" : "date"));
    }
    // 2021年1月1日起自动失效: the first day it no longer holds; its end, the day before (not so of
    // 到2020年12月31日起, 2020年底起, 2020年12月31日24时起: each names its last day).
    const bool first_day_off = !GroupView(m, "from").empty() && GroupView(m, "until").empty() && !year_end &&
                               !IsDayEndHour(GroupView(m, "hour"));
    if (f.record.date && first_day_off) f.record.date = Preceding(*f.record.date);
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
    Deadline& record = s.Add(DateKind::kRepealEffective, m).record;
    SetDate(record, Group(m, "date"));
    // 自2018年12月31日24时起失效: in force all of the 31st, out from the day after.
    if (record.date && record.date->precision == Precision::kDay && IsDayEndHour(GroupView(m, "hour")))
      record.date->day = AddDays(record.date->day, 1);
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

}  // namespace gazette::dates_internal

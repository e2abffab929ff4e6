// The clause finders of the dates extractor: each reads one sentence and adds what it states.
#include <algorithm>
#include <string_view>
#include <utility>

#include "extract/dates_scan.hpp"
#include "extract/workdays.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::dates_internal {

bool IsOwnSubject(const std::string& sentence) { return RxFind(sentence, "dates_own_subject"); }

// The literal prefilter alone, so a sentence without a gate's words skips the group's patterns
// (most sentences, each asked some ten patterns), asked against the summary of its line.
bool MayHold(const Sentence& sentence, Gate gate) { return sentence.gates->MayHold(sentence.text, gate); }

std::optional<Date> DateInSigningYear(const std::string& month_day, const std::optional<Date>& signed_date) {
  if (!signed_date || signed_date->precision != Precision::kDay) return std::nullopt;
  std::optional<int> month, day;
  // A month's end (9月底, 9月末): its last day.
  const bool month_end = EndsWith(month_day, "月底") || EndsWith(month_day, "月末");
  Match m;
  if (month_end) {
    month = ParseMonth(month_day.substr(0, month_day.size() - std::string_view("月底").size()));
  } else if (RxFull(month_day, "dates_month_day", m)) {
    month = ParseMonth(Group(m, "m")), day = ParseAmount(Group(m, "d"));
  }
  if (!month || (!month_end && !day) || *month < 1 || *month > 12) return std::nullopt;
  const Day& signed_on = signed_date->day;
  for (int year : {static_cast<int>(signed_on.year()), static_cast<int>(signed_on.year()) + 1}) {
    const std::chrono::year_month ym{std::chrono::year(year), std::chrono::month(*month)};
    Day d = month_end ? Day{ym / std::chrono::last} : Day{ym / std::chrono::day(*day)};
    if (d.ok() && d >= signed_on) return Date{d, Precision::kDay};
  }
  return std::nullopt;
}

namespace {

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
  // A period opening the sentence after the document's own start, with no subject of its own
  // (本办法自…起施行;有效期3年。): the document's.
  auto own_of = [&] {
    return s.has_effective || is_own_subject() || (s.sentence.after_own_start && RxFind(text, "dates_period_subjectless"_rx));
  };
  Spans spans;  // of validity: no period is read inside one (有效期为2024年3月1日 is no 2,024 years)
  auto add_spans = [&](std::vector<Match> found) {
    for (const auto& m : found) {
      if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
      s.claimed.Add(m);
      spans.Add(m);
      AddSpan(s, m, own_of());
    }
  };
  add_spans(RxAll(text, "dates_valid_span"_rx));  // 有效期为A至B: starts A, ends B
  if (text.find("止有效") != std::string::npos || text.find("日有效") != std::string::npos || text.find("期间有效") != std::string::npos)
    add_spans(RxAll(text, "dates_valid_from_to"_rx));  // 自A起至B止有效, 自A至B有效, …期间有效
  const bool within = text.find("内有效") != std::string::npos;  // the form's words, asked first
  for (const auto& m : within ? RxAll(text, "dates_valid_within"_rx) : std::vector<Match>{}) {  // 自A起3年内有效
    if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
    s.claimed.Add(m);
    spans.Add(m);
    const bool own = own_of();
    Found& start = s.Add(DateKind::kEffective, m);
    SetDate(start.record, Group(m, "date"));
    start.record.of_document = own;
    s.has_effective |= own;
    int factor = 1;
    TimeUnit unit = TimeUnit::kMonth;
    if (auto n = PeriodAmount(m, &unit, &factor)) {
      Found& f = s.Add(DateKind::kValidity, m);
      SetDate(f.record, Group(m, "date"));
      f.record.unit = unit;
      f.record.amount = *n * factor;
      f.record.of_document = own;
    }
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
    // 有效期自2020年7月1日起3年; 有效期五年,自2020年4月1日起计算: the day it counts from, before it or after.
    SetDate(f.record, Group(m, "fromdate"));
    if (f.record.date) continue;
    std::string from = Group(m, "from");  // 有效期自印发之日起3年
    const std::string after = text.substr(static_cast<size_t>(m.position() + m.length()));
    if (Match later; from.empty() && RxSearch(after, "dates_period_from"_rx, later)) {
      SetDate(f.record, Group(later, "date"));
      if (f.record.date) continue;
      from = Group(later, "from");  // 有效期三年,自印发之日起计算
    }
    if (!from.empty()) {
      f.record.trigger = from + "之日";
      f.relative = EventKind(f.record.trigger);
    } else if (own) {
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
  std::string suffix = text.substr(m.position() + m.length());
  // A bound modifying a noun (不超过3年的企业, 请假不超过3个工作日的): a condition; not a limit's own
  // words (在不超过3个工作日的时间内, 不超过15日的期限内).
  if (EndsWith(TrimmedView(prefix), "超过") && StartsWith(TrimmedView(suffix), "的") &&
      !RxFind(suffix, "dates_limit_span_after"_rx))
    return false;
  if (unit == TimeUnit::kWorkday) return true;
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
    int factor = 1;
    TimeUnit unit = UnitOf(Group(m, "unit"), &factor);
    std::optional<int> n = ParseAmount(Group(m, "n"));
    if (GroupView(m, "n") == "半") {  // 半年: 6 months; 半个月: 15 days
      n = unit == TimeUnit::kYear ? 6 : 15;
      unit = unit == TimeUnit::kYear ? TimeUnit::kMonth : TimeUnit::kDay;
    }
    if (!n || *n <= 0) continue;
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
  for (const RxName* deadline : {&"dates_deadline_before"_rx, &"dates_deadline_bare"_rx}) {
    for (const auto& m : RxAll(text, *deadline)) {
      Found& f = s.Add(DateKind::kTimeLimit, m);
      std::string printed = Group(m, "date");
      f.record.date = ParsePrintedDate(printed);
      if (!f.record.date) f.record.date = DateInSigningYear(StripSpaces(printed), s.signed_date);
    }
  }
  for (const auto& m : RxAll(text, "dates_deadline_until"_rx)) {
    if (s.claimed.Overlaps(m.position(), m.position() + m.length())) continue;
    SetDate(s.Add(DateKind::kTimeLimit, m).record, Group(m, "date"));
  }
}

}  // namespace

// The quotations open at byte POS of TEXT: “ opens one, ” closes it, and so does an ASCII " while
// one is open (OCR's reading of ”).
int OpenQuotes(std::string_view text, size_t pos) {
  // Byte by byte, no compare per byte: “ is E2 80 9C, ” E2 80 9D.
  int open = 0;
  const size_t end = std::min(pos, text.size());
  for (size_t at = 0; at < end; ++at) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c == '"') {
      if (open > 0) --open;
    } else if (c == 0xE2 && at + 2 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0x80) {
      const auto third = static_cast<unsigned char>(text[at + 2]);
      if (third == 0x9C) ++open;
      else if (third == 0x9D && open > 0) --open;
      at += 2;
    }
  }
  return open;
}

// True when byte POS of TEXT lies inside a quotation: text another document is given
// (将第五条修改为:“第五条 本办法自2005年5月1日起施行。”), not this one's.
bool Quoted(std::string_view text, size_t pos) { return OpenQuotes(text, pos) > 0; }

// The records of one sentence from FIRST on: those found inside a quotation are not the
// document's own. The quotation may open in a sentence before on its line (修改为:“第十三条 本条例
// 自…起施行。本条例修订后的规定自…起施行。”): the quotes are counted from the line's start, when
// every quotation the line opens closes in it (OCR may lose a ”: then from the sentence's start).
void DisownQuoted(const Sentence& sentence, std::vector<Found>& out, size_t first) {
  if (first == out.size()) return;  // no record found in the sentence (most)
  std::string_view line = sentence.source ? std::string_view(sentence.source->text) : std::string_view(sentence.text);
  size_t base = sentence.source ? sentence.offset : 0;
  if (line.substr(0, base + sentence.text.size()).find("“") == std::string_view::npos) return;
  if (OpenQuotes(line, line.size()) > 0) line = sentence.text, base = 0;  // a quotation left open
  for (size_t i = first; i < out.size(); ++i) {
    const Deadline& r = out[i].record;
    if (r.of_document && Quoted(line, base + out[i].offset)) out[i].record.of_document = false;
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

// The dates extractor: signing and publication dates, then every clause of the body, then the
// relative dates resolved against the signing and effective dates, and the end of each period.
#include "extract/dates.hpp"

#include <cstring>
#include <optional>
#include <unordered_map>
#include <vector>
#include <string_view>

#include "extract/dates_internal.hpp"
#include "util/numerals.hpp"
#include "extract/workdays.hpp"
#include "grammar/grammar.hpp"
#include "segment/dating.hpp"
#include "util/text.hpp"
#include "util/number.hpp"

namespace gazette {

namespace dates_internal {

namespace {

/// The first bytes of the sentence ends (SplitSentences' kEnds): only there can one begin (UTF-8
/// never puts a lead byte or an ASCII byte inside another character).
constexpr char kEndFirstBytes[] = "\xE3\xEF;!?";

/// The names of the gates, by Gate.
const RxName* const kGateNames[] = {&"dates_gate_any"_rx,    &"dates_gate_clause"_rx, &"dates_gate_month"_rx, &"dates_gate_force"_rx,
                                    &"dates_gate_repeal"_rx, &"dates_gate_period"_rx, &"dates_gate_limit"_rx};

/// The first byte of TEXT from I on that may begin a sentence end, or TEXT's size: strcspn, which
/// glibc reads 16 bytes at a time (the byte-by-byte table scan before took some 7 instructions a
/// byte of every body line). A NUL inside the text stops strcspn early: the scan goes on past it.
size_t NextEndByte(const std::string& text, size_t i) {
  while (i < text.size()) {
    i += std::strcspn(text.c_str() + i, kEndFirstBytes);
    if (i >= text.size() || text[i] != '\0') return i;
    ++i;
  }
  return text.size();
}

}  // namespace

void SplitSentences(const TextLine& line, std::vector<SentenceSpan>& out) {
  static constexpr std::string_view kEnds[] = {"。", ";", "；", "!", "?", "！", "？"};
  size_t start = 0;
  const size_t n = line.text.size();
  for (size_t i = NextEndByte(line.text, 0); i < n; i = NextEndByte(line.text, i)) {
    size_t end = std::string::npos;
    const std::string_view rest = std::string_view(line.text).substr(i);
    for (std::string_view e : kEnds)  // compared in place: no call per ending
      if (rest.starts_with(e)) end = i + e.size();
    if (end == std::string::npos) {
      ++i;
      continue;
    }
    out.push_back({&line, start, end - start});
    start = i = end;
  }
  if (start < n && SkipSpaces(std::string_view(line.text).substr(start)) < n - start)  // not spaces only
    out.push_back({&line, start, n - start});
}

std::vector<SentenceSpan> SplitSentences(const std::vector<TextLine>& body) {
  std::vector<SentenceSpan> out;
  for (const auto& line : body) SplitSentences(line, out);
  return out;
}

bool LineGates::MayHold(std::string_view text, Gate gate) const {
  return RxMayMatchWithin(text, *kGateNames[static_cast<size_t>(gate)], summary_);
}

std::optional<int> ParseAmount(const std::string& text) {
  std::string t = StripSpaces(text);
  if (t.empty()) return std::nullopt;
  if (t.find_first_not_of("0123456789") == std::string::npos) {
    if (t.size() > 6) return std::nullopt;
    return ParseDecimal(t);
  }
  return ParseChineseNumeral(t);
}

std::optional<int> ParseMonth(const std::string& text) {
  return StripSpaces(text) == "元" ? std::optional<int>(1) : ParseAmount(text);
}

namespace {

// December 31 of the year TEXT names as its end (2020年底, 二〇二〇年末), if it does.
std::optional<Date> YearEnd(const std::string& text) {
  Match m;
  if (!RxFull(text, "dates_year_end", m)) return std::nullopt;
  auto y = ParseAmount(Group(m, "y"));
  if (!y) return std::nullopt;
  return Date{Day{std::chrono::year(*y), std::chrono::December, std::chrono::day(31)}, Precision::kDay};
}

}  // namespace

}  // namespace dates_internal

std::optional<Date> ParsePrintedDate(const std::string& printed) {
  Match m;
  std::string text = StripSpaces(printed);
  if (EndsWith(text, "元旦")) text.replace(text.size() - std::string_view("元旦").size(), std::string::npos, "1月1日");
  // A month's end (2024年6月底, 6月末): that month's last day.
  if ((EndsWith(text, "底") || EndsWith(text, "末")) && text.find("月") != std::string::npos) {
    auto month = ParsePrintedDate(text.substr(0, text.size() - std::string_view("底").size()));
    if (!month || month->precision != Precision::kMonth) return std::nullopt;
    return Date{Day{month->day.year() / month->day.month() / std::chrono::last}, Precision::kDay};
  }
  if (!RxFull(text, "dates_date", m)) return dates_internal::YearEnd(text);
  auto y = dates_internal::ParseAmount(Group(m, "y")), mo = dates_internal::ParseMonth(Group(m, "m"));
  if (!y || !mo) return std::nullopt;
  std::string day_text = Group(m, "d");
  auto d = day_text.empty() ? std::optional<int>(1) : dates_internal::ParseAmount(day_text);
  if (!d) return std::nullopt;
  Day day{std::chrono::year(*y), std::chrono::month(*mo), std::chrono::day(*d)};
  if (!day.ok()) return std::nullopt;
  return Date{day, day_text.empty() ? Precision::kMonth : Precision::kDay};
}

bool IsDayEndHour(std::string_view hour) {
  return hour.find("24") != std::string_view::npos || hour.find("二十四") != std::string_view::npos;
}

namespace dates_internal {

TimeUnit UnitOf(const std::string& printed, int* factor) {
  *factor = 1;
  if (printed.find("工作日") != std::string::npos) return TimeUnit::kWorkday;
  if (printed.find("月") != std::string::npos) return TimeUnit::kMonth;
  if (printed.find("年") != std::string::npos) return TimeUnit::kYear;
  if (printed.find("周") != std::string::npos || printed.find("星期") != std::string::npos) *factor = 7;
  return TimeUnit::kDay;
}

Anchor EventKind(const std::string& trigger) {
  for (const char* force : {"施行", "实施", "执行", "生效"})
    if (trigger.find(force) != std::string::npos) return Anchor::kForce;
  return Anchor::kIssue;
}

}  // namespace dates_internal

namespace {

using namespace dates_internal;

/// The body line printed at LINE, or nullptr.
const TextLine* LineNumbered(const Document& doc, int line) {
  for (const auto& l : doc.body)
    if (l.line <= line && line <= std::max(l.line, l.last_line)) return &l;
  return nullptr;
}

/// 2024-09-02 → 2024年9月2日 (for records whose clause is the date itself).
std::string PrintedDate(const Date& date) {
  if (date.precision != Precision::kDay) return ToIso(date);
  const Day& d = date.day;
  return std::to_string(static_cast<int>(d.year())) + "年" + std::to_string(static_cast<unsigned>(d.month())) +
         "月" + std::to_string(static_cast<unsigned>(d.day())) + "日";
}

Deadline SignedRecord(const Document& doc) {
  Deadline d;
  d.kind = DateKind::kSigned;
  d.date = doc.date;
  d.line = doc.date_line;
  const TextLine* l = LineNumbered(doc, doc.date_line);
  d.text = l ? l->text : PrintedDate(*doc.date);
  d.trigger = "";
  d.of_document = true;
  return d;
}

Deadline PublishedRecord(const IssueHeader& header) {
  Deadline d;
  d.kind = DateKind::kPublished;
  d.date = header.date;
  d.text = PrintedDate(*header.date);
  d.line = header.line;
  d.of_document = true;
  return d;
}

/// The document's effective date: the latest of its own effective dates found so far (by first
/// day: the first of two printed on the same day or month wins).
const Deadline* LatestEffective(const std::vector<Found>& found) {
  const Deadline* best = nullptr;
  for (const auto& f : found) {
    if (f.record.kind != DateKind::kEffective || !f.record.of_document || !f.record.date) continue;
    if (!best || FirstDay(*f.record.date) > FirstDay(*best->date)) best = &f.record;
  }
  return best;
}

/// Fills the dates of relative records: the issue → SIGNED; the coming into force → the
/// document's effective date (a period counts from the effective date of its own sentence);
/// with no effective date stated, periods and repeals count from SIGNED (trigger 印发之日).
void ResolveRelative(std::vector<Found>& found, const std::optional<Date>& signed_date) {
  for (auto& f : found)
    if (f.relative == Anchor::kIssue && signed_date) f.record.date = signed_date;
  for (auto& f : found) {  // 自公布之日起30日后施行: the issue's date plus the days (or the months)
    std::optional<Date>& date = f.record.date;
    if (f.relative != Anchor::kIssue || !date || date->precision != Precision::kDay) continue;
    if (f.days_after > 0) date->day = AddDays(date->day, f.days_after);
    if (f.months_after > 0) date->day = SameDayMonthsOn(date->day, f.months_after);  // 1月10日 → 2月10日
  }
  // The effective records of each sentence, in order: asked of each relative record, where a scan
  // of every record for each made a text of many repeals (…同时废止 in each of 20,000 articles)
  // quadratic. The latest effective date likewise, asked again only once an effective date moved.
  std::unordered_map<int, std::vector<size_t>> effective_in;
  for (size_t i = 0; i < found.size(); ++i)
    if (found[i].record.kind == DateKind::kEffective) effective_in[found[i].sentence].push_back(i);
  auto last_effective_in = [&](int sentence, const Found& f, bool own_only) -> const Deadline* {
    const Deadline* start = nullptr;
    if (auto it = effective_in.find(sentence); it != effective_in.end())
      for (size_t i : it->second)
        if (&found[i] != &f && found[i].record.date && (!own_only || found[i].record.of_document)) start = &found[i].record;
    return start;
  };
  std::optional<const Deadline*> latest;  // LatestEffective(found), while no effective date moved
  for (auto& f : found) {
    if (f.relative != Anchor::kForce && f.relative != Anchor::kSame) continue;
    const Deadline* start = last_effective_in(f.sentence, f, false);
    // 同时废止 right after the start its sentence or the one before states (本规定自2019年4月1日起施行。
    // 《A》同时废止。): that start, as refs dates the repeal; not the latest (the order's, 2021).
    if (f.relative == Anchor::kSame && !start) start = last_effective_in(f.sentence - 1, f, true);
    const bool same_start = f.relative == Anchor::kSame && start;
    if (!same_start && (!start || f.record.kind == DateKind::kEffective || f.record.kind == DateKind::kRepealEffective)) {
      if (!latest) latest = LatestEffective(found);
      start = *latest;
    }
    if (start && start != &f.record) {
      f.record.date = start->date;
      if (f.record.kind == DateKind::kEffective) latest.reset();
    } else if (f.record.kind != DateKind::kEffective && signed_date) {
      // No effective date stated: a period or repeal counts from the document's issue.
      f.record.date = signed_date;
      f.record.trigger = "印发之日";
    }
  }
}

/// The expires record of a validity or trial period P of the document, when its start is known.
std::optional<Deadline> ExpiresOf(const Deadline& p) {
  if (!p.of_document || p.amount <= 0 || !p.date) return std::nullopt;
  const Day& start = p.date->day;
  bool month_only = p.date->precision == Precision::kMonth;
  Day end;
  if (p.unit == TimeUnit::kYear || p.unit == TimeUnit::kMonth) {
    int months = p.unit == TimeUnit::kYear ? p.amount * 12 : p.amount;
    end = PeriodEnd(start, months);
  } else if (p.unit == TimeUnit::kDay && !month_only) {
    end = AddDays(start, p.amount - 1);
  } else {
    return std::nullopt;
  }
  Deadline e = p;
  e.kind = DateKind::kExpires;
  e.date = Date{month_only ? Day(end.year() / end.month() / 1) : end, p.date->precision};
  return e;
}

/// A regulation's dating lines (题注) as records: adopted, approved, amended, promulgated, effective, expires.
void AddDatingRecords(const Document& doc, const std::vector<DatingLine>& dating, std::vector<Found>& found) {
  for (const auto& d : dating) {
    Found f;
    f.record.kind = d.kind;
    f.record.date = d.date;
    f.record.line = doc.body[d.index].line;
    f.record.text = doc.body[d.index].text;
    f.record.of_document = true;
    f.sentence = -1 - static_cast<int>(d.index);  // a sentence of its own
    found.push_back(f);
  }
}

/// The day a regulation dated by DATING lines was published (公布之日): its promulgation line,
/// else its adoption when it was never amended (the text as adopted); "" when the lines do not
/// say (an amended text does not print when its 公布之日 was).
std::optional<Date> PublicationOf(const std::vector<DatingLine>& dating) {
  std::optional<Date> adopted;
  for (const auto& d : dating) {
    if (d.kind == DateKind::kPromulgated) return d.date;
    if (d.kind == DateKind::kAmended) return std::nullopt;
    if (d.kind == DateKind::kAdopted || d.kind == DateKind::kApproved) adopted = d.date;  // as approved
  }
  return adopted;
}

/// True when BODY states that the document's trial turns into force for good at its end
/// (dates_trial_formal): few lines hold 正式, the pattern is asked of those alone.
bool StatesFormalAfterTrial(const std::vector<TextLine>& body) {
  return std::any_of(body.begin(), body.end(), [](const TextLine& l) {
    return l.text.find("正式") != std::string::npos && RxFind(l.text, "dates_trial_formal"_rx);
  });
}

}  // namespace

std::vector<Deadline> ExtractDeadlines(const Document& doc, const IssueHeader& header) {
  std::vector<Deadline> out;
  auto dating = ReadDatingLines(doc.body);
  if (doc.date && dating.empty()) out.push_back(SignedRecord(doc));  // else dated by its lines
  if (header.date) out.push_back(PublishedRecord(header));
  std::vector<Found> found;
  AddDatingRecords(doc, dating, found);
  // A regulation printed under its 公告 or its approval decision dates itself under its title.
  std::vector<bool> dating_line(doc.body.size(), false);  // read as dating lines, not as sentences
  for (const auto& ins : doc.instruments) {
    const auto own = ReadDatingLines(doc.body, ins.first + 1);
    AddDatingRecords(doc, own, found);
    for (const auto& d : own) dating_line[d.index] = true;
  }
  LineGates gates;
  Sentence sentence;  // one buffer for every sentence's text
  sentence.gates = &gates;
  std::vector<SentenceSpan> spans;
  // The dating lines lead the body, read above (自2022年1月1日起施行 in one would be read twice).
  const size_t dated = dating.empty() ? 0 : dating.back().index + 1;
  for (size_t i = dated; i < doc.body.size(); ++i) {
    const TextLine& line = doc.body[i];
    if (dating_line[i]) continue;
    gates.Summarize(line.text);
    if (!gates.MayHold(line.text, Gate::kAny)) {  // nor does any of its sentences: not cut
      sentence.after_own_start = false;
      continue;
    }
    spans.clear();
    SplitSentences(line, spans);
    for (const SentenceSpan& span : spans) {
      sentence.text.assign(line.text, span.offset, span.length);
      sentence.source = &line;
      sentence.offset = span.offset;
      sentence.passed_any = span.offset == 0 && span.length == line.text.size();  // asked of the line above
      const size_t before = found.size();
      FindInSentence(sentence, doc.date, found);
      sentence.after_own_start = std::any_of(found.begin() + static_cast<std::ptrdiff_t>(before), found.end(), [](const Found& f) {
        return f.record.kind == DateKind::kEffective && f.record.of_document;
      });
      ++sentence.index;
    }
  }
  ResolveRelative(found, dating.empty() ? doc.date : PublicationOf(dating));
  MeasureStartsNotOwn(found);
  // Asked only of a document with a trial (few): its lines' search for 正式 is not cheap.
  const bool formal_after_trial =
      std::any_of(found.begin(), found.end(), [](const Found& f) { return f.record.kind == DateKind::kTrial; }) &&
      StatesFormalAfterTrial(doc.body);
  for (auto& f : found) {
    // 试行期满后…正式施行: the formal start is no start of its force, the trial's end no end.
    if (formal_after_trial && f.record.kind == DateKind::kEffective && RxFind(f.record.text, "dates_trial_formal"_rx))
      f.record.of_document = false;
    out.push_back(f.record);
    if (f.record.kind == DateKind::kValidity || (f.record.kind == DateKind::kTrial && !formal_after_trial))
      if (auto e = ExpiresOf(f.record)) out.push_back(*e);
  }
  return out;
}

}  // namespace gazette

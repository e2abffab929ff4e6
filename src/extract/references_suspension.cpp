// The days of a suspension and of a resumption as their clauses print them (suspends, resumes:
// grammars/references.grammar refs_suspended_to, refs_suspended_from, refs_resumed_on), and of a
// repeal put off a while (refs_repeal_after_issue).
#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/numerals.hpp"

namespace gazette {
namespace {

// The day the first match of NAME in TEXT names, its groups read as refs::DateIn reads them.
std::optional<Date> DateMatched(const std::string& text, const RxName& name, Match& m) {
  if (!RxSearch(text, name, m)) return std::nullopt;
  return refs::DateIn(m);
}

// The day AMOUNT units (日/天, 个月, 年) after START.
Date PeriodAfter(const Day& start, int amount, const std::string& unit) {
  if (unit == "日" || unit == "天") return Date{AddDays(start, amount), Precision::kDay};
  return Date{SameDayMonthsOn(start, unit == "年" ? 12 * amount : amount), Precision::kDay};
}

}  // namespace

std::optional<Date> refs::RepealAfterIssue(const std::string& sentence, const std::optional<Date>& signed_on) {
  Match m;
  if (!signed_on || signed_on->precision != Precision::kDay || !RxSearch(sentence, "refs_repeal_after_issue"_rx, m))
    return std::nullopt;
  const std::optional<int> n = ParseChineseNumeral(Group(m, "n"));
  if (!n || *n <= 0) return std::nullopt;
  return PeriodAfter(signed_on->day, *n, Group(m, "unit"));
}

std::optional<Date> refs::SuspensionEndIn(const std::string& text, const std::optional<Date>& signed_on) {
  Match m;
  // 自DATE起至DATE暂停执行: the span's last day, in force again the day after.
  if (std::optional<Date> last = DateMatched(text, "refs_suspended_span_to"_rx, m)) {
    last->day = AddDays(last->day, 1);
    return last;
  }
  std::optional<Date> date = DateMatched(text, "refs_suspended_to"_rx, m);
  // 暂停执行至DATE: DATE is its last day, in force again the day after.
  if (date && !m["postponed"].matched && !m["resumes"].matched) date->day = AddDays(date->day, 1);
  if (date || !RxSearch(text, "refs_suspended_for"_rx, m)) return date;
  // …暂停执行6个月,期满后是否恢复执行另行通知: a later decision ends it.
  if (RxFind(text.substr(static_cast<size_t>(m.position(size_t(0)))), "refs_suspension_open"_rx)) return std::nullopt;
  // 暂停期限为六个月: in force again that long after the stated start (自…起,(对)《A》暂停), else after
  // the signing.
  std::optional<Date> start = SuspensionStartIn(text);
  if (!start) start = signed_on;
  const bool half = m["half"].matched;  // 半年
  const std::string unit = half ? "个月" : Group(m, "unit");
  const std::optional<int> amount = half ? 6 : ParseChineseNumeral(Group(m, "n"));
  if (!start || start->precision != Precision::kDay || !amount || *amount <= 0) return std::nullopt;
  return PeriodAfter(start->day, *amount, unit);
}

std::optional<Date> refs::ResumptionDateIn(const std::string& text) {
  Match m;
  return DateMatched(text, "refs_resumed_on"_rx, m);
}

std::optional<Date> SuspensionStartIn(const std::string& clause) {
  Match m;
  return DateMatched(clause, "refs_suspended_from"_rx, m);
}

}  // namespace gazette

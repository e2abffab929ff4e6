// The days of a suspension and of a resumption as their clauses print them (suspends, resumes:
// grammars/references.grammar refs_suspended_to, refs_suspended_from, refs_resumed_on).
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

}  // namespace

std::optional<Date> refs::SuspensionEndIn(const std::string& text, const std::optional<Date>& signed_on) {
  Match m;
  std::optional<Date> date = DateMatched(text, "refs_suspended_to"_rx, m);
  // 暂停执行至DATE: DATE is its last day, in force again the day after.
  if (date && !m["postponed"].matched && !m["resumes"].matched) date->day = AddDays(date->day, 1);
  if (date || !RxSearch(text, "refs_suspended_for"_rx, m)) return date;
  // 暂停期限为六个月: in force again that long after the stated start, else after the signing.
  std::optional<Date> start = SuspensionStartIn(text);
  if (!start) start = signed_on;
  const std::string unit = Group(m, "unit");
  const std::optional<int> amount = ParseChineseNumeral(Group(m, "n"));
  if (!start || start->precision != Precision::kDay || !amount || *amount <= 0) return std::nullopt;
  if (unit == "日" || unit == "天") return Date{AddDays(start->day, *amount), Precision::kDay};
  return Date{SameDayMonthsOn(start->day, unit == "年" ? 12 * *amount : *amount), Precision::kDay};
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

// The days of a suspension and of a resumption as their clauses print them (suspends, resumes:
// grammars/references.grammar refs_suspended_to, refs_suspended_from, refs_resumed_on).
#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"

namespace gazette {
namespace {

// The day the first match of NAME in TEXT names, its groups read as refs::DateIn reads them.
std::optional<Date> DateMatched(const std::string& text, const RxName& name, Match& m) {
  if (!RxSearch(text, name, m)) return std::nullopt;
  return refs::DateIn(m);
}

}  // namespace

std::optional<Date> refs::SuspensionEndIn(const std::string& text) {
  Match m;
  std::optional<Date> date = DateMatched(text, "refs_suspended_to"_rx, m);
  // 暂停执行至DATE: DATE is its last day, in force again the day after.
  if (date && !m["postponed"].matched && !m["resumes"].matched) date->day = AddDays(date->day, 1);
  return date;
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

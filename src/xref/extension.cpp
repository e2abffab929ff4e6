#include "xref/extension.hpp"

#include <algorithm>

#include "grammar/grammar.hpp"
#include "util/numerals.hpp"

namespace gazette {

namespace {

// The longest period an extension is read to give: 100 years.
constexpr int kMaxMonths = 1200;

// The months of the period an extension's clause TEXT states (延长两年: 24, 延长6个月: 6); 0 if none
// or more than kMaxMonths.
int ExtendedMonths(const std::string& text) {
  Match m;
  if (!RxSearch(text, "refs_extended_by"_rx, m)) return 0;
  const int amount = ParseChineseNumeral(GroupView(m, "n")).value_or(0);  // 两, 六, and 6 alike
  if (amount <= 0 || amount > kMaxMonths) return 0;
  const int months = GroupView(m, "unit") == "年" ? amount * 12 : amount;
  return months <= kMaxMonths ? months : 0;
}

}  // namespace

std::optional<Date> NewEnd(const CorpusReference& r, const CorpusDocument& doc, std::optional<Date> end_in_force) {
  if (r.date) return r.date;
  if (!end_in_force) end_in_force = doc.expires;
  if (!end_in_force) return std::nullopt;
  const int months = ExtendedMonths(r.text.str());
  if (months <= 0) return std::nullopt;
  const Day end = PeriodEnd(AddDays(LastDay(*end_in_force), 1), months);
  if (!end.ok()) return std::nullopt;
  return Date{end, Precision::kDay};
}

Extension ExtensionOf(const std::vector<const CorpusReference*>& extensions, const CorpusDocument& doc,
                      const std::function<std::optional<Date>(const CorpusReference&)>& started,
                      const std::optional<Day>& as_of) {
  Extension out;
  std::vector<std::pair<std::optional<Date>, const CorpusReference*>> in_effect;  // by the day each starts
  for (const CorpusReference* r : extensions) {
    const std::optional<Date> start = started(*r);
    if (as_of && start && FirstDay(*start) > *as_of) continue;  // not yet extended
    in_effect.emplace_back(start, r);
  }
  std::stable_sort(in_effect.begin(), in_effect.end(), [](const auto& a, const auto& b) {  // an unknown start last
    if (!a.first || !b.first) return a.first.has_value() && !b.first.has_value();
    return FirstDay(*a.first) < FirstDay(*b.first);
  });
  for (const auto& [start, r] : in_effect) {
    // The end in force when it was made: the latest an extension taking effect before it gave (one
    // printed twice, or restated the same day or undated, adds nothing).
    std::optional<Date> in_force;
    for (const Extension::Given& earlier : out.ends)
      if (earlier.end && start && earlier.start && FirstDay(*earlier.start) < FirstDay(*start) &&
          (!in_force || LastDay(*earlier.end) > LastDay(*in_force)))
        in_force = earlier.end;
    const std::optional<Date> end = NewEnd(*r, doc, in_force);
    out.ends.push_back({r, start, end});
    if (!end) {
      out.undated = r;
    } else if (!out.end || LastDay(*end) > LastDay(*out.end)) {
      out.by = r;
      out.end = end;
    }
  }
  return out;
}

}  // namespace gazette

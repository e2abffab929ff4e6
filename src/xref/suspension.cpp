#include "xref/suspension.hpp"

#include <algorithm>

namespace gazette {

Suspension SuspensionOn(const std::vector<const CorpusReference*>& suspensions,
                        const std::function<std::optional<Date>(const CorpusReference&)>& started,
                        const std::vector<Date>& resumed, const std::optional<Day>& as_of) {
  Suspension out;
  if (!as_of) return out;
  for (const CorpusReference* r : suspensions) {
    const std::optional<Date> since = started(*r);
    if (since && FirstDay(*since) > *as_of) continue;   // not yet in effect
    if (r->date && FirstDay(*r->date) <= *as_of) continue;  // resumed on the day printed
    const bool ended = std::any_of(resumed.begin(), resumed.end(), [&](const Date& d) {
      return FirstDay(d) <= *as_of && (!since || FirstDay(d) > FirstDay(*since));
    });
    if (ended) continue;  // resumed by a later document (恢复执行)
    if (out.by && out.since && (!since || FirstDay(*since) < FirstDay(*out.since))) continue;  // an earlier one
    out = {r, since, r->date};
  }
  return out;
}

bool RepealLifted(const std::optional<Date>& repealed_on, const std::optional<Date>& repealer_start,
                  const std::vector<Resumption>& resumed, const std::optional<Day>& as_of) {
  if (!as_of || !repealer_start) return false;
  return std::any_of(resumed.begin(), resumed.end(), [&](const Resumption& r) {
    return FirstDay(r.on) <= *as_of && (!repealed_on || FirstDay(*repealed_on) <= FirstDay(r.on)) && r.by_start &&
           FirstDay(*r.by_start) > FirstDay(*repealer_start);
  });
}

}  // namespace gazette

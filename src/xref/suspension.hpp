// Suspensions of a document (suspends: 《A》暂缓实施, 暂停执行, 施行日期推迟至2017年1月1日) as status
// reads them: which one is in effect on a day, from when and until when.
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "model/date.hpp"
#include "xref/corpus.hpp"

namespace gazette {

/// The suspension of a document in effect on a day.
struct Suspension {
  const CorpusReference* by = nullptr;  ///< the suspending reference, none when none is in effect
  std::optional<Date> since;            ///< the day it took effect (the suspending document's start)
  std::optional<Date> until;            ///< the day it resumes when printed (推迟至…), none until further notice
};

/// The suspension among SUSPENSIONS (references of relation suspends) in effect on AS_OF: started
/// (from the day STARTED gives for its suspending document; none known: in effect) and not yet
/// resumed (before its date, when printed, and before any day of RESUMED, the days later documents
/// resumed it (resumes), after it started); the latest started when several are. None when none
/// is, or when AS_OF is none.
Suspension SuspensionOn(const std::vector<const CorpusReference*>& suspensions,
                        const std::function<std::optional<Date>(const CorpusReference&)>& started,
                        const std::vector<Date>& resumed, const std::optional<Day>& as_of);

/// A resumption of a document (resumes): the day it resumes, and the day its resuming document took
/// effect (none when unknown).
struct Resumption {
  Date on;
  std::optional<Date> by_start;
};

/// True when a repeal on REPEALED_ON (none: undated) by a document in effect from REPEALER_START was
/// lifted by AS_OF: one of RESUMED (恢复执行 after 停止执行) falls on or after it and by AS_OF, by a
/// document that took effect after the repealing one (an earlier notice's resumption never lifts a
/// later repeal). Never when either document's start is unknown.
bool RepealLifted(const std::optional<Date>& repealed_on, const std::optional<Date>& repealer_start,
                  const std::vector<Resumption>& resumed, const std::optional<Day>& as_of);

}  // namespace gazette

// Calendar dates and working-day arithmetic on the official calendar: the State Council holiday
// schedule (法定节假日 and 调休 working weekends) from catalogs/holidays.tsv.
#pragma once
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "util/result.hpp"

namespace gazette {

/// The official working calendar: which dates are working days.
class WorkCalendar {
 public:
  /// Parses the holiday table (catalogs/holidays.tsv format); NAME names it in errors
  /// ("NAME:LINE: …").
  static Result<WorkCalendar> Parse(std::string_view tsv, const std::string& name);
  /// The embedded catalogs/holidays.tsv. REQUIRES: it parses (tested).
  static const WorkCalendar& Official();
  /// True when DATE's year is one the schedule covers.
  bool Covers(const Day& date) const;
  /// True for a working day: Monday–Friday that is not a holiday, or a 调休 working weekend.
  /// Outside the covered years: Monday–Friday.
  bool IsWorkday(const Day& date) const;
  /// The holiday or 调休 name for DATE ("国庆节", "国庆节调休"), empty for an ordinary day.
  std::string NameOf(const Day& date) const;
  /// First and last covered year (0 when empty).
  int first_year() const { return years_.empty() ? 0 : *years_.begin(); }
  int last_year() const { return years_.empty() ? 0 : *years_.rbegin(); }

 private:
  struct Entry {
    bool working = false;
    std::string name;
  };
  std::map<int, Entry> overrides_;  ///< days since epoch → holiday or 调休 working day
  std::set<int> years_;
};

/// The outcome of working-day arithmetic.
struct WorkdayShift {
  std::string date;                   ///< ISO result
  std::vector<std::string> warnings;  ///< e.g. a date counted outside the covered years
};

/// The date N working days after START (ISO; N < 0: before; N = 0: START itself), counting on
/// CALENDAR: START itself is not counted. Error for a bad date or |N| > 10000. When the count
/// passes dates outside the covered years, the result is computed on weekends alone and a
/// warning says so.
Result<WorkdayShift> AddWorkdays(const WorkCalendar& calendar, const std::string& start, int n);

}  // namespace gazette

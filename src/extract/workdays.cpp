#include "extract/workdays.hpp"

#include <ctime>
#include <stdexcept>

#include "util/embedded.hpp"
#include "util/number.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

using std::chrono::sys_days;

bool IsWeekend(const Day& d) {
  std::chrono::weekday w{sys_days(d)};
  return w == std::chrono::Saturday || w == std::chrono::Sunday;
}

}  // namespace

Result<WorkCalendar> WorkCalendar::Parse(std::string_view tsv, const std::string& name) {
  WorkCalendar calendar;
  bool header_seen = false;
  int line_no = 0;
  for (const auto& raw : Split(tsv, "\n")) {
    ++line_no;
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    auto cells = Split(line, "\t");
    auto where = name + ":" + std::to_string(line_no) + ": ";
    if (cells.size() < 5) return Error{where + "expected year, kind, first, last, name"};
    std::optional<Day> first = ParseIsoDay(cells[2]), last = ParseIsoDay(cells[3]);
    std::optional<int> year = ParseDecimal(cells[0]);
    if (!year || !first || !last || *last < *first)
      return Error{where + "bad year or date range"};
    if (cells[1] != "holiday" && cells[1] != "workday") return Error{where + "kind must be holiday or workday"};
    calendar.years_.insert(*year);
    for (int d = DaySerial(*first); d <= DaySerial(*last); ++d)
      calendar.overrides_[d] = Entry{cells[1] == "workday", cells[4]};
  }
  return calendar;
}

const WorkCalendar& WorkCalendar::Official() {
  static const WorkCalendar calendar = [] {
    auto parsed = Parse(EmbeddedData("catalogs/holidays.tsv"), "catalogs/holidays.tsv");
    if (!parsed.ok()) throw std::logic_error(parsed.error().message);
    return parsed.value();
  }();
  return calendar;
}

bool WorkCalendar::Covers(const Day& date) const { return years_.count(static_cast<int>(date.year())) > 0; }

bool WorkCalendar::IsWorkday(const Day& date) const {
  auto it = overrides_.find(DaySerial(date));
  if (it != overrides_.end()) return it->second.working;
  return !IsWeekend(date);
}

std::string WorkCalendar::NameOf(const Day& date) const {
  auto it = overrides_.find(DaySerial(date));
  return it == overrides_.end() ? std::string() : it->second.name;
}

Result<WorkdayShift> AddWorkdays(const WorkCalendar& calendar, const std::string& start, int n) {
  std::optional<Day> parsed = ParseIsoDay(start);
  if (!parsed) return Error{"bad date '" + start + "' (expected YYYY-MM-DD)"};
  if (n > 10000 || n < -10000) return Error{"working-day count " + std::to_string(n) + " out of range (±10000)"};
  Day date = *parsed;
  WorkdayShift shift;
  auto note_outside = [&](const Day& d) {
    if (!shift.warnings.empty() || calendar.Covers(d)) return;
    shift.warnings.push_back(ToIso(d) + " is outside the holiday calendar (" +
                             std::to_string(calendar.first_year()) + "–" + std::to_string(calendar.last_year()) +
                             "): counted Monday to Friday as working days");
  };
  int step = n < 0 ? -1 : 1;
  for (int left = n < 0 ? -n : n; left > 0;) {
    date = AddDays(date, step);
    if (date.year() < std::chrono::year(1) || date.year() > std::chrono::year(9999))
      return Error{start + " " + (n < 0 ? "" : "+") + std::to_string(n) +
                   " working days falls outside the years 1–9999 a date is written in"};
    note_outside(date);
    if (calendar.IsWorkday(date)) --left;
  }
  shift.date = ToIso(date);
  return shift;
}

}  // namespace gazette

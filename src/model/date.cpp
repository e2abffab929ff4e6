// Calendar dates (see date.hpp).
#include "model/date.hpp"

#include <ctime>

namespace gazette {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

int Serial(const Day& d) { return static_cast<int>(sys_days(d).time_since_epoch().count()); }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string Pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

// The month of YYYY-MM (the first 7 characters of TEXT), on its first day.
std::optional<Day> MonthOf(std::string_view text) {
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  auto y = text.substr(0, 4), m = text.substr(5, 2);
  if (!AllDigits(y) || !AllDigits(m)) return std::nullopt;
  Day day{std::chrono::year(ToInt(y)), std::chrono::month(ToInt(m)), std::chrono::day(1)};
  if (!day.ok()) return std::nullopt;
  return day;
}

}  // namespace

std::optional<Day> ParseIsoDay(std::string_view text) {
  if (text.size() != 10 || text[7] != '-' || !AllDigits(text.substr(8, 2))) return std::nullopt;
  auto month = MonthOf(text);
  if (!month) return std::nullopt;
  Day day{month->year(), month->month(), std::chrono::day(ToInt(text.substr(8, 2)))};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (auto day = ParseIsoDay(text)) return Date{*day, Precision::kDay};
  if (text.size() != 7) return std::nullopt;
  if (auto month = MonthOf(text)) return Date{*month, Precision::kMonth};
  return std::nullopt;
}

std::string ToIso(const Date& date) {
  std::string month = Pad(static_cast<int>(date.day.year()), 4) + "-" + Pad(static_cast<unsigned>(date.day.month()), 2);
  if (date.precision == Precision::kMonth) return month;
  return month + "-" + Pad(static_cast<unsigned>(date.day.day()), 2);
}

std::string ToIso(const std::optional<Date>& date) { return date ? ToIso(*date) : std::string(); }

std::string ToIso(const Day& day) { return ToIso(Date{day, Precision::kDay}); }

std::string PrecisionOf(const std::optional<Date>& date) { return date ? ToString(date->precision) : std::string(); }

Day AddDays(const Day& day, int n) { return Day(sys_days(day) + days(n)); }

int DaysBetween(const Day& a, const Day& b) { return Serial(b) - Serial(a); }

int DaySerial(const Day& day) { return Serial(day); }

Day PeriodEnd(const Day& start, int months) {
  Day same = start + std::chrono::months(months);
  if (same.ok()) return AddDays(same, -1);
  // No such day in the target month (31st, 29 February): the period ends on its last day.
  return Day(same.year() / same.month() / std::chrono::last);
}

Day SameDayMonthsOn(const Day& start, int months) {
  Day same = start + std::chrono::months(months);
  return same.ok() ? same : Day(same.year() / same.month() / std::chrono::last);
}

Date Preceding(const Date& date) {
  if (date.precision == Precision::kMonth) return Date{date.day - std::chrono::months(1), Precision::kMonth};
  return Date{AddDays(date.day, -1), Precision::kDay};
}

Day Today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Day{std::chrono::year(local.tm_year + 1900), std::chrono::month(local.tm_mon + 1),
             std::chrono::day(local.tm_mday)};
}

}  // namespace gazette

// Calendar dates (see date.hpp).
#include "model/date.hpp"

#include <ctime>

namespace gazette {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

int Serial(const Date& d) { return static_cast<int>(sys_days(d).time_since_epoch().count()); }

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

}  // namespace

bool ParseIsoDate(std::string_view text, Date* out) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!AllDigits(y) || !AllDigits(m) || !AllDigits(d)) return false;
  Date date{std::chrono::year(ToInt(y)), std::chrono::month(ToInt(m)), std::chrono::day(ToInt(d))};
  if (!date.ok()) return false;
  *out = date;
  return true;
}

bool ParseIsoDateOrMonth(std::string_view text, Date* out, bool* month_only) {
  *month_only = false;
  if (ParseIsoDate(text, out)) return true;
  if (text.size() != 7 || text[4] != '-') return false;
  auto y = text.substr(0, 4), m = text.substr(5, 2);
  if (!AllDigits(y) || !AllDigits(m)) return false;
  Date date{std::chrono::year(ToInt(y)), std::chrono::month(ToInt(m)), std::chrono::day(1)};
  if (!date.ok()) return false;
  *out = date;
  *month_only = true;
  return true;
}

std::string FormatIsoDate(const Date& date) {
  return Pad(static_cast<int>(date.year()), 4) + "-" + Pad(static_cast<unsigned>(date.month()), 2) + "-" +
         Pad(static_cast<unsigned>(date.day()), 2);
}

std::string FormatIsoMonth(const Date& date) {
  return Pad(static_cast<int>(date.year()), 4) + "-" + Pad(static_cast<unsigned>(date.month()), 2);
}

Date AddDays(const Date& date, int n) { return Date(sys_days(date) + days(n)); }

int DaysBetween(const Date& a, const Date& b) { return Serial(b) - Serial(a); }

Date PeriodEnd(const Date& start, int months) {
  Date same = start + std::chrono::months(months);
  if (same.ok()) return AddDays(same, -1);
  // No such day in the target month (31st, 29 February): the period ends on its last day.
  return Date(same.year() / same.month() / std::chrono::last);
}

Date Today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{std::chrono::year(local.tm_year + 1900), std::chrono::month(local.tm_mon + 1),
              std::chrono::day(local.tm_mday)};
}

std::string TodayIso() { return FormatIsoDate(Today()); }

int CompareIsoDates(std::string_view a, std::string_view b) {
  Date da, db;
  bool month_a = false, month_b = false;
  bool ok_a = ParseIsoDateOrMonth(a, &da, &month_a), ok_b = ParseIsoDateOrMonth(b, &db, &month_b);
  if (!ok_a || !ok_b) return ok_a == ok_b ? a.compare(b) : ok_a ? 1 : -1;
  int days_between = DaysBetween(db, da);
  if (days_between != 0) return days_between;
  return int(month_b) - int(month_a);  // 2024-01 before 2024-01-01, as the texts sort
}

}  // namespace gazette

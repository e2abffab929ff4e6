// Calendar dates: one Date value for every date of the model (a day, or only a month where the
// text gives only a month), parsed from and written as ISO text only at the edges (reading text,
// writing output, the SQLite store); compared and computed on by value.
//
//   Date d{Day{std::chrono::year(2023) / 7 / 1}, Precision::kMonth};   ToIso(d) → "2023-07"
//   ParseIsoDate("2024-11-15") → Date{2024-11-15, kDay};  ParseIsoDate("2024-02-30") → nullopt
#pragma once
#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "model/kinds.hpp"

namespace gazette {

/// A calendar day (proleptic Gregorian): what day arithmetic and --as-of work on.
using Day = std::chrono::year_month_day;

/// A date the model keeps: a day, or a month where the text gives only a month (2023年7月).
/// Six bytes; `std::optional<Date>` where a date may be absent.
struct Date {
  Day day;                                ///< the day; for a month, the month's first day
  Precision precision = Precision::kDay;  ///< kMonth when only the month is known

  friend constexpr bool operator==(const Date&, const Date&) = default;
  /// By day; a month (2024-03) sorts before its first day (2024-03-01), as their ISO texts do.
  friend constexpr std::strong_ordering operator<=>(const Date& a, const Date& b) {
    if (auto c = a.day <=> b.day; c != 0) return c;
    return b.precision <=> a.precision;
  }
};

/// The first day DATE covers (for a month: its 1st).
constexpr Day FirstDay(const Date& date) { return date.day; }
/// The last day DATE covers (for a month: its last day).
constexpr Day LastDay(const Date& date) {
  return date.precision == Precision::kMonth ? Day(date.day.year() / date.day.month() / std::chrono::last) : date.day;
}

/// Parses a strict ISO day YYYY-MM-DD (a real day of a real month); nullopt for anything else.
std::optional<Day> ParseIsoDay(std::string_view text);
/// Parses YYYY-MM-DD (day precision) or YYYY-MM (month precision); nullopt for anything else.
std::optional<Date> ParseIsoDate(std::string_view text);
/// The one ISO spelling of a date: YYYY-MM-DD, or YYYY-MM for month precision.
std::string ToIso(const Date& date);
/// ToIso of DATE, or "" when there is none (how every writer spells an absent date).
std::string ToIso(const std::optional<Date>& date);
/// YYYY-MM-DD.
std::string ToIso(const Day& day);
/// The precision of DATE as every writer spells it ("day", "month"), "" when there is none.
std::string PrecisionOf(const std::optional<Date>& date);
/// DAY moved by DAYS calendar days (negative: earlier).
Day AddDays(const Day& day, int days);
/// Calendar days from A to B (negative when B is before A).
int DaysBetween(const Day& a, const Day& b);
/// Days from 1970-01-01 to DAY: a day as a number, for maps and loops over days.
int DaySerial(const Day& day);
/// The last day of a period of MONTHS months that starts on START (first day counted): the day
/// before the same day MONTHS months later; when that month has no such day (31st, 29 Feb), the
/// period ends on that month's last day. 2021-08-23 + 60 months → 2026-08-22;
/// 2024-02-29 + 12 months → 2025-02-28.
Day PeriodEnd(const Day& start, int months);
/// The same day of the month MONTHS months after START, or that month's last day when it has no
/// such day (1月31日 + 1 month → 2月29日 in 2024): 自印发之日起一个月后施行.
Day SameDayMonthsOn(const Day& start, int months);
/// The last day (or month) before DATE: the end of what a first day no longer covers
/// (2021年1月1日起自动失效 → in force through 2020-12-31; 2021年1月起失效 → through 2020-12).
Date Preceding(const Date& date);
/// Today's date in the machine's local time zone: the default --as-of of every command (status,
/// deadlines, refs, xref, xml, xlsx, query) is this one day.
Day Today();

}  // namespace gazette

// Calendar dates: one Date type for the model, parsed from and written as ISO text only at the
// edges (reading text, writing output, the SQLite store); compared by value.
#pragma once
#include <chrono>
#include <string>
#include <string_view>

namespace gazette {

/// A calendar date (proleptic Gregorian).
using Date = std::chrono::year_month_day;

/// Parses a strict ISO date YYYY-MM-DD (a real day of a real month) into *OUT.
bool ParseIsoDate(std::string_view text, Date* out);
/// Parses YYYY-MM-DD, or YYYY-MM (then *OUT is the first day of the month and *MONTH_ONLY is
/// set). Returns false for anything else.
bool ParseIsoDateOrMonth(std::string_view text, Date* out, bool* month_only);
/// YYYY-MM-DD.
std::string FormatIsoDate(const Date& date);
/// YYYY-MM.
std::string FormatIsoMonth(const Date& date);
/// DATE moved by DAYS calendar days (negative: earlier).
Date AddDays(const Date& date, int days);
/// Calendar days from A to B (negative when B is before A).
int DaysBetween(const Date& a, const Date& b);
/// The last day of a period of MONTHS months that starts on START (first day counted): the day
/// before the same day MONTHS months later; when that month has no such day (31st, 29 Feb), the
/// period ends on that month's last day. 2021-08-23 + 60 months → 2026-08-22;
/// 2024-02-29 + 12 months → 2025-02-28.
Date PeriodEnd(const Date& start, int months);
/// Today's date in the machine's local time zone: the default --as-of of every command (status,
/// deadlines, refs, xref, xml, xlsx, query) is this one day.
Date Today();
/// Today() as YYYY-MM-DD.
std::string TodayIso();
/// Compares two ISO dates (YYYY-MM-DD or YYYY-MM, a month standing for its first day) by value:
/// negative when A is before B, 0 when the same day, positive after. A text that is not a date
/// sorts before every date (as the empty string did when dates were compared as text).
int CompareIsoDates(std::string_view a, std::string_view b);

}  // namespace gazette

// Working-day arithmetic on the State Council holiday schedule (catalogs/holidays.tsv).
#include <catch2/catch.hpp>

#include "extract/workdays.hpp"
#include "util/embedded.hpp"

using namespace gazette;

namespace {

std::string Shift(const std::string& start, int n) {
  auto r = AddWorkdays(WorkCalendar::Official(), start, n);
  REQUIRE(r.ok());
  CHECK(r->warnings.empty());
  return r->date;
}

bool Works(const std::string& iso) {
  std::optional<Day> d = ParseIsoDay(iso);
  REQUIRE(d);
  return WorkCalendar::Official().IsWorkday(*d);
}

}  // namespace

TEST_CASE("holiday calendar parses and covers 2020-2026", "[dates][workdays]") {
  auto parsed = WorkCalendar::Parse(EmbeddedData("catalogs/holidays.tsv"), "catalogs/holidays.tsv");
  REQUIRE(parsed.ok());
  CHECK(parsed->first_year() == 2020);
  CHECK(parsed->last_year() == 2026);
}

TEST_CASE("every 调休 working day of the calendar is a Saturday or Sunday", "[dates][workdays]") {
  const auto& cal = WorkCalendar::Official();
  Day d{std::chrono::year(2020), std::chrono::January, std::chrono::day(1)};
  for (; d.year() <= std::chrono::year(2026); d = AddDays(d, 1)) {
    std::chrono::weekday w{std::chrono::sys_days(d)};
    bool weekend = w == std::chrono::Saturday || w == std::chrono::Sunday;
    if (weekend && cal.IsWorkday(d)) CHECK(cal.NameOf(d).find("调休") != std::string::npos);
  }
}

TEST_CASE("2024 National Day: 10-01..10-07 off, Sunday 09-29 and Saturday 10-12 worked", "[dates][workdays]") {
  // 国办发明电〔2023〕7号: 10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
  CHECK(Works("2024-09-29"));
  CHECK_FALSE(Works("2024-10-01"));
  CHECK_FALSE(Works("2024-10-04"));
  CHECK_FALSE(Works("2024-10-07"));
  CHECK(Works("2024-10-08"));
  CHECK(Works("2024-10-12"));
  CHECK(WorkCalendar::Official().NameOf(Day{std::chrono::year(2024), std::chrono::October, std::chrono::day(3)}) ==
        "国庆节");
  CHECK(Shift("2024-09-27", 1) == "2024-09-29");  // Friday → the 调休 Sunday
  CHECK(Shift("2024-09-29", 1) == "2024-09-30");
  CHECK(Shift("2024-09-30", 1) == "2024-10-08");  // across the whole holiday
  CHECK(Shift("2024-09-27", 5) == "2024-10-10");  // 29, 30, 8, 9, 10
  CHECK(Shift("2024-10-08", 4) == "2024-10-12");  // 9, 10, 11, Saturday 12 worked
  CHECK(Shift("2024-10-12", 1) == "2024-10-14");  // Sunday 13 is not
  CHECK(Shift("2024-10-08", -1) == "2024-09-30");
  CHECK(Shift("2024-10-08", -3) == "2024-09-27");
}

TEST_CASE("Spring Festival 2024: 02-10..02-17 off, Sundays 02-04 and 02-18 worked", "[dates][workdays]") {
  // 国办发明电〔2023〕7号: 2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。
  CHECK(Works("2024-02-04"));
  CHECK(Works("2024-02-09"));  // 除夕: only encouraged as a day off
  CHECK_FALSE(Works("2024-02-12"));
  CHECK(Works("2024-02-18"));
  CHECK(Shift("2024-02-08", 1) == "2024-02-09");
  CHECK(Shift("2024-02-09", 1) == "2024-02-18");
  CHECK(Shift("2024-02-02", 1) == "2024-02-04");
  CHECK(Shift("2024-02-18", -1) == "2024-02-09");
}

TEST_CASE("Spring Festival 2025: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked", "[dates][workdays]") {
  // 国办发明电〔2024〕12号: 1月28日至2月4日放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
  CHECK(Works("2025-01-26"));
  CHECK_FALSE(Works("2025-01-28"));
  CHECK_FALSE(Works("2025-02-04"));
  CHECK(Works("2025-02-08"));
  CHECK(Shift("2025-01-24", 2) == "2025-01-27");  // Sunday 26, Monday 27
  CHECK(Shift("2025-01-27", 1) == "2025-02-05");
  CHECK(Shift("2025-02-05", 3) == "2025-02-08");
}

TEST_CASE("Spring Festival 2020 as extended: 02-01 no longer worked", "[dates][workdays]") {
  // 国办发明电〔2020〕1号 extended the holiday to 2月2日, 2月3日起正常上班.
  CHECK(Works("2020-01-19"));
  CHECK_FALSE(Works("2020-01-31"));
  CHECK_FALSE(Works("2020-02-01"));
  CHECK(Shift("2020-01-23", 1) == "2020-02-03");
}

TEST_CASE("N = 0 returns the start; a holiday start counts from the next working day", "[dates][workdays]") {
  CHECK(Shift("2024-10-03", 0) == "2024-10-03");
  CHECK(Shift("2024-10-03", 1) == "2024-10-08");
}

TEST_CASE("dates outside 2020-2026 are counted Monday to Friday, with a warning", "[dates][workdays]") {
  auto r = AddWorkdays(WorkCalendar::Official(), "2026-12-31", 2);
  REQUIRE(r.ok());
  CHECK(r->date == "2027-01-04");
  REQUIRE(r->warnings.size() == 1);
  CHECK(r->warnings[0].find("outside the holiday calendar") != std::string::npos);
}

TEST_CASE("bad dates and counts are errors", "[dates][workdays]") {
  CHECK_FALSE(AddWorkdays(WorkCalendar::Official(), "2024-02-30", 1).ok());
  CHECK_FALSE(AddWorkdays(WorkCalendar::Official(), "2024/10/01", 1).ok());
  CHECK_FALSE(AddWorkdays(WorkCalendar::Official(), "2024-10-01", 20000).ok());
}

TEST_CASE("a malformed calendar names the file and line", "[dates][workdays]") {
  auto r = WorkCalendar::Parse("# c\nyear\tkind\tfirst\tlast\tname\n2024\tholiday\t2024-10-01\tx\t国庆节\n", "h.tsv");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.rfind("h.tsv:3:", 0) == 0);
}

TEST_CASE("a period ends the day before its anniversary", "[dates][workdays]") {
  auto end = [](const std::string& start, int months) {
    std::optional<Day> d = ParseIsoDay(start);
    REQUIRE(d);
    return ToIso(PeriodEnd(*d, months));
  };
  CHECK(end("2021-08-23", 60) == "2026-08-22");
  CHECK(end("2024-08-27", 12) == "2025-08-26");
  CHECK(end("2024-02-29", 12) == "2025-02-28");  // no 29 February: that month's last day
  CHECK(end("2024-03-01", 12) == "2025-02-28");
  CHECK(end("2023-10-31", 4) == "2024-02-29");  // no 31 February in 2024 → 29
  CHECK(end("2024-01-01", 1) == "2024-01-31");
}

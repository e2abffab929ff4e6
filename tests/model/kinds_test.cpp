#include <catch2/catch.hpp>

#include "diff/diff.hpp"
#include "model/date.hpp"
#include "model/kinds.hpp"

using namespace gazette;

namespace {

/// Every value of E spells a distinct, non-empty text (TimeUnit::kNone excepted) that parses back.
template <typename E>
void CheckRoundTrip() {
  std::vector<std::string> seen;
  for (const auto& s : Spellings<E>::table) {
    CHECK(ToString(s.value) == s.text);
    CHECK(Parse<E>(s.text) == s.value);
    CHECK(std::find(seen.begin(), seen.end(), std::string(s.text)) == seen.end());
    seen.emplace_back(s.text);
  }
}

}  // namespace

TEST_CASE("every closed set spells each value once and parses it back", "[kinds]") {
  CheckRoundTrip<NodeKind>();
  CheckRoundTrip<DateKind>();
  CheckRoundTrip<Relation>();
  CheckRoundTrip<TimeUnit>();
  CheckRoundTrip<Precision>();
  CheckRoundTrip<LegalStatus>();
  CheckRoundTrip<ColumnType>();
  CheckRoundTrip<diff::DiffUnit>();
  CheckRoundTrip<diff::Change>();
  CheckRoundTrip<diff::Compared>();
}

TEST_CASE("spellings are the ones every export writes", "[kinds]") {
  CHECK(ToString(DateKind::kTimeLimit) == "time-limit");
  CHECK(ToString(DateKind::kRepealEffective) == "repeal-effective");
  CHECK(ToString(LegalStatus::kNotYetInForce) == "not-yet-in-force");
  CHECK(ToString(TimeUnit::kNone).empty());
  CHECK(PassiveOf(Relation::kRepeals) == "repealed-by");
  CHECK(PassiveOf(Relation::kSupplements) == "supplemented-by");
  CHECK(PassiveOf(Relation::kExtends) == "extended-by");
  CHECK_FALSE(Parse<Relation>("repeal").has_value());
  CHECK_FALSE(Parse<DateKind>("").has_value());
  CHECK(AllSpellings<Relation>().front() == "repeals");
  CHECK(ToString(diff::Change::kRenumbered) == "renumbered");
  CHECK(AllSpellings<diff::Compared>() == std::vector<std::string>{"tables", "articles"});
}

TEST_CASE("supersession relations are the eight that change a document's standing", "[kinds]") {
  int n = 0;
  for (const auto& s : Spellings<Relation>::table) n += IsSupersession(s.value);
  CHECK(n == 8);
  CHECK(IsSupersession(Relation::kExtends));
  CHECK(IsSupersession(Relation::kSuspends));  // for a time: 暂缓实施, 推迟至…
  CHECK(IsSupersession(Relation::kResumes));   // a suspension ended: 恢复执行
  CHECK(PassiveOf(Relation::kResumes) == "resumed-by");
  CHECK_FALSE(IsSupersession(Relation::kCites));
  CHECK_FALSE(IsSupersession(Relation::kImplements));
}

TEST_CASE("dates compare by value, a month standing for its first day", "[date]") {
  auto date = [](const char* iso) { return ParseIsoDate(iso); };
  CHECK(date("2024-03-01") < date("2024-03-15"));
  CHECK(date("2024-03") < date("2024-03-15"));
  CHECK(date("2024-04") > date("2024-03-15"));
  CHECK(date("2024-03") < date("2024-03-01"));  // as the texts sort
  CHECK(date("2024-03-01") == date("2024-03-01"));
  CHECK(std::optional<Date>() < date("2024-03-01"));  // no date before every date
  CHECK(date("2024-03-01") > std::optional<Date>());
}

TEST_CASE("ISO dates parse strictly and print as they were read", "[date]") {
  for (const char* iso : {"2024-03-01", "2024-03", "2024-02-29", "0999-12-31"}) CHECK(ToIso(ParseIsoDate(iso)) == iso);
  CHECK(ParseIsoDate("2024-03")->precision == Precision::kMonth);
  CHECK(PrecisionOf(ParseIsoDate("2024-03")) == "month");
  CHECK(PrecisionOf(ParseIsoDate("2024-03-01")) == "day");
  CHECK(PrecisionOf(std::nullopt) == "");
  for (const char* bad : {"", "2023-02-29", "2024-13", "2024-3-1", "2024-03-01x", "2024年3月", "２０２４-03-01"})
    CHECK_FALSE(ParseIsoDate(bad));
  CHECK_FALSE(ParseIsoDay("2024-03"));
  CHECK(ToIso(std::optional<Date>()) == "");
}

TEST_CASE("a month covers its first to its last day", "[date]") {
  Date month = *ParseIsoDate("2024-02");
  CHECK(ToIso(FirstDay(month)) == "2024-02-01");
  CHECK(ToIso(LastDay(month)) == "2024-02-29");
  Date day = *ParseIsoDate("2024-02-10");
  CHECK(FirstDay(day) == LastDay(day));
  CHECK(sizeof(Date) <= 8);  // a few bytes, not a std::string
}

TEST_CASE("Today is a real date and ToIso spells it", "[date]") {
  REQUIRE(ParseIsoDay(ToIso(Today())));
  CHECK(Today().ok());
}

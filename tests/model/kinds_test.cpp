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
  CHECK_FALSE(Parse<Relation>("repeal").has_value());
  CHECK_FALSE(Parse<DateKind>("").has_value());
  CHECK(AllSpellings<Relation>().front() == "repeals");
  CHECK(ToString(diff::Change::kRenumbered) == "renumbered");
  CHECK(AllSpellings<diff::Compared>() == std::vector<std::string>{"tables", "articles"});
}

TEST_CASE("supersession relations are the five that change a document's standing", "[kinds]") {
  int n = 0;
  for (const auto& s : Spellings<Relation>::table) n += IsSupersession(s.value);
  CHECK(n == 5);
  CHECK_FALSE(IsSupersession(Relation::kCites));
  CHECK_FALSE(IsSupersession(Relation::kImplements));
}

TEST_CASE("ISO dates compare by value, a month standing for its first day", "[date]") {
  CHECK(CompareIsoDates("2024-03-01", "2024-03-15") < 0);
  CHECK(CompareIsoDates("2024-03", "2024-03-15") < 0);
  CHECK(CompareIsoDates("2024-04", "2024-03-15") > 0);
  CHECK(CompareIsoDates("2024-03", "2024-03-01") < 0);  // as the texts sort
  CHECK(CompareIsoDates("2024-03-01", "2024-03-01") == 0);
  CHECK(CompareIsoDates("", "2024-03-01") < 0);
  CHECK(CompareIsoDates("2024-03-01", "") > 0);
}

TEST_CASE("Today is a real date and TodayIso spells it", "[date]") {
  Date d;
  REQUIRE(ParseIsoDate(TodayIso(), &d));
  CHECK(d.ok());
}

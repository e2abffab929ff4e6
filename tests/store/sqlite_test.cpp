// How the index stores a value of the model: SqlValue, one overload a kind of value.
#include <catch2/catch.hpp>

#include <type_traits>

#include "store/sqlite.hpp"

using namespace gazette;
using store::SqlValue;

TEST_CASE("SqlValue stores texts as texts, numbers and bools as integers, spelled sets and dates as their text", "[store]") {
  std::string text = "京政发";
  CHECK(SqlValue(std::string_view("京政发")) == "京政发");
  CHECK(SqlValue(text) == "京政发");
  static_assert(std::is_same_v<decltype(SqlValue("a")), std::string_view>);  // a C string is a text, not a bool
  CHECK(SqlValue("a") == "a");
  CHECK(SqlValue(int64_t{1} << 40) == int64_t{1} << 40);
  CHECK(SqlValue(7) == 7);
  CHECK(SqlValue(true) == 1);
  CHECK(SqlValue(false) == 0);
  CHECK(SqlValue(DateKind::kTimeLimit) == "time-limit");  // as every export spells it
  CHECK(SqlValue(std::optional<Date>{}) == "");
  CHECK(SqlValue(std::optional<Date>{Date{Day{std::chrono::year(2023) / 7 / 1}, Precision::kMonth}}) == "2023-07");
}

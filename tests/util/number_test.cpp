#include "util/number.hpp"

#include <catch2/catch.hpp>

using gazette::DecimalOr;
using gazette::ParseDecimal;

TEST_CASE("ParseDecimal reads whole decimal numbers", "[number]") {
  CHECK(ParseDecimal("0") == 0);
  CHECK(ParseDecimal("312") == 312);
  CHECK(ParseDecimal(" 24 ") == 24);
  CHECK(ParseDecimal("2147483647") == 2147483647);
}

TEST_CASE("ParseDecimal refuses what is not a number that fits", "[number]") {
  CHECK_FALSE(ParseDecimal(""));
  CHECK_FALSE(ParseDecimal("-1"));
  CHECK_FALSE(ParseDecimal("+1"));
  CHECK_FALSE(ParseDecimal("12a"));
  CHECK_FALSE(ParseDecimal("2147483648"));
  CHECK_FALSE(ParseDecimal("99999999999"));  // an 11-digit 文号 serial
  CHECK(DecimalOr("99999999999", -1) == -1);
}

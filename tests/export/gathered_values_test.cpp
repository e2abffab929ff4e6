// Gathered values stand for the node sets they were read from: what a comparison, a conversion,
// count() and sum() read of them is the same.
#include <catch2/catch.hpp>

#include "export/gathered_values.hpp"
#include "export/xpath_plan.hpp"

namespace gazette {
namespace {

TEST_CASE("gathered values give the sets' string values to comparisons, conversions, count and sum", "[query]") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<r><a n='2'>x<b>y</b></a><a n='3'/><a n='x'>z</a></r>"));
  using Keep = XPathGathered::Keep;
  GatheredValues values({{{}, Keep::kAll}, {{}, Keep::kFirst}, {{}, Keep::kDistinct}});
  for (const auto& x : doc.select_nodes("//a")) values.Add(0, x);
  for (const auto& x : doc.select_nodes("//a/@n")) values.Add(1, x);  // keeps the first only
  for (const auto& x : doc.select_nodes("//a/@n | //b | //b/text()")) values.Add(2, x);  // y once
  pugi::xpath_variable_set variables;
  values.Bind(variables);
  auto eval = [&](const char* expression) {
    return pugi::xpath_query(expression, &variables).evaluate_string(doc);
  };
  CHECK(eval("string(count($gathered0))") == "3");
  CHECK(eval("string($gathered0)") == "xy");  // the first node's string value, its descendants' text
  CHECK(eval("string($gathered0 = 'z')") == "true");
  CHECK(eval("string($gathered0 = '')") == "true");  // <a n='3'/>
  CHECK(eval("string(count($gathered1))") == "1");
  CHECK(eval("string(sum($gathered1))") == "2");
  CHECK(eval("string(count($gathered2))") == "4");  // 2, 3, x, y
  CHECK(eval("string($gathered2 = 'y')") == "true");
  CHECK(eval("string($gathered2 > 2)") == "true");
  CHECK(eval("name($gathered1)") == "value");  // not the nodes' names: the planner sends name() whole
}

TEST_CASE("a set compared with a part's nodes is narrowed to the values the part has", "[query]") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<r><t>a</t><t>b</t><t>c</t><t></t><t>b</t></r>"));
  using Keep = XPathGathered::Keep;
  GatheredValues values({{{}, Keep::kDistinct, true}, {{}, Keep::kDistinct, false}, {{}, Keep::kDistinct, true}}, 4);
  for (int set : {0, 1}) {
    for (const auto& x : doc.select_nodes("//t")) values.Add(set, x);
  }
  for (const auto& x : doc.select_nodes("//t[position() < 4]")) values.Add(2, x);  // 3 values: too few to narrow
  pugi::xml_document part;
  REQUIRE(part.load_string("<p id='c'><q>b</q><q><u>x</u></q></p>"));
  pugi::xpath_variable_set variables;
  values.Bind(variables);
  values.BindFoundIn(variables, part);
  auto eval = [&](const char* expression, const pugi::xml_node& at) {
    return pugi::xpath_query(expression, &variables).evaluate_string(at);
  };
  CHECK(eval("concat(count($gathered0), ':', $gathered0[1], $gathered0[2])", part) == "2:bc");  // gathered order
  CHECK(eval("string(count($gathered1))", part) == "4");  // not narrowed: every value, as bound
  CHECK(eval("string(count($gathered2))", part) == "3");
  CHECK(eval("string(//q = $gathered0)", part) == "true");
  CHECK(eval("string(//u = $gathered0)", part) == "false");
  REQUIRE(part.load_string("<p><q/></p>"));  // the next part: its own values only (the empty one)
  values.BindFoundIn(variables, part);
  CHECK(eval("string(count($gathered0))", part) == "1");
  CHECK(eval("string(//q = $gathered0)", part) == "true");
  values.Bind(variables);  // every value again
  CHECK(eval("string(count($gathered0))", part) == "4");
}

}  // namespace
}  // namespace gazette

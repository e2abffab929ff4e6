// Every node's string value, as XPath gives it, for the ones no longer than asked: what a
// comparison with the tree's nodes can find equal.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "export/string_values.hpp"

namespace gazette {
namespace {

std::multiset<std::string> Values(const pugi::xml_node& top, size_t longest) {
  std::multiset<std::string> out;
  ForEachStringValue(top, longest, [&](std::string_view v) { out.emplace(v); });
  return out;
}

TEST_CASE("each node's string value is given, an element's the text under it", "[query]") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<r a='1'><x b='2'>ab<y>c</y><![CDATA[d]]><!--e--></x><z/><?pi f?></r>",
                          pugi::parse_default | pugi::parse_comments | pugi::parse_pi));
  const std::multiset<std::string> all = Values(doc, 100);
  // the document and r: abcd; x: abcd; y and its text: c; z: empty; the comment's and pi's own
  const std::multiset<std::string> want{"abcd", "abcd", "abcd", "1", "2", "ab", "c", "c", "d", "e", "", "f"};
  CHECK(all == want);
  // Every node's string value as pugixml gives it is among them.
  for (const pugi::xpath_node& n : doc.select_nodes("//node() | //@*")) {
    CHECK(all.count(pugi::xpath_query("string(.)").evaluate_string(n)) > 0);
  }
}

TEST_CASE("values longer than asked are left out, and the elements around them", "[query]") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<r><x>abc<y>de</y></x><w>fg</w></r>"));
  // x is abcde (5 bytes): r and the document are longer still.
  CHECK(Values(doc, 3) == std::multiset<std::string>{"abc", "de", "de", "fg", "fg"});
  CHECK(Values(doc.child("r").child("w"), 2) == std::multiset<std::string>{"fg", "fg"});
  CHECK(Values(pugi::xml_node(), 10).empty());
}

TEST_CASE("a tree of any depth is walked without recursion", "[query]") {
  pugi::xml_document doc;
  pugi::xml_node n = doc;
  for (int i = 0; i < 200000; ++i) n = n.append_child("e");
  n.append_child(pugi::node_pcdata).set_value("t");
  size_t count = 0;
  ForEachStringValue(doc, 1, [&](std::string_view v) { count += v == "t"; });
  CHECK(count == 200002);  // the text, each element and the document
}

}  // namespace
}  // namespace gazette

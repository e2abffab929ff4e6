// exports/gazette.xsd says exactly what the writers produce: its enumerations are the model's
// spelling tables, its article elements the node kinds, and nothing else is allowed there.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "../support.hpp"
#include "model/kinds.hpp"

namespace gazette {
namespace {

// The schema, loaded once per test.
pugi::xml_document Schema() {
  pugi::xml_document doc;
  REQUIRE(doc.load_file(testing::Path("exports/gazette.xsd").c_str()));
  return doc;
}

// The values of the schema's enumeration NAME, in order.
std::vector<std::string> Enumeration(const pugi::xml_document& xsd, const std::string& name) {
  std::vector<std::string> values;
  std::string xpath = "/xs:schema/xs:simpleType[@name='" + name + "']/xs:restriction/xs:enumeration/@value";
  for (const auto& v : xsd.select_nodes(xpath.c_str())) values.emplace_back(v.attribute().value());
  return values;
}

// Every spelling of E but the empty one (an empty value is never written as an attribute).
template <typename E>
std::vector<std::string> Written() {
  std::vector<std::string> out;
  for (auto& s : AllSpellings<E>())
    if (!s.empty()) out.push_back(s);
  return out;
}

}  // namespace

TEST_CASE("xsd: every enumeration is the spelling table the writers use", "[xsd]") {
  pugi::xml_document xsd = Schema();
  CHECK(Enumeration(xsd, "statusValue") == Written<LegalStatus>());
  CHECK(Enumeration(xsd, "dateKind") == Written<DateKind>());
  CHECK(Enumeration(xsd, "precisionValue") == Written<Precision>());
  CHECK(Enumeration(xsd, "timeUnit") == Written<TimeUnit>());
  CHECK(Enumeration(xsd, "relationType") == Written<Relation>());
  std::vector<std::string> passives;  // status events are the supersessions only (xml_status.cpp)
  for (const auto& s : Spellings<Relation>::table)
    if (IsSupersession(s.value)) passives.push_back(PassiveOf(s.value));
  CHECK(Enumeration(xsd, "eventRelation") == passives);
}

TEST_CASE("xsd: the article tree's elements are the node kinds and nothing else", "[xsd]") {
  pugi::xml_document xsd = Schema();
  std::vector<std::string> names;
  for (const auto& e : xsd.select_nodes("/xs:schema/xs:group[@name='articleNodes']/xs:choice/xs:element/@name"))
    names.emplace_back(e.attribute().value());
  CHECK(names == Written<NodeKind>());
  CHECK(xsd.select_nodes("//xs:complexType[@name='articleNodeType']/xs:attribute[@name='kind']").empty());
}

}  // namespace gazette

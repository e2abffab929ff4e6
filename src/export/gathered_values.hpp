// The string values of node sets gathered from a document's parts in a first reading, kept as
// nodes of their own (one element a value) so that an XPath expression can test them in place of
// the sets themselves, in the parts of a second reading (xpath_plan: `gathered`). A comparison,
// a conversion to string, number or boolean, count() and sum() read nothing but the values.
#pragma once
#include <pugixml.hpp>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "export/xpath_plan.hpp"

namespace gazette {

/// Node sets' string values, each set in the order its nodes were added.
class GatheredValues {
 public:
  /// Room for node sets, empty, one for each of KEEP: which of the values added a set keeps
  /// (every one; each value once; the first, the first node in document order).
  explicit GatheredValues(const std::vector<XPathGathered::Keep>& keep);

  /// Adds the string value of the node X (an element, text or attribute) to the set SET.
  void Add(size_t set, const pugi::xpath_node& x);

  /// Binds each set i to the variable GatheredVariable(i) of VARIABLES. The nodes are this
  /// object's: it must outlive every query evaluated with them.
  void Bind(pugi::xpath_variable_set& variables) const;

 private:
  pugi::xml_document doc_;
  std::vector<pugi::xml_node> sets_;
  std::vector<XPathGathered::Keep> keep_;
  std::vector<std::unordered_set<std::string_view>> seen_;  // the values of each set kept distinct
  pugi::xpath_query string_value_;
};

}  // namespace gazette

// The string values of node sets gathered from a document's parts in a first reading, kept as
// nodes of their own (one attribute a value) so that an XPath expression can test them in place of
// the sets themselves, in the parts of a second reading (xpath_plan: `gathered`). A comparison,
// a conversion to string, number or boolean, count() and sum() read nothing but the values.
//
// A set only ever compared with `=` to nodes of the part read (`//document[@id =
// //reference/@target]`) can be narrowed in each part to the values some node of the part has
// as its string value: the comparison finds the same pairs equal, and pugixml, which compares
// every pair, compares a few values instead of every target of the corpus.
#pragma once
#include <pugixml.hpp>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/xpath_plan.hpp"

namespace gazette {

/// Node sets' string values, each set in the order its nodes were added.
class GatheredValues {
 public:
  /// How many values a set compared with a part's nodes holds before it is narrowed: below,
  /// pugixml's pairs cost less than the walk of each part. Testing the 24,000 documents of the
  /// 100 MB bench export against sets of 152, 356, 1,520, 3,352 and 7,111 ids, narrowing took
  /// +23%, +16%, -13%, -30% and -43% CPU.
  static constexpr size_t kNarrowFrom = 1024;

  /// Room for the node sets SETS describe, empty: which of the values added each keeps (every
  /// one; each value once; the first, the first node in document order), and whether it is
  /// compared with a part's nodes only (XPathGathered::matched); such a set is narrowed once it
  /// holds NARROW_FROM values or more.
  explicit GatheredValues(const std::vector<XPathGathered>& sets, size_t narrow_from = kNarrowFrom);

  /// Adds the string value of the node X (an element, text or attribute) to the set SET.
  void Add(size_t set, const pugi::xpath_node& x);

  /// Binds each set i to the variable GatheredVariable(i) of VARIABLES, with every value, once
  /// every value is added. The nodes are this object's: it must outlive every query evaluated
  /// with them.
  void Bind(pugi::xpath_variable_set& variables);

  /// Binds each set compared with a part's nodes only, and large enough, to those of its values
  /// that the string value of a node of PART has, for queries evaluated in PART; the others stay
  /// as Bind bound them.
  void BindFoundIn(pugi::xpath_variable_set& variables, const pugi::xml_node& part);

 private:
  /// One gathered set: its values, how they are kept, and what narrowing it needs.
  struct Set {
    pugi::xml_node parent;
    std::vector<pugi::xpath_node> values;  // attributes named `value`, one element each
    XPathGathered::Keep keep = XPathGathered::Keep::kAll;
    bool matched = false;  // compared with a part's nodes only; each value once (kDistinct)
    std::unordered_map<std::string_view, size_t> index;  // kDistinct: each value's place in `values`
    size_t longest = 0;                                   // bytes of the longest value
    std::vector<size_t> found;                            // the places found in the part read
    std::vector<size_t> found_in;                         // the part each place was last found in
  };
  static void BindNodes(pugi::xpath_variable_set& variables, size_t set, const std::vector<pugi::xpath_node>& nodes);

  pugi::xml_document doc_;
  std::vector<Set> sets_;
  size_t narrow_from_;
  std::vector<size_t> narrowed_;  // the sets BindFoundIn narrows, known once Bind is called
  size_t part_ = 0;               // how many parts BindFoundIn has read
  pugi::xpath_query string_value_;
};

}  // namespace gazette

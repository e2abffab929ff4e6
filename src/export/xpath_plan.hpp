// Whether `query` may evaluate an XPath 1.0 expression over a corpus XML read one part at a
// time (each child of the root element parsed alone, inside the root element's own start tag),
// or needs the whole document in memory.
//
// The planner reads the expression's shape, never the document, and is conservative: it says
// "part by part" only when every match lies inside one part and nothing the expression tests
// reaches outside the part being read but the root element's attributes. Positions among the
// parts (`/corpus/issue[2]`, `(//document)[1]`), the following/preceding axes, id(), any
// absolute path or climb to the root element whose nodes are counted or compared, and a match
// that is the root element or the document itself need the whole document.
#pragma once
#include <string>
#include <string_view>

namespace gazette {

/// How to evaluate an expression.
struct XPathPlan {
  enum class Kind {
    kWhole,     // over the whole document
    kEachPart,  // a node set: evaluate `over` in each part, matches in document order
    kCount,     // count(over): the sum of the counts in each part
    kSum,       // sum(over): the numbers of each part's matches, added in document order
  };
  Kind kind = Kind::kWhole;
  std::string over;  // the node-set expression to evaluate in each part
  bool root_attributes = false;  // the root element's own attributes may be among the matches
};

/// The plan for XPATH over a document whose root element is named ROOT_NAME. XPATH has already
/// compiled (CheckXPath); anything the planner cannot read is evaluated whole.
XPathPlan PlanXPath(std::string_view xpath, std::string_view root_name);

}  // namespace gazette

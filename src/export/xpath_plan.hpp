// Whether `query` may evaluate an XPath 1.0 expression over a corpus XML read one part at a
// time (each child of the root element parsed alone, inside the root element's own start tag),
// or needs the whole document in memory.
//
// The planner reads the expression's shape, never the document, and is conservative: it says
// "part by part" only when every match lies inside one part and nothing the expression tests
// reaches outside the part being read but the root element's attributes. A number, string or
// boolean is computed once, from count() and sum() of such node sets taken part by part and
// from the root element's attributes (`count(//document) > 3`, `sum(//@found) div count(//row)`).
// A node set drawn from several parts that is only tested (compared, converted, counted) and
// the same from every node (an absolute path) is gathered in a first reading: its string values.
// A position among the parts (`/corpus/issue[2]`, `(//document)[1]`, `//issue[last()]`) is
// numbered from the parts before, last() counted in a first reading. pugixml's id() is always
// empty (it reads no DTD). The following/preceding axes, a position inside a predicate, a climb
// to the root element whose nodes are counted or compared, a gathered set inside another, and a
// match that is the root element or the document itself need the whole document.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// A node-set expression evaluated in each part.
struct PartQuery {
  std::string xpath;
  bool root_attributes = false;  // the root element's own attributes may be among the matches
  /// Its nodes are taken in the order pugixml gives them, not sorted: sum() adds in that order
  /// (part after part, each part's as pugixml gives it alone), which is not always the document's.
  bool in_pugixml_order = false;
};

/// count() or sum() of a node set, taken part by part and added up.
struct XPathAggregate {
  bool sum = false;  // sum(): each match's number, added in pugixml's order; else count()
  PartQuery of;
};

/// A node set tested across parts, gathered in a first reading.
struct XPathGathered {
  /// Which of the set's values the expression reads.
  enum class Keep {
    kAll,       // every one, in pugixml's order: count(), sum()
    kDistinct,  // each value once: a comparison (true when any pair compares so)
    kFirst,     // the first node's in document order: a conversion (to boolean: whether there is one)
  };
  PartQuery of;
  Keep keep = Keep::kAll;
  /// Only ever compared with `=` to a node set of the part read: in each part, only the values
  /// some node of the part has as its string value can compare equal (GatheredValues).
  bool matched = false;
};

/// How to evaluate an expression.
struct XPathPlan {
  enum class Kind {
    kWhole,     // over the whole document
    kEachPart,  // a node set: `matches` evaluated in each part, in document order
    kScalar,    // a number, string or boolean: `scalar` evaluated once, over the root element
                // alone, with each of `aggregates` (taken part by part) bound to a variable
  };
  Kind kind = Kind::kWhole;
  PartQuery matches;
  std::vector<XPathAggregate> aggregates;
  std::string scalar;  // the expression with the i-th aggregate replaced by $AggregateVariable(i)
  /// Node sets tested across parts (`//document[@id = //reference/@target]`): gathered in a first
  /// reading, part by part, and bound to $GatheredVariable(i) as nodes holding their string
  /// values, all that a comparison, a conversion, count() or sum() reads. The expressions above
  /// name them by their variables.
  std::vector<XPathGathered> gathered;
  /// A position among the parts (`(//document)[1]`, `/corpus/issue[last()]`): in each part,
  /// `matches` numbers the nodes of `counted` from $kPositionOffset, how many of them the parts
  /// before hold, and reads last() as $kPositionTotal, how many all the parts hold (counted in
  /// a first reading when `total`).
  struct Positions {
    std::string counted;
    bool total = false;
  };
  std::optional<Positions> positions;
};

/// The variables of a position among the parts (XPathPlan::positions).
inline const std::string kPositionOffset = "position_offset", kPositionTotal = "position_total";

/// The name of the variable the i-th aggregate of a scalar plan is bound to.
std::string AggregateVariable(size_t i);

/// The name of the variable the i-th gathered node set is bound to.
std::string GatheredVariable(size_t i);

/// The plan for XPATH over a document whose root element is named ROOT_NAME. XPATH has already
/// compiled (CheckXPath); anything the planner cannot read is evaluated whole.
XPathPlan PlanXPath(std::string_view xpath, std::string_view root_name);

}  // namespace gazette

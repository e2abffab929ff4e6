// The XPath planner's reading of an expression (xpath_plan): the grammar of XPath 1.0 (§3)
// with an abstract value per expression. The value holds its type, the levels of the tree its
// nodes may lie at (xpath_levels), whether its nodes may come from more than one part
// ("crosses": a step from the document node or the root element down into the parts), whether it
// holds the root reached up from a part ("climbed"), whether pugixml gives it part after part
// ("ordered"), and whether it is the same from every context node. Testing a value that crosses
// needs the whole document unless it can be gathered in a first reading; so do testing the
// string value of the root element or document, a position among the parts that cannot be
// numbered from the parts before, and a step down from a climbed root. Outside any predicate, count() or sum() of a node set whose nodes lie in the
// parts is an aggregate: taken part by part, then bound to a variable.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "export/xpath_levels.hpp"
#include "export/xpath_plan.hpp"
#include "export/xpath_tokens.hpp"

namespace gazette::xpath_reading {

using xpath_levels::Levels;

/// The type of an expression's value.
enum class Type { kNodeSet, kNumber, kString, kBoolean };

/// The abstract value of an expression.
struct Value {
  Type type = Type::kNodeSet;
  Levels levels = 0;
  bool crosses = false;  // its nodes may come from more than one part
  bool climbed = false;  // may hold skeleton nodes reached up from a part: only that part leads there
  bool ordered = true;   // pugixml gives the nodes part after part (no union): whole, as part by part
  bool context_free = false;  // an absolute path, or any path outside a predicate: the same from every node
};

/// A count() or sum() found outside any predicate: its tokens from the function's name to its
/// closing parenthesis, and its argument's value.
struct Found {
  bool sum = false;
  size_t name = 0, close = 0;
  Value of;
};

/// A node set tested across parts, whose string values are gathered in a first reading: the
/// tokens [begin, end) and its value.
struct Gathered {
  size_t begin = 0, end = 0;
  Value of;
  XPathGathered::Keep keep = XPathGathered::Keep::kAll;
  bool matched = false;  // compared with `=` to a node set of the part read (XPathGathered::matched)
};

/// A position taken among the parts, outside any predicate: `(//document)[1]`,
/// `/corpus/issue[last()]`, `//issue[2]`. The node set numbered is tokens [count_begin,
/// count_end) (guarded: the root element's children that step selects); its positional
/// predicate is tokens [predicate_begin, predicate_end), whose position() and last() calls (at
/// their name's token) refer to the set.
struct Positioned {
  size_t count_begin = 0, count_end = 0, predicate_begin = 0, predicate_end = 0;
  bool number = false;  // the predicate is a number: a position (`[2]`), not a test
  bool guarded = false;  // a step from the root among other nodes: only the root's children are numbered so
  std::vector<std::pair<size_t, bool>> calls;  // each call's token, and whether it is last()
};

/// What the planner read in an expression: its value, its aggregates and the node sets to gather,
/// each in the expression's order, and a position among the parts.
struct Reading {
  Value value;
  std::vector<Found> aggregates;
  std::vector<Gathered> gathered;
  std::optional<Positioned> positioned;
};

/// The reading of the expression TOKENS, evaluated over a document whose root element is named
/// ROOT_NAME; nothing when it needs the whole document or the planner cannot read it.
std::optional<Reading> ReadXPath(const std::vector<XPathLexeme>& tokens, std::string_view root_name);

/// True when every node V, an expression's value, may hold lies in one part or among the root
/// element's attributes (read once from the head), and, where SUM adds them up, pugixml gives
/// them part after part, so that adding each part's in pugixml's order adds them as it does.
bool InParts(const Value& v, bool sum);

}  // namespace gazette::xpath_reading

// The XPath 1.0 core function library (XPath 1.0 §4) as the planner reads it (xpath_reading):
// what each function returns, and what it reads of its arguments and context.
#pragma once
#include <optional>
#include <string_view>

#include "export/xpath_plan.hpp"
#include "export/xpath_reading.hpp"

namespace gazette::xpath_reading {

/// The result type of the core function NAME; nothing for a name the library does not have.
std::optional<Type> FunctionType(std::string_view name);

/// True for the functions that read the names of their argument's nodes, not their string values.
bool ReadsNames(std::string_view name);

/// What the function NAME reads of a node set given as its argument: every node (count, sum),
/// or the first (a conversion to string, number or boolean).
XPathGathered::Keep ArgumentKeep(std::string_view name);

/// True for the functions that read their context node's string value when given no argument.
bool ReadsContextText(std::string_view name);

}  // namespace gazette::xpath_reading

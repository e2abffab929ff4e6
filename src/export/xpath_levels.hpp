// The levels a corpus XML read part by part has (the document node, the root element and its
// attributes, which every part's tree holds; a part, a child of the root; what lies below one),
// and where each XPath axis leads between them: the abstract domain of the XPath planner
// (xpath_plan).
#pragma once
#include <optional>
#include <string_view>

namespace gazette::xpath_levels {

/// A set of levels, one bit each.
using Levels = unsigned;
constexpr Levels kDocument = 1, kRootElement = 2, kRootAttribute = 4;  // in every part's tree
constexpr Levels kPart = 8, kInPart = 16;  // a child of the root element; below one (attributes too)
/// The levels every part's tree holds.
constexpr Levels kSkeleton = kDocument | kRootElement | kRootAttribute;
/// The levels of the parts themselves.
constexpr Levels kParts = kPart | kInPart;

/// The axes of XPath 1.0 (§2.2), those that lead the same way between levels merged.
enum class Axis {
  kChild, kDescendant, kDescendantOrSelf, kSelf, kParent, kAncestor, kAncestorOrSelf,
  kAttribute, kSibling, kFollowingOrPreceding,
};

/// Thrown where a step leads from a part to the others (a part's siblings, following, preceding):
/// only the whole document has them.
struct LeadsToOtherParts {};

/// The axis named NAME (`namespace` is read as `attribute`), or nothing.
std::optional<Axis> AxisNamed(std::string_view name);

/// The levels AXIS leads to from nodes at LEVELS, of those TEST lets through. Throws
/// LeadsToOtherParts.
Levels Along(Axis axis, Levels levels, Levels test);

}  // namespace gazette::xpath_levels

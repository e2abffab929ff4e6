#include "export/xpath_levels.hpp"

#include <utility>

namespace gazette::xpath_levels {

std::optional<Axis> AxisNamed(std::string_view name) {
  static constexpr std::pair<std::string_view, Axis> kAxes[] = {
      {"child", Axis::kChild},         {"descendant", Axis::kDescendant},
      {"descendant-or-self", Axis::kDescendantOrSelf}, {"self", Axis::kSelf},
      {"parent", Axis::kParent},       {"ancestor", Axis::kAncestor},
      {"ancestor-or-self", Axis::kAncestorOrSelf},     {"attribute", Axis::kAttribute},
      {"namespace", Axis::kAttribute}, {"following-sibling", Axis::kSibling},
      {"preceding-sibling", Axis::kSibling},           {"following", Axis::kFollowingOrPreceding},
      {"preceding", Axis::kFollowingOrPreceding},
  };
  for (const auto& [n, axis] : kAxes) {
    if (n == name) return axis;
  }
  return std::nullopt;
}

namespace {

/// The levels AXIS leads to from a node at LEVEL (one bit).
Levels AlongFrom(Axis axis, Levels level) {
  switch (axis) {
    case Axis::kChild:
      return level == kDocument ? kRootElement : level == kRootElement ? kPart : level & kParts ? kInPart : 0;
    case Axis::kDescendant:
      return level == kDocument ? kRootElement | kParts : level == kRootElement ? kParts : level & kParts ? kInPart : 0;
    case Axis::kDescendantOrSelf:
      return level | AlongFrom(Axis::kDescendant, level);
    case Axis::kSelf:
      return level;
    case Axis::kParent:
      return level == kRootElement ? kDocument : level == kRootAttribute || level == kPart ? kRootElement
             : level == kInPart ? kParts : 0;
    case Axis::kAncestor:
      return level == kDocument ? 0 : level == kRootElement ? kDocument : level == kInPart ? kDocument | kRootElement | kParts
             : kDocument | kRootElement;
    case Axis::kAncestorOrSelf:
      return level | AlongFrom(Axis::kAncestor, level);
    case Axis::kAttribute:
      return level == kRootElement ? kRootAttribute : level & kParts ? kInPart : 0;
    case Axis::kSibling:  // the parts' siblings are the other parts
      if (level == kPart) throw LeadsToOtherParts{};
      return level == kInPart ? kInPart : 0;
    case Axis::kFollowingOrPreceding:  // every other part
      if (level & (kParts | kRootAttribute)) throw LeadsToOtherParts{};
      return 0;
  }
  return 0;
}

}  // namespace

Levels Along(Axis axis, Levels levels, Levels test) {
  Levels out = 0;
  for (Levels bit = 1; bit <= kInPart; bit <<= 1) {
    if (levels & bit) out |= AlongFrom(axis, bit);
  }
  return out & test;
}

}  // namespace gazette::xpath_levels

#include "export/gathered_values.hpp"

#include <algorithm>

#include "export/string_values.hpp"

namespace gazette {

using Keep = XPathGathered::Keep;

GatheredValues::GatheredValues(const std::vector<XPathGathered>& sets, size_t narrow_from)
    : narrow_from_(narrow_from), string_value_("string(.)") {
  for (const XPathGathered& g : sets) {
    Set& set = sets_.emplace_back();
    set.parent = doc_.append_child("set");
    set.keep = g.keep;
    set.matched = g.matched && g.keep == Keep::kDistinct;  // the planner marks comparisons only
  }
}

void GatheredValues::Add(size_t i, const pugi::xpath_node& x) {
  Set& set = sets_[i];
  if (set.keep == Keep::kFirst && !set.values.empty()) return;
  std::string text = x.attribute() ? std::string(x.attribute().value()) : string_value_.evaluate_string(x);
  if (set.keep == Keep::kDistinct && set.index.count(text)) return;
  // An attribute: its string value is its own, read without a walk (pugixml compares every pair).
  pugi::xml_node holder = set.parent.append_child("value");
  pugi::xml_attribute value = holder.append_attribute("value");
  value.set_value(text.c_str());
  if (set.keep == Keep::kDistinct) set.index.emplace(value.value(), set.values.size());  // the node's own copy
  set.values.emplace_back(value, holder);
  set.longest = std::max(set.longest, text.size());
}

void GatheredValues::BindNodes(pugi::xpath_variable_set& variables, size_t set,
                               const std::vector<pugi::xpath_node>& nodes) {
  variables.set(GatheredVariable(set).c_str(),
                pugi::xpath_node_set(nodes.data(), nodes.data() + nodes.size(), pugi::xpath_node_set::type_sorted));
}

void GatheredValues::Bind(pugi::xpath_variable_set& variables) {
  narrowed_.clear();
  for (size_t i = 0; i < sets_.size(); ++i) {
    BindNodes(variables, i, sets_[i].values);
    if (sets_[i].matched && sets_[i].values.size() >= narrow_from_) {
      narrowed_.push_back(i);
      sets_[i].found_in.assign(sets_[i].values.size(), 0);
    }
  }
}

void GatheredValues::BindFoundIn(pugi::xpath_variable_set& variables, const pugi::xml_node& part) {
  if (narrowed_.empty()) return;
  ++part_;
  size_t longest = 0;
  for (size_t i : narrowed_) {
    sets_[i].found.clear();
    longest = std::max(longest, sets_[i].longest);
  }
  ForEachStringValue(part, longest, [&](std::string_view value) {
    for (size_t i : narrowed_) {
      Set& set = sets_[i];
      const auto at = set.index.find(value);
      if (at == set.index.end() || set.found_in[at->second] == part_) continue;
      set.found_in[at->second] = part_;
      set.found.push_back(at->second);
    }
  });
  std::vector<pugi::xpath_node> nodes;
  for (size_t i : narrowed_) {
    Set& set = sets_[i];
    std::sort(set.found.begin(), set.found.end());  // in the order they were gathered
    nodes.clear();
    for (size_t at : set.found) nodes.push_back(set.values[at]);
    BindNodes(variables, i, nodes);
  }
}

}  // namespace gazette

#include "export/gathered_values.hpp"

namespace gazette {

GatheredValues::GatheredValues(const std::vector<XPathGathered::Keep>& keep)
    : keep_(keep), seen_(keep.size()), string_value_("string(.)") {
  for (size_t i = 0; i < keep.size(); ++i) sets_.push_back(doc_.append_child("set"));
}

void GatheredValues::Add(size_t set, const pugi::xpath_node& x) {
  using Keep = XPathGathered::Keep;
  if (keep_[set] == Keep::kFirst && sets_[set].first_child()) return;
  std::string text = x.attribute() ? std::string(x.attribute().value()) : string_value_.evaluate_string(x);
  if (keep_[set] == Keep::kDistinct && seen_[set].count(text)) return;
  pugi::xml_node value = sets_[set].append_child("value");
  if (!text.empty()) value.append_child(pugi::node_pcdata).set_value(text.c_str());
  if (keep_[set] == Keep::kDistinct) seen_[set].insert(value.first_child().value());  // the node's own copy
}

void GatheredValues::Bind(pugi::xpath_variable_set& variables) const {
  for (size_t i = 0; i < sets_.size(); ++i) {
    std::vector<pugi::xpath_node> nodes(sets_[i].begin(), sets_[i].end());
    variables.set(GatheredVariable(i).c_str(),
                  pugi::xpath_node_set(nodes.data(), nodes.data() + nodes.size(), pugi::xpath_node_set::type_sorted));
  }
}

}  // namespace gazette

// The XPath string values of every node of a tree, short ones only: the values a comparison
// with the tree's nodes can find equal (gathered_values narrows a gathered set to them).
#pragma once
#include <cstddef>
#include <functional>
#include <pugixml.hpp>
#include <string_view>

namespace gazette {

/// Hands EACH the string value (XPath 1.0 §5) of TOP and of every node under it, attributes
/// too, whose value is at most LONGEST bytes: an element's or the document's is the text of its
/// descendants (text and CDATA), any other node's its own value. A value may come more than
/// once; a few that no XPath node has (a declaration's) may come too. Iterative: any depth.
void ForEachStringValue(const pugi::xml_node& top, size_t longest,
                        const std::function<void(std::string_view)>& each);

}  // namespace gazette

#include "export/string_values.hpp"

#include <string>
#include <vector>

namespace gazette {

namespace {

/// The text of the elements open in a walk, innermost last, each given up once it is longer
/// than the longest value wanted (then its ancestors' are too).
class OpenTexts {
 public:
  explicit OpenTexts(size_t longest) : longest_(longest) {}

  void Open() {
    if (depth_ == open_.size()) open_.emplace_back();
    open_[depth_].text.clear();
    open_[depth_].too_long = false;
    ++depth_;
  }

  /// Adds TEXT to the innermost element's.
  void Add(std::string_view text) {
    if (depth_ == 0) return;
    Text& t = open_[depth_ - 1];
    if (t.too_long) return;
    if (t.text.size() + text.size() > longest_) {
      t.too_long = true;
    } else {
      t.text.append(text);
    }
  }

  /// Closes the innermost element: its text to EACH, unless too long, and to its parent's.
  void Close(const std::function<void(std::string_view)>& each) {
    Text& t = open_[--depth_];
    if (t.too_long) {
      if (depth_ > 0) open_[depth_ - 1].too_long = true;
      return;
    }
    each(t.text);
    Add(t.text);
  }

 private:
  struct Text {
    std::string text;
    bool too_long = false;
  };
  size_t longest_;
  std::vector<Text> open_;  // reused from element to element
  size_t depth_ = 0;
};

}  // namespace

void ForEachStringValue(const pugi::xml_node& top, size_t longest,
                        const std::function<void(std::string_view)>& each) {
  if (!top) return;
  OpenTexts open(longest);
  pugi::xml_node n = top;
  for (;;) {
    for (const pugi::xml_attribute& a : n.attributes()) {
      const std::string_view value = a.value();
      if (value.size() <= longest) each(value);
    }
    const bool element = n.type() == pugi::node_element || n.type() == pugi::node_document;
    if (element) {
      open.Open();
      if (n.first_child()) {
        n = n.first_child();
        continue;
      }
      open.Close(each);
    } else {
      const std::string_view value = n.value();
      if (value.size() <= longest) each(value);
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) open.Add(value);
    }
    while (n != top && !n.next_sibling()) {
      n = n.parent();
      open.Close(each);
    }
    if (n == top) return;
    n = n.next_sibling();
  }
}

}  // namespace gazette

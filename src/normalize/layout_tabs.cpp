#include "normalize/layout_tabs.hpp"

#include <algorithm>

#include "grammar/grammar.hpp"

namespace gazette::normalize_internal {

std::string_view WithoutLayoutTabs(std::string_view raw, std::string* buffer) {
  if (raw.find('\t') == std::string_view::npos || !RxFull(std::string(raw), "line_label_tab"_rx)) return raw;
  buffer->assign(raw);
  std::replace(buffer->begin(), buffer->end(), '\t', ' ');
  return *buffer;
}

}  // namespace gazette::normalize_internal

#include "normalize/layout_tabs.hpp"

#include <algorithm>

#include "grammar/grammar.hpp"

namespace gazette::normalize_internal {

namespace {

// True when TEXT, white space aside, opens with what a label opens with (第, a bracket, a Chinese
// numeral): the one test most lines with tabs, a table's rows, fail before the pattern is asked.
bool OpensLikeLabel(std::string_view text) {
  const size_t at = text.find_first_not_of(" \t");
  if (at == std::string_view::npos) return false;
  if (text[at] == '(') return true;
  static constexpr std::string_view kOpeners[] = {"第", "（", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "　"};
  return std::any_of(std::begin(kOpeners), std::end(kOpeners),
                     [&](std::string_view o) { return text.substr(at, o.size()) == o; });
}

}  // namespace

std::string_view WithoutLayoutTabs(std::string_view raw, std::string* buffer) {
  if (raw.find('\t') == std::string_view::npos || !OpensLikeLabel(raw) || !RxFull(std::string(raw), "line_label_tab"_rx))
    return raw;
  buffer->assign(raw);
  std::replace(buffer->begin(), buffer->end(), '\t', ' ');
  return *buffer;
}

}  // namespace gazette::normalize_internal

#include "normalize/running_heads.hpp"

#include <algorithm>

#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette::normalize_internal {

namespace {

bool TitleShaped(const std::string& text) { return RxFull(text, "running_head_title"_rx); }

}  // namespace

bool RunningHeads::CutsSentence(const std::string& text) const {
  return !titles_.empty() && titles_.count(text) > 0;
}

void RunningHeads::Kept(const std::string& text, size_t index, bool after_furniture) {
  if (!TitleShaped(text)) return;
  titles_.insert(text);
  if (!after_furniture) return;
  after_furniture_[text].push_back(index);
  last_after_furniture_ = index;
}

void RunningHeads::FurnitureAfter(size_t index) {
  if (index != last_after_furniture_) return;
  for (auto& [text, at] : after_furniture_)
    if (!at.empty() && at.back() == index) at.pop_back();
  last_after_furniture_ = SIZE_MAX;
}

void RunningHeads::DropRecurring(std::vector<TextLine>& lines) const {
  std::vector<size_t> drop;
  for (const auto& [text, at] : after_furniture_) {
    // The first may be a document's title, the page it begins on opening with it.
    for (size_t k = 1; k < at.size(); ++k) {
      const size_t i = at[k];
      if (i < lines.size() && lines[i].joins.empty() && lines[i].text == text && !lines[i].heading) drop.push_back(i);
    }
  }
  if (drop.empty()) return;
  std::sort(drop.begin(), drop.end());
  size_t next = 0, out = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (next < drop.size() && drop[next] == i) {
      ++next;
      continue;
    }
    if (out != i) lines[out] = std::move(lines[i]);
    ++out;
  }
  lines.resize(out);
}

bool HeldTitle::OpensOwn(const TextLine& next) const {
  return next.heading || next.bold || next.has_tab || EndsWith(next.text, ":") || OpensUnit(next.text) ||
         TitleShaped(next.text) || RxFull(next.text, "agency_line"_rx);
}

TextLine HeldTitle::Take() {
  TextLine line = std::move(*held_);
  held_.reset();
  return line;
}

}  // namespace gazette::normalize_internal

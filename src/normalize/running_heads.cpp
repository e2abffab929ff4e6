#include "normalize/running_heads.hpp"

#include <algorithm>

#include "grammar/grammar.hpp"

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
  if (after_furniture) after_furniture_[text].push_back(index);
}

void RunningHeads::DropRecurring(std::vector<TextLine>& lines) const {
  std::vector<size_t> drop;
  for (const auto& [text, at] : after_furniture_) {
    if (at.size() < 2) continue;
    for (size_t i : at)
      if (i < lines.size() && lines[i].joins.empty() && lines[i].text == text) drop.push_back(i);
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

}  // namespace gazette::normalize_internal

#include "grammar/literal_result.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace gazette::literal_info {
namespace {

// True if C is a class's mark (kAnyDecimalDigit, kAnyWhitespace) rather than a character.
bool IsClassMark(char32_t c) { return c >= kAnyDecimalDigit; }

}  // namespace

void EndingsOf(const Info& info, std::vector<std::string>& endings, LastCharacters& last) {
  if (!info.anchored || info.anchored->count(U"")) return;
  std::vector<std::string> strings;
  LastCharacters lasts;
  for (const auto& s : *info.anchored) {
    if (std::any_of(s.begin(), s.end() - 1, IsClassMark)) return;  // a mark inside a string: never made
    (IsClassMark(s.back()) ? lasts.classes : lasts.characters).push_back(s.back());
    strings.push_back(ToUtf8(s));
  }
  if (lasts.classes.empty()) {
    endings = std::move(strings);
    return;
  }
  for (std::u32string* chars : {&lasts.characters, &lasts.classes}) {
    std::sort(chars->begin(), chars->end());
    chars->erase(std::unique(chars->begin(), chars->end()), chars->end());
  }
  last = std::move(lasts);
}

// The literal sets of the pattern INFO describes: its required set first, then up to two more
// its parts need, most selective first, none that a set chosen before implies.
std::vector<std::vector<std::string>> LiteralSetsOf(const Info& info) {
  constexpr size_t kMaxSets = 3;  // each set costs a test of the text that passes the others
  std::vector<Strings> sets;
  if (info.required) sets.push_back(*info.required);  // the most selective first
  for (const auto& s : info.all)
    if (!info.required || s != *info.required) sets.push_back(s);
  std::stable_sort(sets.begin() + (sets.empty() ? 0 : 1), sets.end(),
                   [](const Strings& a, const Strings& b) { return MoreSelective(a, b); });
  // A set is no test once a chosen one implies it (each string chosen holds one of its own).
  auto implies = [](const Strings& chosen, const Strings& set) {
    return std::all_of(chosen.begin(), chosen.end(), [&](const std::u32string& c) {
      return std::any_of(set.begin(), set.end(), [&](const std::u32string& x) { return c.find(x) != c.npos; });
    });
  };
  std::vector<Strings> kept;
  for (const auto& set : sets)
    if (kept.size() < kMaxSets && std::none_of(kept.begin(), kept.end(), [&](const Strings& k) { return implies(k, set); }))
      kept.push_back(set);
  std::vector<std::vector<std::string>> out;
  for (const auto& set : kept) {
    out.emplace_back();
    for (const auto& s : set) out.back().push_back(ToUtf8(s));
  }
  return out;
}

// The first characters of every match of the pattern INFO describes, sorted (empty: not known).
std::u32string StartsOf(const Info& info) {
  std::u32string out;
  if (info.head && !info.head->count(U""))
    for (const auto& s : *info.head) out.push_back(s[0]);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace gazette::literal_info

#include "grammar/literal_info.hpp"

#include <algorithm>
#include <cstdint>

namespace gazette::literal_info {

size_t Utf8Length(const std::u32string& s) {
  size_t n = 0;
  for (char32_t c : s) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  return n;
}

/// True if set A tells more than set B: a longer shortest string, then fewer strings.
bool MoreSelective(const Strings& a, const std::optional<Strings>& b) {
  if (!b) return true;
  auto shortest = [](const Strings& s) {
    size_t m = SIZE_MAX;
    for (const auto& x : s) m = std::min(m, Utf8Length(x));
    return m;
  };
  size_t la = shortest(a), lb = shortest(*b);
  return la != lb ? la > lb : a.size() < b->size();
}

bool Usable(const Strings& s) { return !s.empty() && s.size() <= kMaxAlternatives && !s.count(U""); }

Info Literal(std::u32string s) {
  return Info{Strings{s}, Strings{s}, Strings{s}, std::nullopt, {}, Strings{s.substr(0, 1)}};
}
Info Empty() {
  Info out{Strings{U""}, std::nullopt, Strings{U""}, std::nullopt, {}, Strings{U""}};
  out.asserts = true;  // \b, lookbehind …: empty, but not everywhere
  return out;
}
Info LineStart() {
  Info out = Empty();
  out.line_start = true;
  return out;
}
Info Unknown() { return Info{}; }
Info EndOfText() {
  Info out{Strings{U""}, std::nullopt, Strings{U""}, Strings{U""}, {}, Strings{U""}};
  out.asserts = out.end_of_text = true;
  return out;
}

/// The union of first characters A and B, or nothing if either is unknown or it grows too large.
std::optional<Strings> HeadUnion(const std::optional<Strings>& a, const std::optional<Strings>& b) {
  if (!a || !b) return std::nullopt;
  Strings u = *a;
  u.insert(b->begin(), b->end());
  if (u.size() > kMaxStarts) return std::nullopt;
  return u;
}

/// What a sequence of ITEMS starts with: the first item's first characters, and where it may
/// be empty ("" among them) those of the items after it.
std::optional<Strings> HeadOf(const std::vector<Info>& items) {
  Strings out;
  for (const auto& item : items) {
    if (!item.head) return std::nullopt;
    for (const auto& x : *item.head)
      if (!x.empty()) out.insert(x);
    if (out.size() > kMaxStarts) return std::nullopt;
    if (!item.head->count(U"")) return out;
  }
  out.insert(U"");  // every item may be empty
  return out;
}

/// S cut to what a test can use: more than kMaxAlternatives endings are cut to their last
/// character (a string ending with one ends with that character), and still too many are none.
std::optional<Strings> Bounded(Strings s) {
  if (s.size() <= kMaxAlternatives) return s;
  Strings last;
  for (const auto& x : s) last.insert(x.empty() ? x : x.substr(x.size() - 1));
  if (last.size() <= kMaxAlternatives) return last;
  return std::nullopt;
}

/// The union of A and B, or nothing if either is unknown.
std::optional<Strings> Union(const std::optional<Strings>& a, const std::optional<Strings>& b) {
  if (!a || !b) return std::nullopt;
  Strings u = *a;
  u.insert(b->begin(), b->end());
  return Bounded(std::move(u));
}

/// What the items [0, END) of a sequence end with: the last item's endings, and where it may
/// be empty ("" among them) the endings of the items before it.
std::optional<Strings> TailOf(const std::vector<Info>& items, size_t end) {
  Strings out;
  for (size_t i = end; i-- > 0;) {
    if (!items[i].tail) return std::nullopt;
    bool may_be_empty = items[i].tail->count(U"") > 0;
    for (const auto& x : *items[i].tail)
      if (!x.empty()) out.insert(x);
    if (!may_be_empty) return Bounded(std::move(out));
  }
  out.insert(U"");  // every item may be empty
  return Bounded(std::move(out));
}

}  // namespace gazette::literal_info

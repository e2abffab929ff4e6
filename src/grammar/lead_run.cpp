#include "grammar/lead_run.hpp"

#include <optional>

#include "grammar/literals.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// A reader of the lead of a pattern's code points; each Read… leaves the position past what it
// read and answers nothing (std::nullopt, false) for any syntax beyond this analysis.
class LeadReader {
 public:
  explicit LeadReader(std::u32string p) : p_(std::move(p)) {}

  size_t at() const { return i_; }
  const std::u32string& pattern() const { return p_; }

  // Opens a group (?<name> or (?: around the run; false if the pattern does not start so.
  bool ReadGroupOpen() {
    if (p_.compare(0, 3, U"(?:") == 0) {
      i_ = 3;
      return true;
    }
    if (p_.compare(0, 3, U"(?<") != 0) return false;
    size_t j = 3;
    while (j < p_.size() && (IsAsciiAlnum(p_[j]) || p_[j] == U'_')) ++j;
    if (j == 3 || j >= p_.size() || p_[j] != U'>') return false;  // (?<= and (?<! are lookbehind
    i_ = j + 1;
    return true;
  }

  // A bracket class of code points and ranges.
  std::optional<std::vector<std::pair<char32_t, char32_t>>> ReadClass() {
    if (!Take(U'[')) return std::nullopt;
    std::vector<std::pair<char32_t, char32_t>> ranges;
    while (i_ < p_.size() && p_[i_] != U']') {
      auto first = ReadClassCharacter();
      if (!first) return std::nullopt;
      char32_t last = *first;
      if (Take(U'-')) {
        auto end = ReadClassCharacter();
        if (!end || *end < *first) return std::nullopt;
        last = *end;
      }
      ranges.emplace_back(*first, last);
    }
    if (!Take(U']') || ranges.empty()) return std::nullopt;
    return ranges;
  }

  // A lazy quantifier {m,n}? with 1 ≤ m and m+2 ≤ n: FindAtLeadRuns follows where Boost restarts a
  // failed search after such a run only (after a greedy one, or a shorter, it restarts elsewhere).
  bool ReadBounds(size_t& min, size_t& max) {
    if (!Take(U'{') || !ReadNumber(min) || !Take(U',') || !ReadNumber(max) || !Take(U'}') || !Take(U'?')) return false;
    return min >= 1 && min + 2 <= max;
  }

  bool Take(char32_t c) {
    if (i_ >= p_.size() || p_[i_] != c) return false;
    ++i_;
    return true;
  }

  char32_t Peek() const { return i_ < p_.size() ? p_[i_] : 0; }

  // Any quantifier, greedy or lazy: *, +, ?, {a}, {a,}, {a,b}. True if one was read (false and
  // nothing read where none stands here); BAD is set for a possessive one or bounds not read.
  bool ReadQuantifier(bool& bad) {
    const char32_t c = Peek();
    if (c == U'{') {
      size_t a = 0, b = 0;
      ++i_;
      if (!ReadNumber(a)) return bad = true;
      if (Take(U',') && Peek() != U'}' && !ReadNumber(b)) return bad = true;
      if (!Take(U'}')) return bad = true;
    } else if (c == U'*' || c == U'+' || c == U'?') {
      ++i_;
    } else {
      return false;
    }
    Take(U'?');
    if (Peek() == U'+') bad = true;  // possessive
    return true;
  }

  // A literal character (not syntax) or \x{HEX}; nothing read where none stands here.
  std::optional<char32_t> ReadLiteral() {
    const char32_t c = Peek();
    if (c == 0 || std::u32string_view(U"\\[](){}|*+?.^$").find(c) != std::u32string_view::npos) {
      if (p_.compare(i_, 3, U"\\x{") != 0) return std::nullopt;
      return ReadClassCharacter();
    }
    ++i_;
    return c;
  }

 private:
  static bool IsAsciiAlnum(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  }

  // One code point of a class: a character that is not syntax, or \x{HEX}.
  std::optional<char32_t> ReadClassCharacter() {
    if (i_ >= p_.size()) return std::nullopt;
    const char32_t c = p_[i_];
    if (c == U'[' || c == U']' || c == U'^' || c == U'-') return std::nullopt;
    if (c != U'\\') {
      ++i_;
      return c;
    }
    if (p_.compare(i_, 3, U"\\x{") != 0) return std::nullopt;
    i_ += 3;
    char32_t value = 0;
    size_t digits = 0;
    for (; i_ < p_.size() && p_[i_] != U'}'; ++i_, ++digits) {
      const char32_t h = p_[i_];
      const int v = h >= U'0' && h <= U'9' ? int(h - U'0') : h >= U'a' && h <= U'f' ? int(h - U'a' + 10)
                    : h >= U'A' && h <= U'F' ? int(h - U'A' + 10) : -1;
      if (v < 0 || digits >= 6) return std::nullopt;
      value = value * 16 + static_cast<char32_t>(v);
    }
    if (!Take(U'}') || digits == 0 || value > 0x10FFFF) return std::nullopt;
    return value;
  }

  bool ReadNumber(size_t& n) {
    size_t digits = 0;
    for (n = 0; i_ < p_.size() && p_[i_] >= U'0' && p_[i_] <= U'9' && digits < 6; ++i_, ++digits)
      n = n * 10 + (p_[i_] - U'0');
    return digits > 0;
  }

  std::u32string p_;
  size_t i_ = 0;
};

// True if REST, what follows the lead run, is a plain continuation of it: it neither opens with a
// quantifier (of the run) nor holds an alternative at its top level (a match without the run) or
// a parenthesis closing a group the run is in, and it refers to no group and sets no flag: no
// back-reference (\1, \k, \g), \G, conditional, recursion, or (? not followed by : = ! > < |.
bool IsPlainRest(std::u32string_view rest) {
  if (rest.empty() || std::u32string_view(U"*+?{").find(rest[0]) != std::u32string_view::npos) return false;
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < rest.size(); ++i) {
    const char32_t c = rest[i], next = i + 1 < rest.size() ? rest[i + 1] : 0;
    if (c == U'\\') {
      if ((next >= U'1' && next <= U'9') || next == U'k' || next == U'g' || next == U'G') return false;
      ++i;  // the escaped character
    } else if (in_class) {
      in_class = c != U']';
    } else if (c == U'[') {
      in_class = true;
      if (next == U'^') ++i;
      if (i + 1 < rest.size() && rest[i + 1] == U']') ++i;  // a ']' first in a class is literal
    } else if (c == U'(') {
      if (next == U'*') return false;  // a verb: (*COMMIT), (*SKIP) … restart a search elsewhere
      const char32_t kind = next == U'?' && i + 2 < rest.size() ? rest[i + 2] : U':';
      if (std::u32string_view(U":=!><|").find(kind) == std::u32string_view::npos) return false;
      ++depth;
    } else if (c == U')') {
      if (--depth < 0) return false;
    } else if (c == U'|' && depth == 0) {
      return false;
    }
  }
  return depth == 0 && !in_class;
}

}  // namespace

LeadRun AnalyzeLeadRun(std::string_view pattern) {
  if (!IsValidUtf8(pattern)) return {};
  LeadReader r(ToU32(pattern));
  const bool group = r.ReadGroupOpen();
  auto ranges = r.ReadClass();
  LeadRun lead;
  if (!ranges || !r.ReadBounds(lead.min, lead.max) || (group && !r.Take(U')'))) return {};
  const std::u32string_view rest = std::u32string_view(r.pattern()).substr(r.at());
  if (!IsPlainRest(rest)) return {};
  lead.rest_starts = FirstCharacters(ToUtf8(rest));
  for (const auto& range : *ranges)
    if (range.first < 0x100) return {};
  lead.ranges = std::move(*ranges);
  for (char32_t s : lead.rest_starts)
    if (s < kAnyDecimalDigit && lead.Holds(s)) return {};
  if (lead.rest_starts.empty()) return {};
  return lead;
}

namespace {

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

// Reads items (a class, a literal character, or a group (?:…) of items, each with any quantifier
// but a possessive one) up to anything else, adding the characters they match to ALPHABET. The
// literal characters after the last other item go to ANCHOR instead (where ANCHOR is not null:
// the top level). FIRST is set to 0 where the first item is a quantified group or an unquantified
// class or character (Boost's search then tries every position), else 1. False for syntax beyond
// this: a group that does not end as read.
bool ReadItems(LeadReader& r, Ranges& alphabet, std::u32string* anchor, int* first) {
  for (;;) {
    bool bad = false, single = true;
    const size_t before = alphabet.size();
    std::optional<char32_t> literal;
    if (r.Peek() == U'[') {
      auto ranges = r.ReadClass();
      if (!ranges) return false;
      alphabet.insert(alphabet.end(), ranges->begin(), ranges->end());
    } else if (r.Take(U'(')) {
      if (!r.Take(U'?') || !r.Take(U':') || !ReadItems(r, alphabet, nullptr, nullptr) || !r.Take(U')')) return false;
      single = false;
    } else if ((literal = r.ReadLiteral())) {
      alphabet.emplace_back(*literal, *literal);
    } else {
      return true;  // the items end here
    }
    const bool quantified = r.ReadQuantifier(bad);
    if (bad) return false;
    // Boost's leading repeat: a quantified class or character first, or one first inside a group
    // (its parser looks into an unquantified group, not past a quantified one).
    if (first && *first < 0) *first = quantified == single ? 1 : 0;
    if (!anchor) continue;
    if (literal && !quantified) {  // an anchor character, not the alphabet's
      alphabet.resize(before);
      *anchor += *literal;
    } else {
      for (char32_t c : *anchor) alphabet.emplace_back(c, c);  // not the last items after all
      anchor->clear();
    }
  }
}

}  // namespace

LeadAlphabet AnalyzeLeadAlphabet(std::string_view pattern) {
  if (!IsValidUtf8(pattern)) return {};
  LeadReader r(ToU32(pattern));
  const bool group = r.pattern().compare(0, 3, U"(?<") == 0 && r.ReadGroupOpen();  // (?: is an item here
  LeadAlphabet lead;
  int first = -1;
  if (!ReadItems(r, lead.ranges, &lead.anchor, &first) || first != 0 || lead.ranges.empty()) return {};
  if (group && !r.Take(U')')) return {};
  const std::u32string_view rest = std::u32string_view(r.pattern()).substr(r.at());
  if (!IsPlainRest(rest)) return {};
  lead.rest_starts = FirstCharacters(ToUtf8(rest));
  if (lead.rest_starts.empty()) return {};
  return lead;
}

}  // namespace gazette

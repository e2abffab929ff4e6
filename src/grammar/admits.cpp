// A pattern's own prefilter (Admits): whether a text can start, hold and end a match as the
// pattern's first characters, literals and last characters require, asked before any search;
// and which characters its classes \d and \s admit, as its engine reads them (CanStart, the
// lead runs, a pattern's possible last characters). Also the prefilter's questions from code:
// RxMayMatch, RxMayMatchWithin, RxMayStartWith.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "grammar/decoded.hpp"
#include "grammar/grammar_internal.hpp"
#include "grammar/literals.hpp"
#include "util/text.hpp"

namespace gazette {

namespace grammar_internal {

namespace {

// The class \s names to ICU's traits.
boost::icu_regex_traits::char_class_type SpaceClass() {
  static const boost::icu_regex_traits::char_class_type kSpace = [] {
    const UChar32 s[] = {U's'};
    return boost::icu_regex_traits().lookup_classname(s, s + 1);
  }();
  return kSpace;
}

// True if \s matches C: asked of the pattern's own traits, as its engine asks. Below U+0100 (the
// letters of an English line, each asked by CanStart) from a table of the same traits' answers:
// icu_regex_traits::isctype reads the code point's properties alone, never the traits' locale.
bool IsSpaceClass(const CompiledPattern& p, UChar32 c) {
  static const std::array<bool, 256> kLatin1 = [] {
    std::array<bool, 256> table{};
    const boost::icu_regex_traits traits;
    for (UChar32 k = 0; k < 256; ++k) table[static_cast<size_t>(k)] = traits.isctype(k, SpaceClass());
    return table;
  }();
  if (static_cast<uint32_t>(c) < 256) return kLatin1[static_cast<size_t>(c)];
  return p.regex.get_traits().isctype(c, SpaceClass());
}

// True if \d matches C: general category Nd.
bool IsDecimalDigit(UChar32 c) { return (c >= '0' && c <= '9') || (c >= 0x80 && u_isdigit(c)); }

// True if C is a digit or white space and STARTS (first characters, not empty) ends with
// kAnyDecimalDigit or kAnyWhitespace, as P's engine reads those classes.
bool InStartClass(const CompiledPattern& p, const std::u32string& starts, char32_t c) {
  const auto u = static_cast<UChar32>(c);
  if (starts.back() == kAnyWhitespace && IsSpaceClass(p, u)) return true;
  const bool digit = starts.back() == kAnyDecimalDigit || (starts.size() >= 2 && starts.end()[-2] == kAnyDecimalDigit);
  return digit && IsDecimalDigit(u);
}

}  // namespace

bool CanStartByClass(const CompiledPattern& p, char32_t c) { return InStartClass(p, p.starts, c); }

bool CanStartRest(const CompiledPattern& p, const std::u32string& starts, char32_t c) {
  if (std::binary_search(starts.begin(), starts.end(), c)) return true;
  return starts.back() >= kAnyDecimalDigit && !IsCjkIdeograph(c) && InStartClass(p, starts, c);
}

bool LeadRunDisjoint(const CompiledPattern& p) {
  const LeadRun& lead = p.lead;
  if (lead.rest_starts.empty() || lead.rest_starts.back() < kAnyDecimalDigit) return true;  // literals: AnalyzeLeadRun checked them
  size_t checked = 0;
  for (const auto& [first, last] : lead.ranges)
    for (char32_t c = first; c <= last; ++c) {
      if (IsCjkIdeograph(c)) continue;  // neither a digit nor white space
      if (++checked > 100000 || InStartClass(p, lead.rest_starts, c)) return false;
    }
  return true;
}

bool InEndingClass(const CompiledPattern& p, char32_t c) {
  if (IsCjkIdeograph(c)) return false;  // neither a digit nor white space: no call into ICU
  const auto u = static_cast<UChar32>(c);
  for (char32_t k : p.last_characters.classes)
    if ((k == kAnyDecimalDigit && IsDecimalDigit(u)) || (k == kAnyWhitespace && IsSpaceClass(p, u))) return true;
  return false;
}

}  // namespace grammar_internal

namespace grammar_internal {

namespace {

// Whether the text searched holds a line separator (where ^ and $ match too), found out by a
// pass over its bytes at most once for a call of Admits, which may ask three times.
class LineSeparators {
 public:
  explicit LineSeparators(std::string_view searched) : searched_(searched) {}
  bool Held() {
    if (held_ < 0) held_ = HoldsLineSeparator(searched_);
    return held_ > 0;
  }

 private:
  std::string_view searched_;
  int held_ = -1;  // not yet known
};

// False if no match of P can begin at the start of TEXT (the text searched), where every match
// must begin when it spans the whole text (WHOLE) or P passes a ^ and TEXT is one line (^ also
// matches after a line separator). A test of one code point against P's first characters, made
// before any literal search: a line that cannot start the pattern is refused at once (the
// articles tree asks nine line-start patterns of every line). A text not UTF-8 at its start
// goes on to the engine.
bool MayStartAtFront(std::string_view text, const CompiledPattern& p, bool whole, LineSeparators& separators) {
  if (p.starts.empty() || !(whole || p.line_start)) return true;
  if (!text.empty()) {
    const char32_t first = FirstCharacter(text);
    if (first == 0xFFFD || CanStart(p, first)) return true;  // U+FFFD: not UTF-8 there (or U+FFFD itself)
  }
  return !whole && separators.Held();
}

// False if TEXT, of one line, ends with a character no match of P ends with (P.last_characters):
// page furniture ends in a digit or 报, a line of prose in 。. True where P has no such
// characters, or TEXT's last character is not UTF-8 (the engine decides), or TEXT holds a line
// separator ($ matches before it too) and is searched, not matched whole (WHOLE: a match ends
// where the text ends, whatever $ matches before).
bool MayEndWithLastCharacter(std::string_view text, const CompiledPattern& p, bool whole, LineSeparators& separators) {
  const LastCharacters& lasts = p.last_characters;
  if (lasts.classes.empty()) return true;
  if (!text.empty()) {
    const char32_t last = LastCodePoint(text);
    if (last == 0xFFFD || std::binary_search(lasts.characters.begin(), lasts.characters.end(), last) ||
        InEndingClass(p, last))
      return true;
  }
  return !whole && separators.Held();
}

}  // namespace

// At once where no ending ends with TEXT's last byte: a text mostly ends otherwise, and a pattern
// may have a dozen endings to compare.
size_t EndingOfText(std::string_view text, const CompiledPattern& p) {
  if (!text.empty()) {
    const auto last = static_cast<unsigned char>(text.back());
    if (!(p.ending_last_bytes[last >> 6] >> (last & 63) & 1)) return p.endings.size();
  }
  return EndingOf(text, p.endings);
}

// The pattern's prefilter: false if TEXT from byte FROM on cannot start a match as it must
// (MayStartAtFront), holds none of the literals of one of its sets, or does not end as every
// match must. Cheapest first: the first character, the small sets (a memchr pass per literal: on
// lines of a few dozen bytes cheaper than any summary of the text), the endings (a comparison at
// the text's end; the first that fits says which sets (sets_in_ending) the text then holds:
// line_closed_end's 。 is both, and a line ending in it needs no summary to know it holds one),
// then the large sets against the summary of the text's characters, made once for every pattern
// with a large set that asks the same text (article_item_cn's numerals): a few bit tests per
// literal, and a search only for a literal whose characters are all there.
bool Admits(std::string_view text, size_t from, const CompiledPattern& p, bool whole, const CharacterSummary* within) {
  const std::string_view searched = text.substr(from);
  LineSeparators separators(searched);
  if (!MayStartAtFront(searched, p, whole, separators)) return false;
  for (const auto& set : p.searches)
    if (!set.large && !MayMatchSet(searched, set, within)) return false;
  const size_t ending = EndingOfText(searched, p);
  // A match of the whole text ends with the text: where it ends with none of the endings, the
  // line separators (before which $ matches too) need not be sought.
  if (ending == p.endings.size() && !p.endings.empty() && (whole || !separators.Held())) return false;
  if (!MayEndWithLastCharacter(searched, p, whole, separators)) return false;
  const uint32_t held = ending < p.sets_in_ending.size() ? p.sets_in_ending[ending] : 0;
  for (size_t i = 0; i < p.searches.size(); ++i)
    if (p.searches[i].large && !(i < 32 && (held >> i & 1)) && !MayMatchSet(searched, p.searches[i], within ? within : &SummaryOnce(text)))
      return false;
  return true;
}

}  // namespace grammar_internal

// The prefilter asked by code (grammar.hpp): Admits without the engine behind it.

using grammar_internal::Admits;

bool RxMayMatch(std::string_view text, std::string_view name) { return Admits(text, 0, grammar_internal::Compiled(name), false); }
bool RxMayMatch(std::string_view text, const RxName& name) { return Admits(text, 0, name.compiled(), false); }

bool RxMayMatchWithin(std::string_view part, std::string_view name, const CharacterSummary& summary) {
  return Admits(part, 0, grammar_internal::Compiled(name), false, &summary);
}
bool RxMayMatchWithin(std::string_view part, const RxName& name, const CharacterSummary& summary) {
  return Admits(part, 0, name.compiled(), false, &summary);
}

bool RxMayStartWith(std::string_view name, char32_t c) {
  const CompiledPattern& p = grammar_internal::Compiled(name);
  return p.starts.empty() || grammar_internal::CanStart(p, c);
}
bool RxMayStartWith(const RxName& name, char32_t c) {
  const CompiledPattern& p = name.compiled();
  return p.starts.empty() || grammar_internal::CanStart(p, c);
}

}  // namespace gazette

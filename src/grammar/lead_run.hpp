// The lead run of a pattern: a pattern that opens with a lazy run of one character class,
// C{m,n}? (docno's agency, (?<agency>{HAN}{1,30}?), before \s*〔), whose rest can start with no
// character of C. A match can then start only in a run of C that the text follows with a
// character the rest may start with, and Boost's search tries only a few places in such a run
// (search.cpp, FindAtLeadRuns): a search need try no other place.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gazette {

/// A class of code points read from a pattern's bracket expression: ranges first to last, in the
/// source's order.
struct CodePointRanges {
  std::vector<std::pair<char32_t, char32_t>> ranges;

  /// True if the class holds code point CP.
  bool Holds(char32_t cp) const {
    for (const auto& [first, last] : ranges)
      if (cp >= first && cp <= last) return true;
    return false;
  }
};

/// What a search knows of a pattern that opens with a run of one class C (see above; C is the
/// ranges).
struct LeadRun : CodePointRanges {
  size_t min = 0;               ///< the run's bounds m ≥ 1 and n ≥ m+2 (characters)
  size_t max = 0;
  std::u32string rest_starts;   ///< FirstCharacters of the rest of the pattern (kAnyDecimalDigit, kAnyWhitespace last)

  /// False when the pattern has no lead run this analysis knows.
  bool known() const { return !ranges.empty(); }
};

/// The lead run of PATTERN (Perl syntax, UTF-8), read from its source: C{m,n}?, alone or as the
/// whole of a group (?<name>…) or (?:…), where C is a bracket class of code points and ranges
/// (literal characters, \x{…}), none below U+0100 (Boost's start maps cover those), 1 ≤ m, m+2 ≤ n,
/// followed by a rest whose first characters are known, none of them (as code points) in C, and
/// which refers to no group and sets no flag. Not known otherwise.
/// That no character of the classes \d and \s among the rest's starts is in C is for the caller to
/// check, with its engine's classes (grammar_internal::LeadRunDisjoint).
LeadRun AnalyzeLeadRun(std::string_view pattern);

/// What a search knows of a pattern whose every match opens with characters of one alphabet A,
/// then a literal anchor K, then a rest that starts with one of known characters (docno_order's
/// agency: Han and 、, then 令, then \s*第…): a match can start only where a run of A reaches K
/// followed by such a character, and the pattern's first item is no repeat of one class or
/// character, so Boost's search tries every position (search.cpp, FindInLeadAlphabet).
struct LeadAlphabet : CodePointRanges {  // the ranges: the alphabet A
  std::u32string anchor;       ///< K, the literal characters every lead ends with (may be empty)
  std::u32string rest_starts;  ///< FirstCharacters of the rest (kAnyDecimalDigit, kAnyWhitespace last)

  /// False when the pattern has no lead alphabet this analysis knows.
  bool known() const { return !ranges.empty(); }
};

/// The lead alphabet of PATTERN (Perl syntax, UTF-8), read from its source: items (a bracket class
/// of code points and ranges, a literal character, a group (?:…) of items, each with any quantifier
/// but a possessive one), alone or as the whole of a named group (?<name>…), the first item a
/// quantified group or an unquantified class or character (no leading repeat for Boost); the literal characters after the last other item are the
/// anchor; the rest as for AnalyzeLeadRun (its first characters known, no alternative at its top
/// level, no reference to a group, no flag). Not known otherwise.
LeadAlphabet AnalyzeLeadAlphabet(std::string_view pattern);

}  // namespace gazette

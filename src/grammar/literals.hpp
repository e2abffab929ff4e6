// The literal prefilter of a pattern: strings one of which every match must contain, derived
// from the pattern's source, so a search can skip text that holds none of them without running
// the regex engine.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// Strings (UTF-8) one of which occurs in every match of the Perl-syntax PATTERN: the most
/// selective such set the pattern's literals, small classes and alternations give (longest
/// shortest string, then fewest alternatives). Empty when nothing is required (the pattern can
/// match without a literal, e.g. \d+) or the syntax is beyond this analysis (flags such as (?i),
/// conditionals): then every text must go to the regex engine.
std::vector<std::string> RequiredLiterals(std::string_view pattern);

/// Strings (UTF-8) one of which every match of PATTERN ends with, where every match ends at the
/// end of the text ($, \z in each alternative): agency_line must end in 局, 委员会 or the like.
/// Empty when the pattern can match elsewhere or its last characters are not known.
std::vector<std::string> RequiredEndings(std::string_view pattern);

/// True if TEXT ends with one of ENDINGS, or ENDINGS is empty, or TEXT holds a line separator
/// (where $ matches too).
bool MayEnd(std::string_view text, const std::vector<std::string>& endings);

/// Every set of strings PATTERN requires (a match contains one string of each set): the set
/// RequiredLiterals gives first, then up to two more its parts need too, most selective first
/// (docno: 〔, then 号). Empty as RequiredLiterals is.
std::vector<std::vector<std::string>> RequiredLiteralSets(std::string_view pattern);

/// In FirstCharacters' answer: any decimal digit (\d: Unicode general category Nd), past every
/// code point so it sorts last.
inline constexpr char32_t kAnyDecimalDigit = 0x110000;

/// The code points one of which starts every match of PATTERN, in order (kAnyDecimalDigit last,
/// for \d); empty when a match may be empty, may start with any of many characters, or the
/// syntax is beyond this analysis. A search need try only the positions holding one of them.
std::u32string FirstCharacters(std::string_view pattern);

/// True if TEXT contains one of LITERALS, or LITERALS is empty (no prefilter).
bool MayMatch(std::string_view text, const std::vector<std::string>& literals);

/// A set of literals ready to be searched for: a large set (article_item_cn's 28 numerals)
/// is found in one pass over the text that looks up each character in a bitmap of the
/// literals' first characters, instead of one memchr pass per literal.
struct LiteralSearch {
  std::vector<std::string> literals;  ///< one of these is in every match (by literal_bits, if any)
  std::vector<uint64_t> first_bits;   ///< the literals' first characters, hashed; empty: one pass per literal
  std::vector<uint16_t> literal_bits; ///< each literal's bit in first_bits, ascending
};

/// LITERALS ready for MayMatch (a bitmap when there are enough of them and all are UTF-8).
LiteralSearch MakeLiteralSearch(const std::vector<std::string>& literals);

/// True if TEXT contains one of SET's literals, or it has none.
bool MayMatchSet(std::string_view text, const LiteralSearch& set);

}  // namespace gazette

// The literal prefilter of a pattern: strings one of which every match must contain, derived
// from the pattern's source, so a search can skip text that holds none of them without running
// the regex engine.
#pragma once
#include <array>
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

/// The last character of every match of a pattern that ends the text, where some matches end with
/// a class (\d, \s) rather than a string RequiredEndings could name: furniture's page numbers end
/// in a digit, its running heads in 报. A one-line text whose last character is none of them holds
/// no match.
struct LastCharacters {
  std::u32string characters;  ///< the last code points of the endings that are strings, sorted
  std::u32string classes;     ///< kAnyDecimalDigit, kAnyWhitespace (empty: nothing known)
};

/// What the analysis of one pattern gives a search: RequiredLiteralSets, RequiredEndings and
/// FirstCharacters of it, from one reading of its source.
struct LiteralAnalysis {
  std::vector<std::vector<std::string>> sets;  ///< RequiredLiteralSets
  std::vector<std::string> endings;            ///< RequiredEndings
  std::u32string starts;                       ///< FirstCharacters
  bool line_start = false;  ///< every match passes a ^ (or \A): it begins where a line of the text does
  LastCharacters last_characters;  ///< where every match ends the text but some end with a class (ENDINGS empty)
  /// Strings a text may end with to hold a match, whatever comes before (line_closed_end's 。$):
  /// branches that are strings then $, with no other zero-width test. Empty: none known.
  std::vector<std::string> sufficient_endings;
};

/// PATTERN read once for every prefilter a search uses (each part empty where nothing is known).
LiteralAnalysis AnalyzeLiterals(std::string_view pattern);

/// Every set of strings PATTERN requires (a match contains one string of each set): the set
/// RequiredLiterals gives first, then up to two more its parts need too, most selective first
/// (docno: 〔, then 号). Empty as RequiredLiterals is.
std::vector<std::vector<std::string>> RequiredLiteralSets(std::string_view pattern);

/// In FirstCharacters' answer: any decimal digit (\d: Unicode general category Nd), past every
/// code point so it sorts after them.
inline constexpr char32_t kAnyDecimalDigit = 0x110000;
/// In FirstCharacters' answer: any character \s matches (Boost's class "s"), sorted last.
inline constexpr char32_t kAnyWhitespace = 0x110001;

/// The code points one of which starts every match of PATTERN, in order (kAnyDecimalDigit and
/// kAnyWhitespace last, for \d and \s); empty when a match may be empty, may start with any of many characters, or the
/// syntax is beyond this analysis. A search need try only the positions holding one of them.
std::u32string FirstCharacters(std::string_view pattern);

/// True if TEXT contains one of LITERALS, or LITERALS is empty (no prefilter).
bool MayMatch(std::string_view text, const std::vector<std::string>& literals);

/// The top BITS bits (1 to 32) of KEY's Fibonacci hash (KEY times 2^32 over the golden ratio):
/// the bit a character sets in a prefilter's map (CharacterSummary's 4,096, StartBit's 256).
constexpr uint32_t FibonacciBits(uint32_t key, unsigned bits) { return (key * 2654435761u) >> (32 - bits); }

/// The characters of a literal, each hashed to a bit as CharacterSummary hashes a text's (at most
/// four of them: a text that lacks one of these lacks the literal).
struct LiteralBits {
  std::array<uint16_t, 4> bits{};
  uint8_t count = 0;  ///< 0: nothing known (a literal that is not UTF-8 in shape is searched for)
  std::array<uint8_t, 4> words{};   ///< words[i]: the word of the map bits[i] is in (bits[i] / 64)
  std::array<uint64_t, 4> masks{};  ///< masks[i]: bits[i]'s mask in that word, so that a test is one AND
};

/// Which characters a text holds, each hashed to a bit of a 4096-bit map, from one pass over the
/// text: every pattern that asks the same text then rules out most of its literals with a few bit
/// tests instead of a search each.
struct CharacterSummary {
  std::array<uint64_t, 64> bits{};
  bool known = false;  ///< false: the text is not UTF-8 in shape, and the bits rule nothing out

  /// False if the text lacks one of the literal's characters (so the literal too).
  bool MayHold(const LiteralBits& l) const { return !known || MayHoldKnown(l); }
  /// MayHold where the summary is known.
  bool MayHoldKnown(const LiteralBits& l) const {
    for (uint8_t i = 0; i < l.count; ++i)
      if (!(bits[l.words[i]] & l.masks[i])) return false;
    return true;
  }
};

/// The summary of TEXT's characters.
void Summarize(std::string_view text, CharacterSummary& summary);

/// A set of literals ready to be tested: each with the bits of its characters.
struct LiteralSearch {
  std::vector<std::string> literals;  ///< one of these is in every match
  std::vector<LiteralBits> bits;      ///< bits[i]: those of literals[i]
  bool large = false;  ///< enough literals that a summary of the text costs less than a search for each
};

/// LITERALS ready for MayMatchSet.
LiteralSearch MakeLiteralSearch(const std::vector<std::string>& literals);

/// True if TEXT contains one of SET's literals, or it has none. SUMMARY (if not null) is of TEXT
/// or of a text that holds it (a text searched from an offset): only the literals whose
/// characters it holds are searched for.
bool MayMatchSet(std::string_view text, const LiteralSearch& set, const CharacterSummary* summary);

/// True if TEXT holds a line separator (\n \v \f \r, U+0085, U+2028, U+2029): where ^ and $
/// match too.
bool HoldsLineSeparator(std::string_view text);

/// The first of ENDINGS that TEXT ends with (its index), or ENDINGS.size() if none.
size_t EndingOf(std::string_view text, const std::vector<std::string>& endings);

/// True if TEXT ends with one of ENDINGS, or ENDINGS is empty, or TEXT holds a line separator
/// (where $ matches too).
bool MayEnd(std::string_view text, const std::vector<std::string>& endings);

}  // namespace gazette

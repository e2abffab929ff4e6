// What grammar.cpp shares with the searches in search.cpp: finding a pattern by name and its
// literal prefilter.
#pragma once
#include <algorithm>
#include <string_view>

#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::grammar_internal {

/// The pattern called NAME. Throws std::logic_error if no grammar defines it.
const GrammarPattern& Pattern(std::string_view name);

/// True if TEXT's bytes all lie in one of the program's own segments mapped without write access
/// (its code and constants: a string literal's bytes), so that they never change.
bool InReadOnlyMemory(std::string_view text);

/// Pattern(NAME).compiled(), remembered with the pattern: a search asks it once per call.
const CompiledPattern& Compiled(std::string_view name);

/// False if P's prefilter (its first characters, its literals, its endings) rules out a match in
/// TEXT from byte FROM on: of the whole of it with WHOLE (RxFull), else anywhere in it.
/// WITHIN (if not null) summarizes TEXT or a text that holds it: every literal set is then ruled
/// out by its bits before any search (RxMayMatchWithin).
bool Admits(std::string_view text, size_t from, const CompiledPattern& p, bool whole,
            const CharacterSummary* within = nullptr);

/// The first of P's endings TEXT ends with (its index), or P.endings.size() if none: EndingOf,
/// told first by TEXT's last byte (P.ending_last_bytes).
size_t EndingOfText(std::string_view text, const CompiledPattern& p);

/// True if C is a digit or white space that a match of P may start with (P.starts ends with
/// kAnyDecimalDigit or kAnyWhitespace).
bool CanStartByClass(const CompiledPattern& p, char32_t c);

/// True if C may start the rest of P after its lead (P.lead or P.alphabet): one of STARTS (its
/// rest_starts), or a digit or white space where those end with kAnyDecimalDigit or kAnyWhitespace.
bool CanStartRest(const CompiledPattern& p, const std::u32string& starts, char32_t c);

/// True if no character of P's lead class may start the rest of P, as P's engine reads \d and \s
/// (false, too, for a class too large to check).
bool LeadRunDisjoint(const CompiledPattern& p);

/// True if C is of one of the classes a match of P may end with (P.last_characters.classes: \d,
/// \s), as P's engine reads them.
bool InEndingClass(const CompiledPattern& p, char32_t c);

/// FirstCodePoint(TEXT) (TEXT not empty): an ASCII byte or a well-formed three-byte character
/// (most of a Chinese text) read here, without the call; any other by FirstCodePoint.
inline char32_t FirstCharacter(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  if (s[0] < 0x80) return s[0];
  if (text.size() >= 3 && (s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
    const char32_t c = char32_t{s[0] & 0x0Fu} << 12 | char32_t{s[1] & 0x3Fu} << 6 | char32_t{s[2] & 0x3Fu};
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) return c;  // not overlong, not a surrogate
  }
  return FirstCodePoint(text);
}

/// True if C is a CJK ideograph of U+3400 to U+9FFF (Extension A, the Yijing symbols, the
/// Unified Ideographs): of general category Lo or So, so neither a decimal digit nor white space.
inline bool IsCjkIdeograph(char32_t c) { return c - 0x3400u <= 0x9FFFu - 0x3400u; }

/// True if a match of P may start with C (P.starts not empty). The bits first: most positions
/// hold a character no match starts with, ruled out without a search of the starts. A pattern
/// that may start with \d or \s asks the class of every other character, but a CJK ideograph
/// (most of a Chinese text) is neither, without a call into ICU.
inline bool CanStart(const CompiledPattern& p, char32_t c) {
  const unsigned bit = StartBit(c);
  if ((p.start_bits[bit >> 6] >> (bit & 63) & 1) && std::binary_search(p.starts.begin(), p.starts.end(), c))
    return true;
  return p.starts.back() >= kAnyDecimalDigit && !IsCjkIdeograph(c) && CanStartByClass(p, c);
}

}  // namespace gazette::grammar_internal

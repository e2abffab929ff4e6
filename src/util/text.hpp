// Small UTF-8 string helpers shared by every stage.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

namespace text_internal {
/// Utf8Length's answers, by a lead byte's top five bits.
inline constexpr std::array<unsigned char, 32> kUtf8Lengths = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // 00-7F
                                                               0, 0, 0, 0, 0, 0, 0, 0,                          // 80-BF
                                                               2, 2, 2, 2, 3, 3, 4, 0};                         // C0-FF
}  // namespace text_internal

/// The length in bytes of the UTF-8 character a byte LEAD starts, by its shape: 1 (below 0x80), 2
/// (0xC0 to 0xDF), 3 (0xE0 to 0xEF) or 4 (0xF0 to 0xF7); 0 for a byte no character starts with
/// (a continuation byte, 0x80 to 0xBF, or one past 0xF7). Inline for the loops over every byte:
/// one load from a table (the prefilter's summary of a text: 16% fewer instructions than a chain
/// of comparisons).
constexpr size_t Utf8Length(unsigned char lead) { return text_internal::kUtf8Lengths[lead >> 3]; }

/// The first byte of the UTF-8 character byte I of S falls in, not before FLOOR: I, or I stepped
/// back over continuation bytes (where a text is cut, or stepped through backwards).
inline size_t CharacterStart(std::string_view s, size_t i, size_t floor = 0) {
  while (i > floor && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

/// The code points of a UTF-8 string (invalid bytes become U+FFFD).
std::u32string ToU32(std::string_view utf8);

/// The length of the well-formed UTF-8 sequence (the Unicode Standard's table 3-7) that the
/// non-ASCII byte S[I] of the N bytes at S begins, or 0 where none does: a continuation byte, C0,
/// C1, F5 to FF, a sequence cut short, an overlong form, a surrogate, a value past U+10FFFF.
/// Chinese text is mostly E1 to EC and EE to EF followed by any two, so those are tested first.
inline size_t Utf8SequenceAt(const unsigned char* s, size_t i, size_t n) {
  const unsigned char c = s[i];
  auto continues = [&](size_t at, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return at < n && s[at] >= lo && s[at] <= hi;
  };
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
    return i + 2 < n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 ? 3 : 0;
  if (c >= 0xC2 && c <= 0xDF) return continues(i + 1) ? 2 : 0;
  if (c == 0xE0 || c == 0xED)  // no overlong form (E0 80-9F), no surrogate (ED A0-BF)
    return continues(i + 1, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF) && continues(i + 2) ? 3 : 0;
  if (c >= 0xF0 && c <= 0xF4)  // U+10000 to U+10FFFF
    return continues(i + 1, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF) && continues(i + 2) && continues(i + 3) ? 4 : 0;
  return 0;
}
/// True when TEXT is well-formed UTF-8 (the regex engine throws on anything else).
bool IsValidUtf8(std::string_view text);
/// The byte offset in TEXT of the first character that is not well-formed UTF-8 (a stray
/// continuation byte, a sequence cut short, an overlong form, a surrogate, past U+10FFFF, a byte
/// no character begins with), or npos when TEXT is all UTF-8. By 32-byte blocks where the CPU has
/// AVX2 (util/utf8_blocks), then a character (or eight ASCII bytes) at a time.
size_t FirstInvalidUtf8(std::string_view text);
/// A UTF-8 string from code points.
std::string ToUtf8(std::u32string_view text);
/// Append one code point to a UTF-8 string.
void AppendUtf8(std::string& out, char32_t c);

/// True for Han ideographs and CJK punctuation/symbols (the text OCR spaces apart).
bool IsCjk(char32_t c);
/// True for Han ideographs only (including 〇).
bool IsHan(char32_t c);
/// Number of code points in a UTF-8 string.
size_t CodePointCount(std::string_view utf8);
/// CodePointCount(UTF8) > N, counting no further than needed (a long paragraph is decided by its
/// first N + 1 code points, a text of N bytes or fewer by its length).
inline bool MoreCodePointsThan(std::string_view utf8, size_t n) {
  if (utf8.size() <= n) return false;
  size_t count = 0;
  for (unsigned char ch : utf8)
    if ((ch & 0xC0) != 0x80 && ++count > n) return true;
  return false;
}
/// Display width: CJK and full-width characters count 2, others 1.
size_t DisplayWidth(std::string_view utf8);

/// S without leading and trailing white space (ASCII and U+3000).
std::string Trim(std::string_view s);
/// The most bytes of a sentence a record quotes whole (about 680 Han characters): longer ones
/// (OCR that lost its full stops, a list of thousands of titles joined by 、) are quoted around
/// the record's own place, so output stays linear in the input.
inline constexpr size_t kMaxQuotedBytes = 2048;
/// Trim(SENTENCE), or, when it is longer than kMaxQuotedBytes, the part of it around bytes
/// [AT, AT + LENGTH) (some 300 characters each side, cut at character boundaries) with … where
/// text was left out.
std::string QuotedAround(std::string_view sentence, size_t at, size_t length);
/// The part of S that Trim keeps, without a copy.
std::string_view TrimmedView(std::string_view s);
/// S = Trim(S), in place: no copy when S has no white space at its ends, none at all otherwise.
void TrimOwned(std::string& s);
/// S split on every occurrence of SEP (empty fields kept).
std::vector<std::string> Split(std::string_view s, std::string_view sep);
/// PARTS joined with SEP.
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
/// True if S begins / ends with AFFIX.
bool StartsWith(std::string_view s, std::string_view affix);
bool EndsWith(std::string_view s, std::string_view affix);
/// S with every occurrence of FROM replaced by TO.
std::string ReplaceAll(std::string s, std::string_view from, std::string_view to);
/// S with the marks of a title nested in a quoted one (〈〉: 《关于修改〈A〉的决定》) made 《》, as the
/// nested title is printed where it stands alone (关于修改《A》的决定).
std::string NestedTitleMarksAsOuter(std::string s);
/// S with all white space removed (spaces, tabs, U+3000).
std::string StripSpaces(std::string_view s);
/// StripSpaces of a string the caller gives up: S itself, moved, when it holds no space.
std::string StripSpaces(std::string&& s);
/// StripSpaces of a C string (which either of the two above would take).
inline std::string StripSpaces(const char* s) { return StripSpaces(std::string_view(s)); }
/// Byte offset of the first byte StripSpaces keeps of S (S.size() if it keeps none): where S
/// begins once its leading spaces are skipped, without a copy.
size_t SkipSpaces(std::string_view s);
/// The code point starting at byte I of S (0 if I is past its end), and in *LEN the bytes it takes:
/// as many as its lead byte announces, or 1 where S ends before them. U+FFFD where the bytes there
/// are not UTF-8. Decodes in place, without a string.
char32_t CodePointAt(std::string_view s, size_t i, size_t* len);
/// The last code point of S (0 if empty).
char32_t LastCodePoint(std::string_view s);
/// The first code point of S (0 if empty).
char32_t FirstCodePoint(std::string_view s);

}  // namespace gazette

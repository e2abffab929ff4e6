// Small UTF-8 string helpers shared by every stage.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// The code points of a UTF-8 string (invalid bytes become U+FFFD).
std::u32string ToU32(std::string_view utf8);

/// True when TEXT is well-formed UTF-8 (the regex engine throws on anything else).
bool IsValidUtf8(std::string_view text);
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
/// Display width: CJK and full-width characters count 2, others 1.
size_t DisplayWidth(std::string_view utf8);

/// S without leading and trailing white space (ASCII and U+3000).
std::string Trim(std::string_view s);
/// S split on every occurrence of SEP (empty fields kept).
std::vector<std::string> Split(std::string_view s, std::string_view sep);
/// PARTS joined with SEP.
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
/// True if S begins / ends with AFFIX.
bool StartsWith(std::string_view s, std::string_view affix);
bool EndsWith(std::string_view s, std::string_view affix);
/// S with every occurrence of FROM replaced by TO.
std::string ReplaceAll(std::string s, std::string_view from, std::string_view to);
/// S with all white space removed (spaces, tabs, U+3000).
std::string StripSpaces(std::string_view s);
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

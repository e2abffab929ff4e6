// The normalized view of an issue for the parsers, keeping the way back to the printed lines.
#pragma once
#include <string>
#include <string_view>

#include "model/text.hpp"

namespace gazette {

/// NFKC (circled numbers ①② kept), dash variants → '-', bracket variants around a 文号 year →
/// 〔〕. Spacing and tabs are kept. For cells and titles whose spaces carry meaning.
std::string NormalizeInline(std::string_view text);

/// Removes the spaces OCR and PDF extraction put between CJK characters (对 外 贸 易 →
/// 对外贸易) and between CJK and digits (2024 年 → 2024年), keeping spaces between Latin
/// words (ISO 26262). Tabs are kept.
std::string RemoveCjkSpacing(std::string_view text);

/// The byte offset of the first space or U+3000 at or past FROM in TEXT (TEXT's size if none):
/// where RemoveCjkSpacing has a run to judge. Sixteen bytes at a time (SSE2) where x86-64.
size_t NextSpacing(std::string_view text, size_t from = 0);

/// NormalizeInline then RemoveCjkSpacing: the form parsers and searches compare.
std::string NormalizeText(std::string_view text);

/// NormalizeText of TEXT without any of its spaces (StripSpaces): the form table headers and
/// cells are compared in.
std::string NormalizeTextWithoutSpaces(std::string_view text);

/// Strips markdown debris from one printed line: heading marks (#), bold (**), a leading
/// list bullet ("- "), links ([t](u) → t, <u> → u), trailing hard-break spaces.
/// Sets *heading to the heading level and *bold when the whole line was bold.
std::string StripMarkdown(std::string_view line, int* heading, bool* bold);

/// True for page furniture: running heads (北京市人民政府公报), page numbers, rules, a table's 续表.
bool IsFurniture(const std::string& normalized_line);

/// True when LINE opens a unit that is never joined onto the line above: 第N条/章, 一、, (一), 1.,
/// ①, 附件, 序号, a date, a 文号 or a regulation's dating line alone on the line.
bool OpensUnit(const std::string& line);

/// True when printed line B continues line A across a wrap or a page break.
bool ContinuesLine(const TextLine& a, const TextLine& b);

namespace normalize_internal {

/// True when TEXT holds only characters that NormalizeInline leaves as they are wherever they
/// stand: printable ASCII but ( ) [ ] (a 文号's year in brackets is rewritten), CJK unified
/// ideographs (U+4E00 to U+9FFF) and 、。《》“”√ (each its own NFKC,
/// none a dash or a bracket), and 〔〕 in a text holding no space and none of the letters O, o, l,
/// I (docno_brackets leaves 〔2023〕 as it is where no white space stands beside a bracket or the
/// year, RepairDocnoDigits where no letter stands for a digit). Such a text is its own NormalizeInline, and
/// NormalizeText changes it only at its spaces (RemoveCjkSpacing): the normalizer's shortcut for
/// most cells, names, 序号 and 文号.
bool IsOwnNormalForm(std::string_view text);

/// NormalizeInline of TEXT without that shortcut: NFKC, dashes and no-break spaces, 文号 brackets
/// and the OCR damage of a 文号's numbers (RepairDocnoDigits).
std::string NormalizeInlineInFull(std::string text);

/// RemoveCjkSpacing of UTF8, known to be well-formed UTF-8 (a line Normalize made from a text it
/// checked once): the same result, without checking it again.
std::string RemoveCjkSpacingOfUtf8(std::string_view utf8);

/// The characters every match of md_link and of md_autolink starts with, as their compiled
/// patterns (of the grammars in use when made) know them: StripMarkdown searches a line for a
/// link only where it holds one. Normalize reads them once per issue.
class LinkOpeners {
 public:
  LinkOpeners();
  /// False when LINE holds none of them; true wherever the patterns do not tell (their first
  /// characters not known, or not all ASCII).
  bool MayHoldLink(std::string_view line) const;

 private:
  bool known_ = true;
  std::string openers_;  // their bytes, each ASCII
};

}  // namespace normalize_internal

/// Whether the text handed to Normalize is known to be well-formed UTF-8 already (an input that
/// DecodeBytes made: DecodedInput::checked_utf8), or is to be checked.
enum class Utf8Check { needed, done };

/// The whole normalization of one decoded (UTF-8) issue file: one TextLine per logical line,
/// blank lines and furniture dropped, cut lines rejoined. CHECK says whether UTF8 is known to be
/// well-formed (done) or is checked here, once for all its lines (needed).
NormalizedText Normalize(std::string_view utf8, const std::string& source, Utf8Check check = Utf8Check::needed);

}  // namespace gazette

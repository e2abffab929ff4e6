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

/// Strips markdown debris from one printed line: heading marks (#), bold (**), a leading
/// list bullet ("- "), links ([t](u) → t, <u> → u), trailing hard-break spaces.
/// Sets *heading to the heading level and *bold when the whole line was bold.
std::string StripMarkdown(std::string_view line, int* heading, bool* bold);

/// True for page furniture: running heads (北京市人民政府公报), page numbers, rules.
bool IsFurniture(const std::string& normalized_line);

/// True when LINE opens a unit that is never joined onto the line above: 第N条/章, 一、, (一), 1.,
/// ①, 附件, 序号, a date, a 文号 or a regulation's dating line alone on the line.
bool OpensUnit(const std::string& line);

/// True when printed line B continues line A across a wrap or a page break.
bool ContinuesLine(const TextLine& a, const TextLine& b);

/// The whole normalization of one decoded (UTF-8) issue file: one TextLine per logical line,
/// blank lines and furniture dropped, cut lines rejoined.
NormalizedText Normalize(std::string_view utf8, const std::string& source);

}  // namespace gazette

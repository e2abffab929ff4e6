// The printed table of contents: Chinese entries, English entries, and their alignment.
#pragma once
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// Where the front matter lies in an issue's lines (indices; npos when absent).
struct ContentsSpan {
  size_t zh_begin = std::string::npos;  ///< line after 目录
  size_t zh_end = std::string::npos;    ///< first line after the Chinese entries
  size_t en_begin = std::string::npos;  ///< line after CONTENTS
  size_t en_end = std::string::npos;    ///< first line after the English contents
  size_t body_begin = 0;                ///< first line of the body (after all front matter)
};

/// Finds the Chinese and English contents among LINES.
ContentsSpan FindContents(const std::vector<TextLine>& lines);

/// The Chinese entries in LINES[span.zh_begin, span.zh_end): section, title, 文号, page.
std::vector<ContentsEntry> ParseContents(const std::vector<TextLine>& lines, const ContentsSpan& span);

/// Attaches each English entry in LINES[span.en_begin, span.en_end) to its Chinese entry:
/// by page and 文号 year/number, ties broken by the romanized agency code (ICU Han-Latin).
void AlignEnglishContents(const std::vector<TextLine>& lines, const ContentsSpan& span,
                          std::vector<ContentsEntry>& entries);

}  // namespace gazette

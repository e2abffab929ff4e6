// The printed table of contents: Chinese entries, English entries, and their alignment.
#pragma once
#include <string>
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

/// True if TEXT ends in a contents entry's page reference: in brackets (contents_page, ..... (43))
/// or bare after dot leaders (contents_page_bare, ……3). No title or header line does.
bool HasPageReference(const std::string& text);

namespace contents_internal {

/// Where a search of TEXT for contents_page may start and find what a search of all of it finds
/// (npos: it finds nothing). Every match of contents_page is `\s*(?:[.…·]{2,}\s*)?\(\d{1,4}\)\s*$`:
/// without a line separator it ends the text, so its ( is the text's last, and only white space
/// and dots stand between its start and that (. 0 when TEXT holds a line separator (where $
/// matches too) or is not UTF-8 (where the search of the whole stops at the first bad byte), and
/// when the active grammar's contents_page is not that pattern (PageShapeKnown).
size_t PageSearchStart(const std::string& text);

/// True if the active grammar's contents_page is the pattern PageSearchStart relies on, read from
/// its source once per grammar generation.
bool PageShapeKnown();

}  // namespace contents_internal

}  // namespace gazette

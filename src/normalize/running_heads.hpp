// Running heads: the title a PDF's text repeats at the top of its pages (the regulation's, or the
// section's name: 北京市停车管理办法, 政府规章), left between a page's furniture and the text it
// interrupts. A title-shaped line right after a page's furniture that repeats (printed before as
// a line of its own, or following furniture again) is one: inside the sentence the page break cut,
// unless the line after it opens a document of its own (a 文号, recipients, a first article, a
// heading, an agency or a title); elsewhere, where the line after it goes on with the numbered
// units of a text under way (第三条, 二、). Inside a sentence it is held back until that next line
// is read; elsewhere it is dropped once the lines are all read.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/text.hpp"

namespace gazette::normalize_internal {

/// True if NEXT, the line after a title-shaped line, opens a document of its own: a 文号, a
/// dating line, recipients, a first article or chapter (第一条, 第一章, 序言), a table's header, a
/// heading, an agency or another title; or goes on with a contents entry (its page number). The
/// title above it is then a document's or an entry's, not a head.
bool OpensDocument(const TextLine& next);

/// What one issue's lines tell of its running heads, line by line as they are read.
class RunningHeads {
 public:
  /// True if TEXT (a line read right after a page's furniture, the line above it left open)
  /// repeats a title-shaped line read before as a line of its own: a running head inside a
  /// sentence, if the line after it goes on with it (HeldTitle).
  bool CutsSentence(const std::string& text) const;
  /// Notes TEXT, the line kept as LINES[INDEX] (before any line is joined to it); AFTER_FURNITURE
  /// when a page's furniture came right before it.
  void Kept(const std::string& text, size_t index, bool after_furniture);
  /// A page's furniture follows LINES[INDEX], the last line kept: a title-shaped line between two
  /// pieces of furniture (a contents entry whose page number is printed on the next line) is no
  /// page's running head.
  void FurnitureAfter(size_t index);
  /// Removes from LINES the running heads kept as lines of their own: title-shaped lines after a
  /// page's furniture, printed before or following furniture again, the line after each going on
  /// with numbered units (not a first one), nothing joined to them.
  void DropRecurring(std::vector<TextLine>& lines) const;

 private:
  /// A title-shaped line kept right after a page's furniture.
  struct Candidate {
    size_t index;      ///< where it was kept
    std::string text;  ///< its text
    bool repeated;     ///< printed before as a line of its own
  };
  std::unordered_set<size_t> seen_;  ///< the hashes of the short lines read as lines of their own
  std::vector<Candidate> candidates_;
  std::unordered_map<std::string, int> after_furniture_;  ///< how often each text follows furniture
};

/// A title-shaped line read right after a page's furniture inside an open sentence
/// (RunningHeads::CutsSentence), held back until the next line tells what it is: a running head
/// when that line goes on with the text, a document's title when it opens one (OpensDocument).
class HeldTitle {
 public:
  /// True while a line is held.
  bool Holds() const { return held_.has_value(); }
  /// Holds LINE until the next line is read.
  void Hold(TextLine line) { held_ = std::move(line); }
  /// Decides the held line, if any, by NEXT, the line read after it: a document's title
  /// (OpensDocument) is appended to LINES and noted in HEADS, and true returned; a running head
  /// is dropped. Nothing is held after.
  bool Release(const TextLine& next, RunningHeads& heads, std::vector<TextLine>& lines);
  /// Appends the held line, if any, to LINES: the text's last line is kept.
  void Flush(std::vector<TextLine>& lines);

 private:
  std::optional<TextLine> held_;
};

/// True when LINE (normalized) is a web page's furniture (furniture_web: 打印本页, 浏览次数:…, 索引号:…).
bool IsWebFurniture(const std::string& line);

/// True when LINE holds only a web page's metadata (furniture_web_meta: 发文机关:…, 成文日期:…):
/// furniture under a line of a web page's furniture, a table's note or cell elsewhere.
bool IsWebMetaLine(const std::string& line);

}  // namespace gazette::normalize_internal

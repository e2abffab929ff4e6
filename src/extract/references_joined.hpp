// A line of text made of one body line and the lines joined to it (a title cut by a page break,
// the title's (文号) on the line under it), and the 文号 each of its printed lines holds: what the
// references extractor (references.cpp) reads a citation from and names its line and spelling by.
#pragma once
#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/issue.hpp"
#include "segment/docno.hpp"

namespace gazette::refs {

/// A line of text made of one body line and the lines joined to it (a title cut by a page break).
/// Most lines are joined to none: their text is the body line's own, read in place, and the
/// parts are kept in place too (at most four: the line, two more while a 《 stays open, a (文号)).
class Joined {
 public:
  static constexpr size_t kMaxParts = 4;
  using Part = std::pair<size_t, const TextLine*>;  // byte offset where each line starts
  explicit Joined(const TextLine& first) : first_(&first.text), parts_{Part{0, &first}} {}

  /// The text: the first line's, or the lines joined.
  const std::string& text() const { return joined_ ? own_ : *first_; }
  /// True when text() is the first line's own (it lives as long as the document).
  bool single() const { return !joined_; }
  /// The number of body lines joined (1 when the line stands alone).
  size_t size() const { return count_; }
  /// Body line K of those joined, with the offset in text() where it starts.
  const Part& part(size_t k) const { return parts_[k]; }

  /// Appends LINE. JoinCutTitle joins at most kMaxParts lines; a fifth would be a programming
  /// error, refused rather than written past the parts (one compare, never taken).
  void Append(const TextLine& line) {
    if (count_ == kMaxParts) throw std::logic_error("Joined: more than kMaxParts lines");
    if (!joined_) own_ = *first_;
    joined_ = true;
    parts_[count_++] = Part{own_.size(), &line};
    own_ += line.text;
  }

  /// The printed line the byte at OFFSET of text() stands on.
  int LineAt(size_t offset) const {
    const Part* at = &parts_[0];
    for (size_t k = 0; k < count_; ++k)
      if (offset >= parts_[k].first) at = &parts_[k];
    return at->second->LineAt(offset - at->first);
  }

 private:
  const std::string* first_;
  std::string own_;  // the lines joined, once there are two
  bool joined_ = false;
  std::array<Part, kMaxParts> parts_;
  size_t count_ = 1;
};

/// The 文号 of each printed line of a joined line (FindDocnos of its inline text), each searched
/// once: PrintedIn asks once per citation, and a line citing a dozen 文号 was searched a dozen
/// times. A line printed as the text the citations were read from takes the 文号 found there.
class PrintedDocnos {
 public:
  PrintedDocnos(const Joined& line, const std::vector<DocnoMatch>& of_text) : line_(line), of_text_(of_text) {}
  /// FindDocnos of part K's inline text.
  const std::vector<DocnoMatch>& Of(size_t k) {
    const std::string& printed = line_.part(k).second->inline_text;
    if (printed == line_.text()) return of_text_;
    if (!found_[k]) found_[k] = FindDocnos(printed);
    return *found_[k];
  }

 private:
  const Joined& line_;
  const std::vector<DocnoMatch>& of_text_;
  std::array<std::optional<std::vector<DocnoMatch>>, Joined::kMaxParts> found_;  // by part
};

/// DOCNO as one of J's printed lines prints it, spacing kept; FALLBACK if none does (PrintedDocno
/// of each line in turn, from the 文号 PRINTED_DOCNOS found in it).
std::string PrintedIn(const Joined& j, PrintedDocnos& printed_docnos, const std::string& docno,
                      const std::string& fallback);

/// Body line AT, with up to two following lines joined while a 《 stays open, and the line after
/// when it is only the title's (文号). Sets *LAST.
Joined JoinCutTitle(const Document& doc, size_t at, size_t* last);

}  // namespace gazette::refs

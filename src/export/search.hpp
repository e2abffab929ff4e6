// Normalized text search: full/half width, OCR spacing, bracket variants and ASCII case do not
// matter. Each hit names its document (文号), the article it falls in and file:line.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "export/records.hpp"
#include "model/issue.hpp"

namespace gazette {

/// One place where the searched text occurs.
struct SearchHit {
  std::string source;    ///< the file
  int line = 0;          ///< printed line where the hit starts
  std::string docno;     ///< 文号 of the document it falls in, empty outside documents
  std::string document;  ///< id of that document, empty outside documents
  std::string article;   ///< eId of the innermost article node holding it, empty if none
  std::string match;     ///< the matched text as normalized in the file
  std::string context;   ///< the match with up to N characters either side (… where cut)
};

/// The form searches compare: NormalizeText, every space removed, ASCII lower case, bracket
/// variants folded (〔〕［］【】（） → (), 〈〉 → 《》).
std::u32string SearchKey(std::string_view text);

/// The search key of TEXT already normalized (NormalizeText): SearchKey without normalizing again.
std::u32string FoldedKey(std::string_view normalized);

/// Every occurrence of KEY (a search key) in LINE, with CONTEXT characters either side; each
/// hit's source, docno, document and article are left empty for the caller.
std::vector<SearchHit> SearchLine(const TextLine& line, const std::u32string& key, int context);

/// Every occurrence of NEEDLE in LINES (the normalized lines of ISSUE's file), in order, with
/// CONTEXT characters of context either side. An empty needle finds nothing.
std::vector<SearchHit> SearchIssue(const Issue& issue, const std::vector<TextLine>& lines,
                                   const std::string& needle, int context = 20);

/// The JSON Lines keys of a hit: source, line, docno, document, article, match, context.
std::vector<std::string> SearchRecordKeys();

/// The record of HIT.
Record SearchRecord(const SearchHit& hit);

/// The eId of the innermost article node of DOC whose text holds printed LINE (the last node of
/// the same instrument starting at or before it whose text holds the line's end); empty when
/// none does (tables, signatures, headings outside the tree).
std::string EnclosingArticle(const Document& doc, int line);

/// EnclosingArticle for many lines of one document: each node's search key is computed once,
/// when first needed.
class ArticleFinder {
 public:
  /// Prepares the lookup over DOC's article nodes (DOC must outlive the finder).
  explicit ArticleFinder(const Document& doc);
  /// EnclosingArticle(doc, LINE).
  std::string At(int line) const;

 private:
  const Document& doc_;
  mutable std::vector<std::u32string> keys_;  // SearchKey(heading + text) of each node
  mutable std::vector<bool> ready_;           // keys_[i] computed
};

/// The document of ISSUE that printed LINE falls in (from its header to its last body line),
/// or nullptr (contents, masthead, back matter).
const Document* DocumentAtLine(const Issue& issue, int line);

}  // namespace gazette

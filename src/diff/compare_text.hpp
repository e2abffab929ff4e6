// Text as the diff compares it: ICU-normalized comparison forms, grapheme clusters, a
// similarity ratio and a character-level (grapheme) diff.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gazette::diff {

/// The form two texts are judged equal in: NormalizeText (ICU NFKC, dashes, CJK OCR spacing),
/// every white space removed, bracket variants folded (〔〕［］【】（） → (), 〈〉 → 《》).
/// Case is kept: a change of case is a printed change.
std::string CompareForm(std::string_view text);

/// CompareForm with ICU full case folding: the form rows and articles are matched on.
std::string MatchForm(std::string_view text);

/// The user-perceived characters of TEXT (ICU BreakIterator character instance), in order.
std::vector<std::string> Graphemes(std::string_view text);

/// A sequence of symbol ids made ready to be compared with many others: where each of its symbols
/// stands, as bits, built once instead of once per comparison (the rows and articles of one side
/// are each compared with every one of the other side's).
class LcsPattern {
 public:
  /// The pattern of A.
  explicit LcsPattern(const std::vector<int>& a);
  /// Length of the longest common subsequence of A and B (bit-parallel, Allison–Dix / Hyyrö:
  /// O(|A|·|B|/64)).
  size_t LcsLength(const std::vector<int>& b) const;
  /// |A|.
  size_t size() const { return size_; }

 private:
  size_t size_ = 0;
  size_t words_ = 0;              // 64-bit words per mask
  std::vector<int> symbols_;      // A's symbols, sorted, each once
  std::vector<uint64_t> masks_;   // per symbol of symbols_, words_ words: the positions in A holding it
};

/// Length of the longest common subsequence of two sequences of symbol ids (LcsPattern(A)).
size_t LcsLength(const std::vector<int>& a, const std::vector<int>& b);

/// Symbol ids for graphemes, shared by every text of one comparison so that ids compare.
class Symbols {
 public:
  /// The id of grapheme G (a new id the first time it is seen).
  int Id(const std::string& g);
  /// The ids of the graphemes of MatchForm(TEXT).
  std::vector<int> MatchIds(std::string_view text);

 private:
  std::unordered_map<std::string, int> ids_;
};

/// 2·LCS / (|A| + |B|) for two id sequences (1 when both are empty).
double Ratio(const std::vector<int>& a, const std::vector<int>& b);
/// Ratio of A's sequence and B.
double Ratio(const LcsPattern& a, const std::vector<int>& b);

/// Similarity of two texts in [0, 1]: 2·LCS / (|A| + |B|) over the graphemes of their
/// MatchForm (1 when both are empty, 0 when one is).
double Similarity(std::string_view a, std::string_view b);

/// One piece of a character diff: text both sides share, or text only one side has.
struct DiffSpan {
  enum class Op { kEqual, kDelete, kInsert };
  Op op = Op::kEqual;
  std::string text;
};

/// A character-level diff of OLD and NEW (as displayed, normalized text), by grapheme; white
/// space and bracket or width variants do not count as changes (compared by CompareForm per
/// grapheme). Three views of one edit script:
struct TextDiff {
  std::vector<DiffSpan> old_spans;  ///< OLD cut into kEqual and kDelete spans
  std::vector<DiffSpan> new_spans;  ///< NEW cut into kEqual and kInsert spans
  std::vector<DiffSpan> unified;    ///< kEqual (NEW's text), kDelete (OLD's), kInsert (NEW's)
};

/// The grapheme diff of OLD_TEXT and NEW_TEXT (longest common subsequence; texts whose
/// product of lengths exceeds a few million graphemes are diffed as one replacement after
/// their common prefix and suffix).
TextDiff DiffText(std::string_view old_text, std::string_view new_text);

}  // namespace gazette::diff

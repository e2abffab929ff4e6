// What the anchor finders ask of each line of an issue's body (internal to src/segment): is it a
// 文号 line, a date line, an issuer line, header-like. Several finders ask the same lines, so each
// answer is worked out once per issue and kept.
#pragma once
#include <cstdint>
#include <vector>

#include "model/text.hpp"

namespace gazette {

/// The per-line predicates of the segmenter over LINES, each answered once and remembered. It
/// refers to LINES, which must outlive it and keep the text of every line it is asked about.
/// One object per issue (per call of the segmenter): no state is shared between threads.
class LineFacts {
 public:
  /// Facts about LINES, none known yet.
  explicit LineFacts(const std::vector<TextLine>& lines);

  /// The lines the facts are about.
  const std::vector<TextLine>& lines() const { return lines_; }
  /// Line I.
  const TextLine& operator[](size_t i) const { return lines_[i]; }

  /// False when line I holds none of what every number line requires (grammars/segment.grammar
  /// number_gate): then it is no 文号 line, number_line, order_number_line or series_number_line.
  bool MayBeNumber(size_t i);
  /// IsDocnoLine of line I's text (docno.hpp).
  bool IsDocno(size_t i);
  /// IsDateLine or IsSignedDateLine of line I's text (header.hpp): a date, or a signature dated
  /// on its line.
  bool IsDate(size_t i);
  /// True when line I is an issuer line (grammars/segment.grammar agency_line).
  bool IsAgency(size_t i);
  /// True when line I is a number alone, 第N号 (grammars/segment.grammar order_number_line).
  bool IsOrderNumber(size_t i);
  /// True when line I can belong to a document's header block (issuers or title): it has the
  /// shape (HasHeaderShape, anchors.hpp) and is neither a date nor a 文号.
  bool IsHeaderLike(size_t i);

 private:
  enum Fact : uint8_t { kDocno, kDate, kAgency, kOrderNumber, kHeaderLike, kMayBeNumber };
  // Line I's FACT from its memo, or from COMPUTE the first time.
  template <typename Compute>
  bool Memo(size_t i, Fact fact, Compute compute);

  const std::vector<TextLine>& lines_;
  std::vector<uint8_t> known_;  // bit FACT set: the fact is known
  std::vector<uint8_t> value_;  // bit FACT: its value
};

}  // namespace gazette

// Where a printed line ends and the next begins: whether the second continues the first (a
// sentence, a 文号 or a date a wrap or a page break cut) or stands apart (a title, an issuer, a
// unit's start), as the normalizer joins lines.
#pragma once
#include <string>
#include <string_view>

#include "grammar/grammar.hpp"
#include "model/text.hpp"

namespace gazette::normalize_internal {

/// Whether a line is an agency alone on its line (agency_line), asked at most once while the line
/// stands as it is: Normalize asks it of a line as the line below, then again as the line above.
class AgencyLine {
 public:
  /// Whether TEXT, the line's text, is an agency line: asked of the pattern the first time only.
  bool Of(const std::string& text) {
    if (known_ < 0) known_ = RxFull(text, "agency_line"_rx) ? 1 : 0;
    return known_ == 1;
  }
  /// The line's text changed (a line was joined onto it): ask again next time.
  void Forget() { known_ = -1; }

 private:
  int known_ = -1;  // -1: not asked yet
};

/// True if B continues line A (see ContinuesLine), with what is known of A and B being agency lines.
bool Continues(const TextLine& a, AgencyLine& a_agency, const TextLine& b, AgencyLine& b_agency);

/// True if A ends where a sentence goes on (an open end, or a long line that is neither closed,
/// complete nor a title), whatever the next line opens with.
bool LeftOpen(const TextLine& a);

/// True when TEXT may end in a year in OCR's brackets, or a number after one (docno_cut_tail_ocr's
/// last characters): the pattern's search over a whole line asked only then.
bool MayEndInOcrYear(std::string_view text);

/// Reads the 文号 whose year in OCR's brackets ended LINE's text before its last join (京建法[2015] /
/// 12号): its year in 〔〕, the join's offset moved by the bytes the brackets gained.
void BracketYearAcrossSeam(TextLine& line);

}  // namespace gazette::normalize_internal

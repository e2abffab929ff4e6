// OCR damage inside a 文号's numbers (internal to src/normalize): letters read for digits in the
// year between 〔〕 and in the number before 号.
#pragma once
#include <string>

namespace gazette::normalize_internal {

/// TEXT with the OCR damage of its 文号 numbers repaired, in place: in 〔2O15〕 and in 〕l2号 (or
/// 〕第l2号), O and o read 0 and l and I read 1, where the run holds a digit as well. Asked of
/// the lines docno_brackets may match (号 and brackets), after it.
void RepairDocnoDigits(std::string& text);

}  // namespace gazette::normalize_internal

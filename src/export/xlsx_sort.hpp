// --sort pinyin: rows ordered by ICU's Chinese collator (pinyin order for Han characters).
#pragma once
#include <vector>

#include "export/xlsx_sheets.hpp"

namespace gazette::xlsx {

/// Orders ROWS by the text of their cell COLUMN with ICU's "zh" collator; equal keys keep
/// their order. Does nothing when COLUMN is -1.
void SortRowsPinyin(std::vector<SheetRow>& rows, int column);

}  // namespace gazette::xlsx

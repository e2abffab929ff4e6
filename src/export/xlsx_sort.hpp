// --sort pinyin: rows ordered by ICU's Chinese collator (pinyin order for Han characters).
#pragma once
#include "export/xlsx_sheets.hpp"

namespace gazette::xlsx {

/// Orders SHEET's rows by the text of its sort_column with ICU's "zh" collator; equal keys keep
/// their order. Does nothing when sort_column is -1.
void SortRowsPinyin(SheetData& sheet);

}  // namespace gazette::xlsx

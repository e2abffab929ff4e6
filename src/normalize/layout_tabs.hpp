// Tabs that lay a line out rather than cut it into a table's cells: a unit's label indented by
// tabs or set off from its text by one (第一条<TAB>为加强…), as word processors and pdftotext print.
#pragma once
#include <string>
#include <string_view>

namespace gazette::normalize_internal {

/// RAW with its tabs read as spaces when they are only layout (line_label_tab: a label's indent or
/// its gap, no tab after its text begins), the copy kept in *BUFFER; else RAW as it is. Asked only
/// of a line that follows no table row (条款<TAB>修改内容 / 第五条<TAB>删除第二款。 is a table).
std::string_view WithoutLayoutTabs(std::string_view raw, std::string* buffer);

}  // namespace gazette::normalize_internal

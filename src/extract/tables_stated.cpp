// The count of a table's list that the notice above it states: 现决定宣布废止失效57件行政规范性
// 文件, 废止《北京市甲管理办法》等3件规范性文件, 对5件市政府规章予以废止 (check compares it with
// the rows).
#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/number.hpp"
#include "util/numerals.hpp"

namespace gazette::tables {

namespace {

// The count group of M: Arabic digits or a Chinese numeral (十二); -1 if neither reads.
int CountOf(const Match& m) {
  const std::string count = Group(m, "count");
  const int digits = DecimalOr(count, -1);
  if (digits >= 0) return digits;
  return ParseChineseNumeral(count).value_or(-1);
}

}  // namespace

void TakeStatedCount(const Document& doc, size_t start, Table& table) {
  static const RxName kWordings[] = {RxName("table_stated_count"), RxName("table_stated_count_listed"),
                                     RxName("table_stated_count_object")};
  for (size_t i = 0; i < start && i < doc.body.size(); ++i) {
    const TextLine& line = doc.body[i];
    if (line.has_tab) continue;
    for (const RxName& wording : kWordings) {
      Match m;
      if (!RxSearch(line.text, wording, m)) continue;
      table.stated = CountOf(m);
      table.stated_line = line.LineAt(static_cast<size_t>(m[0].first - line.text.begin()));
      table.stated_text = m.str(0);
      return;
    }
  }
}

}  // namespace gazette::tables

// Section titles of a catalog table ((二)境外职业资格清单(129项), 二、市政府办公厅文件), printed
// on a line of their own or in the grid as a merged cell (tables_internal.hpp).
#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "util/number.hpp"
#include "util/numerals.hpp"
#include "util/text.hpp"

namespace gazette::tables {

namespace {

// True when TEXT, printed at LINE, is a section title (table_section), read into OUT.
bool ParseSectionText(const std::string& text, int line, SectionLine* out) {
  Match m;
  if (!RxFull(text, "table_section", m)) return false;
  out->title = Trim(Group(m, "label")) + Trim(Group(m, "title"));
  std::string count = Group(m, "count");
  out->declared = count.empty() ? -1 : ParseChineseNumeral(count).value_or(-1);  // 4 or 十一
  out->line = line;
  return true;
}

}  // namespace

bool ParseSection(const TextLine& l, SectionLine* out) { return !l.has_tab && ParseSectionText(l.text, l.line, out); }

bool ParseGridSection(const std::vector<std::string>& cells, int line, SectionLine* out) {
  std::vector<const std::string*> filled;
  for (const auto& cell : cells)
    if (!TrimmedView(cell).empty()) filled.push_back(&cell);
  if (filled.empty() || filled.size() > 2) return false;
  // A group row: a Chinese numeral under 序号 and its title beside it, the two or more other cells
  // of a wider grid blank (一⇥市发展改革委⇥⇥, as 权力清单 group their rows by department): 一、市发展改革委.
  // Not a row of a narrower table numbered 一, 二 whose last cell is blank (一⇥某事项⇥).
  std::string text;
  if (filled.size() == 2) {
    if (cells.size() < 4 || filled[0] != &cells[0] || !RxFull(Trim(cells[0]), "table_group_numeral")) return false;
    text = NormalizeText(Trim(cells[0]) + "、" + Trim(*filled[1]));
  } else {
    text = NormalizeText(Trim(*filled[0]));
  }
  // A title, not a wrapped item of a cell ((一)落实税收优惠政策;): no mark ending a clause, short.
  static constexpr std::u32string_view kClauseEnds = U"。;；,，:：";
  constexpr size_t kMaxTitle = 40;
  if (kClauseEnds.find(LastCodePoint(text)) != std::u32string_view::npos || MoreCodePointsThan(text, kMaxTitle))
    return false;
  return ParseSectionText(text, line, out);
}

}  // namespace gazette::tables

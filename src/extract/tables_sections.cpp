// Section titles of a catalog table ((二)境外职业资格清单(129项), 二、市政府办公厅文件), printed
// on a line of their own or in the grid as a merged cell (tables_internal.hpp).
#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "util/number.hpp"
#include "util/text.hpp"

namespace gazette::tables {

namespace {

// True when TEXT, printed at LINE, is a section title (table_section), read into OUT.
bool ParseSectionText(const std::string& text, int line, SectionLine* out) {
  Match m;
  if (!RxFull(text, "table_section", m)) return false;
  out->title = Trim(Group(m, "label")) + Trim(Group(m, "title"));
  std::string count = Group(m, "count");
  out->declared = count.empty() ? -1 : DecimalOr(count, -1);
  out->line = line;
  return true;
}

}  // namespace

bool ParseSection(const TextLine& l, SectionLine* out) { return !l.has_tab && ParseSectionText(l.text, l.line, out); }

bool ParseGridSection(const std::vector<std::string>& cells, int line, SectionLine* out) {
  const std::string* only = nullptr;
  for (const auto& cell : cells) {
    if (TrimmedView(cell).empty()) continue;
    if (only) return false;
    only = &cell;
  }
  if (!only) return false;
  // A title, not a wrapped item of a cell ((一)落实税收优惠政策;): no mark ending a clause, short.
  const std::string text = NormalizeText(Trim(*only));
  static constexpr std::u32string_view kClauseEnds = U"。;；,，:：";
  constexpr size_t kMaxTitle = 40;
  if (kClauseEnds.find(LastCodePoint(text)) != std::u32string_view::npos || MoreCodePointsThan(text, kMaxTitle))
    return false;
  return ParseSectionText(text, line, out);
}

}  // namespace gazette::tables

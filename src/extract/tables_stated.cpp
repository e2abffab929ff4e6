// The count of a table's list that the notice above it states: 现决定宣布废止失效57件行政规范性
// 文件, 废止《北京市甲管理办法》等3件规范性文件, 对5件市政府规章予以废止 (check compares it with
// the rows).
#include <algorithm>

#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/numerals.hpp"
#include "util/text.hpp"

namespace gazette::tables {

namespace {

// The count group of M: Arabic digits or a Chinese numeral (十二); -1 if neither reads.
int CountOf(const Match& m) { return ParseChineseNumeral(GroupView(m, "count")).value_or(-1); }

// True if TITLE (the document a count names first: 废止《A》等5件) is a row of TABLE, or no title is
// named (对5件…予以废止).
bool ListsFirst(const Table& table, const std::string& title) {
  if (title.empty()) return true;
  const std::string key = StripSpaces(title);
  for (const auto& section : table.sections)
    for (const auto& row : section.rows)
      for (const auto& [column, cell] : row.cells)
        if (!cell.empty() && StripSpaces(cell).find(key) != std::string::npos) return true;
  return false;
}

// The count COUNTS state together when each is of another verb of repeal (废止4件、宣布失效2件:
// the document's one list holds both): their sum, or the count of both verbs at once where one
// gives it (废止失效57件,其中废止40件、失效17件); -1 otherwise.
int RepealCountsTogether(const std::vector<Match>& counts) {
  std::vector<std::string_view> verbs;
  int sum = 0, both = -1;
  for (const auto& m : counts) {
    const std::string_view verb = GroupView(m, "verb");
    const bool repeal = verb.find("废止") != std::string_view::npos, lapse = verb.find("失效") != std::string_view::npos;
    if (!(repeal || lapse) || CountOf(m) < 0 || std::find(verbs.begin(), verbs.end(), verb) != verbs.end()) return -1;
    verbs.push_back(verb);
    sum += CountOf(m);
    if (repeal && lapse) both = CountOf(m);
  }
  return both >= 0 ? both : sum;
}

}  // namespace

void TakeStatedCount(const Document& doc, size_t start, Table& table) {
  static const RxName kWordings[] = {RxName("table_stated_count"), RxName("table_stated_count_listed"),
                                     RxName("table_stated_count_object"), RxName("table_stated_count_announced")};
  for (size_t i = 0; i < start && i < doc.body.size(); ++i) {
    const TextLine& line = doc.body[i];
    if (line.has_tab) continue;
    // The line's counts of this table's list; two that differ (对3件…予以修改,对4件…予以废止) say
    // nothing of which is the table's, unless each is of another verb of repeal (废止4件、宣布失效2件).
    std::vector<Match> counts;
    for (const RxName& wording : kWordings)
      for (auto& m : RxAll(line.text, wording))
        if (ListsFirst(table, Group(m, "first"))) counts.push_back(std::move(m));
    if (counts.empty()) continue;
    // Added up only for a list of both (宣布废止失效的文件目录), or one whose caption says neither.
    const bool both = table.title.find("废止") != std::string::npos && table.title.find("失效") != std::string::npos;
    const bool either = table.title.find("废止") != std::string::npos || table.title.find("失效") != std::string::npos;
    int count = counts.size() > 1 && (both || !either) ? RepealCountsTogether(counts) : -1;
    if (count < 0) {
      count = CountOf(counts.front());
      if (std::any_of(counts.begin(), counts.end(), [&](const Match& m) { return CountOf(m) != count; })) continue;
    }
    table.stated = count;
    table.stated_line = line.LineAt(static_cast<size_t>(counts.front()[0].first - line.text.begin()));
    table.stated_text = std::string(counts.front()[0].first, counts.back()[0].second);  // every count read
    return;
  }
}

}  // namespace gazette::tables

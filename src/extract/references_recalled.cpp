// Repeals of documents recalled by a count rather than named again (…印发了《A》(…)和《B》(…)。…
// 本通知自2018年10月1日起施行,上述两个文件同时废止。): the documents last named together.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/numerals.hpp"

namespace gazette::refs {

namespace {

// The key a citation's document is told apart by: its 文号, else its title.
std::string DocumentKey(const Reference& r) { return r.to.empty() ? r.title : r.to; }

// Adds to OUT a repeal, stated at LINE by TEXT from DAY on, of the COUNT documents cited together
// on the last line before LINE that cites exactly so many (…先后印发了《A》(…)和《B》(…)): the
// documents a count recalls are named together; none when no line names so many.
void RepealLastCited(std::vector<Reference>& out, int line, const std::string& text, const std::optional<Date>& day,
                     int count) {
  std::vector<size_t> named;  // the references of the line being looked at, one per document
  std::set<std::string> seen;
  int at = 0;                 // that line
  auto recalled = [&] { return static_cast<int>(named.size()) == count; };
  for (size_t k = out.size(); k-- > 0;) {
    const Reference& r = out[k];
    if (r.line >= line || DocumentKey(r).empty()) continue;
    if (r.line != at) {
      if (recalled()) break;
      named.clear();
      seen.clear();
      at = r.line;
    }
    if (seen.insert(DocumentKey(r)).second) named.push_back(k);
  }
  if (!recalled()) return;
  for (auto it = named.rbegin(); it != named.rend(); ++it) {  // in the order they were cited
    Reference r = out[*it];
    r.type = Relation::kRepeals;
    r.text = text;
    r.line = line;
    r.date = day;
    out.push_back(std::move(r));
  }
}

}  // namespace

void RepealRecalled(const Document& doc, std::vector<Reference>& out) {
  if (out.empty()) return;  // nothing cited to recall
  for (const auto& l : doc.body) {
    // The pattern's literal prefilter first: most lines hold none of its words.
    if (!RxMayMatch(l.text, "refs_repeal_recalled"_rx)) continue;
    Match m;
    if (!RxSearch(l.text, "refs_repeal_recalled"_rx, m)) continue;
    const std::optional<int> count = ParseChineseNumeral(GroupView(m, "n"));
    if (!count || *count < 1) continue;
    const std::string before = l.text.substr(0, static_cast<size_t>(m.position(size_t(0))));
    RepealLastCited(out, l.LineAt(static_cast<size_t>(m.position(size_t(0)))), l.text, FromDate(before), *count);
  }
}

}  // namespace gazette::refs

// What `check` reports about references: a 文号 whose number cannot be read, and a repeal
// statement (…同时废止。) whose verb has no title as its object.
#include <algorithm>
#include <set>

#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// A docno-number finding for every 文号 in TEXT (printed at LINE) whose number does not fit.
void CheckNumbers(const std::string& text, int line, const std::string& source, std::vector<Finding>& out) {
  for (const auto& d : FindDocnos(text))
    if (!d.number_ok)
      out.push_back({source, line, "docno-number",
                     "the number of " + text.substr(d.begin, d.end - d.begin) + " cannot be read (out of range)"});
}

// A repeal-unattached finding for each sentence of TEXT that states a repeal (refs_repeal_statement)
// when no repeal (or repeal of a part, an amendment) was read on its lines LINE to LAST_LINE, unless its object is a
// count of documents listed apart (refs_repeal_counted).
void CheckRepealStatements(const std::string& text, int line, int last_line, const std::set<int>& repeal_lines,
                           const std::string& source, std::vector<Finding>& out) {
  // A repeal read on any printed line the text joins (…省人民 / 政府发布的《A》同时废止).
  if (auto at = repeal_lines.lower_bound(line); at != repeal_lines.end() && *at <= std::max(line, last_line)) return;
  Match m;
  if (!RxSearch(text, "refs_repeal_statement", m)) return;
  auto sentence = refs::SentenceAround(text, static_cast<size_t>(m.position(size_t(0))));
  std::string said = Trim(text.substr(sentence.first, sentence.second - sentence.first));
  if (RxFind(said, "refs_repeal_counted")) return;  // its list names the documents
  out.push_back({source, line, "repeal-unattached", "a repeal with no document named as its object: " + said});
}

}  // namespace

std::vector<Finding> CheckReferences(const Document& doc, const std::string& source) {
  std::vector<Finding> out;
  std::set<int> repeal_lines;
  for (const auto& r : doc.references)
    if (r.type == Relation::kRepeals || r.type == Relation::kAmends) repeal_lines.insert(r.line);  // 《A》第五条废止: amends
  if (!doc.docno.empty()) CheckNumbers(doc.docno, doc.docno_line > 0 ? doc.docno_line : doc.line, source, out);
  for (const auto& line : doc.body) {
    CheckNumbers(line.text, line.line, source, out);
    CheckRepealStatements(line.text, line.line, line.last_line, repeal_lines, source, out);
  }
  return out;
}

}  // namespace gazette

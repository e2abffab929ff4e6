#include "diff/diff.hpp"

#include "diff/diff_internal.hpp"
#include "util/text.hpp"

namespace gazette::diff {
namespace {

bool IsAsciiAlnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool IsAcronym(const std::string& run) {
  int letters = 0;
  bool roman = true;
  for (char c : run) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters, roman = roman && (c == 'I' || c == 'V' || c == 'X');
  }
  return letters >= 2 && !roman;
}

/// Calls VISIT(begin, end) for each maximal run of ASCII letters and digits in S.
template <typename F>
void ForEachLatinRun(const std::string& s, F visit) {
  for (size_t i = 0; i < s.size();) {
    if (!IsAsciiAlnum(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsAsciiAlnum(s[j])) ++j;
    visit(i, j);
    i = j;
  }
}

}  // namespace

std::string CellOf(const DiffSide& side, const std::string& key) {
  if (key == "section") return side.section;
  if (key == "table") return side.table;
  for (const auto& c : side.cells)
    if (c.first == key) return c.second;
  return "";
}

std::set<std::string> Acronyms(const std::string& name) {
  std::set<std::string> out;
  std::string form = CompareForm(name);
  ForEachLatinRun(form, [&](size_t b, size_t e) {
    std::string run = form.substr(b, e - b);
    if (IsAcronym(run)) out.insert(run);
  });
  return out;
}

std::string NameKey(const std::string& name) {
  std::string form = CompareForm(name), rest;
  std::set<std::string> acronyms;
  size_t last = 0;
  ForEachLatinRun(form, [&](size_t b, size_t e) {
    std::string run = form.substr(b, e - b);
    if (!IsAcronym(run)) return;
    rest += form.substr(last, b - last);
    acronyms.insert(run);
    last = e;
  });
  rest += form.substr(last);
  rest = MatchForm(ReplaceAll(rest, "()", ""));
  std::string key = rest + "|";
  for (const auto& a : acronyms) key += a + " ";
  return rest.empty() && acronyms.empty() ? "" : key;
}

bool AddFieldDiff(DiffEntry& e, const std::string& field, const std::string& x, const std::string& y) {
  if (CompareForm(x) == CompareForm(y)) return false;
  e.fields.push_back(field);
  e.diffs.push_back({field, DiffText(x, y)});
  return true;
}

DocumentDiff DiffHeader(const SourcedDocument& old_doc, const SourcedDocument& new_doc, Compared what) {
  DocumentDiff d;
  d.what = what;
  d.old_id = old_doc.doc.id;
  d.new_id = new_doc.doc.id;
  d.old_title = old_doc.doc.title;
  d.new_title = new_doc.doc.title;
  d.old_source = old_doc.source;
  d.new_source = new_doc.source;
  return d;
}

DiffCounts DocumentDiff::Count(DiffUnit unit) const {
  DiffCounts c;
  for (const auto& e : entries) {
    if (e.unit != unit) continue;
    switch (e.change) {
      case Change::kKept:
      case Change::kSame: ++c.kept; break;
      case Change::kChanged: ++c.changed; break;
      case Change::kRenumbered: ++c.renumbered; break;
      case Change::kAdded: ++c.added; break;
      case Change::kRemoved: ++c.removed; break;
    }
  }
  return c;
}

DocumentDiff DiffDocuments(const SourcedDocument& old_doc, const SourcedDocument& new_doc,
                           std::optional<Compared> what, const DiffOptions& options) {
  bool tables = what ? *what == Compared::kTables : HasTableRows(old_doc.doc) && HasTableRows(new_doc.doc);
  return tables ? DiffTables(old_doc, new_doc, options) : DiffArticles(old_doc, new_doc, options);
}

}  // namespace gazette::diff

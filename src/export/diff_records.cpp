#include "export/diff_records.hpp"

#include <cmath>

#include "export/fields.hpp"
#include "util/text.hpp"

namespace gazette {
using namespace diff;
namespace {

std::string Counts(const DiffCounts& c, bool rows) {
  std::string s = rows ? "kept " + std::to_string(c.kept) : "same " + std::to_string(c.kept) + ", renumbered " +
                                                                 std::to_string(c.renumbered);
  return s + ", changed " + std::to_string(c.changed) + ", added " + std::to_string(c.added) + ", removed " +
         std::to_string(c.removed);
}

/// What names a side on one line: a row's name (else its first cell), an article's opening
/// text, a chapter's heading; cut at 40 characters.
std::string Gist(const DiffSide& side) {
  std::string text = CellOf(side, "name");
  if (text.empty()) text = CellOf(side, "title");
  if (text.empty() && !side.cells.empty()) text = side.cells.front().second;
  if (side.cells.empty()) text = side.heading.empty() ? side.text : side.heading;
  text = ReplaceAll(text, "\n", " ");
  std::u32string u = ToU32(text);
  return u.size() > 40 ? ToUtf8(u.substr(0, 40)) + "…" : text;
}

std::string Label(const DiffSide& side) {
  if (side.cells.empty()) return side.label;
  std::string section = side.section;
  size_t close = section.find(')');  // (二)境外职业资格清单 → (二)
  if (StartsWith(section, "(") && close != std::string::npos) section = section.substr(0, close + 1);
  return section + side.label;
}

Record CellsObject(const DiffSide& side) {
  Record cells = Record::object();
  for (const auto& [k, v] : side.cells) cells[k] = v;
  return cells;
}

constexpr Field<DiffSide> kRowSideFields[] = {
    {"seq", [](const DiffSide& s) -> Record { return s.seq; }},
    {"label", [](const DiffSide& s) -> Record { return s.label; }},
    {"section", [](const DiffSide& s) -> Record { return s.section; }},
    {"table", [](const DiffSide& s) -> Record { return s.table; }},
    {"cells", [](const DiffSide& s) -> Record { return CellsObject(s); }},
    {"source", [](const DiffSide& s) -> Record { return s.source; }},
    {"line", [](const DiffSide& s) -> Record { return s.line; }},
};

constexpr Field<DiffSide> kArticleSideFields[] = {
    {"id", [](const DiffSide& s) -> Record { return s.id; }},
    {"label", [](const DiffSide& s) -> Record { return s.label; }},
    {"section", [](const DiffSide& s) -> Record { return s.section; }},
    {"heading", [](const DiffSide& s) -> Record { return s.heading; }},
    {"text", [](const DiffSide& s) -> Record { return s.text; }},
    {"source", [](const DiffSide& s) -> Record { return s.source; }},
    {"line", [](const DiffSide& s) -> Record { return s.line; }},
};

bool IsRow(const DiffSide& side) { return !side.cells.empty() || !side.seq.empty(); }

Record SideJson(const std::optional<DiffSide>& side) {
  if (!side) return nullptr;
  return IsRow(*side) ? RecordOf(kRowSideFields, *side) : RecordOf(kArticleSideFields, *side);
}

Record DiffsObject(const DiffEntry& e) {
  Record diffs = Record::object();
  for (const auto& f : e.diffs) diffs[f.field] = SpansJson(f.diff.unified);
  return diffs;
}

/// An entry with the comparison it belongs to.
struct EntryOf {
  const DocumentDiff& diff;
  const DiffEntry& entry;
};

constexpr Field<EntryOf> kEntryFields[] = {
    {"old_doc", [](const EntryOf& x) -> Record { return x.diff.old_id; }},
    {"new_doc", [](const EntryOf& x) -> Record { return x.diff.new_id; }},
    {"unit", [](const EntryOf& x) -> Record { return ToString(x.entry.unit); }},
    {"change", [](const EntryOf& x) -> Record { return ToString(x.entry.change); }},
    {"old", [](const EntryOf& x) -> Record { return SideJson(x.entry.old_side); }},
    {"new", [](const EntryOf& x) -> Record { return SideJson(x.entry.new_side); }},
    {"fields", [](const EntryOf& x) -> Record { return x.entry.fields; }},
    {"similarity", [](const EntryOf& x) -> Record { return std::round(x.entry.similarity * 1000) / 1000; }},
    {"diff", [](const EntryOf& x) -> Record { return DiffsObject(x.entry); }},
};

}  // namespace

std::vector<std::string> DiffRecordKeys() { return KeysOf(kEntryFields); }

nlohmann::ordered_json SpansJson(const std::vector<DiffSpan>& spans) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& s : spans)
    out.push_back({s.op == DiffSpan::Op::kEqual ? "=" : s.op == DiffSpan::Op::kDelete ? "-" : "+", s.text});
  return out;
}

std::string DiffSummary(const DocumentDiff& d) {
  if (d.what == Compared::kTables) return Counts(d.Count(diff::DiffUnit::kRow), true);
  std::string s = Counts(d.Count(diff::DiffUnit::kArticle), false);
  DiffCounts chapters = d.Count(diff::DiffUnit::kChapter);
  if (chapters.kept + chapters.changed + chapters.renumbered + chapters.added + chapters.removed > 0)
    s += "; chapters: " + Counts(chapters, false);
  return s;
}

void WriteDiffText(std::ostream& out, const DocumentDiff& d) {
  out << d.old_id << " → " << d.new_id << " (" << ToString(d.what) << ")\n" << DiffSummary(d) << "\n";
  for (const auto& e : d.entries) {
    if (e.change == Change::kKept || e.change == Change::kSame) continue;
    out << ToString(e.change) << "\t" << (e.unit == diff::DiffUnit::kChapter ? "chapter " : "");
    out << (e.old_side ? Label(*e.old_side) : "-") << " → " << (e.new_side ? Label(*e.new_side) : "-") << "\t";
    const DiffSide& shown = e.new_side ? *e.new_side : *e.old_side;
    out << Gist(shown) << "\t" << (e.fields.empty() ? "-" : Join(e.fields, ",")) << "\t";
    out << (e.old_side ? e.old_side->source + ":" + std::to_string(e.old_side->line) : "-") << " → "
        << (e.new_side ? e.new_side->source + ":" + std::to_string(e.new_side->line) : "-") << "\n";
  }
}

std::vector<Record> DiffRecords(const DocumentDiff& d) {
  std::vector<Record> records;
  for (const auto& e : d.entries) records.push_back(RecordOf(kEntryFields, {d, e}));
  return records;
}

}  // namespace gazette

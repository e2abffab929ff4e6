#include "export/flat_records.hpp"

#include "export/fields.hpp"
#include "xref/status.hpp"

namespace gazette {
namespace {

// A document as records name it: its 文号, or its id when none is printed.
std::string DocumentKey(const Document& doc) { return doc.docno.empty() ? doc.id : doc.docno; }

/// An article node with the issue and document it is printed in.
struct ArticleAt {
  const Issue& issue;
  const Document& doc;
  const ArticleNode& node;
};

constexpr Field<ArticleAt> kArticleFields[] = {
    {"source", [](const ArticleAt& a) -> Record { return a.issue.source; }},
    {"docno", [](const ArticleAt& a) -> Record { return DocumentKey(a.doc); }},
    {"instrument", [](const ArticleAt& a) -> Record { return a.node.instrument; }},
    {"id", [](const ArticleAt& a) -> Record { return a.node.id; }},
    {"kind", [](const ArticleAt& a) -> Record { return ToString(a.node.kind); }},
    {"num", [](const ArticleAt& a) -> Record { return a.node.num; }},
    {"label", [](const ArticleAt& a) -> Record { return a.node.label; }},
    {"heading", [](const ArticleAt& a) -> Record { return a.node.heading; }},
    {"text", [](const ArticleAt& a) -> Record { return a.node.text; }},
    {"line", [](const ArticleAt& a) -> Record { return a.node.line; }},
};

/// A catalog table row with its section, table, document and issue.
struct RowAt {
  const Issue& issue;
  const Document& doc;
  const Table& table;
  const TableSection& section;
  const TableRow& row;
};

Record CellsObject(const TableRow& row) {
  Record cells = Record::object();
  for (const auto& [k, v] : row.cells) cells[k] = v;
  return cells;
}

/// The key of the cells object in a table-row record (spread into columns for CSV/TSV).
constexpr std::string_view kCellsKey = "cells";

constexpr Field<RowAt> kTableRowFields[] = {
    {"source", [](const RowAt& r) -> Record { return r.issue.source; }},
    {"docno", [](const RowAt& r) -> Record { return DocumentKey(r.doc); }},
    {"table", [](const RowAt& r) -> Record { return r.table.index; }},
    {"section", [](const RowAt& r) -> Record { return r.section.title; }},
    {"seq", [](const RowAt& r) -> Record { return r.row.seq; }},
    {kCellsKey, [](const RowAt& r) -> Record { return CellsObject(r.row); }},
    {"line", [](const RowAt& r) -> Record { return r.row.line; }},
};

/// A deadline with the issue and document that state it.
struct DeadlineAt {
  const Issue& issue;
  const Document& doc;
  const Deadline& deadline;
};

constexpr Field<DeadlineAt> kDeadlineFields[] = {
    {"source", [](const DeadlineAt& d) -> Record { return d.issue.source; }},
    {"docno", [](const DeadlineAt& d) -> Record { return DocumentKey(d.doc); }},
    {"kind", [](const DeadlineAt& d) -> Record { return ToString(d.deadline.kind); }},
    {"date", [](const DeadlineAt& d) -> Record { return DateText(d.deadline.date); }},
    {"precision", [](const DeadlineAt& d) -> Record { return PrecisionOf(d.deadline.date); }},
    {"amount", [](const DeadlineAt& d) -> Record { return d.deadline.amount; }},
    {"unit", [](const DeadlineAt& d) -> Record { return ToString(d.deadline.unit); }},
    {"trigger", [](const DeadlineAt& d) -> Record { return d.deadline.trigger; }},
    {"text", [](const DeadlineAt& d) -> Record { return d.deadline.text; }},
    {"line", [](const DeadlineAt& d) -> Record { return d.deadline.line; }},
    // The document's own date or period, not one it quotes, narrates or gives another document.
    {"own", [](const DeadlineAt& d) -> Record { return d.deadline.of_document; }},
};

/// A document's standing by date on a day, as `deadlines --as-of` adds it to each record.
struct StandingOn {
  const std::string& as_of;   ///< ISO day, as given
  const std::string& status;  ///< LegalStatus spelled
};

constexpr Field<StandingOn> kStandingFields[] = {
    {"as_of", [](const StandingOn& s) -> Record { return s.as_of; }},
    {"status", [](const StandingOn& s) -> Record { return s.status; }},
};

constexpr Field<CorpusReference> kReferenceFields[] = {
    {"source", [](const CorpusReference& r) -> Record { return r.source.str(); }},
    {"from", [](const CorpusReference& r) -> Record { return r.from.str(); }},
    {"type", [](const CorpusReference& r) -> Record { return ToString(r.type); }},
    {"to", [](const CorpusReference& r) -> Record { return r.to; }},
    {"title", [](const CorpusReference& r) -> Record { return r.title; }},
    {"resolved", [](const CorpusReference& r) -> Record { return r.resolved; }},
    {"text", [](const CorpusReference& r) -> Record { return r.text.str(); }},
    {"line", [](const CorpusReference& r) -> Record { return r.line; }},
};

constexpr Field<Finding> kFindingFields[] = {
    {"source", [](const Finding& f) -> Record { return f.source; }},
    {"line", [](const Finding& f) -> Record { return f.line; }},
    {"kind", [](const Finding& f) -> Record { return f.kind; }},
    {"message", [](const Finding& f) -> Record { return f.message; }},
};

}  // namespace

std::vector<std::string> ArticleRecordKeys() { return KeysOf(kArticleFields); }

Record ArticleRecord(const Issue& issue, const Document& doc, const ArticleNode& node) {
  return RecordOf(kArticleFields, {issue, doc, node});
}

std::vector<std::string> TableRowRecordKeys() { return KeysOf(kTableRowFields); }

Record TableRowRecord(const Issue& issue, const Document& doc, const Table& t, const TableSection& s,
                      const TableRow& r) {
  return RecordOf(kTableRowFields, {issue, doc, t, s, r});
}

std::vector<std::string> FlatTableRecordKeys() {
  std::vector<std::string> keys;
  for (const auto& f : kTableRowFields)
    if (f.key != kCellsKey) keys.emplace_back(f.key);
  return keys;
}

std::string FlatTableKey(const std::string& key) {
  for (const auto& f : kTableRowFields)
    if (f.key == key) return "cell_" + key;
  return key;
}

Record FlattenTableRecord(const Record& record) {
  Record flat;
  for (const auto& [k, v] : record.items()) {
    if (k == kCellsKey) continue;
    flat[k] = v;
  }
  for (const auto& [k, v] : record.at(std::string(kCellsKey)).items()) flat[FlatTableKey(k)] = v;
  return flat;
}

std::vector<std::string> DeadlineRecordKeys(bool standing) {
  std::vector<std::string> keys = KeysOf(kDeadlineFields);
  if (standing)
    for (auto& k : KeysOf(kStandingFields)) keys.push_back(std::move(k));
  return keys;
}

Record DeadlineRecord(const Issue& issue, const Document& doc, const Deadline& d) {
  return RecordOf(kDeadlineFields, {issue, doc, d});
}

std::vector<Record> DeadlineRecords(const Issue& issue, const Document& doc, const std::string& as_of,
                                    int expiring_within) {
  std::vector<Record> out;
  std::optional<Day> day = ParseIsoDay(as_of);
  if (expiring_within >= 0 && (!day || !ExpiresWithin(doc, *day, expiring_within))) return out;
  std::string status = as_of.empty() ? "" : ToString(StatusByDate(doc, day).status);
  for (const auto& d : doc.deadlines) {
    Record r = DeadlineRecord(issue, doc, d);
    if (!as_of.empty()) AddFields(r, kStandingFields, {as_of, status});
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::string> ReferenceRecordKeys() { return KeysOf(kReferenceFields); }

Record ReferenceRecord(const CorpusReference& r) { return RecordOf(kReferenceFields, r); }

std::vector<std::string> FindingRecordKeys() { return KeysOf(kFindingFields); }

Record FindingRecord(const Finding& f) { return RecordOf(kFindingFields, f); }

}  // namespace gazette

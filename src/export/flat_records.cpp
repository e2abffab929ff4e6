#include "export/flat_records.hpp"

#include "xref/status.hpp"

namespace gazette {
namespace {

// A document as records name it: its 文号, or its id when none is printed.
std::string DocumentKey(const Document& doc) { return doc.docno.empty() ? doc.id : doc.docno; }

}  // namespace

const std::vector<std::string>& ArticleRecordKeys() {
  static const std::vector<std::string> keys = {"source", "docno", "instrument", "id",   "kind",
                                                "num",    "label", "heading",    "text", "line"};
  return keys;
}

Record ArticleRecord(const Issue& issue, const Document& doc, const ArticleNode& node) {
  Record r;
  r["source"] = issue.source;
  r["docno"] = DocumentKey(doc);
  r["instrument"] = node.instrument;
  r["id"] = node.id;
  r["kind"] = ToString(node.kind);
  r["num"] = node.num;
  r["label"] = node.label;
  r["heading"] = node.heading;
  r["text"] = node.text;
  r["line"] = node.line;
  return r;
}

const std::vector<std::string>& TableRowRecordKeys() {
  static const std::vector<std::string> keys = {"source", "docno", "table", "section", "seq", "cells", "line"};
  return keys;
}

Record TableRowRecord(const Issue& issue, const Document& doc, const Table& t, const TableSection& s,
                      const TableRow& r) {
  Record rec;
  rec["source"] = issue.source;
  rec["docno"] = DocumentKey(doc);
  rec["table"] = t.index;
  rec["section"] = s.title;
  rec["seq"] = r.seq;
  Record cells = Record::object();
  for (const auto& [k, v] : r.cells) cells[k] = v;
  rec["cells"] = cells;
  rec["line"] = r.line;
  return rec;
}

std::string FlatTableKey(const std::string& key) {
  for (const auto& k : TableRowRecordKeys())
    if (k == key) return "cell_" + key;
  return key;
}

Record FlattenTableRecord(const Record& record) {
  Record flat;
  for (const auto& [k, v] : record.items()) {
    if (k == "cells") continue;
    flat[k] = v;
  }
  for (const auto& [k, v] : record.at("cells").items()) flat[FlatTableKey(k)] = v;
  return flat;
}

std::vector<std::string> DeadlineRecordKeys(bool standing) {
  std::vector<std::string> keys = {"source", "docno", "kind",    "date", "precision",
                                   "amount", "unit",  "trigger", "text", "line"};
  if (standing) keys.insert(keys.end(), {"as_of", "status"});
  return keys;
}

Record DeadlineRecord(const Issue& issue, const Document& doc, const Deadline& d) {
  Record r;
  r["source"] = issue.source;
  r["docno"] = DocumentKey(doc);
  r["kind"] = ToString(d.kind);
  r["date"] = ToIso(d.date);
  r["precision"] = PrecisionOf(d.date);
  r["amount"] = d.amount;
  r["unit"] = ToString(d.unit);
  r["trigger"] = d.trigger;
  r["text"] = d.text;
  r["line"] = d.line;
  return r;
}

std::vector<Record> DeadlineRecords(const Issue& issue, const Document& doc, const std::string& as_of,
                                    int expiring_within) {
  std::vector<Record> out;
  std::optional<Day> day = ParseIsoDay(as_of);
  if (expiring_within >= 0 && (!day || !ExpiresWithin(doc, *day, expiring_within))) return out;
  std::string status = as_of.empty() ? "" : ToString(StatusByDate(doc, day).status);
  for (const auto& d : doc.deadlines) {
    Record r = DeadlineRecord(issue, doc, d);
    if (!as_of.empty()) r["as_of"] = as_of, r["status"] = status;
    out.push_back(std::move(r));
  }
  return out;
}

const std::vector<std::string>& ReferenceRecordKeys() {
  static const std::vector<std::string> keys = {"source", "from", "type", "to", "title", "resolved", "text", "line"};
  return keys;
}

Record ReferenceRecord(const CorpusReference& r) {
  Record rec;
  rec["source"] = r.source;
  rec["from"] = r.from;
  rec["type"] = ToString(r.ref.type);
  rec["to"] = r.ref.to;
  rec["title"] = r.ref.title;
  rec["resolved"] = r.ref.resolved;
  rec["text"] = r.ref.text;
  rec["line"] = r.ref.line;
  return rec;
}

const std::vector<std::string>& FindingRecordKeys() {
  static const std::vector<std::string> keys = {"source", "line", "kind", "message"};
  return keys;
}

Record FindingRecord(const Finding& f) {
  Record r;
  r["source"] = f.source;
  r["line"] = f.line;
  r["kind"] = f.kind;
  r["message"] = f.message;
  return r;
}

}  // namespace gazette

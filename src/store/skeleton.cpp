// Reading documents back from the index as the skeleton the corpus reads.
#include <nlohmann/json.hpp>

#include "store/rows.hpp"

namespace gazette::store {

const char* const kRefColumns =
    "r.source, r.from_id, r.type, r.to_docno, r.title, r.resolved, r.target_id, r.text, r.line, r.to_printed, "
    "r.alias, r.date, r.id, r.document_id";

std::string CorpusOrder(const std::string& t) { return "i.source, " + t + ".id"; }

CorpusReference ReadReference(Stmt& q, int c) {
  CorpusReference r;
  r.source = q.Text(c);
  r.from = q.Text(c + 1);
  r.ref.type = q.Spelled(c + 2, Relation::kCites);
  r.ref.to = q.Text(c + 3);
  r.ref.title = q.Text(c + 4);
  r.ref.resolved = q.Int(c + 5) != 0;
  r.ref.target_id = q.Text(c + 6);
  r.ref.text = q.Text(c + 7);
  r.ref.line = static_cast<int>(q.Int(c + 8));
  r.ref.to_printed = q.Text(c + 9);
  r.ref.alias = q.Text(c + 10);
  r.ref.date = q.DateAt(c + 11);
  return r;
}

namespace {

std::vector<std::string> JsonStrings(const std::string& text) {
  std::vector<std::string> out;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

// Fills each document's deadlines (and references) from the rows of its ids.
void AttachDetails(Db& db, std::vector<StoredDocument>& docs, const std::string& where, const std::string& arg,
                   bool with_refs) {
  std::map<int64_t, StoredDocument*> by_row;
  for (auto& d : docs) by_row[d.rowid] = &d;
  std::string filter = where.empty() ? "" : " AND x.document_id IN (SELECT d.id FROM documents d WHERE " + where + ")";
  Stmt q(db, "SELECT x.document_id, x.kind, x.date, x.precision, x.amount, x.unit, x.trigger, x.text, x.line, "
             "x.of_document FROM deadlines x WHERE 1" + filter + " ORDER BY x.id");
  if (!where.empty()) q.Bind(1, arg);
  while (q.Step()) {
    auto it = by_row.find(q.Int(0));
    if (it == by_row.end()) continue;
    Deadline d;
    d.kind = q.Spelled(1, DateKind::kTimeLimit), d.date = q.DateAt(2), d.amount = static_cast<int>(q.Int(4));
    d.unit = q.Spelled(5, TimeUnit::kNone), d.trigger = q.Text(6), d.text = q.Text(7), d.line = static_cast<int>(q.Int(8));
    d.of_document = q.Int(9) != 0;
    it->second->doc.deadlines.push_back(std::move(d));
  }
  if (!with_refs) return;
  std::string rfilter = where.empty() ? "" : " AND r.document_id IN (SELECT d.id FROM documents d WHERE " + where + ")";
  Stmt r(db, std::string("SELECT ") + kRefColumns + " FROM refs r WHERE 1" + rfilter + " ORDER BY r.id");
  if (!where.empty()) r.Bind(1, arg);
  while (r.Step()) {
    auto it = by_row.find(r.Int(13));
    if (it == by_row.end()) continue;
    it->second->doc.references.push_back(ReadReference(r, 0).ref);
    it->second->ref_rowids.push_back(r.Int(12));
  }
}

}  // namespace

std::vector<StoredDocument> LoadDocuments(Db& db, const std::string& where, const std::string& arg, bool with_refs) {
  std::vector<StoredDocument> docs;
  Stmt q(db, "SELECT d.id, i.source, i.name, i.date, d.doc_id, d.docno, d.issuers, d.short_title, d.docno_line, "
             "d.header_line, d.date, d.instruments FROM documents d JOIN issues i ON i.id = d.issue_id "
             "WHERE d.printed = 1" + (where.empty() ? "" : " AND " + where) + " ORDER BY i.source, d.ord");
  if (!where.empty()) q.Bind(1, arg);
  while (q.Step()) {
    StoredDocument s;
    s.rowid = q.Int(0);
    s.issue.source = q.Text(1);
    s.issue.name = q.Text(2);
    s.issue.header.date = q.DateAt(3);
    s.doc.id = q.Text(4);
    s.doc.docno = q.Text(5);
    s.doc.issuers = JsonStrings(q.Text(6));
    s.doc.title = q.Text(7);
    s.doc.docno_line = static_cast<int>(q.Int(8));
    s.doc.line = static_cast<int>(q.Int(9));
    s.doc.date = q.DateAt(10);
    for (auto& title : JsonStrings(q.Text(11))) s.doc.instruments.push_back({std::move(title), 0, 0, 0});
    docs.push_back(std::move(s));
  }
  AttachDetails(db, docs, where, arg, with_refs);
  return docs;
}

}  // namespace gazette::store

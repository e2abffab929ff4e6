// Reading documents back from the index as the skeleton the corpus reads.
#include <nlohmann/json.hpp>

#include <functional>

#include "segment/docno.hpp"
#include "store/rows.hpp"

namespace gazette::store {

const char* const kRefColumns =
    "r.source, r.from_id, r.type, r.to_docno, r.title, r.resolved, r.target_id, r.text, r.line, r.to_printed, "
    "r.alias, r.date, r.id, r.document_id";

std::string CorpusOrder(const std::string& t) { return "i.source, " + t + ".id"; }

namespace {

// The Reference of a refs row read by a statement selecting kRefColumns (from column C on), as
// extraction made it.
Reference ReadExtractedReference(Stmt& q, int c) {
  Reference r;
  r.type = q.Spelled(c + 2, Relation::kCites);
  r.to = q.Text(c + 3);
  r.title = q.Text(c + 4);
  r.resolved = q.Int(c + 5) != 0;
  r.target_id = q.Text(c + 6);
  r.text = q.Text(c + 7);
  r.line = static_cast<int>(q.Int(c + 8));
  r.to_printed = q.Text(c + 9);
  r.alias = q.Text(c + 10);
  r.date = q.DateAt(c + 11);
  return r;
}

}  // namespace

CorpusReference ReadReference(Stmt& q, int c) {
  Reference r = ReadExtractedReference(q, c);
  std::string text = std::move(r.text);
  return CorpusReference::Of(r, q.Text(c), q.Text(c + 1), std::move(text));
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

// Which printed documents to load: a condition on documents d, the same condition on the rows of
// a detail table (deadlines, refs) given its alias, and what is bound to ?1 in both.
struct Selection {
  std::string documents;  // "" for all
  std::function<std::string(const std::string& alias)> details;
  std::function<void(Stmt&)> bind;
};

// Fills each document's deadlines (and references) from the rows of its ids.
void AttachDetails(Db& db, std::vector<StoredDocument>& docs, const Selection& which, bool with_refs) {
  std::map<int64_t, StoredDocument*> by_row;
  for (auto& d : docs) by_row[d.rowid] = &d;
  Stmt q(db, "SELECT x.document_id, x.kind, x.date, x.precision, x.amount, x.unit, x.trigger, x.text, x.line, "
             "x.of_document FROM deadlines x WHERE 1" + which.details("x") + " ORDER BY x.id");
  which.bind(q);
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
  Stmt r(db, std::string("SELECT ") + kRefColumns + " FROM refs r WHERE 1" + which.details("r") + " ORDER BY r.id");
  which.bind(r);
  while (r.Step()) {
    auto it = by_row.find(r.Int(13));
    if (it == by_row.end()) continue;
    it->second->doc.references.push_back(ReadExtractedReference(r, 0));
    it->second->ref_rowids.push_back(r.Int(12));
  }
}

std::vector<StoredDocument> Load(Db& db, const Selection& which, bool with_refs) {
  std::vector<StoredDocument> docs;
  Stmt q(db, "SELECT d.id, i.source, i.name, i.date, d.doc_id, d.docno, d.issuers, d.short_title, d.docno_line, "
             "d.header_line, d.date, d.instruments, d.docno_printed FROM documents d JOIN issues i ON i.id = d.issue_id "
             "WHERE d.printed = 1" + (which.documents.empty() ? "" : " AND " + which.documents) +
             " ORDER BY i.source, d.ord");
  which.bind(q);
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
    s.doc.joint_docnos = OtherJointDocnos(s.doc.docno, q.Text(12));  // its 文号 lines as printed hold them
    docs.push_back(std::move(s));
  }
  AttachDetails(db, docs, which, with_refs);
  return docs;
}

}  // namespace

std::vector<StoredDocument> LoadDocuments(Db& db, const std::string& where, const std::string& arg, bool with_refs) {
  Selection which{where,
                  [&where](const std::string& alias) {
                    return where.empty() ? std::string()
                                         : " AND " + alias + ".document_id IN (SELECT d.id FROM documents d WHERE " +
                                               where + ")";
                  },
                  [&where, &arg](Stmt& q) {
                    if (!where.empty()) q.Bind(1, arg);
                  }};
  return Load(db, which, with_refs);
}

std::vector<StoredDocument> LoadIssueDocuments(Db& db, int64_t issue_id, bool with_refs) {
  // By the detail tables' own issue column (indexed): refs has no index by document.
  Selection which{"d.issue_id = ?1", [](const std::string& alias) { return " AND " + alias + ".issue_id = ?1"; },
                  [issue_id](Stmt& q) { q.Bind(1, issue_id); }};
  return Load(db, which, with_refs);
}

}  // namespace gazette::store

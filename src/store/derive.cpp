// What depends on more than one issue, recomputed over the whole index after each run:
// reference resolution, the stub documents only cited, the lookup keys and every status.
#include <nlohmann/json.hpp>

#include <set>

#include "store/derive.hpp"
#include "store/rows.hpp"
#include "store/schema.hpp"
#include "util/json_text.hpp"
#include "xref/status.hpp"

namespace gazette::store {
namespace {

void WriteResolution(Db& db, const Corpus& corpus, const std::vector<int64_t>& ref_rows) {
  Stmt q(db, "UPDATE refs SET resolved = ?, target_id = ? WHERE id = ?");
  const auto& refs = corpus.references();
  for (size_t i = 0; i < refs.size() && i < ref_rows.size(); ++i)
    q.Bind(1, refs[i].resolved).Bind(2, refs[i].target_id).Bind(3, ref_rows[i]).Run();
}

// Inserts the stubs (documents only cited) after the ROWS of the printed ones.
void WriteStubs(Db& db, const Corpus& corpus, const std::vector<int64_t>& rows) {
  db.Exec("DELETE FROM documents WHERE printed = 0");
  Stmt q(db, "INSERT INTO documents(issue_id, ord, doc_id, docno, title, printed, source, line) "
             "VALUES(NULL, ?, ?, ?, ?, 0, ?, ?)");
  const auto& docs = corpus.documents();
  for (size_t i = rows.size(); i < docs.size(); ++i) {
    q.Bind(1, static_cast<int64_t>(i)).Bind(2, docs[i].id).Bind(3, docs[i].docno).Bind(4, docs[i].title);
    q.Bind(5, docs[i].source).Bind(6, docs[i].line).Run();
  }
}

void WriteKeys(Db& db, const Corpus& corpus) {
  db.Exec("DELETE FROM doc_keys");
  Stmt q(db, "INSERT INTO doc_keys(key, kind, doc_id, ord) VALUES(?, ?, ?, ?)");
  int64_t ord = 0;
  for (const auto& [key, id] : corpus.LookupKeys())
    q.Bind(1, key.key).Bind(2, key.by_id ? "id" : "title").Bind(3, id).Bind(4, ord++).Run();
}

void WriteStatuses(Db& db, const Corpus& corpus, const std::string& as_of) {
  db.Exec("DELETE FROM status");
  Stmt q(db, "INSERT INTO status(doc_id, as_of, status, by_id, date, evidence) VALUES(?,?,?,?,?,?)");
  // One status per id, as `gazette status ID` gives it (copies of a document printed twice share it).
  std::set<std::string> done;
  for (const auto& d : corpus.documents()) {
    if (!done.insert(d.id).second) continue;
    DocumentStatus s = corpus.Status(d.id, as_of);
    nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
    for (const auto& e : s.evidence) evidence.push_back({{"source", e.source}, {"line", e.line}, {"text", e.text}});
    q.Bind(1, d.id).Bind(2, as_of).Bind(3, s.status).Bind(4, s.by).Bind(5, s.since).Bind(6, JsonText(evidence)).Run();
  }
}

}  // namespace

Corpus LoadCorpus(Db& db, const std::string& as_of, std::vector<int64_t>* doc_rows, std::vector<int64_t>* ref_rows) {
  Corpus corpus(as_of);
  // One issue in memory at a time, in corpus order (by source), as AddIssue would add them.
  Stmt issues(db, "SELECT id FROM issues ORDER BY source, id");
  while (issues.Step()) {
    std::vector<StoredDocument> docs = LoadIssueDocuments(db, issues.Int(0), true);
    if (docs.empty()) continue;
    Issue issue = std::move(docs.front().issue);
    for (auto& d : docs) {
      issue.documents.push_back(std::move(d.doc));
      if (doc_rows) doc_rows->push_back(d.rowid);
      if (ref_rows) ref_rows->insert(ref_rows->end(), d.ref_rowids.begin(), d.ref_rowids.end());
    }
    corpus.AddIssue(issue);
  }
  return corpus;
}

Status RebuildDerived(Db& db, const std::string& as_of) {
  Transaction t(db);
  if (!t.begun().ok()) return t.begun();
  std::vector<int64_t> doc_rows, ref_rows;
  Corpus corpus = LoadCorpus(db, as_of, &doc_rows, &ref_rows);
  WriteResolution(db, corpus, ref_rows);
  WriteStubs(db, corpus, doc_rows);
  WriteKeys(db, corpus);
  WriteStatuses(db, corpus, corpus.as_of());
  SetMeta(db, "status_as_of", corpus.as_of());
  SetMeta(db, "derived", "current");
  return t.Commit();
}

}  // namespace gazette::store

// Status, references and deadlines read from the index.
#include <map>
#include <memory>

#include "export/flat_records.hpp"
#include "store/reader.hpp"
#include "store/rows.hpp"
#include "store/schema.hpp"
#include "util/text.hpp"
#include "xref/parts.hpp"
#include "xref/status.hpp"

namespace gazette::store {
namespace {

// The id of the document TYPED names, looked up as Corpus::Find looks it up; "" if none.
std::string FindId(Db& db, const std::string& typed) {
  Stmt q(db, "SELECT doc_id FROM doc_keys WHERE kind = ? AND key = ?");
  for (const auto& k : FindKeys(typed)) {
    q.Bind(1, k.by_id ? "id" : "title").Bind(2, k.key);
    std::string id = q.Step() ? q.Text(0) : "";
    q.Reset();
    if (!id.empty()) return id;
  }
  return "";
}

// The corpus record of the document with ID (the first printed one, else the stub); nullptr if
// none.
std::unique_ptr<CorpusDocument> LoadCorpusDocument(Db& db, const std::string& id) {
  std::vector<StoredDocument> printed = LoadDocuments(db, "d.doc_id = ?1", id, false);
  if (!printed.empty()) return std::make_unique<CorpusDocument>(LightDocument(printed[0].issue, printed[0].doc));
  Stmt q(db, "SELECT doc_id, docno, title, source, line FROM documents WHERE printed = 0 AND doc_id = ? ORDER BY id");
  q.Bind(1, id);
  if (!q.Step()) return nullptr;
  auto stub = std::make_unique<CorpusDocument>();
  stub->id = q.Text(0), stub->docno = q.Text(1), stub->title = q.Text(2), stub->source = q.Text(3);
  stub->line = static_cast<int>(q.Int(4));
  return stub;
}

std::vector<CorpusReference> ReferencesTo(Db& db, const std::string& id) {
  std::vector<CorpusReference> out;
  Stmt q(db, std::string("SELECT ") + kRefColumns + " FROM refs r JOIN issues i ON i.id = r.issue_id " +
                 "WHERE r.target_id = ? ORDER BY " + CorpusOrder("r"));
  q.Bind(1, id);
  while (q.Step()) out.push_back(ReadReference(q, 0));
  return out;
}

Status Open(Db& db, const std::string& path) { return OpenForReading(db, path); }

}  // namespace

Result<IndexStatus> StatusFromIndex(const std::string& db_path, const std::string& key, const std::string& as_of) {
  Db db;
  if (Status s = Open(db, db_path); !s.ok()) return Error{s.message()};
  IndexStatus out;
  out.as_of = Corpus(as_of).as_of();
  std::string id = FindId(db, key);
  std::unique_ptr<CorpusDocument> doc = id.empty() ? nullptr : LoadCorpusDocument(db, id);
  if (!doc) {
    out.status.docno = Trim(key);
    out.status.status = LegalStatus::kUnknown;
    return out;
  }
  std::vector<CorpusReference> refs = ReferencesTo(db, doc->id);
  std::vector<const CorpusReference*> incoming;
  for (const auto& r : refs) incoming.push_back(&r);
  std::map<std::string, std::unique_ptr<CorpusDocument>> citing;
  auto from = [&](const std::string& typed) -> const CorpusDocument* {
    auto it = citing.find(typed);
    if (it == citing.end()) {
      std::string fid = FindId(db, typed);
      it = citing.emplace(typed, fid.empty() ? nullptr : LoadCorpusDocument(db, fid)).first;
    }
    return it->second.get();
  };
  out.status = DecideStatus(*doc, incoming, from, ParseIsoDay(out.as_of), StatusDetail::kFull,
                            PartAsked(IssuedParts(*doc), key));
  if (Status s = db.TakeError(); !s.ok()) return Error{s.message()};
  return out;
}

Status ReferencesFromIndex(const std::string& db_path, const std::string& type, const std::string& doc,
                           const std::function<void(const CorpusReference&)>& emit) {
  Db db;
  if (Status s = Open(db, db_path); !s.ok()) return s;
  std::string id = doc.empty() ? "" : FindId(db, doc);
  if (!doc.empty() && id.empty()) return Error{"refs: no document " + doc + " in the index, printed or cited"};
  Stmt q(db, std::string("SELECT ") + kRefColumns + " FROM refs r JOIN issues i ON i.id = r.issue_id " +
                 "WHERE (?1 = '' OR r.type = ?1) AND (?2 = '' OR r.from_id = ?2 OR r.target_id = ?2) ORDER BY " +
                 CorpusOrder("r"));
  q.Bind(1, type).Bind(2, id);
  while (q.Step()) emit(ReadReference(q, 0));
  return db.TakeError();
}

Status DeadlinesFromIndex(const std::string& db_path, const std::string& as_of, int expiring_within,
                          const std::function<void(const Record&)>& emit) {
  Db db;
  if (Status s = Open(db, db_path); !s.ok()) return s;
  for (const auto& stored : LoadDocuments(db, "", "", false))
    for (const auto& r : DeadlineRecords(stored.issue, stored.doc, as_of, expiring_within)) emit(r);
  return db.TakeError();
}

}  // namespace gazette::store

// Writing and deleting one issue's rows.
#include <nlohmann/json.hpp>

#include "export/search.hpp"
#include "store/rows.hpp"
#include "util/text.hpp"

namespace gazette::store {
namespace {

/// Characters of the next line appended to a line's search key, so a phrase cut by a line
/// break is found: a hit may start in the line and end at most this far into the next.
constexpr size_t kOverlap = 16;

std::string DocKey(const Document& doc) { return doc.docno.empty() ? doc.id : doc.docno; }

int64_t InsertIssue(Db& db, const FileStamp& f, const Issue& issue) {
  Stmt q(db, "INSERT INTO issues(path, source, name, hash, size, mtime, encoding, year, number, total_number, "
             "date, line) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  q.Bind(1, f.path).Bind(2, f.source).Bind(3, issue.name).Bind(4, f.hash).Bind(5, f.size).Bind(6, f.mtime);
  q.Bind(7, f.encoding).Bind(8, issue.header.year).Bind(9, issue.header.number);
  q.Bind(10, issue.header.total_number).Bind(11, issue.header.date).Bind(12, issue.header.line);
  q.Run();
  return db.LastId();
}

int64_t InsertDocument(Db& db, int64_t issue_id, int ord, const Issue& issue, const Document& d) {
  Stmt q(db, "INSERT INTO documents(issue_id, ord, doc_id, docno, docno_printed, title, short_title, issuers, "
             "type, section, title_en, date, printed, source, line, header_line, docno_line, page, instruments) "
             "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?,?)");
  CorpusDocument light = LightDocument(issue, d);
  nlohmann::json instruments = nlohmann::json::array(), issuers = d.issuers;
  for (const auto& in : d.instruments) instruments.push_back(in.title);
  q.Bind(1, issue_id).Bind(2, ord).Bind(3, light.id).Bind(4, d.docno).Bind(5, d.docno_printed);
  q.Bind(6, light.title).Bind(7, d.title).Bind(8, issuers.dump()).Bind(9, d.type).Bind(10, d.section);
  q.Bind(11, d.title_en).Bind(12, d.date).Bind(13, issue.source).Bind(14, light.line).Bind(15, d.line);
  q.Bind(16, d.docno_line).Bind(17, d.page).Bind(18, instruments.dump());
  q.Run();
  return db.LastId();
}

void InsertArticles(Db& db, int64_t issue_id, int64_t doc_row, const Issue& issue, const Document& d) {
  Stmt q(db, "INSERT INTO articles(issue_id, document_id, source, docno, instrument, eid, kind, num, label, "
             "heading, text, line, parent) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& n : d.articles) {
    q.Bind(1, issue_id).Bind(2, doc_row).Bind(3, issue.source).Bind(4, DocKey(d)).Bind(5, n.instrument);
    q.Bind(6, n.id).Bind(7, n.kind).Bind(8, n.num).Bind(9, n.label).Bind(10, n.heading).Bind(11, n.text);
    q.Bind(12, n.line).Bind(13, n.parent);
    q.Run();
  }
}

void InsertTableRows(Db& db, int64_t issue_id, int64_t doc_row, const Issue& issue, const Document& d) {
  Stmt q(db, "INSERT INTO table_rows(issue_id, document_id, source, docno, table_index, section, seq, cells, "
             "line, last_line, total) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& t : d.tables)
    for (const auto& s : t.sections)
      for (const auto& r : s.rows) {
        nlohmann::ordered_json cells = nlohmann::ordered_json::object();
        for (const auto& [k, v] : r.cells) cells[k] = v;
        q.Bind(1, issue_id).Bind(2, doc_row).Bind(3, issue.source).Bind(4, DocKey(d)).Bind(5, t.index);
        q.Bind(6, s.title).Bind(7, r.seq).Bind(8, cells.dump()).Bind(9, r.line).Bind(10, r.last_line);
        q.Bind(11, r.total);
        q.Run();
      }
}

void InsertDeadlines(Db& db, int64_t issue_id, int64_t doc_row, const Issue& issue, const Document& d) {
  Stmt q(db, "INSERT INTO deadlines(issue_id, document_id, source, docno, kind, date, precision, amount, unit, "
             "trigger, text, line, of_document) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& x : d.deadlines) {
    q.Bind(1, issue_id).Bind(2, doc_row).Bind(3, issue.source).Bind(4, DocKey(d)).Bind(5, x.kind);
    q.Bind(6, x.date).Bind(7, PrecisionOf(x.date)).Bind(8, x.amount).Bind(9, x.unit).Bind(10, x.trigger);
    q.Bind(11, x.text).Bind(12, x.line).Bind(13, x.of_document);
    q.Run();
  }
}

void InsertReferences(Db& db, int64_t issue_id, int64_t doc_row, const std::string& from, const Issue& issue,
                      const Document& d) {
  Stmt q(db, "INSERT INTO refs(issue_id, document_id, source, from_id, type, to_docno, title, text, line, "
             "to_printed, alias, date) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& r : d.references) {
    q.Bind(1, issue_id).Bind(2, doc_row).Bind(3, issue.source).Bind(4, from).Bind(5, r.type).Bind(6, r.to);
    q.Bind(7, r.title).Bind(8, r.text).Bind(9, r.line).Bind(10, r.to_printed).Bind(11, r.alias);
    q.Bind(12, r.date);
    q.Run();
  }
}

/// Where each printed line of LINE lies: [[line, documents.id (0: none), article eId], …] for the
/// line's first printed line and each line joined into it.
std::string Places(const Issue& issue, const TextLine& line, const std::map<const Document*, int64_t>& rows,
                   std::map<const Document*, ArticleFinder>& finders) {
  nlohmann::json places = nlohmann::json::array();
  std::vector<int> starts = {line.line};
  for (const auto& [offset, at] : line.joins) starts.push_back(at);
  for (int at : starts) {
    const Document* doc = DocumentAtLine(issue, at);
    if (!doc) {
      places.push_back({at, 0, ""});
      continue;
    }
    auto it = finders.try_emplace(doc, *doc).first;
    places.push_back({at, rows.at(doc), it->second.At(at)});
  }
  return places.dump();
}

std::string Joins(const TextLine& line) {
  nlohmann::json joins = nlohmann::json::array();
  for (const auto& [offset, at] : line.joins) joins.push_back({offset, at});
  return joins.dump();
}

void InsertLines(Db& db, int64_t issue_id, const Issue& issue, const std::vector<TextLine>& lines,
                 const std::map<const Document*, int64_t>& rows) {
  Stmt q(db, "INSERT INTO lines(issue_id, line, last_line, text, joins, places, key) VALUES(?,?,?,?,?,?,?)");
  Stmt fts(db, "INSERT INTO lines_fts(rowid, key) VALUES(?, ?)");
  std::map<const Document*, ArticleFinder> finders;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::u32string key = FoldedKey(lines[i].text);
    if (i + 1 < lines.size()) key += FoldedKey(lines[i + 1].text).substr(0, kOverlap);
    std::string utf8 = ToUtf8(key);
    q.Bind(1, issue_id).Bind(2, lines[i].line).Bind(3, lines[i].last_line).Bind(4, lines[i].text);
    q.Bind(5, Joins(lines[i])).Bind(6, Places(issue, lines[i], rows, finders)).Bind(7, utf8);
    q.Run();
    fts.Bind(1, db.LastId()).Bind(2, utf8).Run();
  }
}

}  // namespace

int64_t WriteIssueRows(Db& db, const FileStamp& file, const Issue& issue, const std::vector<TextLine>& lines) {
  int64_t issue_id = InsertIssue(db, file, issue);
  int ord = 0;
  std::map<const Document*, int64_t> rows;
  for (const auto& d : issue.documents) {
    int64_t row = rows[&d] = InsertDocument(db, issue_id, ord++, issue, d);
    InsertArticles(db, issue_id, row, issue, d);
    InsertTableRows(db, issue_id, row, issue, d);
    InsertDeadlines(db, issue_id, row, issue, d);
    InsertReferences(db, issue_id, row, LightDocument(issue, d).id, issue, d);
  }
  InsertLines(db, issue_id, issue, lines, rows);
  return issue_id;
}

void DeleteIssueRows(Db& db, int64_t issue_id) {
  Stmt fts(db, "INSERT INTO lines_fts(lines_fts, rowid, key) SELECT 'delete', id, key FROM lines WHERE issue_id = ?");
  fts.Bind(1, issue_id).Run();
  for (const char* table : {"lines", "articles", "table_rows", "deadlines", "refs"}) {
    Stmt q(db, std::string("DELETE FROM ") + table + " WHERE issue_id = ?");
    q.Bind(1, issue_id).Run();
  }
  Stmt docs(db, "DELETE FROM documents WHERE issue_id = ?");
  docs.Bind(1, issue_id).Run();
  Stmt issue(db, "DELETE FROM issues WHERE id = ?");
  issue.Bind(1, issue_id).Run();
}

}  // namespace gazette::store

// One issue's rows: made on a parsing job (search keys, JSON, corpus ids), then written by the
// one writing thread with statements prepared once per run; and deleted.
#include <nlohmann/json.hpp>

#include "export/search.hpp"
#include "store/rows.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

namespace gazette::store {
namespace {

/// Characters of the next line appended to a line's search key, so a phrase cut by a line
/// break is found: a hit may start in the line and end at most this far into the next.
constexpr size_t kOverlap = 16;

Value MakeValue(std::string_view text) {
  Value v;
  v.kind = Value::Kind::kText;
  v.text = text;
  return v;
}
Value MakeValue(int64_t number) {
  Value v;
  v.number = number;
  return v;
}
/// VALUE as it is stored (SqlValue: the conversion Stmt::Bind makes).
template <typename T>
Value V(const T& value) {
  return MakeValue(SqlValue(value));
}

Value IssueId() {
  Value v;
  v.kind = Value::Kind::kIssue;
  return v;
}

Value DocumentRow(int position) {
  Value v;
  v.kind = Value::Kind::kDocument;
  v.number = position;
  return v;
}

std::string DocKey(const Document& doc) { return doc.docno.empty() ? doc.id : doc.docno; }

void AddDocument(PreparedIssue& p, int ord, const Issue& issue, const Document& d) {
  CorpusDocument light = LightDocument(issue, d);
  nlohmann::json instruments = nlohmann::json::array(), issuers = d.issuers;
  for (const auto& in : d.instruments) instruments.push_back(in.title);
  p.documents.push_back({IssueId(), V(ord), V(light.id), V(d.docno), V(d.docno_printed), V(light.title), V(d.title),
                         V(JsonText(issuers)), V(d.type), V(d.section), V(d.title_en), V(d.date), V(issue.source),
                         V(light.line), V(d.line), V(d.docno_line), V(d.page), V(JsonText(instruments))});
}

void AddRecords(PreparedIssue& p, int ord, const Issue& issue, const Document& d) {
  std::string key = DocKey(d), from = LightDocument(issue, d).id;
  for (const auto& n : d.articles)
    p.articles.push_back({IssueId(), DocumentRow(ord), V(issue.source), V(key), V(n.instrument), V(n.id), V(n.kind),
                          V(n.num), V(n.label), V(n.heading), V(n.text), V(n.line), V(n.parent)});
  for (const auto& t : d.tables)
    for (const auto& s : t.sections)
      for (const auto& r : s.rows) {
        nlohmann::ordered_json cells = nlohmann::ordered_json::object();
        for (const auto& [k, v] : r.cells) cells[k] = v;
        p.table_rows.push_back({IssueId(), DocumentRow(ord), V(issue.source), V(key), V(t.index), V(s.title),
                                V(r.seq), V(JsonText(cells)), V(r.line), V(r.last_line), V(r.total)});
      }
  for (const auto& x : d.deadlines)
    p.deadlines.push_back({IssueId(), DocumentRow(ord), V(issue.source), V(key), V(x.kind), V(x.date),
                           V(PrecisionOf(x.date)), V(x.amount), V(x.unit), V(x.trigger), V(x.text), V(x.line),
                           V(x.of_document)});
  for (const auto& r : d.references)
    p.refs.push_back({IssueId(), DocumentRow(ord), V(issue.source), V(from), V(r.type), V(r.to), V(r.title),
                      V(r.text), V(r.line), V(r.to_printed), V(r.alias), V(r.date)});
}

/// Where each printed line of LINE lies: its first printed line and each line joined into it,
/// with the document (by position, -1 for none) and the article eId.
Value Places(const Issue& issue, const TextLine& line, const std::map<const Document*, int>& positions,
             std::map<const Document*, ArticleFinder>& finders) {
  Value v;
  v.kind = Value::Kind::kPlaces;
  std::vector<int> starts = {line.line};
  for (const auto& [offset, at] : line.joins) starts.push_back(at);
  for (int at : starts) {
    const Document* doc = DocumentAtLine(issue, at);
    if (!doc) {
      v.places.push_back({at, -1, "\"\""});
      continue;
    }
    auto it = finders.try_emplace(doc, *doc).first;
    v.places.push_back({at, positions.at(doc), JsonText(nlohmann::json(it->second.At(at)))});
  }
  return v;
}

std::string Joins(const TextLine& line) {
  nlohmann::json joins = nlohmann::json::array();
  for (const auto& [offset, at] : line.joins) joins.push_back({offset, at});
  return JsonText(joins);
}

void AddLines(PreparedIssue& p, const Issue& issue, const std::vector<TextLine>& lines,
              const std::map<const Document*, int>& positions) {
  std::map<const Document*, ArticleFinder> finders;
  // Each line's folded key once: a line's search key is its own plus the next one's start.
  std::u32string next = lines.empty() ? U"" : FoldedKey(lines[0].text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::u32string key = std::move(next);
    next = i + 1 < lines.size() ? FoldedKey(lines[i + 1].text) : U"";
    key += next.substr(0, kOverlap);
    p.lines.push_back({IssueId(), V(lines[i].line), V(lines[i].last_line), V(lines[i].text), V(Joins(lines[i])),
                       Places(issue, lines[i], positions, finders), V(ToUtf8(key))});
    p.bytes += lines[i].text.size();
  }
}

/// The places of a line as stored: [[printed line, documents.id or 0, eId], …].
std::string PlacesJson(const std::vector<PlacePiece>& places, const std::vector<int64_t>& documents) {
  std::string out = "[";
  for (const auto& p : places) {
    if (out.size() > 1) out += ',';
    out += '[' + std::to_string(p.line) + ',' + std::to_string(p.document < 0 ? 0 : documents.at(p.document)) +
           ',' + p.eid_json + ']';
  }
  return out + "]";
}

/// Binds ROW to Q's parameters (the texts stay ROW's until Q is reset) and runs Q.
void InsertRow(Stmt& q, const RowValues& row, int64_t issue_id, const std::vector<int64_t>& documents) {
  for (size_t i = 0; i < row.size(); ++i) {
    const Value& v = row[i];
    int at = static_cast<int>(i + 1);
    switch (v.kind) {
      case Value::Kind::kText: q.BindView(at, v.text); break;
      case Value::Kind::kInt: q.Bind(at, v.number); break;
      case Value::Kind::kIssue: q.Bind(at, issue_id); break;
      case Value::Kind::kDocument: q.Bind(at, documents.at(v.number)); break;
      case Value::Kind::kPlaces: q.Bind(at, PlacesJson(v.places, documents)); break;
    }
  }
  q.Run();
}

/// The column of a lines row that holds its search key.
constexpr size_t kKeyColumn = 6;

}  // namespace

PreparedIssue PrepareIssueRows(const FileStamp& f, const Issue& issue, const std::vector<TextLine>& lines) {
  PreparedIssue p;
  p.issue = {V(f.path), V(f.source), V(issue.name), V(f.hash), V(f.size), V(f.mtime), V(f.encoding),
             V(issue.header.year), V(issue.header.number), V(issue.header.total_number), V(issue.header.date),
             V(issue.header.line)};
  std::map<const Document*, int> positions;
  int ord = 0;
  for (const auto& d : issue.documents) {
    positions[&d] = ord;
    AddDocument(p, ord, issue, d);
    AddRecords(p, ord++, issue, d);
  }
  AddLines(p, issue, lines, positions);
  return p;
}

IssueWriter::IssueWriter(Db& db)
    : db_(db),
      issues_(db, "INSERT INTO issues(path, source, name, hash, size, mtime, encoding, year, number, total_number, "
                  "date, line) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
      documents_(db, "INSERT INTO documents(issue_id, ord, doc_id, docno, docno_printed, title, short_title, "
                     "issuers, type, section, title_en, date, source, line, header_line, docno_line, page, "
                     "instruments, printed) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"),
      articles_(db, "INSERT INTO articles(issue_id, document_id, source, docno, instrument, eid, kind, num, label, "
                    "heading, text, line, parent) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      table_rows_(db, "INSERT INTO table_rows(issue_id, document_id, source, docno, table_index, section, seq, "
                      "cells, line, last_line, total) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
      deadlines_(db, "INSERT INTO deadlines(issue_id, document_id, source, docno, kind, date, precision, amount, "
                     "unit, trigger, text, line, of_document) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      refs_(db, "INSERT INTO refs(issue_id, document_id, source, from_id, type, to_docno, title, text, line, "
                "to_printed, alias, date) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
      lines_(db, "INSERT INTO lines(issue_id, line, last_line, text, joins, places, key) VALUES(?,?,?,?,?,?,?)"),
      fts_(db, "INSERT INTO lines_fts(rowid, key) VALUES(?, ?)") {}

int64_t IssueWriter::Write(const PreparedIssue& p) {
  std::vector<int64_t> documents;
  InsertRow(issues_, p.issue, 0, documents);
  int64_t issue_id = db_.LastId();
  for (const auto& row : p.documents) {
    InsertRow(documents_, row, issue_id, documents);
    documents.push_back(db_.LastId());
  }
  for (const auto& row : p.articles) InsertRow(articles_, row, issue_id, documents);
  for (const auto& row : p.table_rows) InsertRow(table_rows_, row, issue_id, documents);
  for (const auto& row : p.deadlines) InsertRow(deadlines_, row, issue_id, documents);
  for (const auto& row : p.refs) InsertRow(refs_, row, issue_id, documents);
  for (const auto& row : p.lines) {
    InsertRow(lines_, row, issue_id, documents);
    fts_.Bind(1, db_.LastId()).BindView(2, row[kKeyColumn].text);
    fts_.Run();
  }
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

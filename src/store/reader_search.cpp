// Full-text search through the index: FTS5 with the trigram tokenizer, ranked by bm25.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "export/fields.hpp"
#include "store/reader.hpp"
#include "store/rows.hpp"
#include "store/schema.hpp"
#include "util/text.hpp"

namespace gazette::store {
namespace {

constexpr size_t kTrigram = 3;  // the shortest term the trigram index can answer

// TEXT cut into words and "quoted phrases"; QUOTED tells which were quoted.
std::vector<std::string> Words(const std::string& text, std::vector<bool>* quoted) {
  std::vector<std::string> words;
  std::string word;
  bool in_quote = false;
  auto flush = [&](bool q) {
    if (!word.empty() || q) words.push_back(word), quoted->push_back(q);
    word.clear();
  };
  for (char c : text) {
    if (c == '"') {
      flush(in_quote);
      in_quote = !in_quote;
    } else if (!in_quote && (c == ' ' || c == '\t' || c == '\n')) {
      flush(false);
    } else {
      word += c;
    }
  }
  flush(in_quote);
  return words;
}

// An FTS5 phrase for KEY: in double quotes, a quote doubled.
std::string Phrase(const std::u32string& key) { return "\"" + ReplaceAll(ToUtf8(key), "\"", "\"\"") + "\""; }

bool AllLong(const SearchQuery& q) {
  for (const auto& group : q)
    for (const auto& term : group)
      if (term.size() < kTrigram) return false;
  return true;
}

std::string FtsExpression(const SearchQuery& q) {
  std::vector<std::string> groups;
  for (const auto& group : q) {
    std::vector<std::string> terms;
    for (const auto& t : group) terms.push_back(Phrase(t));
    groups.push_back("(" + Join(terms, " AND ") + ")");
  }
  return Join(groups, " OR ");
}

// The SQL condition on lines l for a scan (some term shorter than a trigram), with its texts.
std::string ScanCondition(const SearchQuery& q, std::vector<std::string>* args) {
  std::vector<std::string> groups;
  for (const auto& group : q) {
    std::vector<std::string> terms;
    for (const auto& t : group) {
      args->push_back(ToUtf8(t));
      terms.push_back("instr(l.key, ?" + std::to_string(args->size()) + ") > 0");
    }
    groups.push_back("(" + Join(terms, " AND ") + ")");
  }
  return Join(groups, " OR ");
}

// A stored line as the search reads it.
struct Row {
  std::string source;
  TextLine line;
  nlohmann::json places;
  double score = 0;
};

TextLine MakeLine(const std::string& text, int line, int last, const std::string& joins) {
  TextLine t;
  t.text = text, t.line = line, t.last_line = last;
  auto j = nlohmann::json::parse(joins, nullptr, false);
  if (j.is_array())
    for (const auto& p : j) t.joins.emplace_back(p[0].get<size_t>(), p[1].get<int>());
  return t;
}

// ROW's text with the next line of its issue appended, as one line (joins kept).
TextLine WithNext(Stmt& next, int64_t id, const TextLine& own) {
  next.Bind(1, id);
  TextLine joined = own;
  if (next.Step()) {
    TextLine n = MakeLine(next.Text(0), static_cast<int>(next.Int(1)), static_cast<int>(next.Int(2)), next.Text(3));
    size_t shift = joined.text.size();
    joined.joins.emplace_back(shift, n.line);
    for (const auto& [offset, at] : n.joins) joined.joins.emplace_back(shift + offset, at);
    joined.text += n.text;
    joined.last_line = n.last_line;
  }
  next.Reset();
  return joined;
}

// The 文号 and id of each document row, read once.
class DocumentNames {
 public:
  explicit DocumentNames(Db& db) : q_(db, "SELECT docno, doc_id FROM documents WHERE id = ?") {}
  const std::pair<std::string, std::string>& Of(int64_t row) {
    auto it = names_.find(row);
    if (it != names_.end()) return it->second;
    q_.Bind(1, row);
    std::pair<std::string, std::string> name;
    if (q_.Step()) name = {q_.Text(0), q_.Text(1)};
    q_.Reset();
    return names_.emplace(row, std::move(name)).first->second;
  }

 private:
  Stmt q_;
  std::map<int64_t, std::pair<std::string, std::string>> names_;
};

// Sets H's docno, document and article from its line's places.
void Place(SearchHit& h, const nlohmann::json& places, DocumentNames& names) {
  for (const auto& p : places) {
    if (p[0].get<int>() > h.line) break;
    int64_t row = p[1].get<int64_t>();
    h.docno = row ? names.Of(row).first : "";
    h.document = row ? names.Of(row).second : "";
    h.article = p[2].get<std::string>();
  }
}

// The hits of every term of Q in ROW that start in the row's own line.
std::vector<SearchHit> HitsIn(Stmt& next, DocumentNames& names, int64_t id, const Row& row, const SearchQuery& q,
                              int context) {
  TextLine joined = WithNext(next, id, row.line);
  std::vector<SearchHit> hits;
  std::vector<std::u32string> done;
  for (const auto& group : q)
    for (const auto& term : group) {
      if (std::find(done.begin(), done.end(), term) != done.end()) continue;
      done.push_back(term);
      // The hits inside the line, as the text search gives them; then those that run on past
      // its end into the next line (they start last, so they follow the line's own hits).
      std::vector<SearchHit> found = SearchLine(row.line, term, context);
      std::vector<SearchHit> across = SearchLine(joined, term, context);
      size_t starting_here = 0;
      while (starting_here < across.size() && across[starting_here].line <= row.line.last_line) ++starting_here;
      for (size_t i = found.size(); i < starting_here; ++i) found.push_back(std::move(across[i]));
      for (auto& h : found) {
        h.source = row.source;
        Place(h, row.places, names);
        hits.push_back(std::move(h));
      }
    }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.line < b.line; });
  return hits;
}

}  // namespace

Result<SearchQuery> ParseSearchQuery(const std::string& text) {
  std::vector<bool> quoted;
  std::vector<std::string> words = Words(text, &quoted);
  bool operators = false;
  auto is_operator = [&](size_t i) { return !quoted[i] && (words[i] == "AND" || words[i] == "OR"); };
  for (size_t i = 0; i < words.size(); ++i) operators = operators || is_operator(i);
  SearchQuery q(1);
  std::string term;
  auto close = [&]() -> bool {
    std::u32string key = SearchKey(term);
    term.clear();
    if (key.empty()) return false;
    q.back().push_back(key);
    return true;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    bool op = operators && is_operator(i);
    if (!op) {
      term += words[i];
      continue;
    }
    if (!close()) return Error{"search: an empty term before " + words[i]};
    if (words[i] == "OR") q.emplace_back();
  }
  if (!close()) return Error{"search: nothing to search for (the text is empty once spaces are removed)"};
  return q;
}

namespace {

/// What an index hit adds to a search hit's record.
constexpr Field<IndexHit> kIndexHitFields[] = {
    {"score", [](const IndexHit& h) -> Record { return h.score; }},
};

}  // namespace

std::vector<std::string> IndexHitKeys() {
  std::vector<std::string> keys = SearchRecordKeys();
  for (auto& k : KeysOf(kIndexHitFields)) keys.push_back(std::move(k));
  return keys;
}

Record IndexHitRecord(const IndexHit& hit) {
  Record r = SearchRecord(hit.hit);
  AddFields(r, kIndexHitFields, hit);
  return r;
}

Result<std::vector<IndexHit>> SearchIndex(const std::string& db_path, const SearchQuery& query, int limit,
                                          int context) {
  Db db;
  if (Status s = OpenForReading(db, db_path); !s.ok()) return Error{s.message()};
  bool ranked = AllLong(query);
  std::vector<std::string> args;
  // Ids and scores first (the sort stays narrow), then each line as it is needed.
  // CROSS JOIN keeps issues outside: a scan stops at the LIMIT-th hit instead of sorting them all.
  std::string sql = ranked ? "SELECT rowid, -bm25(lines_fts) FROM lines_fts WHERE lines_fts MATCH ?1 ORDER BY rank"
                           : "SELECT l.id, 0 FROM issues i CROSS JOIN lines l ON l.issue_id = i.id WHERE " +
                                 ScanCondition(query, &args) + " ORDER BY i.source, l.id";
  Stmt q(db, sql);
  if (ranked) q.Bind(1, FtsExpression(query));
  for (size_t i = 0; i < args.size(); ++i) q.Bind(static_cast<int>(i + 1), args[i]);
  Stmt line(db, "SELECT i.source, l.text, l.line, l.last_line, l.joins, l.places FROM lines l "
                "JOIN issues i ON i.id = l.issue_id WHERE l.id = ?");
  Stmt next(db, "SELECT n.text, n.line, n.last_line, n.joins FROM lines n JOIN lines l ON l.id = ?1 "
                "WHERE n.id = ?1 + 1 AND n.issue_id = l.issue_id");
  DocumentNames names(db);
  std::vector<IndexHit> out;
  while ((limit <= 0 || out.size() < static_cast<size_t>(limit)) && q.Step()) {
    int64_t id = q.Int(0);
    line.Bind(1, id);
    if (!line.Step()) {
      line.Reset();
      continue;
    }
    Row row;
    row.source = line.Text(0);
    row.line = MakeLine(line.Text(1), static_cast<int>(line.Int(2)), static_cast<int>(line.Int(3)), line.Text(4));
    row.places = nlohmann::json::parse(line.Text(5), nullptr, false);
    line.Reset();
    std::vector<SearchHit> hits = HitsIn(next, names, id, row, query, context);
    double score = ranked ? q.Real(1) : static_cast<double>(hits.size());
    for (auto& h : hits) {
      if (limit > 0 && out.size() >= static_cast<size_t>(limit)) break;
      out.push_back({std::move(h), score});
    }
  }
  if (Status s = db.TakeError(); !s.ok()) return Error{s.message()};
  return out;
}

}  // namespace gazette::store

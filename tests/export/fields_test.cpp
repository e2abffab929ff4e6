// Every record's key list (the CSV/TSV header, the documented JSON keys) and a record written by
// its writer agree, key for key and in order: both come from one table of fields.
#include "export/fields.hpp"

#include <catch2/catch.hpp>

#include "export/diff_records.hpp"
#include "export/documents.hpp"
#include "export/flat_records.hpp"
#include "export/query.hpp"
#include "export/search.hpp"
#include "export/xlsx_sheets.hpp"
#include "store/reader.hpp"

using namespace gazette;

namespace {

// The keys of RECORD, in order.
std::vector<std::string> KeysIn(const Record& record) {
  std::vector<std::string> keys;
  for (const auto& [k, v] : record.items()) keys.push_back(k);
  return keys;
}

// An issue "t.txt" of one document with an article, a catalog row, a deadline and a reference.
Issue SampleIssue() {
  Issue issue;
  issue.source = "t.txt";
  Document d;
  d.id = "t-1";
  d.docno = "京政发〔2024〕1号";
  d.title = "关于印发某办法的通知";
  d.date = ParseIsoDate("2024-01-02");
  d.issuers = {"北京市人民政府"};
  d.attachments.push_back({1, "某办法", 9});
  d.articles.push_back({"某办法", "art_1", NodeKind::kArticle, 1, "第一条", "", "为了规范管理。", 12, -1});
  Table t;
  t.sections.push_back({"(一)清单", 1, 20, {}});
  t.sections[0].rows.push_back({"1", 1, {{"name", "甲证书"}, {"docno", "甲"}}, 21, 21, false, false, {}});
  d.tables.push_back(t);
  Deadline dl;
  dl.kind = DateKind::kEffective;
  dl.date = ParseIsoDate("2024-02-01");
  dl.line = 30;
  d.deadlines.push_back(dl);
  issue.documents.push_back(std::move(d));
  return issue;
}

}  // namespace

TEST_CASE("fields: KeysOf and RecordOf read one table", "[fields]") {
  constexpr Field<Finding> fields[] = {{"line", [](const Finding& f) -> Record { return f.line; }},
                                       {"kind", [](const Finding& f) -> Record { return f.kind; }}};
  CHECK(KeysOf(fields) == std::vector<std::string>{"line", "kind"});
  CHECK(RecordOf(fields, Finding{"t.txt", 3, "seq-gap", "m"}).dump() == R"({"line":3,"kind":"seq-gap"})");
}

TEST_CASE("fields: document, article, table-row and deadline records have their keys", "[fields]") {
  Issue issue = SampleIssue();
  const Document& d = issue.documents[0];
  Record doc = DocumentRecord(issue, d);
  CHECK(KeysIn(doc) == DocumentRecordKeys());
  CHECK(doc["date"] == "2024-01-02");
  CHECK(doc["attachments"].dump() == R"([{"num":1,"title":"某办法"}])");

  Record article = ArticleRecord(issue, d, d.articles[0]);
  CHECK(KeysIn(article) == ArticleRecordKeys());
  CHECK(article["docno"] == "京政发〔2024〕1号");
  CHECK(article["kind"] == "article");

  const Table& t = d.tables[0];
  Record row = TableRowRecord(issue, d, t, t.sections[0], t.sections[0].rows[0]);
  CHECK(KeysIn(row) == TableRowRecordKeys());
  std::vector<std::string> flat = FlatTableRecordKeys();
  flat.insert(flat.end(), {"name", "cell_docno"});  // a cell named like a record field is prefixed
  CHECK(KeysIn(FlattenTableRecord(row)) == flat);

  Record deadline = DeadlineRecord(issue, d, d.deadlines[0]);
  CHECK(KeysIn(deadline) == DeadlineRecordKeys(false));
  CHECK(deadline["date"] == "2024-02-01");
  std::vector<Record> standing = DeadlineRecords(issue, d, "2024-03-01", -1);
  REQUIRE(standing.size() == 1);
  CHECK(KeysIn(standing[0]) == DeadlineRecordKeys(true));
  CHECK(standing[0]["as_of"] == "2024-03-01");
  CHECK(KeysIn(DeadlineRecords(issue, d, "", -1).at(0)) == DeadlineRecordKeys(false));
}

TEST_CASE("fields: reference, finding, search, index-hit and query records have their keys", "[fields]") {
  CorpusReference ref;
  ref.source = "t.txt";
  ref.from = "t-1";
  ref.type = Relation::kRepeals;
  CHECK(KeysIn(ReferenceRecord(ref)) == ReferenceRecordKeys());
  CHECK(ReferenceRecord(ref)["type"] == "repeals");
  CHECK(KeysIn(FindingRecord({"t.txt", 3, "seq-gap", "m"})) == FindingRecordKeys());
  SearchHit hit{"t.txt", 4, "", "", "", "规范", "为了规范管理"};
  CHECK(KeysIn(SearchRecord(hit)) == SearchRecordKeys());
  CHECK(KeysIn(store::IndexHitRecord({hit, 1.5})) == store::IndexHitKeys());
  CHECK(KeysIn(QueryRecord({"element", "title", "通知", "t-1", "t.txt", 5})) == QueryRecordKeys());
}

TEST_CASE("fields: diff records and both shapes of their sides have their keys", "[fields]") {
  diff::DocumentDiff d;
  diff::DiffSide row;
  row.seq = "1";
  row.cells = {{"name", "甲证书"}};
  diff::DiffSide article;
  article.id = "art_1";
  article.text = "为了规范管理。";
  d.entries.push_back({diff::DiffUnit::kRow, diff::Change::kRemoved, row, std::nullopt, {}, 0, {}});
  d.entries.push_back({diff::DiffUnit::kArticle, diff::Change::kSame, article, article, {}, 1, {}});
  std::vector<Record> records = DiffRecords(d);
  REQUIRE(records.size() == 2);
  for (const auto& r : records) CHECK(KeysIn(r) == DiffRecordKeys());
  CHECK(records[0]["change"] == "removed");
  CHECK(records[0]["new"].is_null());
  // The two shapes of a side, as README "diff" documents them.
  CHECK(KeysIn(records[0]["old"]) == std::vector<std::string>{"seq", "label", "section", "table", "cells", "source", "line"});
  CHECK(KeysIn(records[1]["new"]) ==
        std::vector<std::string>{"id", "label", "section", "heading", "text", "source", "line"});
}

TEST_CASE("fields: every workbook sheet's rows have a cell per header", "[fields]") {
  Issue issue = SampleIssue();
  issue.documents[0].references.push_back({});
  issue.documents[0].references[0].type = Relation::kCites;
  issue.findings.push_back({"", 7, "document-not-in-contents", "m"});
  Corpus corpus("2024-03-01");
  corpus.AddIssue(issue);
  xlsx::SheetSpec documents = xlsx::DocumentsSpec(corpus.as_of());
  CHECK(documents.headers.at(8) == "状态 (2024-03-01)");
  CHECK(documents.headers.at(size_t(documents.sort_column)) == "标题");
  for (const auto& row : xlsx::DocumentRows(issue, corpus)) CHECK(row.size() == documents.headers.size());
  xlsx::SheetSpec deadlines = xlsx::DeadlinesSpec();
  CHECK(deadlines.headers.at(size_t(deadlines.sort_column)) == "文件标题");
  REQUIRE(xlsx::DeadlineRows(issue).size() == 1);
  CHECK(xlsx::DeadlineRows(issue)[0].size() == deadlines.headers.size());
  xlsx::SheetSpec references = xlsx::ReferencesSpec();
  CHECK(references.sort_column == 0);
  REQUIRE(!corpus.references().empty());
  CHECK(xlsx::ReferenceRow(corpus, corpus.references()[0]).size() == references.headers.size());
  xlsx::SheetSpec findings = xlsx::FindingsSpec();
  REQUIRE(!xlsx::FindingRows(issue).empty());
  for (const auto& row : xlsx::FindingRows(issue)) CHECK(row.size() == findings.headers.size());
}

TEST_CASE("fields: 期号 prints a combined issue and a supplement as their mastheads do", "[fields]") {
  // Both had been 2022年第1期, the regular issue's label: two booklets not told apart.
  Issue issue;
  issue.name = "2022-01";
  issue.header.year = 2022;
  issue.header.number = 1;
  CHECK(xlsx::IssueLabel(issue) == "2022年第1期");
  issue.header.last_number = 2;
  CHECK(xlsx::IssueLabel(issue) == "2022年第1-2期");
  issue.header.last_number = 0;
  issue.header.supplement = true;
  CHECK(xlsx::IssueLabel(issue) == "2022年增刊第1期");
  issue.header = {};
  CHECK(xlsx::IssueLabel(issue) == "2022-01");
}

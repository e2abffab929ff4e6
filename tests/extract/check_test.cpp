// CheckIssue: every finding kind `gazette check` and the workbook's 检查 sheet report, each from a
// small hand-written document, gathered with the issue's own findings in line order.
#include "extract/check.hpp"

#include <catch2/catch.hpp>

#include "extract/articles.hpp"
#include "extract/references.hpp"
#include "extract/tables.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

// An issue "t.txt" of one document whose body is TEXT, run through the checked extractors.
Issue OneDocument(const std::string& text) {
  Issue issue;
  issue.source = "t.txt";
  Document d;
  d.id = "t-1";
  d.body = Normalize(text, "t.txt").lines;
  d.articles = ExtractArticles(d);
  d.tables = ExtractTables(d);
  d.references = ExtractReferences(d);
  issue.documents.push_back(std::move(d));
  return issue;
}

// The kinds of FINDINGS, in order.
std::vector<std::string> Kinds(const std::vector<Finding>& findings) {
  std::vector<std::string> kinds;
  for (const auto& f : findings) kinds.push_back(f.kind);
  return kinds;
}

// A 序号 table of the catalog's columns, headed "(一) 清单 (DECLARED 项)", with ROWS (序号\t名称).
std::string CatalogText(const std::string& declared, const std::vector<std::string>& rows) {
  std::string text = "附件\n\n(一) 急需紧缺清单(" + declared + "项)\n\n序号\t职业资格证书名称\t证书颁发机构\n";
  for (const auto& r : rows) text += r + "\n";
  return text;
}

}  // namespace

TEST_CASE("a clean document has no finding", "[check]") {
  CHECK(CheckIssue(OneDocument("第一条 为了规范管理，制定本办法。\n第二条 本办法自2024年1月1日起施行。\n")).empty());
}

TEST_CASE("article numbering: a gap, a repeat, a step back", "[check]") {
  auto gap = CheckIssue(OneDocument("第一条 甲。\n第三条 丙。\n"));
  REQUIRE(Kinds(gap) == std::vector<std::string>{"article-gap"});
  CHECK(gap[0].line == 2);
  CHECK(gap[0].source == "t.txt");
  CHECK(gap[0].message.find("expected article 2") != std::string::npos);
  CHECK(Kinds(CheckIssue(OneDocument("第一条 甲。\n第二条 乙。\n第二条 乙。\n"))) ==
        std::vector<std::string>{"article-repeat"});
  CHECK(Kinds(CheckIssue(OneDocument("第一条 甲。\n第二条 乙。\n第一条 甲。\n"))) ==
        std::vector<std::string>{"article-order"});
}

TEST_CASE("catalog tables: declared count, 序号 gap, repeat and step back", "[check]") {
  auto count = CheckIssue(OneDocument(CatalogText("3", {"1\t甲证书\t甲学会", "2\t乙证书\t乙学会"})));
  REQUIRE(Kinds(count) == std::vector<std::string>{"count-mismatch"});
  CHECK(count[0].message.find("2 rows found") != std::string::npos);
  CHECK(Kinds(CheckIssue(OneDocument(CatalogText("3", {"1\t甲证书\t甲学会", "2\t乙证书\t乙学会", "4\t丁证书\t丁学会"})))) ==
        std::vector<std::string>{"seq-gap"});
  CHECK(Kinds(CheckIssue(OneDocument(CatalogText("3", {"1\t甲证书\t甲学会", "2\t乙证书\t乙学会", "2\t丙证书\t丙学会"})))) ==
        std::vector<std::string>{"seq-repeat"});
  CHECK(Kinds(CheckIssue(OneDocument(CatalogText("3", {"1\t甲证书\t甲学会", "3\t丙证书\t丙学会", "2\t乙证书\t乙学会"})))) ==
        std::vector<std::string>{"seq-gap", "seq-order"});
}

namespace {

// A catalog table built by hand: "表一" with one section "(一)清单" of ROWS.
Table HandTable(const std::vector<TableRow>& rows) {
  Table t;
  t.title = "表一";
  t.keys = {"seq", "name"};
  t.types = {ColumnType::kSeq, ColumnType::kText};
  t.sections.push_back({"(一)清单", -1, 10, rows});
  return t;
}

// A row printing 序号 SEQ (0: none) at LINE, with REPAIRS (as tables_repair.cpp words them).
TableRow HandRow(int seq, int line, std::vector<std::string> repairs = {}) {
  TableRow r;
  r.seq = seq > 0 ? std::to_string(seq) : "";
  r.seq_num = seq;
  r.cells = {{"name", "证书" + r.seq}};
  r.line = r.last_line = line;
  r.repairs = std::move(repairs);
  return r;
}

// The findings of CheckTables on a document holding T, read from "t.txt".
std::vector<Finding> CheckHandTable(const Table& t) {
  Document d;
  d.tables.push_back(t);
  return CheckTables(d, "t.txt");
}

}  // namespace

TEST_CASE("catalog tables: a numbered row without its 序号", "[check]") {
  auto after = CheckHandTable(HandTable({HandRow(1, 11), HandRow(0, 12), HandRow(2, 13)}));
  REQUIRE(Kinds(after) == std::vector<std::string>{"seq-missing"});
  CHECK(after[0].source == "t.txt");
  CHECK(after[0].line == 12);
  CHECK(after[0].message == "table 1 (表一) section (一)清单: row without 序号 after 序号 1");
  auto first = CheckHandTable(HandTable({HandRow(0, 11), HandRow(1, 12)}));
  REQUIRE(Kinds(first) == std::vector<std::string>{"seq-missing"});
  CHECK(first[0].line == 11);
  CHECK(first[0].message == "table 1 (表一) section (一)清单: row without 序号 after 序号 (none)");
  TableRow sub_row = HandRow(0, 12);
  sub_row.filled = true;  // a sub-row under a merged 序号 cell is no item of its own
  CHECK(CheckHandTable(HandTable({HandRow(1, 11), sub_row, HandRow(2, 13)})).empty());
  CHECK(CheckHandTable(HandTable({HandRow(0, 11), HandRow(0, 12)})).empty());  // an unnumbered table
}

TEST_CASE("catalog tables: a row padded to the columns", "[check]") {
  auto padded = CheckHandTable(
      HandTable({HandRow(1, 11), HandRow(2, 12, {"1 cells for 2 columns: padded with blank cells"})}));
  REQUIRE(Kinds(padded) == std::vector<std::string>{"row-cells"});
  CHECK(padded[0].line == 12);
  CHECK(padded[0].message == "table 1 (表一) section (一)清单: 1 cells for 2 columns: padded with blank cells");
  // A repair that only split or joined cells is no finding.
  CHECK(CheckHandTable(HandTable({HandRow(1, 11, {"joined a wrapped cell"})})).empty());
}

TEST_CASE("references: an unreadable 文号 number and a repeal with no object", "[check]") {
  CHECK(Kinds(CheckIssue(OneDocument("按照京政发〔2023〕99999999999号执行。\n"))) ==
        std::vector<std::string>{"docno-number"});
  CHECK(Kinds(CheckIssue(OneDocument("本办法自2024年1月1日起施行。原办法同时废止。\n"))) ==
        std::vector<std::string>{"repeal-unattached"});
}

TEST_CASE("the issue's own findings come first by line, and every finding names the file", "[check]") {
  Issue issue = OneDocument("第一条 甲。\n第三条 丙。\n");
  issue.findings.push_back({"", 5, "document-not-in-contents", "not in the contents"});
  issue.findings.push_back({"t.txt", 1, "contents-unmatched", "a contents entry with no document"});
  auto all = CheckIssue(issue);
  REQUIRE(Kinds(all) == std::vector<std::string>{"contents-unmatched", "article-gap", "document-not-in-contents"});
  for (const auto& f : all) CHECK(f.source == "t.txt");
  CHECK(all[2].line == 5);
}

// The corpus across issues: a document printed in one issue and repealed in another.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"
#include "xref/corpus.hpp"
#include "export/graph.hpp"

using namespace gazette;

namespace {

std::string Data(const std::string& name) { return std::string(GAZETTE_SOURCE_DIR) + "/tests/data/" + name; }

gazette::Corpus TwoIssues() {
  gazette::Corpus c("2026-01-01");
  for (const char* name : {"xref-a.txt", "xref-b.txt"}) {
    auto issue = LoadIssue(Data(name));
    REQUIRE(issue.ok());
    c.AddIssue(issue.value());  // one issue in memory at a time
  }
  return c;
}

}  // namespace

TEST_CASE("a document printed in one issue and repealed in another", "[refs]") {
  gazette::Corpus c = TwoIssues();
  const CorpusDocument* old = c.Find("京示发[2022]3 号");
  REQUIRE(old);
  CHECK(old->printed);
  auto s = c.Status("京示发〔2022〕3号", "2025-01-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(s.by == "京示发〔2024〕7号");
  CHECK(ToIso(s.since) == "2024-04-01");  // xref-b.txt:41 本办法自2024年4月1日起施行。…同时废止。
  REQUIRE(s.evidence.size() >= 2);
  CHECK(s.evidence[0].source == Data("xref-a.txt"));
  CHECK(s.evidence[0].line == 27);  // xref-a.txt:27 京示发〔2022〕3号
  CHECK(s.evidence[1].source == Data("xref-b.txt"));
  CHECK(s.evidence[1].line == 41);  // xref-b.txt:41 …(京示发〔2022〕3号)同时废止。
}

TEST_CASE("a repeal counts from the day it takes effect", "[refs]") {
  gazette::Corpus c = TwoIssues();
  CHECK(ToString(c.Status("京示发〔2022〕3号", "2024-03-31").status) == "in-force");
  CHECK(ToString(c.Status("京示发〔2022〕3号", "2024-04-01").status) == "repealed");
  CHECK(ToString(c.Status("京示发〔2024〕7号", "2024-03-01").status) == "not-yet-in-force");
}

TEST_CASE("references resolve across issues; unknown documents are unknown", "[refs]") {
  gazette::Corpus c = TwoIssues();
  bool resolved = false;
  for (const auto& r : c.references())
    if (ToString(r.type) == "repeals") resolved = r.resolved && r.target_id == "京示发〔2022〕3号";
  CHECK(resolved);
  auto s = c.Status("京政发〔1999〕1号", "2025-01-01");
  CHECK(ToString(s.status) == "unknown");
  CHECK_FALSE(s.known);
  CHECK(c.Find("北京市示范项目管理办法") == c.Find("京示发〔2022〕3号"));  // by the instrument's title
}

TEST_CASE("the graph: one repeal edge, DOT labels escaped", "[refs]") {
  gazette::Corpus c = TwoIssues();
  auto edges = c.Edges();
  REQUIRE(edges.size() == 1);
  CHECK(edges[0]->from == "京示发〔2024〕7号");
  CHECK(edges[0]->target_id == "京示发〔2022〕3号");
  CHECK(DotEscape("a \"b\"\\\nc") == "a \\\"b\\\"\\\\\\nc");
  std::ostringstream dot;
  WriteDot(dot, c, edges);
  CHECK(dot.str().find("\"京示发〔2024〕7号\" -> \"京示发〔2022〕3号\" [label=\"repeals\"") != std::string::npos);
}

TEST_CASE("every document, printed or only cited, is found by its own id", "[refs]") {
  gazette::Corpus c = TwoIssues();
  bool stub = false;
  for (const auto& d : c.documents()) {
    const CorpusDocument* found = c.Find(d.id);
    REQUIRE(found);
    CHECK(found->id == d.id);
    CHECK(c.Find("  " + d.id + " ") == found);  // as typed, with spaces around
    stub = stub || !d.printed;
  }
  CHECK(stub);  // the inputs cite documents they do not print
}

// The index is built as issues are added, so reading the corpus between two issues (stubs made,
// then dropped by the next issue) must leave it as if it had been read only at the end.
TEST_CASE("reading the corpus between issues changes nothing it gives at the end", "[refs]") {
  gazette::Corpus read_between("2026-01-01");
  for (const char* name : {"xref-a.txt", "xref-b.txt"}) {
    auto issue = LoadIssue(Data(name));
    REQUIRE(issue.ok());
    read_between.AddIssue(issue.value());
    REQUIRE(!read_between.documents().empty());  // resolved here, stubs made
  }
  gazette::Corpus at_end = TwoIssues();
  REQUIRE(read_between.documents().size() == at_end.documents().size());
  for (size_t i = 0; i < at_end.documents().size(); ++i) {
    const CorpusDocument& d = at_end.documents()[i];
    CHECK(read_between.documents()[i].id == d.id);
    CHECK(read_between.documents()[i].printed == d.printed);
    const CorpusDocument* found = read_between.Find(d.id);
    REQUIRE(found);
    CHECK(found->id == d.id);
  }
  REQUIRE(read_between.references().size() == at_end.references().size());
  for (size_t i = 0; i < at_end.references().size(); ++i) {
    CHECK(read_between.references()[i].target_id == at_end.references()[i].target_id);
    CHECK(read_between.references()[i].resolved == at_end.references()[i].resolved);
  }
  auto keys = read_between.LookupKeys(), want = at_end.LookupKeys();
  REQUIRE(keys.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CHECK(keys[i].first.by_id == want[i].first.by_id);
    CHECK(keys[i].first.key == want[i].first.key);
    CHECK(keys[i].second == want[i].second);
  }
  CHECK(ToString(read_between.Status("京示发〔2022〕3号", "2025-01-01").status) == "repealed");
}

// tests/data/same-title-versions.txt (written for this test): 《北京市物业服务收费管理办法》 issued
// in 2015 (京建发〔2015〕40号) and, revised, in 2018 (京建发〔2018〕7号); a third notice of 2022
// repeals 2015年印发的《…》.
TEST_CASE("a title two printed documents share resolves by the year it is cited with, never to the citing one", "[refs]") {
  gazette::Corpus c("2026-01-01");
  auto issue = LoadIssue(Data("same-title-versions.txt"));
  REQUIRE(issue.ok());
  c.AddIssue(issue.value());
  CHECK(ToString(c.Status("京建发〔2015〕40号", "2022-05-31").status) != "repealed");
  auto s = c.Status("京建发〔2015〕40号", "2022-07-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(s.by == "京建发〔2022〕12号");
  CHECK(ToString(c.Status("京建发〔2018〕7号", "2022-07-01").status) == "in-force");
  // The 2018 text revises the other one: the 2015 one, not itself.
  bool revises_2015 = false;
  for (const auto& r : c.references())
    revises_2015 |= r.type == Relation::kRevises && r.target_id == "京建发〔2015〕40号" && r.from.str() == "京建发〔2018〕7号";
  CHECK(revises_2015);
}

// tests/data/three-editions.txt (written for this test): 《北京市档案管理办法》 issued in 2010,
// 2015 and 2020; the 2015 edition repeals the 2010 one by 文号, the 2020 one 《…》同时废止 by title.
TEST_CASE("a new edition repealing its title repeals the latest earlier edition", "[refs]") {
  gazette::Corpus c("2026-01-01");
  auto issue = LoadIssue(Data("three-editions.txt"));
  REQUIRE(issue.ok());
  c.AddIssue(issue.value());
  auto s = c.Status("京政发〔2015〕8号", "2021-01-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(s.by == "京政发〔2020〕5号");
  CHECK(c.Status("京政发〔2010〕12号", "2021-01-01").by == "京政发〔2015〕8号");
  CHECK(ToString(c.Status("京政发〔2020〕5号", "2021-01-01").status) == "in-force");
}

// tests/data/shared-title-two-issuers-three.txt (written for this test): the 水务局's 2023 and 2024
// notices and the 应急管理局's of 2024-05-12 share a title; the 水务局's 2024 one repeals 本局此前印发的
// 《…》: its own, not the other issuer's later one. tests/data/three-editions-undated.txt: the
// three editions, the middle one's signing date lost, repealing the title: no order to go by.
TEST_CASE("a new edition repeals its issuer's latest edition; an undated one none", "[refs]") {
  gazette::Corpus c("2026-01-01");
  auto issue = LoadIssue(Data("shared-title-two-issuers-three.txt"));
  REQUIRE(issue.ok());
  c.AddIssue(issue.value());
  CHECK(ToString(c.Status("京应急发〔2024〕9号", "2024-06-01").status) == "in-force");
  CHECK(c.Status("京水务发〔2023〕4号", "2024-06-01").by == "京水务发〔2024〕5号");
  gazette::Corpus undated("2026-01-01");
  auto editions = LoadIssue(Data("three-editions-undated.txt"));
  REQUIRE(editions.ok());
  undated.AddIssue(editions.value());
  CHECK(ToString(undated.Status("京政发〔2020〕5号", "2021-01-01").status) == "in-force");
  // tests/data/three-editions-quoted.txt: the 财政局's editions, the newest titled with 《》 around
  // the 办法: one issuer's still (its name before 关于, its 文号's code).
  gazette::Corpus quoted("2026-01-01");
  auto retitled = LoadIssue(Data("three-editions-quoted.txt"));
  REQUIRE(retitled.ok());
  quoted.AddIssue(retitled.value());
  CHECK(quoted.Status("京财发〔2015〕8号", "2021-01-01").by == "京财发〔2020〕5号");
  // tests/data/shared-title-two-issuers.txt: the 应急管理局's notice and the 水务局's later one of the
  // same title, repealing 本局此前印发的《…》: not the other agency's.
  gazette::Corpus two("2026-01-01");
  auto agencies = LoadIssue(Data("shared-title-two-issuers.txt"));
  REQUIRE(agencies.ok());
  two.AddIssue(agencies.value());
  CHECK(ToString(two.Status("京应急发〔2024〕9号", "2024-06-01").status) == "in-force");
  // tests/data/two-orders-one-title.txt: two orders of the city promulgating 《北京市档案管理办法》,
  // the second 修订后的: orders' numbers carry no agency code and their titles no issuer before
  // 关于: nothing tells their issuers apart, so the revision is of the one other.
  gazette::Corpus orders("2026-01-01");
  auto promulgated = LoadIssue(Data("two-orders-one-title.txt"));
  REQUIRE(promulgated.ok());
  orders.AddIssue(promulgated.value());
  bool revises_first = false;
  for (const auto& r : orders.references())
    revises_first |= r.type == Relation::kRevises && r.target_id == "北京市人民政府令第12号";
  CHECK(revises_first);
}

// tests/data/shared-title-other-issuer.txt (written for this test): a bureau repeals its own
// 2019 notice by title; another bureau's 2024 notice of the same title is printed.
TEST_CASE("a title shared with another issuer's later notice does not resolve to it", "[refs]") {
  gazette::Corpus c("2026-01-01");
  auto issue = LoadIssue(Data("shared-title-other-issuer.txt"));
  REQUIRE(issue.ok());
  c.AddIssue(issue.value());
  CHECK(ToString(c.Status("京应急发〔2024〕9号", "2026-01-01").status) == "in-force");
}

// tests/data/title-unmarked.txt (written for this test): the 2020 notice repeals the 2015 one by its
// title printed without the marks around the rule it issues.
TEST_CASE("a title cited without the marks inside it resolves to the document printed with them", "[refs]") {
  gazette::Corpus c("2026-01-01");
  auto issue = LoadIssue(Data("title-unmarked.txt"));
  REQUIRE(issue.ok());
  c.AddIssue(issue.value());
  auto s = c.Status("京示发〔2015〕12号", "2020-03-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(s.by == "京示发〔2020〕2号");
  CHECK(ToString(c.Status("京示发〔2015〕12号", "2020-01-31").status) == "in-force");
}

// Titles are printed with full-width brackets (（试行）, as the gazette prints them) and read as
// (试行): legal staff pasting a title as printed find it (status, refs --doc, diff).
TEST_CASE("a title typed as printed, full-width brackets and all, finds its document", "[refs]") {
  const std::string text =
      "北京市住房和城乡建设委员会关于印发《北京市甲改造管理办法（试行）》的通知\n\n"
      "京建法〔2016〕12号\n\n"
      "各区住房城乡建设委：\n\n"
      "现将《北京市甲改造管理办法（试行）》印发给你们，请遵照执行。\n\n"
      "北京市住房和城乡建设委员会\n\n"
      "2016年6月1日\n\n"
      "北京市甲改造管理办法（试行）\n\n"
      "第一条　为加强管理，制定本办法。\n";
  Issue issue = BuildIssue(DecodedInput{"b.txt", "UTF-8", text});
  REQUIRE(issue.documents.size() == 1);
  gazette::Corpus c("2026-01-01");
  c.AddIssue(issue);
  for (const char* typed : {"北京市甲改造管理办法（试行）", "《北京市甲改造管理办法（试行）》", "北京市甲改造管理办法(试行)",
                            "北京市住房和城乡建设委员会关于印发《北京市甲改造管理办法（试行）》的通知"}) {
    INFO(typed);
    const CorpusDocument* d = c.Find(typed);
    REQUIRE(d);
    CHECK(d->docno == "京建法〔2016〕12号");
    CHECK(TitleNames(TypedTitleKeys(typed), issue.documents[0]));
  }
  CHECK_FALSE(c.Find("北京市乙改造管理办法（试行）"));
  CHECK_FALSE(TitleNames(TypedTitleKeys("北京市乙改造管理办法（试行）"), issue.documents[0]));
  CHECK(TypedTitleKeys("京建法〔2016〕12号").empty());  // a 文号 names no title
}

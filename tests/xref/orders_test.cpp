// Orders and announcements resolve like 文号, qualified by their issuer: a repealed order is known
// to `status` whichever form of its issuer's name the citations print.
#include <catch2/catch.hpp>

#include "xref/corpus.hpp"

using namespace gazette;

namespace {

Reference Repeal(const std::string& to, const std::string& title) {
  Reference r;
  r.type = Relation::kRepeals;
  r.to = to;
  r.title = title;
  r.line = 9;
  r.date = ParseIsoDate("2022-04-01");
  return r;
}

Document Printed(const std::string& docno, const std::string& title) {
  Document d;
  d.id = docno;
  d.docno = docno;
  d.title = title;
  d.date = ParseIsoDate("2020-01-01");
  return d;
}

}  // namespace

TEST_CASE("a printed order is repealed by a citation of its short form", "[refs][orders]") {
  Issue issue;
  issue.name = "t";
  issue.source = "t.txt";
  issue.documents.push_back(Printed("北京市人民政府令第12号", "北京市甲办法"));
  Document repealing = Printed("北京市人民政府令第30号", "北京市乙办法");
  repealing.references.push_back(Repeal("市人民政府令第12号", "北京市甲办法"));
  issue.documents.push_back(repealing);
  gazette::Corpus c("2026-01-01");
  c.AddIssue(issue);
  auto s = c.Status("市政府令第12号", "2023-01-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(s.docno == "北京市人民政府令第12号");
  CHECK(s.by == "北京市人民政府令第30号");
  CHECK(c.references()[0].resolved);
}

TEST_CASE("a repealed order cited only is known to status in any printed form", "[refs][orders]") {
  Issue issue;
  issue.name = "t";
  issue.source = "t.txt";
  Document repealing = Printed("公安部令第162号", "机动车驾驶证申领和使用规定");
  // external/37.txt:771 …《机动车驾驶证申领和使用规定》（公安部令第123号）…同时废止。
  repealing.references.push_back(Repeal("公安部令第123号", "机动车驾驶证申领和使用规定"));
  issue.documents.push_back(repealing);
  gazette::Corpus c("2026-01-01");
  c.AddIssue(issue);
  for (const char* key : {"公安部令第123号", "中华人民共和国公安部令第123号"}) {
    auto s = c.Status(key, "2023-01-01");
    CHECK(ToString(s.status) == "repealed");
    CHECK(s.by == "公安部令第162号");
    CHECK(ToIso(s.since) == "2022-04-01");
  }
  CHECK(ToString(c.Status("公安部令第124号", "2023-01-01").status) == "unknown");
}

// Beijing numbered its orders within the year until the 1990s (北京市人民政府令 / 1997年第12号) and
// without years after; repeal clauses cite the former (1997年北京市人民政府令第12号) and now and
// then the latter (2003年北京市人民政府令第136号) with the year first.
TEST_CASE("an order cited with its year first is the year-numbered order, else its series' number of that year", "[refs][orders]") {
  Issue issue;
  issue.name = "t";
  issue.source = "t.txt";
  Document yearly = Printed("北京市人民政府令1997年第12号", "北京市犬类限养规定");
  yearly.date = ParseIsoDate("1997-04-21");
  Document later = Printed("北京市人民政府令第12号", "北京市公园管理办法");
  later.date = ParseIsoDate("1999-01-25");
  Document serial = Printed("北京市人民政府令第136号", "北京市丙规定");
  serial.date = ParseIsoDate("2003-09-08");
  Document repealing = Printed("北京市人民政府令第150号", "北京市丁规定");
  repealing.references.push_back(Repeal("北京市人民政府令1997年第12号", "北京市犬类限养规定"));
  repealing.references.push_back(Repeal("北京市人民政府令2003年第136号", "北京市丙规定"));
  repealing.references.push_back(Repeal("北京市人民政府令1998年第12号", "北京市戊规定"));
  for (const Document& d : {yearly, later, serial, repealing}) issue.documents.push_back(d);
  gazette::Corpus c("2026-01-01");
  c.AddIssue(issue);
  CHECK(ToString(c.Status("北京市人民政府令1997年第12号", "2023-01-01").status) == "repealed");
  CHECK(ToString(c.Status("北京市人民政府令第12号", "2023-01-01").status) == "in-force");
  CHECK(ToString(c.Status("北京市人民政府令第136号", "2023-01-01").status) == "repealed");
  // 1998年第12号 is neither: the 1999 order of that number is not it.
  const auto& refs = c.references();
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].target_id == "北京市人民政府令1997年第12号");
  CHECK(refs[1].target_id == "北京市人民政府令第136号");
  CHECK_FALSE(refs[2].resolved);
}

// A series numbered without years is cited with the year too (2003年北京市人民政府令第136号发布的《A》):
// the order printed with its amendments is dated by the last, and an order only cited is known by
// its number; the State Council's orders were never numbered by year.
TEST_CASE("an order of a series without years, cited with its year first, is still found by its number", "[refs][orders]") {
  Issue issue;
  issue.name = "t";
  issue.source = "t.txt";
  Document amended = Printed("北京市人民政府令第136号", "北京市丙管理规定");
  amended.date = ParseIsoDate("2007-11-23");  // its last amendment
  amended.deadlines.push_back({});
  amended.deadlines.back().kind = DateKind::kPromulgated;
  amended.deadlines.back().date = ParseIsoDate("2003-12-08");
  Document repealing = Printed("北京市人民政府令第250号", "北京市丁规定");
  repealing.references.push_back(Repeal("北京市人民政府令2003年第136号", "北京市丙管理规定"));
  repealing.references.push_back(Repeal("北京市人民政府令2005年第140号", "北京市戊规定"));
  for (const Document& d : {amended, repealing}) issue.documents.push_back(d);
  gazette::Corpus c("2026-01-01");
  c.AddIssue(issue);
  CHECK(ToString(c.Status("北京市人民政府令第136号", "2023-01-01").status) == "repealed");
  CHECK(ToString(c.Status("北京市人民政府令第140号", "2023-01-01").status) == "repealed");  // cited only
  CHECK(ToString(c.Status("北京市人民政府令2005年第140号", "2023-01-01").status) == "repealed");
}

TEST_CASE("an order cited plainly and with its year first, neither printed, is one document whichever comes first", "[refs][orders]") {
  for (bool plain_first : {true, false}) {
    Issue issue;
    issue.name = "t";
    issue.source = "t.txt";
    Document citing = Printed("北京市人民政府令第200号", "北京市甲规定");
    Reference plain = Repeal("北京市人民政府令第136号", "北京市丙管理规定");
    plain.type = Relation::kCites;
    citing.references.push_back(plain);
    Document repealing = Printed("北京市人民政府令第250号", "北京市丁规定");
    repealing.references.push_back(Repeal("北京市人民政府令2003年第136号", "北京市丙管理规定"));
    if (plain_first) issue.documents = {citing, repealing};
    else issue.documents = {repealing, citing};
    gazette::Corpus c("2026-01-01");
    c.AddIssue(issue);
    INFO(plain_first);
    CHECK(ToString(c.Status("北京市人民政府令第136号", "2023-01-01").status) == "repealed");
  }
}

TEST_CASE("two orders of a series numbered within years, cited only, stay two", "[refs][orders]") {
  Issue issue;
  issue.name = "t";
  issue.source = "t.txt";
  Document citing = Printed("北京市发展和改革委员会令第30号", "北京市甲办法");
  for (const char* docno : {"国家发展和改革委员会令2009年第9号", "国家发展和改革委员会令2016年第9号"}) {
    Reference r = Repeal(docno, "");
    r.type = Relation::kImplements;
    citing.references.push_back(r);
  }
  issue.documents.push_back(citing);
  gazette::Corpus c("2026-01-01");
  c.AddIssue(issue);
  REQUIRE(c.references().size() == 2);
  CHECK(c.references()[0].target_id == "国家发展和改革委员会令2009年第9号");
  CHECK(c.references()[1].target_id == "国家发展和改革委员会令2016年第9号");
}

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

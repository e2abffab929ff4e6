// What `check` reports about references: numbers it cannot read, repeals it cannot attach.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

std::vector<Finding> Check(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  d.references = ExtractReferences(d);
  return CheckReferences(d, "t.txt");
}

}  // namespace

TEST_CASE("a 文号 with an absurd number is a finding with its line", "[refs][check]") {
  auto found = Check("第一条 依据《甲办法》制定本办法。\n\n按照京政发〔2023〕99999999999号执行。\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "docno-number");
  CHECK(found[0].source == "t.txt");
  CHECK(found[0].line == 3);
  CHECK(found[0].message.find("京政发〔2023〕99999999999号") != std::string::npos);
}

TEST_CASE("a repeal statement with no title as its object is a finding", "[refs][check]") {
  auto found = Check("本办法自2024年1月1日起施行。原办法同时废止。\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "repeal-unattached");
  CHECK(found[0].line == 1);
  CHECK(found[0].message.find("原办法同时废止。") != std::string::npos);
}

TEST_CASE("attached repeals and general verbs give no finding", "[refs][check]") {
  CHECK(Check("本办法自2024年1月1日起施行。《甲办法》(京政发〔2020〕1号)同时废止。\n").empty());
  CHECK(Check("本市制定、修改、废止地方性法规，适用本条例。\n").empty());
  CHECK(Check("如果法规案没有通过，该行政措施应当停止执行。\n").empty());  // external/12.txt:305
  // A count of documents a list names apart (a table, items): the list is the object.
  CHECK(Check("市政府决定对四件规范性文件予以废止。\n").empty());
  CHECK(Check("《北京市甲办法》等5件文件同时废止。\n").empty());
  CHECK(Check("二、对以下规范性文件予以废止\n").empty());
  // 等3个部门 counts agencies: the repeal still names no document.
  CHECK(Check("此前市示范局等3个部门发布的相关规定同时废止。\n").size() == 1);
}

TEST_CASE("a repeal whose sentence a wrap cut before its title is attached", "[refs][check]") {
  CHECK(Check("第二条　本办法自2008年1月1日起施行。1995年6月1日省人民\n政府发布的《江苏省城市燃气管理办法》同时废止。\n").empty());
}

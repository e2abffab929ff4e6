// An extension of a cited document's period of validity (有效期延长至…) is a relation of its own,
// extends, whose date is the new end: status reads a document's end from it.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"
#include "references_support.hpp"

using namespace gazette;

namespace {

// The reference to the document whose title key is TITLE; nullptr if none.
const Reference* ExtendsRefTo(const std::vector<Reference>& refs, const std::string& title) {
  for (const auto& r : refs)
    if (r.title == title) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("有效期延长至 after a citation extends it, to the date printed", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "经评估,《北京市示范资金管理办法》(京示发〔2019〕2号)有效期延长至2026年12月31日。\n");
  const Reference* r = ExtendsRefTo(refs, "北京市示范资金管理办法");
  REQUIRE(r);
  CHECK(ToString(r->type) == "extends");
  CHECK(r->to == "京示发〔2019〕2号");
  REQUIRE(r->date);
  CHECK(ToIso(r->date) == "2026-12-31");
}

TEST_CASE("延长《…》的有效期 extends it; the new end may be in the sentence, or not printed", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "市政府决定延长《北京市甲管理办法》的有效期,有效期顺延至2025年6月30日。\n"
      "决定延长《北京市乙实施细则》有效期两年。\n");
  const Reference* a = ExtendsRefTo(refs, "北京市甲管理办法");
  REQUIRE(a);
  CHECK(ToString(a->type) == "extends");
  CHECK(ToIso(a->date) == "2025-06-30");
  const Reference* b = ExtendsRefTo(refs, "北京市乙实施细则");
  REQUIRE(b);
  CHECK(ToString(b->type) == "extends");
  CHECK_FALSE(b->date);  // 两年: the end is the old end's, two years on, which the citing text does not print
}

TEST_CASE("a deadline extended near a citation is no extension of the cited document", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "根据《北京市丙资助办法》,企业提交申请期限延长至2024年2月29日。\n"
      "《北京市丁规定》(京丁发〔2015〕3号)同时废止,其有效期不再延长。\n");
  const Reference* c = ExtendsRefTo(refs, "北京市丙资助办法");
  REQUIRE(c);
  CHECK(ToString(c->type) == "implements");
  const Reference* d = ExtendsRefTo(refs, "北京市丁规定");
  REQUIRE(d);
  CHECK(ToString(d->type) == "repeals");
}

TEST_CASE("the documents listed under an extension's caption are extended, to the date it prints", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "下列文件有效期延长至2025年12月31日:\n"
      "1.《北京市戊管理办法》(京戊发〔2015〕1号);\n"
      "2.《北京市己实施细则》(京己发〔2016〕2号)。\n");
  for (const char* title : {"北京市戊管理办法", "北京市己实施细则"}) {
    INFO(title);
    const Reference* r = ExtendsRefTo(refs, title);
    REQUIRE(r);
    CHECK(ToString(r->type) == "extends");
    CHECK(ToIso(r->date) == "2025-12-31");
  }
}

TEST_CASE("a list table under an extension's caption extends each row", "[refs][extends]") {
  Document d;
  d.title = "北京市人民政府关于延长部分规范性文件有效期的通知";
  d.body = Normalize("以下规范性文件有效期延长至2026年6月30日。\n"
                     "序号\t文件名称\t文号\n"
                     "1\t北京市庚管理办法\t京政发〔2016〕3号\n"
                     "2\t北京市辛暂行规定\t京政发〔2017〕9号\n",
                     "t.txt")
               .lines;
  auto refs = ExtractReferences(d);
  for (const char* title : {"北京市庚管理办法", "北京市辛暂行规定"}) {
    INFO(title);
    const Reference* r = ExtendsRefTo(refs, title);
    REQUIRE(r);
    CHECK(ToString(r->type) == "extends");
    CHECK(ToIso(r->date) == "2026-06-30");
  }
}

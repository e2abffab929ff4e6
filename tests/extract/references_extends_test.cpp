// An extension of a cited document's period of validity (有效期延长至…) is a relation of its own,
// extends, whose date is the new end: status reads a document's end from it.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"
#include "references_support.hpp"

using namespace gazette;

namespace {

// The reference (of any relation) to the document titled TITLE; nullptr if none.
const Reference* RefTo(const std::vector<Reference>& refs, const std::string& title) {
  for (const auto& r : refs)
    if (r.title == title) return &r;
  return nullptr;
}

// The references of TEXT read as the body of a document titled TITLE.
std::vector<Reference> RefsOfDocument(const std::string& title, const std::string& text) {
  Document d;
  d.title = title;
  d.body = Normalize(text, "t.txt").lines;
  return ExtractReferences(d);
}

// The relation of the reference to TITLE in REFS, "" if none.
std::string RelationOf(const std::vector<Reference>& refs, const std::string& title) {
  const Reference* r = RefTo(refs, title);
  return r ? ToString(r->type) : "";
}

// Checks that each of TITLES is extended to END (ISO) in REFS.
void CheckExtendedTo(const std::vector<Reference>& refs, std::initializer_list<const char*> titles, const char* end) {
  for (const char* title : titles) {
    INFO(title);
    const Reference* r = RefTo(refs, title);
    REQUIRE(r);
    CHECK(ToString(r->type) == "extends");
    CHECK(ToIso(r->date) == end);
  }
}

}  // namespace

TEST_CASE("有效期延长至 after a citation extends it, to the date printed", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "经评估,《北京市示范资金管理办法》(京示发〔2019〕2号)有效期延长至2026年12月31日。\n");
  CheckExtendedTo(refs, {"北京市示范资金管理办法"}, "2026-12-31");
  CHECK(RefTo(refs, "北京市示范资金管理办法")->to == "京示发〔2019〕2号");
}

TEST_CASE("延长《…》的有效期 extends it; the new end may be in the sentence, or not printed", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "市政府决定延长《北京市甲管理办法》的有效期,有效期顺延至2025年6月30日。\n"
      "决定延长《北京市乙实施细则》有效期两年。\n");
  CheckExtendedTo(refs, {"北京市甲管理办法"}, "2025-06-30");
  const Reference* b = RefTo(refs, "北京市乙实施细则");
  REQUIRE(b);
  CHECK(ToString(b->type) == "extends");
  CHECK_FALSE(b->date);  // 两年: the end is the old end's, two years on, which the citing text does not print
}

TEST_CASE("the wordings of an extension: the verb before the title, 均, 统一, 有效期至, 年底", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "决定延长《北京市甲管理办法》(京甲发〔2019〕2号)有效期至2026年12月31日。\n"
      "《北京市乙管理办法》(京乙发〔2019〕3号)有效期延长至2025年底。\n"
      "《北京市丙管理办法》(京丙发〔2019〕4号)的有效期均延长至2027年6月30日。\n"
      "《北京市丁管理办法》(京丁发〔2019〕5号)有效期统一延长至2028年1月31日。\n");
  CheckExtendedTo(refs, {"北京市甲管理办法"}, "2026-12-31");
  CheckExtendedTo(refs, {"北京市乙管理办法"}, "2025-12-31");
  CheckExtendedTo(refs, {"北京市丙管理办法"}, "2027-06-30");
  CheckExtendedTo(refs, {"北京市丁管理办法"}, "2028-01-31");
}

TEST_CASE("only the cited document's own 有效期 extended is an extension of it", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "依据《北京市戊监督管理办法》(京政发〔2016〕50号)有关规定将《北京市己管理办法》(京己发〔2019〕2号)有效期延长至2026年12月31日。\n"
      "依照《北京市庚管理办法》(京庚发〔2019〕2号)核发的示范单位证书有效期顺延至2024年12月31日。\n"
      "《北京市辛管理办法》(京辛发〔2019〕2号)有效期届满后不再延长有效期,自动失效。\n"
      "申请人依照《中华人民共和国行政许可法》第五十条规定申请延续行政许可有效期的,应当在届满前提出。\n");
  CHECK(RelationOf(refs, "北京市戊监督管理办法") == "implements");  // the basis, not the object
  CHECK(RelationOf(refs, "北京市己管理办法") == "extends");
  CHECK(RelationOf(refs, "北京市庚管理办法") == "implements");  // a certificate's 有效期
  CHECK(RelationOf(refs, "北京市辛管理办法") == "cites");      // not extended
  CHECK(RelationOf(refs, "中华人民共和国行政许可法") == "implements");  // a licence's 有效期
}

TEST_CASE("titles coordinated before one extension share it; 分别 gives each the end at its place", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "《北京市甲管理办法》(京甲发〔2019〕2号)和《北京市乙管理办法》(京乙发〔2019〕3号)有效期分别延长至2024年12月31日和2026年12月31日。\n"
      // three titles, two ends: which end is whose is not read
      "根据《北京市丁条例》,《北京市丙管理办法》和《北京市戊管理办法》有效期分别延长至2024年12月31日和2026年12月31日。\n");
  CheckExtendedTo(refs, {"北京市甲管理办法"}, "2024-12-31");
  CheckExtendedTo(refs, {"北京市乙管理办法"}, "2026-12-31");
  for (const char* title : {"北京市丙管理办法", "北京市戊管理办法"}) {
    INFO(title);
    const Reference* r = RefTo(refs, title);
    REQUIRE(r);
    CHECK(ToString(r->type) == "extends");
    CHECK_FALSE(r->date);
  }
}

TEST_CASE("a deadline extended near a citation is no extension of the cited document", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "根据《北京市丙资助办法》,企业提交申请期限延长至2024年2月29日。\n"
      "《北京市丁规定》(京丁发〔2015〕3号)同时废止,其有效期不再延长。\n");
  CHECK(RelationOf(refs, "北京市丙资助办法") == "implements");
  CHECK(RelationOf(refs, "北京市丁规定") == "repeals");
}

TEST_CASE("the documents listed under an extension's caption are extended, to the date it prints", "[refs][extends]") {
  CheckExtendedTo(refs_tests::RefsOfText("下列文件有效期延长至2025年12月31日:\n"
                                         "1.《北京市戊管理办法》(京戊发〔2015〕1号);\n"
                                         "2.《北京市己实施细则》(京己发〔2016〕2号)。\n"),
                  {"北京市戊管理办法", "北京市己实施细则"}, "2025-12-31");
  // Items printed without 《》 (BareItem) too.
  CheckExtendedTo(refs_tests::RefsOfText("下列规范性文件有效期延长至2025年12月31日:\n1.北京市甲管理办法\n2.北京市乙实施细则\n"),
                  {"北京市甲管理办法", "北京市乙实施细则"}, "2025-12-31");
}

TEST_CASE("a list table under an extension's caption extends each row", "[refs][extends]") {
  CheckExtendedTo(RefsOfDocument("北京市人民政府关于延长部分规范性文件有效期的通知",
                                 "以下规范性文件有效期延长至2026年6月30日。\n"
                                 "序号\t文件名称\t文号\n"
                                 "1\t北京市庚管理办法\t京政发〔2016〕3号\n"
                                 "2\t北京市辛暂行规定\t京政发〔2017〕9号\n"),
                  {"北京市庚管理办法", "北京市辛暂行规定"}, "2026-06-30");
}

TEST_CASE("an extension list's captions, and its column of new ends", "[refs][extends]") {
  auto refs = RefsOfDocument("北京市示范局关于延长部分规范性文件有效期的通知",
                             "经评估,决定延长下列规范性文件的有效期:\n"
                             "序号\t文件名称\t文号\t延长后有效期至\n"
                             "1\t北京市壬管理办法\t京示发〔2019〕2号\t2026年12月31日\n"
                             "2\t北京市癸管理办法\t京示发〔2019〕3号\t2025年12月31日\n");
  CheckExtendedTo(refs, {"北京市壬管理办法"}, "2026-12-31");
  CheckExtendedTo(refs, {"北京市癸管理办法"}, "2025-12-31");
  // 继续有效, with a new end: extended; 不再延长 …予以废止: repealed.
  auto kept = refs_tests::RefsOfText("下列规范性文件继续有效,有效期延长至2026年12月31日:\n1.《北京市子办法》(京子发〔2019〕1号);\n");
  CHECK(RelationOf(kept, "北京市子办法") == "extends");
  auto ended = refs_tests::RefsOfText("下列规范性文件有效期届满后不再延长有效期,予以废止:\n1.《北京市丑办法》(京丑发〔2019〕1号);\n");
  CHECK(RelationOf(ended, "北京市丑办法") == "repeals");
}

TEST_CASE("each title takes its own clause's end; a list's end is no later prose's; a certificates' caption extends nothing", "[refs][extends]") {
  CheckExtendedTo(refs_tests::RefsOfText("决定延长《北京市甲办法》(京甲发〔2019〕2号)有效期至2026年12月31日,"
                                         "《北京市乙办法》(京乙发〔2019〕3号)有效期延长至2025年6月30日。\n"),
                  {"北京市甲办法"}, "2026-12-31");
  // 原有效期至… is the old end: the new one is the 延长至 after it.
  CheckExtendedTo(refs_tests::RefsOfText("《北京市丙办法》(京丙发〔2019〕4号)原有效期至2023年12月31日,现延长至2025年12月31日。\n"),
                  {"北京市丙办法"}, "2025-12-31");
  auto refs = refs_tests::RefsOfText(
      "一、下列规范性文件有效期延长至2025年12月31日:\n1.《北京市丁办法》(京丁发〔2019〕1号)。\n"
      "二、各单位要做好宣传解读工作。\n三、《北京市戊办法》(京戊发〔2019〕3号)有效期延长两年。\n");
  CheckExtendedTo(refs, {"北京市丁办法"}, "2025-12-31");
  CHECK(RelationOf(refs, "北京市戊办法") == "extends");
  CHECK_FALSE(RefTo(refs, "北京市戊办法")->date);  // its own 两年, not the list's end
  auto certificates = refs_tests::RefsOfText(
      "下列证书有效期顺延至2024年12月31日:\n1.《北京市己办法》(京己发〔2019〕2号)规定的示范单位证书;\n");
  CHECK(RelationOf(certificates, "北京市己办法") == "cites");
}

TEST_CASE("the next sentence extends a document through 其 or 该办法, with its new end", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "《北京市甲管理办法》(京示发〔2018〕5号)有效期至2023年12月31日。经评估,现将其有效期延长至2025年12月31日。\n"
      "《北京市乙实施细则》(京示发〔2018〕6号)将于2023年6月30日到期。市政府决定延长其有效期至2024年6月30日。\n");
  CheckExtendedTo(refs, {"北京市甲管理办法"}, "2025-12-31");
  CheckExtendedTo(refs, {"北京市乙实施细则"}, "2024-06-30");
  CHECK(RefTo(refs, "北京市甲管理办法")->text.find("现将其有效期延长至") != std::string::npos);
  // An item of a notice extending documents: its own sentence's old end is no new one.
  refs = RefsOfDocument("关于延长部分政策措施有效期的通知",
                        "三、《北京市甲管理办法》(京示发〔2018〕5号)有效期至2023年12月31日。经评估,现将其有效期延长至2026年12月31日。\n");
  CheckExtendedTo(refs, {"北京市甲管理办法"}, "2026-12-31");
}

TEST_CASE("其有效期 in the next sentence is not an extension of a title cited otherwise", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      // two titles: whose 其 is not read
      "《北京市甲管理办法》和《北京市乙实施细则》有效期至2023年12月31日。现将其有效期延长至2025年12月31日。\n"
      // the title is the legal basis, not what has an end
      "根据《北京市丙条例》,核发许可证。其有效期延长至2025年12月31日。\n"
      // a refusal
      "《北京市丁办法》有效期至2023年12月31日。其有效期届满后不再延长。\n");
  CHECK(RelationOf(refs, "北京市甲管理办法") != "extends");
  CHECK(RelationOf(refs, "北京市乙实施细则") != "extends");
  CHECK(RelationOf(refs, "北京市丙条例") != "extends");
  CHECK(RelationOf(refs, "北京市丁办法") != "extends");
  CHECK(RelationOf(refs, "北京市丙条例") == "implements");
}

TEST_CASE("继续有效, then its 有效期 extended in the next clause, extends it", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "经评估,《北京市甲管理办法》(京甲发〔2018〕12号)继续有效,有效期延长至2026年12月31日。\n"
      "《北京市乙管理办法》(京乙发〔2019〕5号)和《北京市丙管理办法》(京丙发〔2019〕6号)继续执行,有效期延长至2025年12月31日。\n"
      // another subject's 有效期 in the next clause
      "《北京市丁管理办法》(京丁发〔2019〕7号)继续有效,核发的证书有效期延长至2026年12月31日。\n");
  CheckExtendedTo(refs, {"北京市甲管理办法"}, "2026-12-31");
  CheckExtendedTo(refs, {"北京市乙管理办法", "北京市丙管理办法"}, "2025-12-31");
  CHECK(RelationOf(refs, "北京市丁管理办法") != "extends");
}

TEST_CASE("其 or 该办法 in the next sentence that is a certificate's, or a title's other 有效期, is no extension", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "《北京市甲认定管理办法》(京甲发〔2020〕4号)有效期至2023年12月31日。依据该办法核发的证书,其有效期延长至2025年12月31日。\n"
      "《北京市乙管理办法》(京乙发〔2019〕2号)规定的资格证书有效期为三年。证书到期的,其有效期延长至2024年6月30日。\n");
  CHECK(RelationOf(refs, "北京市甲认定管理办法") != "extends");
  CHECK(RelationOf(refs, "北京市乙管理办法") != "extends");
}

TEST_CASE("分别 pairs the titles before it with the ends after it, not a start before them nor a title after", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "经评估,自2024年1月1日起,《北京市甲管理办法》(京甲发〔2019〕2号)和《北京市乙管理办法》(京乙发〔2019〕3号)"
      "的有效期分别延长至2025年12月31日和2026年12月31日,《北京市丙认定办法》(京丙发〔2019〕4号)同时废止。\n");
  CheckExtendedTo(refs, {"北京市甲管理办法"}, "2025-12-31");
  CheckExtendedTo(refs, {"北京市乙管理办法"}, "2026-12-31");
  CHECK(RelationOf(refs, "北京市丙认定办法") == "repeals");
}

TEST_CASE("a title's term run on to a new end: 继续执行至, 延期至, 延续执行至; a month's end; 延长后有效期", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "一、《北京市甲措施》(京示发〔2022〕5号)继续执行至2025年2月28日。\n"
      "二、《北京市乙措施》(京示发〔2022〕8号)延期至2025年6月30日。\n"
      "三、《北京市丙措施》(京示发〔2022〕11号)中的各项政策措施延续执行至2025年12月31日。\n"
      "四、《北京市丁措施》(京示发〔2022〕14号)有效期延长至2025年2月底。\n"
      "五、《北京市戊措施》(京示发〔2022〕15号)规定的补贴继续执行至2025年2月28日。\n");
  CheckExtendedTo(refs, {"北京市甲措施"}, "2025-02-28");
  CheckExtendedTo(refs, {"北京市乙措施"}, "2025-06-30");
  CheckExtendedTo(refs, {"北京市丙措施"}, "2025-12-31");
  CheckExtendedTo(refs, {"北京市丁措施"}, "2025-02-28");
  CHECK(RelationOf(refs, "北京市戊措施") != "extends");  // a subsidy it sets, not its term
  // A deadline it sets moved, not its term.
  auto moved = refs_tests::RefsOfText("《北京市己措施》(京示发〔2022〕16号)中的补贴申报截止时间延长至2023年6月30日。\n");
  CHECK(RelationOf(moved, "北京市己措施") != "extends");
  CheckExtendedTo(refs_tests::RefsOfText("《北京市庚措施》(京示发〔2022〕17号)中的有关规定继续执行至2025年12月31日。\n"),
                  {"北京市庚措施"}, "2025-12-31");
  CheckExtendedTo(RefsOfDocument("北京市示范局关于延长部分规范性文件有效期的通知",
                                 "序号\t文件名称\t文号\t延长后有效期\n1\t北京市己管理办法\t京示发〔2019〕2号\t2026年12月31日\n"),
                  {"北京市己管理办法"}, "2026-12-31");
}

TEST_CASE("an extension list's column of old ends (原有效期至) is not its new ends", "[refs][extends]") {
  auto refs = RefsOfDocument("北京市示范局关于延长部分规范性文件有效期的通知",
                             "经评估,决定对下列规范性文件的有效期予以延长,具体见下表。\n"
                             "序号\t文件名称\t文号\t原有效期至\t延长后有效期至\n"
                             "1\t北京市寅管理办法\t京示发〔2017〕30号\t2022年6月30日\t2024年12月31日\n");
  CheckExtendedTo(refs, {"北京市寅管理办法"}, "2024-12-31");
  CheckExtendedTo(RefsOfDocument("北京市示范局关于延长部分规范性文件有效期的通知",
                                 "序号\t文件名称\t文号\t现行有效期至\t有效期延长至\n"
                                 "1\t北京市卯管理办法\t京示发〔2017〕31号\t2022年6月30日\t2025年6月30日\n"),
                  {"北京市卯管理办法"}, "2025-06-30");
  // 有效期至 beside 延长有效期至, and 延长前/目前 before the new end.
  for (const char* headers : {"有效期至\t延长有效期至", "延长前有效期至\t延长后有效期至", "目前有效期至\t有效期延长至"}) {
    INFO(headers);
    CheckExtendedTo(RefsOfDocument("北京市示范局关于延长部分规范性文件有效期的通知",
                                   std::string("序号\t文件名称\t文号\t") + headers +
                                       "\n1\t北京市辰管理办法\t京示发〔2017〕32号\t2022年6月30日\t2024年12月31日\n"),
                    {"北京市辰管理办法"}, "2024-12-31");
  }
}

// A document's second extension says 再延长 (G/2021-41 of the legal probe's set, as 2021 notices
// print it), its end after the extension's length; a trial run on when it ends says 试行期满后继续执行,
// its end after a comma, often with the short title the notice defines inside its brackets.
TEST_CASE("再延长一年,至DATE and 试行期满后继续执行,执行至DATE extend it to that date", "[refs][extends]") {
  auto refs = refs_tests::RefsOfText(
      "经评估,市交通委决定将《北京市甲实施细则》(京交运发〔2016〕88号)的有效期再延长一年,至2022年10月31日。\n"
      "一、《北京市乙管理暂行规定》(京政办发〔1996〕31号,以下简称《暂行规定》)试行期满后继续执行,执行至2003年12月31日。\n"
      "二、《北京市丙暂行办法》(京政办发〔1996〕32号)试行期满后继续实施至2004年6月30日。\n");
  CheckExtendedTo(refs, {"北京市甲实施细则"}, "2022-10-31");
  CheckExtendedTo(refs, {"北京市乙管理暂行规定"}, "2003-12-31");
  CheckExtendedTo(refs, {"北京市丙暂行办法"}, "2004-06-30");
  // Not an extension: a trial that ends (试行期满后自动失效), nor a policy of the document run on.
  auto none = refs_tests::RefsOfText(
      "《北京市丁暂行办法》(京政办发〔1996〕33号)试行期满后自动失效。\n"
      "《北京市戊暂行办法》(京政办发〔1996〕34号)规定的补贴继续执行,执行至2004年6月30日。\n");
  CHECK(RelationOf(none, "北京市丁暂行办法") != "extends");
  CHECK(RelationOf(none, "北京市戊暂行办法") != "extends");
}

// 再延长 is asked for and answered (批复, 请示): a request refused, or an extension found unneeded,
// extends nothing (the review of the round: status had said in force, extended); a refusal of
// another title later in the sentence is that title's.
TEST_CASE("an extension refused or found unneeded extends nothing", "[refs][extends]") {
  auto refused = refs_tests::RefsOfText(
      "你委关于将《北京市甲实施细则》(京交运发〔2016〕88号)的有效期再延长一年,至2022年10月31日的申请不予批准,"
      "该细则有效期届满后自动失效。\n"
      "经评估,《北京市乙实施细则》(京交运发〔2016〕89号)的有效期再延长一年,至2022年10月31日的必要性不足,有效期届满后不再执行。\n");
  CHECK(RelationOf(refused, "北京市甲实施细则") != "extends");
  CHECK(RelationOf(refused, "北京市乙实施细则") != "extends");
  auto other = refs_tests::RefsOfText(
      "《北京市丙实施细则》(京交运发〔2016〕90号)有效期延长至2025年12月31日,《北京市丁实施细则》(京交运发〔2016〕91号)不再执行。\n");
  CheckExtendedTo(other, {"北京市丙实施细则"}, "2025-12-31");
}

TEST_CASE("a trial extended after a sentence giving the reason, and a 文号's 文件的有效期, extend it", "[refs][extends]") {
  // 关于延长《A》试行期的通知: the trial's end in the citing sentence, the extension in the next,
  // after a clause giving the reason (鉴于…正在制定中,经研究,决定将该办法的试行期延长至…).
  auto trial = refs_tests::RefsOfText(
      "1996年3月20日市政府印发的《北京市甲暂行办法》(京政发〔1996〕12号)试行期将于1998年4月30日届满。"
      "鉴于本市相关地方性法规正在制定中,经研究,决定将该办法的试行期延长至1999年12月31日。\n");
  CheckExtendedTo(trial, {"北京市甲暂行办法"}, "1999-12-31");
  // A 文号 cited alone under an extension's caption, its 文件的有效期 extended.
  auto bare = RefsOfDocument("关于延长部分规范性文件有效期的通知",
                             "经评估,我局决定延长下列规范性文件的有效期:\n京财预〔2009〕1234号文件的有效期延长至2014年12月31日。\n");
  bool extended = false;
  for (const auto& r : bare)
    if (r.to == "京财预〔2009〕1234号") extended = ToString(r.type) == "extends" && ToIso(r.date) == "2014-12-31";
  CHECK(extended);
}

TEST_CASE("an extension after reasons of other shapes, and 号文's 有效期", "[refs][extends]") {
  for (const char* reason : {"为保持政策的连续性,", "根据本市出租汽车行业管理需要,",
                             "鉴于《北京市出租汽车管理条例》正在制定中,"}) {
    auto refs = refs_tests::RefsOfText(std::string("《北京市甲暂行办法》(京政发〔1996〕12号)试行期将于1998年4月30日届满。") +
                                       reason + "经研究,决定将该办法的试行期延长至1999年12月31日。\n");
    CheckExtendedTo(refs, {"北京市甲暂行办法"}, "1999-12-31");
  }
  auto haowen = RefsOfDocument("关于延长部分规范性文件有效期的通知", "京财预〔2009〕1234号文的有效期延长至2014年12月31日。\n");
  REQUIRE_FALSE(haowen.empty());
  CHECK(ToString(haowen[0].type) == "extends");
  // A certificate's rule of extension is none of the document's.
  auto rule = refs_tests::RefsOfText("依据京财预〔2009〕1234号文件的有效期延长规定办理的资格证书继续有效。\n");
  REQUIRE_FALSE(rule.empty());
  CHECK(ToString(rule[0].type) != "extends");
}

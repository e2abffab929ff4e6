// The clause structure a relation is read from: coordinated titles share the verb that ends
// them, a vehicle of an amendment is not the verb's object, a verb with an object of its own
// decides nothing.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "gates.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "references_support.hpp"
#include "../support.hpp"

using namespace gazette;

namespace {

std::vector<Reference> Refs(const std::string& text) { return refs_tests::RefsOfText(text); }

// TYPE of the reference to TITLE (TitleKey form), "" if none.
std::string TypeOf(const std::vector<Reference>& refs, const std::string& title) {
  for (const auto& r : refs)
    if (TitleKey(r.title) == title) return ToString(r.type);
  return "";
}

size_t Repeals(const std::vector<Reference>& refs) {
  size_t n = 0;
  for (const auto& r : refs) n += ToString(r.type) == "repeals";
  return n;
}

}  // namespace

TEST_CASE("coordinated titles, each with its dating and issuer, share the verb", "[refs][clauses]") {
  auto refs = Refs(
      "本办法自2000年1月1日起施行。1990年5月6日北京市人民政府第12号令发布的《北京市甲办法》，"
      "1992年3月1日市人民政府京政发〔1992〕8号文件发布的《北京市乙规定》和1995年发布的《北京市丙细则》同时废止。\n");
  REQUIRE(Repeals(refs) == 3);
  CHECK(TypeOf(refs, "北京市甲办法") == "repeals");
  CHECK(refs[0].to == "北京市人民政府令第12号");
  CHECK(TypeOf(refs, "北京市乙规定") == "repeals");
  CHECK(refs[1].to == "京政发〔1992〕8号");
  CHECK(TypeOf(refs, "北京市丙细则") == "repeals");
  for (const auto& r : refs) CHECK(ToIso(r.date) == "2000-01-01");
}

TEST_CASE("titles joined by 、 以及 及 before a verb that ends the clause", "[refs][clauses]") {
  auto refs = Refs("《甲办法》、《乙办法》以及《丙办法》及《丁办法》自本规定施行之日起废止。\n");
  CHECK(Repeals(refs) == 4);
}

TEST_CASE("bare 文号 before 文件同时废止, and a repeal dated 自DATE起失效", "[refs][clauses]") {
  auto refs = Refs("京政发〔2005〕30号、京政发〔2006〕15号文件同时废止。\n");
  REQUIRE(refs.size() == 2);
  CHECK(Repeals(refs) == 2);
  CHECK(refs[0].to == "京政发〔2005〕30号");
  CHECK(refs[1].to == "京政发〔2006〕15号");
  refs = Refs("《北京市旧办法》(京政发〔2005〕30号)自2015年12月31日起失效。\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(ToIso(refs[0].date) == "2015-12-31");
}

TEST_CASE("a title that is the vehicle of an amendment is not repealed", "[refs][clauses]") {
  // external/07.txt:305 (the same shape)
  auto refs = Refs(
      "本条例自2021年10月1日起施行。1996年9月6日北京市第十届人民代表大会常务委员会第三十次会议通过，"
      "根据2016年11月25日北京市第十四届人民代表大会常务委员会第三十一次会议《关于修改部分地方性法规的决定》"
      "修正的《北京市实施〈中华人民共和国保守国家秘密法〉若干规定》同时废止。\n");
  CHECK(TypeOf(refs, "关于修改部分地方性法规的决定") == "cites");
  CHECK(TypeOf(refs, "北京市实施《中华人民共和国保守国家秘密法》若干规定") == "repeals");
  CHECK(Repeals(refs) == 1);
}

TEST_CASE("the legislative history under a title names vehicles, not objects", "[refs][clauses]") {
  // external/02.txt:5 …《关于修改〈北京市乡、民族乡、镇人民代表大会组织条例〉的决定》修正
  auto refs = Refs("1996年5月30日 北京市第十届人民代表大会常务委员会第二十七次会议《关于修改〈甲条例〉的决定》修正\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "cites");
  CHECK(ToString(Refs("对《甲办法》进行了修订。\n")[0].type) == "revises");
}

TEST_CASE("a repeal verb with an object of its own decides nothing", "[refs][clauses]") {
  auto refs = Refs("依照《中华人民共和国立法法》，本市制定、修改、废止地方性法规。\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "implements");
  CHECK(ToString(Refs("自《甲办法》废止之日起，按照本办法执行。\n")[0].type) != "repeals");
}

TEST_CASE("the verb before its titles: 废止《A》、…发布的《B》", "[refs][clauses]") {
  auto refs = Refs("市人民政府决定废止《甲办法》、2001年发布的《乙规定》。\n");
  CHECK(Repeals(refs) == 2);
}

TEST_CASE("part of a title repealed is an amendment", "[refs][clauses]") {
  CHECK(ToString(Refs("《甲办法》第五条同时废止。\n")[0].type) == "amends");
  CHECK(ToString(Refs("《甲办法》中与本办法不一致的规定同时废止。\n")[0].type) == "amends");
}

TEST_CASE("an order printed as the dating of the title after it is that title's number", "[refs][clauses]") {
  // external/40.txt:525
  auto refs = Refs("2014年7月30日原国家食品药品监督管理总局令第4号公布的《医疗器械注册管理办法》同时废止。\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(refs[0].to == "国家食品药品监督管理总局令第4号");
  CHECK(refs[0].title == "医疗器械注册管理办法");
}

TEST_CASE("no 文号 starts inside a date or an issuer phrase", "[refs][clauses]") {
  auto refs = Refs("1990年5月6日市人民政府京政发〔1990〕12号文件发布的《北京市甲规定》同时废止。\n");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].to == "京政发〔1990〕12号");
  CHECK(refs[0].to_printed == "京政发〔1990〕12号");
}

TEST_CASE("a title's parentheses give its order; the amending order in them is cited", "[refs][clauses]") {
  auto refs = Refs("《北京市甲规定》(1997年12月31日北京市人民政府第12号令发布，根据2007年11月23日北京市人民政府"
                   "第200号令修改)及其修正案同时废止。\n");
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(refs[0].to == "北京市人民政府令第12号");
  CHECK(ToString(refs[1].type) == "cites");
  CHECK(refs[1].to == "北京市人民政府令第200号");
}

TEST_CASE("an order that amended the next title is its vehicle; the titles stay coordinated", "[refs][clauses]") {
  auto refs = Refs("本规定自2005年1月1日起施行。1992年7月1日北京市人民政府发布的《北京市甲规定》，"
                   "1997年12月31日北京市人民政府第12号令修改的《北京市乙办法》同时废止。\n");
  CHECK(TypeOf(refs, "北京市甲规定") == "repeals");
  CHECK(TypeOf(refs, "北京市乙办法") == "repeals");
  REQUIRE(refs.size() == 3);
  CHECK(refs[1].to == "北京市人民政府令第12号");
  CHECK(ToString(refs[1].type) == "cites");
}

TEST_CASE("a title's dating in long parentheses does not hide the verb", "[refs][clauses]") {
  auto refs = Refs("《北京市甲条例》(1995年3月1日北京市第十届人民代表大会常务委员会第十七次会议通过，2001年修正)同时废止。\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "repeals");
}

// refs_clause_gate turns a clause away from refs_revise, refs_supplement and refs_replace
// (ClassifyRelation): sound only while each of them holds one of the gate's words.
TEST_CASE("the clause gate guards the revise, supplement and replace patterns", "[refs]") {
  for (const char* name : {"refs_revise", "refs_supplement", "refs_replace"}) {
    INFO(name);
    CHECK(testing::GateCovers("refs_clause_gate", name));
  }
  for (const std::string& text : testing::ExamplesAndSampleLines())
    if (RxFind(text, "refs_revise") || RxFind(text, "refs_supplement") || RxFind(text, "refs_replace")) {
      INFO(text);
      CHECK(RxMayMatch(text, "refs_clause_gate"));
    }
}

// refs_list_gate turns a caption away from the four list patterns (ListRelation): sound only
// while each of them holds one of the gate's words.
TEST_CASE("the list gate guards the four list relations", "[refs]") {
  for (const char* name : {"refs_list_keep", "refs_list_keep_weak", "refs_list_repeal", "refs_list_amend", "refs_extend"}) {
    INFO(name);
    CHECK(testing::GateCovers("refs_list_gate", name));
  }
  for (const std::string& text : testing::ExamplesAndSampleLines())
    if (RxFind(text, "refs_list_keep") || RxFind(text, "refs_list_keep_weak") || RxFind(text, "refs_list_repeal") ||
        RxFind(text, "refs_list_amend") ||
        RxFind(text, "refs_extend")) {
      INFO(text);
      CHECK(RxMayMatch(text, "refs_list_gate"));
    }
}

// refs_extend_gate turns a sentence away from the extension patterns (Extends): sound only while
// each holds one of its words.
TEST_CASE("the extension gate guards the extension patterns", "[refs][extends]") {
  for (const char* name : {"refs_extend_after", "refs_extend_subject", "refs_extend_after_old", "refs_extend_continue"}) {
    INFO(name);
    CHECK(testing::GateCovers("refs_extend_gate", name));
  }
}

// NextMarkE380 finds what std::string::find of the mark's three bytes finds, from every offset of
// every example and sample line, and of made-up lines (marks at the ends, cut marks, 。 and 、).
TEST_CASE("NextMarkE380 finds the marks std::string::find finds", "[refs]") {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* t : {"", "《", "》", "\xE3", "\xE3\x80", "a\xE3\x80", "。、《A》。", "《《》》", "\xE3\x80\x8A\xE3", "x》", "〈〉「」"})
    texts.emplace_back(t);
  for (const auto& text : texts) {
    INFO(text);
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      const size_t open = text.find("《", from), close = text.find("》", from);
      REQUIRE(refs::NextMarkE380(text, from, '\x8A', '\x8A') == open);
      REQUIRE(refs::NextMarkE380(text, from, '\x8A', '\x8B') == std::min(open, close));
    }
  }
}

TEST_CASE("text added to the cited document supplements it: 作如下补充, 予以补充", "[refs][clauses]") {
  auto refs = Refs("现对《北京市甲办法》（京政发〔2013〕5号）作如下补充：\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "supplements");
  CHECK(TypeOf(Refs("市政府决定对《北京市乙办法》予以补充。\n"), "北京市乙办法") == "supplements");
  CHECK(TypeOf(Refs("按照《北京市丙办法》补充医疗保险的规定执行。\n"), "北京市丙办法") != "supplements");
}

TEST_CASE("同时废止 dates from the document's start, not from a part's dated after it", "[refs][clauses]") {
  auto refs = Refs("本条例自2020年5月1日起施行。其中第五条自2021年1月1日起施行。《北京市旧测试条例》同时废止。\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(ToIso(refs[0].date) == "2020-05-01");
}

TEST_CASE("同时废止 after the article stating the start takes that start", "[refs][clauses]") {
  // The sentence before opens with the article's own label, not a part's: 第十五条 本办法自…实施。
  auto refs = Refs("第十五条　本办法自2016年12月22日起实施。《北京市旧办法》（京文旅发〔2015〕199号）同时废止。\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToIso(refs[0].date) == "2016-12-22");
}

TEST_CASE("撤销 a document repeals it, 撤销 its article amends it", "[refs][clauses]") {
  auto refs = Refs(
      "一、撤销《北京市甲管理办法》(京甲发〔2019〕5号)。\n"
      "二、《北京市乙管理办法》(京乙发〔2019〕6号)予以撤销。\n"
      "三、依法撤销《北京市丙管理办法》(京丙发〔2019〕7号)第八条。\n");
  CHECK(TypeOf(refs, "北京市甲管理办法") == "repeals");
  CHECK(TypeOf(refs, "北京市乙管理办法") == "repeals");
  CHECK(TypeOf(refs, "北京市丙管理办法") == "amends");
}

TEST_CASE("a title that is its sentence's topic is repealed by 予以废止 ending the sentence", "[refs][clauses]") {
  auto refs = Refs(
      "经审查,《北京市甲管理办法》(京甲发〔2019〕5号)已不适应当前管理需要,市政府决定予以废止。\n"
      "二、《北京市乙管理办法》(京乙发〔2019〕6号)调整对象已消失,决定宣布失效。\n"
      "对于《北京市丙管理办法》(京丙发〔2019〕7号),决定予以废止。\n"
      // the clause after the title names an object of its own
      "《北京市丁管理办法》(京丁发〔2019〕8号)规定的许可证,予以撤销。\n"
      // the title is no topic: the legal basis
      "根据《北京市戊条例》,对不符合条件的,予以撤销。\n");
  CHECK(TypeOf(refs, "北京市甲管理办法") == "repeals");
  CHECK(TypeOf(refs, "北京市乙管理办法") == "repeals");
  CHECK(TypeOf(refs, "北京市丙管理办法") == "repeals");
  CHECK(TypeOf(refs, "北京市丁管理办法") != "repeals");
  CHECK(TypeOf(refs, "北京市戊条例") != "repeals");
}

TEST_CASE("a repeal awaiting an event to come (待…出台后) is none by this document", "[refs][clauses]") {
  auto refs = Refs(
      "我委正在研究制定新的管理办法。待新办法出台后,《北京市甲管理办法》(京甲发〔2019〕7号)同时废止。\n"
      "本办法自2024年1月1日起施行,《北京市乙管理办法》(京乙发〔2019〕8号)同时废止。\n");
  CHECK(TypeOf(refs, "北京市甲管理办法") == "cites");
  CHECK(TypeOf(refs, "北京市乙管理办法") == "repeals");
}

TEST_CASE("the verbs of amendment drafting amend the cited document", "[refs][clauses]") {
  auto refs = Refs(
      "一、对《北京市甲管理办法》(京甲发〔2019〕5号)第十条进行调整。\n"
      "二、《北京市乙管理办法》(京乙发〔2019〕6号)第十条作如下调整:\n"
      "三、在《北京市丙管理办法》(京丙发〔2019〕7号)第六条后增加一条,作为第七条。\n"
      "四、对《北京市丁管理办法》(京丁发〔2019〕8号)进行修改完善。\n"
      // a policy adjusted under a document, and more funds: no change to its text
      "五、按照《北京市戊管理办法》的规定,结合实际进行调整。\n");
  for (const char* title : {"北京市甲管理办法", "北京市乙管理办法", "北京市丙管理办法", "北京市丁管理办法"}) {
    INFO(title);
    CHECK(TypeOf(refs, title) == "amends");
  }
  CHECK(TypeOf(refs, "北京市戊管理办法") == "implements");
}

TEST_CASE("予以废止 after a part or a thing the title sets, 撤销 of what the title sets, and applying verbs are no repeal or amendment", "[refs][clauses]") {
  auto refs = Refs(
      "一、《北京市甲管理办法》(京甲发〔2018〕5号)有关收费减免的规定,决定予以废止。\n"
      "二、《北京市乙实施细则》(京乙发〔2019〕6号)附件2,现予废止。\n"
      "三、《北京市丙办法》(京丙发〔2015〕3号)继续有效,其附件1决定予以废止。\n"
      "四、经审查,《北京市丁管理办法》(京丁发〔2018〕7号)设定的补贴标准已不适应当前需要,决定予以废止。\n"
      "五、撤销《北京市人民政府关于设立北京市戊开发区的批复》(京政函〔2006〕12号)确定的戊开发区等3个开发区。\n"
      "六、按照《北京市己管理办法》(京己发〔2019〕7号)第十条规定进行调整。\n"
      "七、参照《北京市庚管理办法》对本单位预案进行修改。\n");
  for (const char* title : {"北京市甲管理办法", "北京市乙实施细则", "北京市丙办法", "北京市丁管理办法",
                            "北京市人民政府关于设立北京市戊开发区的批复"}) {
    INFO(title);
    CHECK(TypeOf(refs, title) != "repeals");
  }
  CHECK(TypeOf(refs, "北京市己管理办法") == "implements");
  CHECK(TypeOf(refs, "北京市庚管理办法") == "implements");
}

TEST_CASE("a verb before the title repeals it with a count or a dating after it, not what it sets; a title its clause applies is no repeal's object", "[refs][clauses]") {
  auto refs = Refs(
      "一、决定废止《北京市甲管理办法》等10件市政府规章。\n"
      "二、废止《北京市乙管理办法》(1998年5月11日北京市人民政府令第21号发布)。\n"
      "三、决定废止《北京市丙管理办法》和《北京市丁管理办法》两个文件。\n"
      "四、撤销依据《北京市戊通知》成立的领导小组。\n"
      "五、各区要认真执行《北京市己管理办法》《北京市庚管理办法》,《北京市辛管理办法》同时废止。\n");
  for (const char* title : {"北京市甲管理办法", "北京市乙管理办法", "北京市丙管理办法", "北京市丁管理办法", "北京市辛管理办法"}) {
    INFO(title);
    CHECK(TypeOf(refs, title) == "repeals");
  }
  CHECK(TypeOf(refs, "北京市戊通知") != "repeals");
  CHECK(TypeOf(refs, "北京市己管理办法") == "implements");
  CHECK(TypeOf(refs, "北京市庚管理办法") == "implements");
}

TEST_CASE("an attachment of a title repealed, or the content of a bare 文号, is an amendment of it", "[refs][clauses]") {
  auto refs = Refs(
      "一、废止《北京市甲管理办法》(京甲发〔2019〕5号)附件2,该通知其他内容继续有效。\n"
      "二、《北京市乙管理办法》(京乙发〔2019〕6号)附件2同时废止,其他内容继续有效。\n"
      "三、《北京市丙管理办法》(京丙发〔2019〕7号)附件所列文件同时废止。\n");
  CHECK(TypeOf(refs, "北京市甲管理办法") == "amends");
  CHECK(TypeOf(refs, "北京市乙管理办法") == "amends");
  CHECK(TypeOf(refs, "北京市丙管理办法") != "amends");  // the documents its attachment lists
  refs = Refs("京政发〔2015〕31号文件中有关社会保险补贴的内容同时废止。\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "amends");
}

TEST_CASE("documents recalled by a count (上述两个文件同时废止) are the ones last named together, repealed", "[refs][clauses]") {
  auto refs = Refs(
      "市政府先后印发了《北京市甲通知》(京甲发〔2015〕31号)和《北京市乙意见》(京乙发〔2016〕5号)。\n"
      "一、加大援企稳岗力度,落实《北京市丙办法》(京丙发〔2014〕2号)。\n"
      "二、本通知自2018年10月1日起施行,上述两个文件同时废止。\n");
  std::vector<std::string> repealed;
  for (const auto& r : refs)
    if (r.type == Relation::kRepeals) repealed.push_back(r.to + " " + ToIso(r.date));
  // The two named together on the last line naming two: 甲 and 乙, not 丙 cited alone since.
  CHECK(repealed == std::vector<std::string>{"京甲发〔2015〕31号 2018-10-01", "京乙发〔2016〕5号 2018-10-01"});
  // Fewer documents cited than it counts: none.
  refs = Refs("依据《北京市甲通知》(京甲发〔2015〕31号)制定本办法。\n本办法自2018年10月1日起施行,上述三个文件同时废止。\n");
  for (const auto& r : refs) CHECK(r.type != Relation::kRepeals);
}

TEST_CASE("停止施行, 不再施行 and 停止实施 end the cited document as 停止执行 does", "[refs][clauses]") {
  CHECK(TypeOf(Refs("二、《北京市甲补助办法》(京财行〔2008〕51号)自2014年3月1日起停止施行。\n"), "北京市甲补助办法") == "repeals");
  CHECK(TypeOf(Refs("《北京市乙补助办法》(京财行〔2008〕52号)自2014年3月1日起不再施行。\n"), "北京市乙补助办法") == "repeals");
  CHECK(TypeOf(Refs("《北京市丙补助办法》(京财行〔2008〕53号)同时停止实施。\n"), "北京市丙补助办法") == "repeals");
  CHECK(testing::GateCovers("refs_repeal_gate", "refs_repeal"));
}

TEST_CASE("作出修改 after the title, and 修改 opening the clause before it, amend it", "[refs][clauses]") {
  CHECK(TypeOf(Refs("一、对《北京市甲条例》作出修改\n"), "北京市甲条例") == "amends");
  CHECK(TypeOf(Refs("三、对《北京市乙条例》的部分条款作出修改\n"), "北京市乙条例") == "amends");
  CHECK(TypeOf(Refs("一、对《北京市丙条例》第十条作出修改。\n"), "北京市丙条例") == "amends");
  // 修改 opening the clause, in a document that amends: not a work plan's task.
  Document decision;
  decision.title = "北京市人民政府关于修改部分规章的决定";
  decision.body = Normalize("一、修改《北京市丁条例》第十条。\n", "t.txt").lines;
  CHECK(TypeOf(ExtractReferences(decision), "北京市丁条例") == "amends");
  CHECK(TypeOf(Refs("一、修改《北京市丁条例》第十条。\n"), "北京市丁条例") == "cites");
  CHECK(TypeOf(Refs("(一)市住房城乡建设委牵头,2018年底前,修改《北京市物业管理办法》,报市政府审议。\n"), "北京市物业管理办法") == "cites");
  // A text applying the title, then amending another, amends nothing of it.
  CHECK(TypeOf(Refs("根据《北京市戊条例》,对本办法作出相应修改。\n"), "北京市戊条例") != "amends");
  CHECK(TypeOf(Refs("各区要抓紧研究修改《北京市己办法》。\n"), "北京市己办法") == "cites");
}

// A decision repealing one regulation names it, says why, then repeals it through a pronoun (the
// legal probe's K/2019-02, as 关于废止《…办法》的决定 print it): the title its own title repeals is
// repealed on the day the sentence gives; only that title, only by a decision (the review of the
// round: a national 办法 cited as the reason, a proposal refused, a condition had been repeals).
TEST_CASE("该办法…废止 in a decision titled 关于废止《A办法》的决定 repeals A", "[refs][clauses]") {
  const std::string title = "北京市人民政府关于废止《北京市甲管理办法》的决定";
  auto refs_of = [&](const std::string& body, const std::string& doc_title) {
    Document d;
    d.title = doc_title;
    d.body = Normalize(body, "t.txt").lines;
    return ExtractReferences(d);
  };
  const std::string why =
      "《北京市甲管理办法》(2003年2月12日北京市人民政府令第118号发布)施行以来,发挥了积极作用。"
      "鉴于该办法与《城市户外广告设施管理办法》不一致,";
  for (const char* verb : {"市人民政府决定,该办法自2019年1月8日起废止。\n", "市人民政府决定对该办法予以废止。\n"}) {
    INFO(verb);
    auto refs = refs_of(why + verb, title);
    CHECK(TypeOf(refs, "北京市甲管理办法") == "repeals");
    CHECK(TypeOf(refs, "城市户外广告设施管理办法") == "cites");  // nearer, but not the decision's object
  }
  CHECK(ToIso(refs_of(why + "市人民政府决定,该办法自2019年1月8日起废止。\n", title)[0].date) == "2019-01-08");
  // Two titles the title repeals, recalled by 上述办法: both.
  auto two = refs_of("《北京市甲管理办法》和《北京市乙管理办法》施行以来,发挥了积极作用。市人民政府决定,上述办法自2019年1月8日起废止。\n",
                     "北京市人民政府关于废止《北京市甲管理办法》和《北京市乙管理办法》的决定");
  CHECK(Repeals(two) == 2);
  // Not: another document's title, a noun that fits no title (该规定), a part, what follows the
  // repeal, a proposal refused, a condition.
  CHECK(Repeals(refs_of(why + "市人民政府决定,该办法自2019年1月8日起废止。\n", "北京市人民政府关于加强户外广告管理的通知")) == 0);
  CHECK(Repeals(refs_of(why + "市人民政府决定,该规定同时废止。\n", title)) == 0);
  CHECK(Repeals(refs_of(why + "市人民政府决定,该办法第五条同时废止。\n", title)) == 0);
  CHECK(Repeals(refs_of(why + "该办法废止前核发的证件继续有效。\n", title)) == 0);
  CHECK(Repeals(refs_of(why + "你委建议该办法自2019年3月1日起废止,经研究,不同意。\n", title)) == 0);
  CHECK(Repeals(refs_of(why + "待实施细则施行后,该办法同时废止。\n", title)) == 0);
}

// A document put off before it starts, or stopped for a time (the legal probe's G/2016-34: a 办法
// due on 2016-10-01, 暂缓实施 a week before): suspends, with the day it resumes when printed.
TEST_CASE("暂缓实施, 暂停执行 and 施行日期推迟至 suspend the cited document", "[refs][clauses]") {
  CHECK(TypeOf(Refs("《北京市甲考核办法》(京交运发〔2016〕90号)暂缓实施,具体实施日期另行通知。\n"), "北京市甲考核办法") == "suspends");
  CHECK(TypeOf(Refs("《北京市乙考核办法》(京交运发〔2016〕91号)暂停执行。\n"), "北京市乙考核办法") == "suspends");
  CHECK(TypeOf(Refs("市交通委决定暂缓实施《北京市丙考核办法》。\n"), "北京市丙考核办法") == "suspends");
  auto put_off = Refs("《北京市丁考核办法》(京交运发〔2016〕92号)的施行日期推迟至2017年1月1日。\n");
  CHECK(TypeOf(put_off, "北京市丁考核办法") == "suspends");
  REQUIRE(put_off.size() == 1);
  CHECK(ToIso(put_off[0].date) == "2017-01-01");
  // Not: a measure the document provides, an extension of its 有效期 (延期至), a repeal (停止执行).
  CHECK(TypeOf(Refs("依照《北京市戊办法》(京交运发〔2016〕93号)规定的暂停执行措施处理。\n"), "北京市戊办法") != "suspends");
  CHECK(TypeOf(Refs("《北京市己办法》(京交运发〔2016〕94号)延期至2017年1月1日。\n"), "北京市己办法") == "extends");
  CHECK(TypeOf(Refs("《北京市庚办法》(京交运发〔2016〕95号)同时停止执行。\n"), "北京市庚办法") == "repeals");
}

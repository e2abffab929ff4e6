// The references extractor on hand-made documents: one rule per test.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "gates.hpp"
#include "normalize/normalizer.hpp"
#include "../support.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

Document Doc(const std::string& text, const std::string& docno = "", const std::string& title = "") {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  d.docno = docno;
  d.id = docno;
  d.title = title;
  return d;
}

const Reference* Find(const std::vector<Reference>& refs, const std::string& to) {
  for (const auto& r : refs)
    if (r.to == to) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("同时废止 repeals the cited 文号, nested 〈〉 kept in the title", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "本通知自发布之日起实施。《关于印发〈北京市境外职业资格认可目录(3.0 版)〉的通知》(京人社事业发〔2023〕24 号)同时废止。\n"));
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(refs[0].to == "京人社事业发〔2023〕24号");
  CHECK(refs[0].to_printed == "京人社事业发〔2023〕24 号");  // as printed, spacing kept (records.hpp)
  CHECK(refs[0].title == "关于印发〈北京市境外职业资格认可目录(3.0版)〉的通知");
  CHECK(ToIso(refs[0].date).empty());
  CHECK(refs[0].line == 1);
}

TEST_CASE("自…起废止 and 同时废止 after a dated start carry the date", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "本办法自 2023 年 12 月 22 日起实施。《甲办法》(京文旅发〔2022〕108 号)同时废止。\n\n"
      "《乙规定》(京政发〔2010〕3号)自2024年1月1日起废止。\n"));
  REQUIRE(refs.size() == 2);
  CHECK(ToIso(refs[0].date) == "2023-12-22");
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(ToIso(refs[1].date) == "2024-01-01");
  CHECK(refs[1].line == 3);
}

TEST_CASE("a list of citations before 同时废止 repeals each", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "(二)《关于印发〈甲细则〉的通知》(京人社办发〔2009〕61号)、《乙通知》(京人社能发〔2012〕34号)同时废止。\n"));
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(ToString(refs[1].type) == "repeals");
}

TEST_CASE("a short title introduced by 以下简称 is resolved at each later use", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "现就印发的《关于建设人力资源市场的若干措施(试行)》(京人社市场发〔2018〕266号,以下简称《若干措施》)中有关事项补充通知如下:\n\n"
      "一、《若干措施》第二条第二款调整为“市主管部门负责搭建平台。”\n\n"
      "本通知自印发之日起执行。未涉及事项仍按《若干措施》执行。\n",
      "京人社市场发〔2024〕12号", "关于建设人力资源市场若干措施(试行)的补充通知"));
  REQUIRE(refs.size() == 3);
  CHECK(ToString(refs[0].type) == "supplements");
  CHECK(refs[0].to == "京人社市场发〔2018〕266号");
  CHECK(ToString(refs[1].type) == "amends");
  CHECK(refs[1].to == "京人社市场发〔2018〕266号");
  CHECK(refs[1].alias == "若干措施");
  CHECK(refs[1].title == "关于建设人力资源市场的若干措施(试行)");
  CHECK(ToString(refs[2].type) == "implements");
}

TEST_CASE("a short title introduced by 以下称 is one as well", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "根据《北京市失业保险金发放办法》(京劳社失发〔2012〕15号,以下称《办法》)的规定,制定本细则。\n\n"
      "本细则自2018年10月1日起施行,《办法》同时废止。\n",
      "京政发〔2018〕30号", "关于印发失业保险金发放细则的通知"));
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(refs[1].to == "京劳社失发〔2012〕15号");
  CHECK(refs[1].title == "北京市失业保险金发放办法");
}

TEST_CASE("为实施《…》,制定本办法 implements it (external/20.txt:5)", "[refs]") {
  auto refs = ExtractReferences(Doc("第一条 为实施《中华人民共和国红十字会法》，结合本市实际，制定本办法。\n"));
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "implements");
}

TEST_CASE("revises: 对《…》进行了修订", "[refs]") {
  auto refs = ExtractReferences(Doc("市商务局对《甲管理办法》(京商函字〔2019〕1272号)进行了修订。现将修订后的办法印发给你们。\n"));
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "revises");
}

TEST_CASE("implements and cites; forms and licences are not documents", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "根据《中华人民共和国就业促进法》,制定本办法。\n\n申请人应提交《营业执照》和《人力资源服务许可证》。\n\n"
      "参见《北京市就业援助规定》。\n"));
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[0].type) == "implements");
  CHECK(refs[0].title == "中华人民共和国就业促进法");
  CHECK(ToString(refs[1].type) == "cites");
}

TEST_CASE("the document's own title and instruments are not citations", "[refs]") {
  Document d = Doc("现将《北京市甲办法(试行)》印发给你们,请认真贯彻落实。\n\n北京市甲办法(试行)\n",
                   "京人社评发〔2024〕11号", "关于印发《北京市甲办法(试行)》的通知");
  d.instruments.push_back({"北京市甲办法(试行)", 1, 2, 3});
  CHECK(ExtractReferences(d).empty());
}

TEST_CASE("an older version of an issued instrument is replaced", "[refs]") {
  Document d = Doc("2020年12月31日之前的项目适用《北京市甲实施方案(2018年版)》(京商务财务字[2018]24号)。\n",
                   "京商务财务字〔2021〕1号", "关于印发《北京市甲实施方案(2021年版)》的通知");
  auto refs = ExtractReferences(d);
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "replaces");
  CHECK(refs[0].to == "京商务财务字〔2018〕24号");
}

TEST_CASE("IssuedOfKey of a title's key is its IssuedTitleKey, and an older version cited by its notice", "[refs]") {
  for (const std::string title : {"北京市商务局关于印发〈甲办法(修订)〉的通知", "《关于印发<乙规定>的通知》", "甲办法",
                                  "关于印发《 丙 方案 》的通知。", ""})
    CHECK(refs::IssuedOfKey(TitleKey(title)) == IssuedTitleKey(title));
  // The citation names the notice that issued the older version: its issued key is compared.
  Document d = Doc("《关于印发〈北京市甲实施方案(2018年版)〉的通知》同时废止。\n", "京商务财务字〔2021〕1号",
                   "关于印发《北京市甲实施方案(2021年版)》的通知");
  auto found = ExtractReferences(d);
  REQUIRE(found.size() == 1);
  CHECK(ToString(found[0].type) == "repeals");
  // Not a repeal: the older version is replaced.
  Document cited = Doc("参照《关于印发〈北京市甲实施方案(2018年版)〉的通知》执行。\n", "京商务财务字〔2021〕1号",
                       "关于印发《北京市甲实施方案(2021年版)》的通知");
  auto replaced = ExtractReferences(cited);
  REQUIRE(replaced.size() == 1);
  CHECK(ToString(replaced[0].type) == "replaces");
}

TEST_CASE("numbers within their year: issuer taken from the title; 根据…修改 is a citation too", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "按照《国家税务总局关于发布〈甲办法〉的公告》(2011年第20号,根据国家税务总局公告2018年第31号修改)执行。\n"));
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].to == "国家税务总局公告2011年第20号");
  CHECK(ToString(refs[0].type) == "implements");
  CHECK(refs[1].to == "国家税务总局公告2018年第31号");
  CHECK(ToString(refs[1].type) == "cites");
}

TEST_CASE("a bare 文号 after a title printed without 《》 takes that title", "[refs]") {
  auto refs = ExtractReferences(Doc("下列文件废止:\n\n1.关于做好就业工作的通知(京人社就发〔2020〕70号)\n\n"
                                    "2.关于延续补助政策的通知(京人社就发〔2021〕25号)\n"));
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].title == "关于做好就业工作的通知");
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(refs[1].to == "京人社就发〔2021〕25号");
}

TEST_CASE("rows of a 宣布废止失效 list are repeals, one per row, headers repeated", "[refs]") {
  auto refs = ExtractReferences(Doc(
      "北京市某局宣布废止失效的文件目录\n\n序号\t文件名称\t文号\n1\t关于甲的通知\t京劳社督发〔2001〕100号\n"
      "2\t关于《乙办法》的补充通知\t京劳社养发〔2001〕156号\n\n序号\t文件名称\t文号\n3\t关于丙的通知\t〔87〕市劳险字第224号\n"));
  REQUIRE(refs.size() == 3);
  for (const auto& r : refs) CHECK(ToString(r.type) == "repeals");
  CHECK(refs[1].title == "关于《乙办法》的补充通知");
  CHECK(refs[2].to == "〔87〕市劳险字第224号");
  CHECK(refs[2].line == 8);
}

TEST_CASE("a list captioned 继续有效 cites its rows", "[refs]") {
  auto refs = ExtractReferences(Doc("继续有效的规范性文件目录\n\n序号\t文件名称\t文号\n1\t关于甲的通知\t京政发〔2001〕1号\n"));
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "cites");
}

TEST_CASE("a title cut by a page break is joined", "[refs]") {
  auto refs = ExtractReferences(Doc("贯彻《中华人民共和国退役军人保\n\n障法》和《中华人民共和国就业促进法》。\n"));
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].title == "中华人民共和国退役军人保障法");
  CHECK(refs[0].line == 1);
  CHECK(refs[1].line == 3);
}

TEST_CASE("a title cut twice, with its 文号 on a line of its own, is read as one line", "[refs]") {
  // Four printed lines joined (the most JoinCutTitle joins): the line, two more while the 《 stays
  // open, and the (文号) line after the title.
  auto refs = ExtractReferences(Doc("一、《北京市\n实施办法的\n补充规定》\n(京政发〔2010〕3号)\n"));
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].title == "北京市实施办法的补充规定");
  CHECK(refs[0].to == "京政发〔2010〕3号");
  CHECK(refs[0].to_printed == "京政发〔2010〕3号");
  CHECK(refs[0].line == 1);
  // A line joined to none is read in place, and the next line on its own.
  auto two = ExtractReferences(Doc("依据《甲办法》执行。\n按照《乙规定》(京政发〔2011〕4号)办理。\n"));
  REQUIRE(two.size() == 2);
  CHECK(two[0].line == 1);
  CHECK(two[1].line == 2);
  CHECK(two[1].to == "京政发〔2011〕4号");
}

TEST_CASE("Masked puts 《》 (〈〉 for a vehicle) for each citation in a span", "[refs]") {
  const std::string text = "根据《甲办法》和《乙决定》修改的《丙规定》,现予废止。";
  std::vector<refs::Citation> cites(3);
  auto span = [&](refs::Citation& c, const std::string& of) {
    c.begin = text.find(of);
    c.end = c.begin + of.size();
  };
  span(cites[0], "《甲办法》");
  span(cites[1], "《乙决定》");
  span(cites[2], "《丙规定》");
  cites[1].vehicle = true;
  CHECK(refs::Masked(text, 0, text.size(), cites) == "根据《》和〈〉修改的《》,现予废止。");
  CHECK(refs::Masked(text, cites[0].end, cites[2].begin, cites) == "和〈〉修改的");
  CHECK(refs::Masked(text, cites[2].end, text.size(), cites) == ",现予废止。");
  CHECK(refs::Masked(text, 3, 3, cites).empty());
  // A span that starts inside a citation resumes after it.
  CHECK(refs::Masked(text, cites[0].begin + 3, cites[1].begin, cites) == "《》和");
}

TEST_CASE("the citing document's own 文号 is not a citation", "[refs]") {
  CHECK(ExtractReferences(Doc("京政发〔2023〕20号文件印发后执行。\n", "京政发〔2023〕20号")).empty());
  CHECK(Find(ExtractReferences(Doc("按照京政发〔2020〕5号执行。\n", "京政发〔2023〕20号")), "京政发〔2020〕5号"));
}

TEST_CASE("title keys", "[refs]") {
  CHECK(TitleKey("《关于印发〈甲 办法〉的通知》") == "关于印发《甲办法》的通知");
  CHECK(IssuedTitleKey("北京市商务局关于印发〈甲办法(修订)〉的通知") == "甲办法(修订)");
  CHECK(BaseTitleKey("北京市国际职业资格认可目录(1.0 版)") == "北京市国际职业资格认可目录");
  // Angle brackets of either kind, an outer 《》 taken off, full stops at the end dropped.
  CHECK(TitleKey("《关于<甲办法>的通知》") == "关于《甲办法》的通知");
  CHECK(TitleKey("《关于<甲办法>的通知》。。") == "《关于《甲办法》的通知》");  // the 。 go after the test
  CHECK(TitleKey("甲办法。。") == "甲办法");
  CHECK(TitleKey("《》") == "");
  CHECK(TitleKey("《甲》和《乙》") == "甲》和《乙");
  CHECK(TitleKey(" 甲 办法 ") == "甲办法");
}

TEST_CASE("a clause continuing a list takes the relation before it", "[refs]") {
  auto refs = ExtractReferences(Doc("依据《甲法》等法律法规,以及国务院办公厅印发《乙意见》等有关规定,参考《丙办法》,制定本办法。\n"));
  REQUIRE(refs.size() == 3);
  CHECK(ToString(refs[1].type) == "implements");
  CHECK(ToString(refs[2].type) == "implements");
}

TEST_CASE("失效 repeals only when it is declared", "[refs]") {
  CHECK(ToString(ExtractReferences(Doc("《甲办法》(京政发〔2001〕1号)宣布失效。\n"))[0].type) == "repeals");
  CHECK(ToString(ExtractReferences(Doc("按照《甲办法》(京政发〔2001〕1号),证书有效期届满后自动失效。\n"))[0].type) == "implements");
}

TEST_CASE("a short title introduced in quotes is found in quotes", "[refs]") {
  auto refs = ExtractReferences(Doc("根据《关于甲的若干措施》(京政发〔2018〕6号,以下简称“若干措施”),制定本细则。\n\n"
                                    "“若干措施”第三条修改为“每年支持50家”。\n"));
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[1].type) == "amends");
  CHECK(refs[1].to == "京政发〔2018〕6号");
  CHECK(refs[1].alias == "若干措施");
}

TEST_CASE("unbalanced brackets and quotes never break the scan", "[refs]") {
  auto refs = ExtractReferences(Doc("《未闭合的标题 (京政发〔2020〕1号\n\n》》《《 ((((“ 同时废止。\n\n(((京政发〔2021〕2号)同时废止。\n"));
  REQUIRE_FALSE(refs.empty());
  CHECK(refs.back().to == "京政发〔2021〕2号");
  CHECK(ToString(refs.back().type) == "repeals");
}

TEST_CASE("a numbered list run into its caption's line takes the caption's relation", "[refs]") {
  // 下列文件同时废止:1.《A》(…);2.《B》(…)。 — the items, not the caption, hold the titles.
  auto refs = ExtractReferences(Doc(
      "第二条 本办法自2023年2月1日起施行。下列文件同时废止:1.《北京市价格监测规定》(京政发〔2010〕5号);"
      "2.《北京市价格监测实施细则》(京发改〔2012〕100号)。\n"));
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(refs[0].to == "京政发〔2010〕5号");
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(refs[1].to == "京发改〔2012〕100号");
  // A list captioned otherwise keeps its items' own relation.
  auto kept = ExtractReferences(Doc("下列文件继续有效:1.《北京市价格监测规定》(京政发〔2010〕5号)。\n"));
  REQUIRE(kept.size() == 1);
  CHECK(ToString(kept[0].type) == "cites");
}

TEST_CASE("a list item names its instrument bare before the dated order that issued it", "[refs]") {
  // A decision repealing rules lists each by its title and its dating: 1.北京市…办法(1994年12月1日
  // 北京市人民政府令第20号发布). The title is the text between the marker and the parenthesis.
  auto refs = ExtractReferences(Doc(
      "市人民政府决定对下列2件规章予以废止:\n"
      "1.北京市城市道路管理办法(1994年12月1日北京市人民政府令第20号发布)\n"
      "2.北京市户外广告设置管理办法(试行)(2004年7月1日北京市人民政府令第148号发布)\n"));
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(refs[0].to == "北京市人民政府令第20号");
  CHECK(refs[0].title == "北京市城市道路管理办法");
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(refs[1].title == "北京市户外广告设置管理办法(试行)");
  // Outside a list, prose before a dated number is no title.
  auto prose = ExtractReferences(Doc("本市加强城市道路管理工作(1994年12月1日北京市人民政府令第20号发布)。\n"));
  REQUIRE(prose.size() == 1);
  CHECK(prose[0].title.empty());
}

// The gates of a list's header row turn a row away before its cells are normalized: sound only
// while each header pattern requires a character of its gate.
TEST_CASE("the list header gates guard only the header patterns", "[refs]") {
  CHECK(testing::GateCovers("refs_header_name_gate", "refs_header_name"));
  CHECK(testing::GateCovers("refs_header_docno_gate", "refs_header_docno"));
}

// refs_repeal_gate turns a sentence away from refs_repeal (VerbAfterRepeals, VerbBeforeRepeals):
// sound only while each of its forms holds one of the gate's words.
TEST_CASE("the repeal gate guards refs_repeal", "[refs]") {
  CHECK(testing::GateCovers("refs_repeal_gate", "refs_repeal"));
  for (const std::string& text : testing::ExamplesAndSampleLines())
    if (RxFind(text, "refs_repeal")) {
      INFO(text);
      CHECK(RxMayMatch(text, "refs_repeal_gate"));
    }
}

// TitleKey as it was: StripSpaces, then four ReplaceAll, before the one pass for titles without
// spaces.
std::string TitleKeyInFourPasses(const std::string& title) {
  std::string key = StripSpaces(title);
  key = ReplaceAll(ReplaceAll(std::move(key), "〈", "《"), "〉", "》");
  key = ReplaceAll(ReplaceAll(std::move(key), "<", "《"), ">", "》");
  if (StartsWith(key, "《") && EndsWith(key, "》")) {
    key.resize(key.size() - 3);
    key.erase(0, 3);
  }
  while (EndsWith(key, "。")) key.resize(key.size() - 3);
  return key;
}

TEST_CASE("TitleKey's one pass keys every title as the four passes did", "[refs]") {
  std::vector<std::string> titles = testing::ExamplesAndSampleLines();
  for (const std::string& t : std::vector<std::string>{
           "", "<", ">", "〈", "〉", "<<>>", "〈〈甲〉〉", "《<甲>》", "甲\xE3\x80", "甲\xE3", "\xE3\x80\x88\xE3\x80\x89",
           "\xE3\x80 \x88甲", "\xE3\x80\x80〈甲〉", "甲\xC2\xA0<乙>", "\x01<甲>\x1F", "《甲》。", "《〈甲〉》"})
    titles.push_back(t);
  for (const auto& line : std::vector<std::string>(titles)) {  // and the titles each line cites
    for (size_t open = line.find("《"); open != std::string::npos; open = line.find("《", open + 1)) {
      const size_t close = line.find("》", open);
      if (close == std::string::npos) break;
      titles.push_back(line.substr(open, close + 3 - open));
      titles.push_back(line.substr(open + 3, close - open - 3));
    }
  }
  for (const std::string& t : titles) {
    INFO(t);
    CHECK(TitleKey(t) == TitleKeyInFourPasses(t));
  }
}

TEST_CASE("a list's intro line types the items under it until a line ends the list", "[refs]") {
  // The intro's relation is asked only once an item cites: the same types as when it was asked
  // of every short line.
  auto types = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& r : ExtractReferences(Doc(text))) out.push_back(ToString(r.type));
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(types("一、废止的规范性文件\n1.《甲办法》(京政发〔2001〕1号)\n2.《乙办法》(京政发〔2001〕2号)\n") ==
        V{"repeals", "repeals"});
  CHECK(types("一、总体要求\n1.《甲办法》(京政发〔2001〕1号)\n") == V{"cites"});
  CHECK(types("一、废止的规范性文件\n(一)市级文件\n1.《甲办法》(京政发〔2001〕1号)\n") == V{"cites"});
  CHECK(types("一、废止的规范性文件\n1.市级文件如下\n2.《甲办法》(京政发〔2001〕1号)\n") == V{"cites"});
  CHECK(types("下列文件予以废止:\n这一段不是列表中的一项,它很长,足以结束上面的列表而不是引出一个新的列表,因为它超过了四十个字。\n"
              "1.《甲办法》(京政发〔2001〕1号)\n") == V{"cites"});
  CHECK(types("下列文件予以修改:\n《甲办法》(京政发〔2001〕1号)\n") == V{"amends"});
}

// ReadParentheses reads the 文号 inside a citation's parentheses from those of the whole line
// (DocnosWithin) instead of searching the inside again: the same matches, over every sample line.
TEST_CASE("the 文号 inside parentheses are those a search of the inside finds", "[refs]") {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (const char* t : {"《关于印发〈甲〉的通知》(京政发〔2020〕1号)", "(根据国家税务总局公告2018年第2号修改)",
                        "市政府令第12号(北京市人民政府第3号令发布)京政发〔2020〕1号", "(京政发(2020)1号)(〔87〕市劳险字第224号)"})
    texts.push_back(t);
  for (const std::string& text : texts) {
    const auto docnos = FindDocnos(text);
    for (size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
      size_t close = std::string::npos;
      int depth = 0;
      for (size_t i = open; i < text.size() && close == std::string::npos; ++i) {
        if (text[i] == '(') ++depth;
        else if (text[i] == ')' && --depth == 0) close = i;
      }
      if (close == std::string::npos) continue;
      const auto searched = FindDocnos(text.substr(open + 1, close - open - 1));
      const auto within = refs::DocnosWithin(docnos, open + 1, close);
      INFO(text << " @" << open);
      REQUIRE(within.size() == searched.size());
      for (size_t k = 0; k < within.size(); ++k) {
        CHECK(within[k].normalized == searched[k].normalized);
        CHECK(within[k].agency == searched[k].agency);
        CHECK(within[k].begin == searched[k].begin);
        CHECK(within[k].end == searched[k].end);
        CHECK((within[k].year == searched[k].year && within[k].seq == searched[k].seq));
        CHECK((within[k].number_ok == searched[k].number_ok && within[k].by_issuer == searched[k].by_issuer));
      }
    }
  }
}

// The wordings of relations that drafting uses beside the common ones: repeals by 废除, 不再有效,
// 终止执行, 不再适用, 失去效力, 停止适用, 自行失效, after 即日起 or 于DATE; amendments 作如下修正; a
// suspension after a dating phrase; a passive 已被《B》代替; a title after a repeal verb that is the
// subject of its own clause; extensions by 继续试行至 and through 该标准/该目录.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"
#include "references_support.hpp"

using namespace gazette;
using gazette::refs_tests::RefsOfText;

namespace {

// "type to date" of the reference to DOCNO in REFS, "" when none.
std::string Of(const std::vector<Reference>& refs, const std::string& docno) {
  for (const auto& r : refs)
    if (r.to == docno) return ToString(r.type) + (r.date ? " " + ToIso(r.date) : "");
  return "";
}

const std::string kCited = "《北京市农业项目验收办法》(京财农〔1997〕15号)";

}  // namespace

TEST_CASE("a repeal in the other words drafting ends a document with", "[refs][wordings]") {
  for (const std::string tail : {"予以废除。", "自本通知印发之日起不再有效。", "终止执行。", "自本通知施行之日起不再适用。",
                                 "自本决定公布之日起失去效力。", "停止适用。", "不再继续执行。", "即日起废止。"}) {
    INFO(tail);
    CHECK(Of(RefsOfText("一、" + kCited + tail + "\n"), "京财农〔1997〕15号") == "repeals");
  }
  CHECK(Of(RefsOfText(kCited + "自2016年12月31日起终止执行。\n"), "京财农〔1997〕15号") == "repeals 2016-12-31");
  CHECK(Of(RefsOfText(kCited + "自2018年12月31日起自行失效。\n"), "京财农〔1997〕15号") == "repeals 2018-12-31");
  CHECK(Of(RefsOfText(kCited + "于2019年6月30日废止。\n"), "京财农〔1997〕15号") == "repeals 2019-06-30");
  // A reason before the day and the verb (因调整对象已消失,自…起不再有效).
  CHECK(Of(RefsOfText("二、" + kCited + "因调整对象已消失,自本通知印发之日起不再有效。\n"), "京财农〔1997〕15号") == "repeals");
  // Not a day something else happened on, nor the words of another subject.
  CHECK(Of(RefsOfText(kCited + "于2019年6月30日印发,请遵照执行。\n"), "京财农〔1997〕15号") == "cites");
  CHECK(Of(RefsOfText("本办法不再适用于" + kCited + "规定的项目。\n"), "京财农〔1997〕15号") != "repeals");
}

TEST_CASE("作如下修正 amends; 自…起暂停执行 suspends; the agent of 已被…代替 replaces nothing", "[refs][wordings]") {
  CHECK(Of(RefsOfText("经研究,决定对" + kCited + "作如下修正:\n"), "京财农〔1997〕15号") == "amends");
  CHECK(Of(RefsOfText(kCited + "自本通知印发之日起暂停执行。\n"), "京财农〔1997〕15号") == "suspends");
  auto refs = RefsOfText("二、《关于加强劳动工资管理的通知》(京政办发〔1987〕60号)已被《北京市劳动合同规定》(京政发〔2001〕3号)代替,不再继续执行。\n");
  CHECK(Of(refs, "京政发〔2001〕3号") == "cites");
}

TEST_CASE("a title after a repeal verb with a clause of its own is no object of the verb, nor is its start the repeal's day", "[refs][wordings]") {
  auto refs = RefsOfText(
      "经研究,我局决定废止《关于个体工商户登记管理有关事项的通知》(京市监发〔2019〕55号),自2024年3月1日起施行的"
      "《北京市个体工商户登记管理办法》(京市监发〔2024〕2号)已对相关事项作出规定。\n");
  CHECK(Of(refs, "京市监发〔2019〕55号") == "repeals");
  CHECK(Of(refs, "京市监发〔2024〕2号") == "cites");
}

TEST_CASE("继续试行至 and 该标准/该目录 extend the title before", "[refs][wordings]") {
  // The title's sentence states its end: the pronoun in the next sentence recalls it.
  auto trial = RefsOfText(
      "市政府1996年印发的《北京市农村集体土地承包合同管理规定》(京政发〔1996〕12号)试行期已于1998年3月27日届满。"
      "鉴于国家农村土地承包法正在制定中,经研究,决定该规定继续试行至2004年6月30日。\n");
  CHECK(Of(trial, "京政发〔1996〕12号") == "extends 2004-06-30");
  for (const std::string noun : {"标准", "目录", "规范"}) {
    INFO(noun);
    auto refs = RefsOfText("《北京市社区卫生服务机构设置" + noun + "》(京卫基妇字〔2005〕6号)有效期已于2010年2月28日届满。"
                           "鉴于新" + noun + "尚在制定中,经研究,该" + noun + "有效期顺延至2011年12月31日。\n");
    CHECK(Of(refs, "京卫基妇字〔2005〕6号") == "extends 2011-12-31");
  }
}

TEST_CASE("a notice whose title extends a title recalls it by a pronoun without its end printed", "[refs][wordings]") {
  Document d;
  d.title = "北京市人民政府关于延长《北京市农村集体土地承包合同管理规定》试行期的通知";
  d.body = Normalize("市政府1996年印发的《北京市农村集体土地承包合同管理规定》(京政发〔1996〕12号)试行以来,对稳定农村土地承包关系发挥了积极作用。"
                     "鉴于国家农村土地承包法正在制定中,经研究,决定该规定继续试行至2004年6月30日。\n", "t.txt").lines;
  CHECK(Of(ExtractReferences(d), "京政发〔1996〕12号") == "extends 2004-06-30");
  d.title = "北京市人民政府关于加强农村土地承包管理的通知";  // no title extended: a history, no extension
  CHECK(Of(ExtractReferences(d), "京政发〔1996〕12号") == "cites");
}

TEST_CASE("the parts at odds with the citing text stop, not the document; a span is no day of a repeal", "[refs][wordings]") {
  for (const std::string tail : {"与本通知不一致的,自本通知印发之日起停止执行。", "与本通知规定不一致的,自本通知印发之日起不再执行。",
                                 "不符合本通知要求的部分,自本通知印发之日起停止执行。", "在2020年1月1日至12月31日停止执行。"}) {
    INFO(tail);
    CHECK(Of(RefsOfText(kCited + tail + "\n"), "京财农〔1997〕15号") != "repeals");
  }
}

TEST_CASE("near wordings: a passive's agent, a title with its own clause, a part named by what it regulates", "[refs][wordings]") {
  for (const std::string agent : {"由《北京市劳动合同规定》(京政发〔2001〕3号)代替", "已被新的《北京市劳动合同规定》(京政发〔2001〕3号)代替"}) {
    INFO(agent);
    CHECK(Of(RefsOfText("《关于加强劳动工资管理的通知》(京政办发〔1987〕60号)" + agent + "。\n"), "京政发〔2001〕3号") == "cites");
  }
  for (const std::string clause : {",新修订的《北京市农业项目管理办法》(京财农〔2023〕2号)对相关事项作出了规定。",
                                   ",《北京市农业项目管理办法》(京财农〔2023〕2号)中已对相关事项作出规定。"}) {
    INFO(clause);
    auto refs = RefsOfText("决定废止" + kCited + clause + "\n");
    CHECK(Of(refs, "京财农〔1997〕15号") == "repeals");
    CHECK(Of(refs, "京财农〔2023〕2号") == "cites");
  }
  CHECK(Of(RefsOfText("决定废止" + kCited + "对项目验收的有关规定。\n"), "京财农〔1997〕15号") == "amends");
  CHECK(Of(RefsOfText("依据" + kCited + "自即日起暂停执行该单位的项目申报资格。\n"), "京财农〔1997〕15号") != "suspends");
}

TEST_CASE("a regulation's dating line never makes it revise itself", "[refs][wordings]") {
  Document d;
  d.docno = "中华人民共和国国务院令第442号";
  d.title = "麻醉药品和精神药品管理条例";
  d.body = Normalize("2005年8月3日中华人民共和国国务院令第442号公布　自2005年11月1日起施行　根据2013年12月7日"
                     "《国务院关于修改部分行政法规的决定》第一次修订\n第一条　为加强麻醉药品和精神药品的管理，制定本条例。\n",
                     "t.txt").lines;
  for (const auto& r : ExtractReferences(d)) CHECK(r.to != d.docno);
}

TEST_CASE("a suspension another document decided, retold, is history; a pronoun resumes the title the notice resumes", "[refs][wordings]") {
  Document d;
  d.title = "北京市财政局关于恢复执行《北京市农业综合开发项目验收办法》的通知";
  d.body = Normalize("我局2002年发布的《关于暂停执行农业综合开发资金管理有关规定的通知》(京财农〔2002〕40号)明确,"
                     "《北京市农业综合开发项目验收办法》(京财农〔1997〕15号)暂停执行。经研究,该办法自2010年3月1日起恢复施行。\n",
                     "t.txt").lines;
  CHECK(Of(ExtractReferences(d), "京财农〔1997〕15号") == "resumes 2010-03-01");
  CHECK(Of(RefsOfText("2015年,我局印发通知暂停执行" + kCited + "。根据国家有关规定,现予恢复执行。\n"), "京财农〔1997〕15号") != "suspends");
  // A notice of its own suspending, dated or not, still suspends.
  CHECK(Of(RefsOfText("经研究,决定暂停执行" + kCited + "。\n"), "京财农〔1997〕15号") == "suspends");
}

TEST_CASE("a higher authority quoted for a suspension the notice makes is no retelling", "[refs][wordings]") {
  CHECK(Of(RefsOfText("《财政部关于加强农业综合开发管理的通知》(财发〔2010〕3号)明确," + kCited + "自2010年3月1日起暂停执行。\n"),
           "京财农〔1997〕15号") == "suspends");
  for (const std::string retold : {"2013年3月,我局发文暂缓实施", "我局于2013年发文暂缓实施"}) {
    INFO(retold);
    CHECK(Of(RefsOfText(retold + kCited + "。\n"), "京财农〔1997〕15号") != "suspends");
  }
  CHECK(Of(RefsOfText(kCited + "暂停执行以来,各区县反映强烈。\n"), "京财农〔1997〕15号") != "suspends");
  Document d;  // its own 文号 in its short form
  d.docno = "中华人民共和国国务院令第442号";
  d.body = Normalize("2005年8月3日国务院令第442号公布　根据2013年12月7日《国务院关于修改部分行政法规的决定》第一次修订\n", "t.txt").lines;
  for (const auto& r : ExtractReferences(d)) CHECK(r.type != Relation::kRevises);
}

TEST_CASE("a short title without 《》 (以下简称原办法, “33号文”) used bare where a clause opens names its document", "[refs][wordings]") {
  auto unquoted = RefsOfText(
      "2010年,市政府印发了《北京市丙丁管理办法》(京政发〔2010〕33号,以下简称原办法)。本办法自2016年4月1日起施行,原办法同时废止。\n");
  REQUIRE(unquoted.size() == 2);
  CHECK(ToString(unquoted[1].type) == "repeals");
  CHECK(unquoted[1].to == "京政发〔2010〕33号");
  CHECK(unquoted[1].title == "北京市丙丁管理办法");
  auto quoted = RefsOfText(
      "《关于加强甲乙管理的通知》(京政发〔2010〕33号,以下简称“33号文”)中与本办法不一致的,以本办法为准。\n"
      "33号文自2016年4月1日起废止。\n");
  CHECK(Of(quoted, "京政发〔2010〕33号") == "cites");
  REQUIRE(quoted.size() == 2);
  CHECK(ToString(quoted[1].type) + " " + ToIso(quoted[1].date) == "repeals 2016-04-01");
  // A kind alone (以下简称办法) is every 本办法's: used bare it names nothing; inside a word neither.
  auto kind = RefsOfText("《北京市丙丁管理办法》(京政发〔2010〕33号,以下简称办法)。办法自2016年4月1日起废止。\n");
  CHECK(kind.size() == 1);
  auto inside = RefsOfText("《北京市丙丁管理办法》(京政发〔2010〕33号,以下简称原办法)。修改原办法的决定另行公布。\n");
  CHECK(inside.size() == 1);
  // 原 before the marks (以下简称原《意见》, then 原《意见》同时废止): the repeal had been of a bare 意见.
  auto yuan = RefsOfText(
      "2009年,市政府印发了《北京市人民政府关于加强城市道路挖掘管理的意见》(京政发〔2009〕30号,以下简称原《意见》)。\n"
      "本意见自2015年9月1日起施行,原《意见》同时废止。\n");
  REQUIRE(yuan.size() == 2);
  CHECK(ToString(yuan[1].type) == "repeals");
  CHECK(yuan[1].to == "京政发〔2009〕30号");
}

TEST_CASE("同日废止, 于同日废止, 即时废止, 自然失效 and a bare 失效 repeal; a repeal's day in any printed form", "[refs][wordings]") {
  // Provincial rules end so (本办法自…起施行。…《A》同日废止): the repeal had been a citation. 同日
  // is the day named last before it (the start, or another repeal's day), else the sentence before's.
  const std::string start = "本办法自2019年1月1日起施行,";
  for (const std::string tail : {"同日废止。", "于同日废止。", "同日起停止执行。"}) {
    INFO(tail);
    CHECK(Of(RefsOfText(start + kCited + tail + "\n"), "京财农〔1997〕15号") == "repeals 2019-01-01");
  }
  CHECK(Of(RefsOfText(start + "《北京市乙办法》(京政发〔2010〕12号)自2020年6月30日起废止," + kCited + "同日废止。\n"),
           "京财农〔1997〕15号") == "repeals 2020-06-30");
  // …同日废止 in the next article: the day the line above names last.
  CHECK(Of(RefsOfText("第二条　《北京市乙办法》(京政发〔2010〕12号)自2020年6月30日起废止。\n第三条　" + kCited + "同日废止。\n"),
           "京财农〔1997〕15号") == "repeals 2020-06-30");
  // A start looked back on names no repeal's day (自2015年5月实施以来, 印发实施以来, 施行后, 实施至今);
  // a month before the verb does (自2019年7月起废止).
  for (const std::string since : {"实施以来", "印发实施以来", "颁布施行以来", "施行后", "实施至今"}) {
    INFO(since);
    CHECK(Of(RefsOfText(kCited + "自2015年5月1日" + since + ",对规范管理发挥了作用,现予以废止。\n"), "京财农〔1997〕15号") == "repeals");
  }
  CHECK(Of(RefsOfText(kCited + "自2019年7月起废止。\n"), "京财农〔1997〕15号") == "repeals 2019-07");
  CHECK(Of(RefsOfText(start + kCited + "即时废止。\n"), "京财农〔1997〕15号") == "repeals 2019-01-01");
  CHECK(Of(RefsOfText("本办法自2019年1月1日起施行。" + kCited + "同日废止。\n"), "京财农〔1997〕15号") == "repeals 2019-01-01");
  CHECK(Of(RefsOfText("本通知印发后," + kCited + "自然失效。\n"), "京财农〔1997〕15号") == "repeals");
  CHECK(Of(RefsOfText("本办法施行之日起," + kCited + "失效。\n"), "京财农〔1997〕15号") == "repeals");
  // 元月, Chinese numerals and 24时 (the day after: the 31st is still in force) date the repeal; the
  // signing date had stood for them.
  CHECK(Of(RefsOfText(kCited + "自2019年元月1日起废止。\n"), "京财农〔1997〕15号") == "repeals 2019-01-01");
  CHECK(Of(RefsOfText(kCited + "自二〇一九年一月一日起废止。\n"), "京财农〔1997〕15号") == "repeals 2019-01-01");
  CHECK(Of(RefsOfText(kCited + "自2018年12月31日24时起失效。\n"), "京财农〔1997〕15号") == "repeals 2019-01-01");
  CHECK(Of(RefsOfText(kCited + "于二〇一九年六月三十日废止。\n"), "京财农〔1997〕15号") == "repeals 2019-06-30");
  // 失效 in another clause of the title, or a title's start, are no repeal.
  CHECK(Of(RefsOfText(kCited + "失效后,相关补贴按新规定执行。\n"), "京财农〔1997〕15号") != "repeals");
  CHECK(Of(RefsOfText("自2024年3月1日起施行的" + kCited + "对此已有规定。\n"), "京财农〔1997〕15号") == "cites");
}

TEST_CASE("修改如下, 部分条款修改如下 and an article's 作如下修订 amend; a revision of the whole still revises", "[refs][wordings]") {
  // Each had been a citation, or 第五条作如下修订 a revision replacing the whole document.
  CHECK(Of(RefsOfText("现对" + kCited + "部分条款修改如下:\n第十条第二款删去。\n"), "京财农〔1997〕15号") == "amends");
  CHECK(Of(RefsOfText(kCited + "修改如下:将第三条中的“30日”改为“15日”。\n"), "京财农〔1997〕15号") == "amends");
  CHECK(Of(RefsOfText("现对" + kCited + "第五条作如下修订:\n"), "京财农〔1997〕15号") == "amends");
  CHECK(Of(RefsOfText("现对" + kCited + "进行如下修订:\n"), "京财农〔1997〕15号") == "amends");
  CHECK(Of(RefsOfText(kCited + "作了如下修改:\n"), "京财农〔1997〕15号") == "amends");
  CHECK(Of(RefsOfText("市政府对" + kCited + "进行了修订,现将修订后的办法印发给你们。\n"), "京财农〔1997〕15号") == "revises");
}

TEST_CASE("宣布…等N件文件失效 and 宣布…号文件失效 repeal; 宣布 is no part of the 文号 after it", "[refs][wordings]") {
  // A cleanup's decision worded so had cited all of them, and glued 宣布 onto the bare 文号.
  CHECK(Of(RefsOfText("经清理,市政府决定宣布《北京市人民政府关于加强城市建设档案管理的通知》(京政发〔1998〕21号)等2件文件失效。\n"),
           "京政发〔1998〕21号") == "repeals");
  auto bare = RefsOfText("经清理,市政府决定宣布京政发〔2001〕18号文件失效。\n");
  REQUIRE(bare.size() == 1);
  CHECK(Of(bare, "京政发〔2001〕18号") == "repeals");
  auto three = RefsOfText("市政府决定宣布《A办法》(京政发〔1998〕21号)、京政办发〔2003〕44号文件和《C通知》(京政发〔2002〕9号)等3件文件失效。\n");
  for (const char* docno : {"京政发〔1998〕21号", "京政办发〔2003〕44号", "京政发〔2002〕9号"}) CHECK(Of(three, docno) == "repeals");
  CHECK(Of(RefsOfText("市政府决定宣布《A办法》(京政发〔1998〕21号)等3件文件已经失效。\n"), "京政发〔1998〕21号") == "repeals");
  auto two = RefsOfText("京政发〔1998〕21号、京政发〔1999〕5号文件失效。\n");
  CHECK(Of(two, "京政发〔1998〕21号") == "repeals");
  CHECK(Of(two, "京政发〔1999〕5号") == "repeals");
  CHECK(Of(RefsOfText("京政发〔1998〕21号等文件失效。\n"), "京政发〔1998〕21号") == "repeals");
  // Papers, certificates and approval numbers that lapse are no repeal of the cited rule, nor of a part.
  for (const char* text : {"依照《北京市甲办法》(京政发〔2010〕3号)规定的申请文件失效后,应当重新申请。\n",
                           "《北京市甲办法》(京政发〔2010〕3号)中规定的申请文件失效后,应当重新申请。\n",
                           "《北京市甲办法》(京政发〔2010〕3号)第十条规定的许可文件失效的,应当重新申请。\n",
                           "《北京市甲办法》(京政发〔2010〕3号)的附件所列证件失效的,应当换领。\n",
                           "依据京政发〔2010〕3号文件中规定核发的批准文号失效的,不得继续生产。\n"}) {
    INFO(text);
    const std::string type = Of(RefsOfText(text), "京政发〔2010〕3号");
    CHECK(type.rfind("repeals", 0) != 0);
    CHECK(type.rfind("amends", 0) != 0);
  }
}

TEST_CASE("the parts of documents a list or a clause stops amend them; the document stays in force", "[refs][wordings]") {
  // A caption stopping the parts of the listed documents had repealed each whole; with a bare
  // caption, an item naming its articles still amends.
  for (const char* caption : {"本办法自2022年5月1日起施行,下列文件的部分条款同时停止执行:", "下列文件中的有关条款同时废止:",
                              "本办法自2022年5月1日起施行,下列文件同时停止执行:"}) {
    INFO(caption);
    auto refs = RefsOfText(std::string(caption) + "\n1.《北京市甲通知》(京建发〔2017〕120号)第三条、第六条;\n2.《北京市乙通知》(京建发〔2018〕45号)第二部分。\n");
    CHECK(Of(refs, "京建发〔2017〕120号").rfind("amends", 0) == 0);
    CHECK(Of(refs, "京建发〔2018〕45号").rfind("amends", 0) == 0);
  }
  CHECK(Of(RefsOfText("下列文件同时停止执行:\n1.《北京市甲通知》(京建发〔2017〕120号);\n"), "京建发〔2017〕120号").rfind("repeals", 0) == 0);
  // 有关规定 and 相关规定 of a caption are the documents listed, whole.
  for (const char* caption : {"本市以前发布的有关规定同时废止,具体文件如下:", "下列文件及相关规定同时废止:"})
    CHECK(Of(RefsOfText(std::string(caption) + "\n1.《北京市甲通知》(京建发〔2017〕120号);\n"), "京建发〔2017〕120号").rfind("repeals", 0) == 0);
  CHECK(Of(RefsOfText("下列文件中涉及甲的条款同时废止:\n1.《北京市甲通知》(京建发〔2017〕120号);\n"), "京建发〔2017〕120号").rfind("amends", 0) == 0);
  for (const char* caption : {"下列文件的有关规定同时废止:", "下列文件中的相关规定同时停止执行:", "下列文件有关条款同时废止:"})
    CHECK(Of(RefsOfText(std::string(caption) + "\n1.《北京市甲通知》(京建发〔2017〕120号);\n"), "京建发〔2017〕120号").rfind("amends", 0) == 0);
  CHECK(Of(RefsOfText("下列文件同时废止:\n1.《北京市甲通知》(京建发〔2017〕120号)第三、六条;\n"), "京建发〔2017〕120号").rfind("amends", 0) == 0);
  // In prose: 部分条款停止执行, and a part named in a clause of its own that the next one stops.
  CHECK(Of(RefsOfText("一、《北京市丙办法》(京交安发〔2017〕8号)部分条款停止执行,具体为:第十条、第十四条。\n"), "京交安发〔2017〕8号") == "amends");
  CHECK(Of(RefsOfText("二、《北京市丁规定》(京交路发〔2019〕2号)中有关罚则的规定,自本通知印发之日起不再执行。\n"), "京交路发〔2019〕2号")
            .rfind("amends", 0) == 0);
  CHECK(Of(RefsOfText("二、《北京市丁规定》(京交路发〔2019〕2号)有关罚则的规定,自2022年5月1日起不再执行。\n"), "京交路发〔2019〕2号")
            .rfind("amends", 0) == 0);
  CHECK(Of(RefsOfText("《北京市丁规定》(京交路发〔2019〕2号)中的规定,与本办法不一致的,以本办法为准。\n"), "京交路发〔2019〕2号") == "cites");
}

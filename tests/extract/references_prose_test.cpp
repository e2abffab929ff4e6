// Relations printed in running prose the way older and other drafters print them: a bare 文号
// after a verb in mid-sentence (决定废止京政发〔2001〕3号文件), 文件 after it (…号文件自…起恢复执行), a
// list's caption ending a line that cites a title, list items dated without any number (1962年…国务院
// 发布), and a repeal proposed or requested (建议废止《A》), which repeals nothing.
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "references_support.hpp"

using namespace gazette;
using gazette::refs_tests::RefsOfText;

namespace {

// "type to" of every reference in REFS, one a line.
std::string Typed(const std::vector<Reference>& refs) {
  std::string out;
  for (const auto& r : refs) out += ToString(r.type) + " " + (r.to.empty() ? r.title : r.to) + "\n";
  return out;
}

}  // namespace

TEST_CASE("a bare 文号 after a verb in mid-sentence is cut from the words before it", "[refs][prose]") {
  CHECK(Typed(RefsOfText("经研究,市政府决定废止京政发〔2001〕3号文件。\n")) == "repeals 京政发〔2001〕3号\n");
  CHECK(Typed(RefsOfText("同时,市政府还决定停止执行京政办发〔2002〕17号文件和国办发〔1999〕5号文件。\n")) ==
        "repeals 京政办发〔2002〕17号\nrepeals 国办发〔1999〕5号\n");
  CHECK(Typed(RefsOfText("一、各区、县人民政府要按照国发〔1998〕6号文件的要求,抓紧制定规划。\n")) == "implements 国发〔1998〕6号\n");
  CHECK(Typed(RefsOfText("四、请认真落实京政办发〔1996〕8号文件。\n")) == "implements 京政办发〔1996〕8号\n");
  CHECK(Typed(RefsOfText("现就京政发〔2012〕3号文件有关事项补充通知如下:\n")) == "supplements 京政发〔2012〕3号\n");
  // A code that holds such a word keeps it (京人社就发: 就 alone is no break).
  CHECK(Typed(RefsOfText("根据京人社就发〔2019〕12号文件执行。\n")) == "implements 京人社就发〔2019〕12号\n");
}

TEST_CASE("…号文件, …号通告, …号通知 then its verb suspends, resumes or repeals it", "[refs][prose]") {
  CHECK(Typed(RefsOfText("财税〔2007〕66号文件自2009年5月1日起暂停执行。\n")) == "suspends 财税〔2007〕66号\n");
  CHECK(Typed(RefsOfText("财税〔2007〕66号文件自2010年3月1日起恢复执行。\n")) == "resumes 财税〔2007〕66号\n");
  // …号通告, …号通知, …号文 likewise (a traffic measure is a 通告): each had been a citation.
  CHECK(Typed(RefsOfText("经市政府同意,京交发〔2019〕30号通告自2020年4月13日起恢复执行。\n")) == "resumes 京交发〔2019〕30号\n");
  CHECK(Typed(RefsOfText("京交发〔2019〕30号通告同时废止。\n")) == "repeals 京交发〔2019〕30号\n");
  CHECK(Typed(RefsOfText("京交发〔2019〕30号通知自2020年2月1日起暂停执行。\n")) == "suspends 京交发〔2019〕30号\n");
  CHECK(Typed(RefsOfText("京交发〔2019〕30号文自二〇二〇年四月十三日起恢复执行。\n")) == "resumes 京交发〔2019〕30号\n");
  // Not when the verb has an object of its own: the 通告 suspends or resumes a measure.
  CHECK(Typed(RefsOfText("今年初,京交发〔2020〕2号通告自2020年2月3日起暂停执行工作日高峰时段区域限行交通管理措施。\n")) ==
        "cites 京交发〔2020〕2号\n");
  CHECK(Typed(RefsOfText("京政发〔2019〕8号公告自2019年5月1日起恢复执行原收费标准。\n")) == "cites 京政发〔2019〕8号\n");
}

TEST_CASE("a list's caption ending a line that cites a title types the items under it", "[refs][prose]") {
  for (const std::string joint : {"。", ","}) {
    INFO(joint);
    auto refs = RefsOfText("现将《北京市甲管理办法》印发给你们,请认真贯彻执行。本通知自2001年11月1日起施行" + joint +
                           "下列文件同时废止:\n1.《北京市甲管理实施细则》(京政发〔1991〕15号);\n"
                           "2.关于调整补偿标准的通知(京政发〔1998〕9号)。\n");
    CHECK(Typed(refs) == "cites 北京市甲管理办法\nrepeals 京政发〔1991〕15号\nrepeals 京政发〔1998〕9号\n");
  }
}

TEST_CASE("list items dated without a number are listed by title and keep the list going", "[refs][prose]") {
  auto refs = RefsOfText(
      "国务院决定废止下列行政法规:\n1.工商企业登记管理条例(1962年12月30日国务院发布)\n"
      "2.国务院关于加强市场管理打击投机倒把和走私活动的指示(1963年3月3日国务院发布)\n"
      "3.城市房屋拆迁管理条例(2001年6月13日中华人民共和国国务院令第305号公布)\n");
  CHECK(Typed(refs) ==
        "repeals 工商企业登记管理条例\nrepeals 国务院关于加强市场管理打击投机倒把和走私活动的指示\n"
        "repeals 中华人民共和国国务院令第305号\n");
}

TEST_CASE("a repeal proposed, requested or planned repeals nothing", "[refs][prose]") {
  CHECK(Typed(RefsOfText("一、有关部门建议废止《北京市丁管理办法》(京政发〔2012〕6号),经研究,不予采纳。\n")) == "cites 京政发〔2012〕6号\n");
  CHECK(Typed(RefsOfText("三、拟提请市政府废止《北京市辛管理办法》(京政发〔2012〕9号)。\n")) == "cites 京政发〔2012〕9号\n");
  CHECK(Typed(RefsOfText("《北京市辛管理办法》(京政发〔2012〕9号),建议予以废止。\n")) == "cites 京政发〔2012〕9号\n");
  // Decided on a proposal, or a proposal granted, it repeals; 拟 inside another word proposes nothing.
  CHECK(Typed(RefsOfText("根据市司法局的建议,市政府决定废止《北京市辛管理办法》(京政发〔2012〕9号)。\n")) == "repeals 京政发〔2012〕9号\n");
  CHECK(Typed(RefsOfText("市政府根据市法制办建议决定废止《北京市辛管理办法》(京政发〔2012〕9号)。\n")) == "repeals 京政发〔2012〕9号\n");
  CHECK(Typed(RefsOfText("按照国务院关于开展模拟清理的要求决定废止《北京市辛管理办法》(京政发〔2012〕9号)。\n")) == "repeals 京政发〔2012〕9号\n");
  CHECK(Typed(RefsOfText("经市人民政府批准,同意市司法局提请废止《北京市辛管理办法》(京政发〔2012〕9号)。\n")) == "repeals 京政发〔2012〕9号\n");
  // A bare 拟 proposes; a proposal naming who is to decide, or a refusal, decides nothing.
  CHECK(Typed(RefsOfText("一、市政府拟废止《北京市甲管理办法》(北京市人民政府令第60号)。\n")) == "cites 北京市人民政府令第60号\n");
  CHECK(Typed(RefsOfText("三、我委拟提请市政府决定废止《北京市客运丙管理规定》(京政发〔2009〕4号)。\n")) == "cites 京政发〔2009〕4号\n");
  CHECK(Typed(RefsOfText("四、建议市政府批准废止《北京市客运丁管理规定》(京政发〔2009〕5号)。\n")) == "cites 京政发〔2009〕5号\n");
  CHECK(Typed(RefsOfText("五、市政府不同意市司法局提请废止《北京市停车戊管理办法》(京政发〔2010〕5号)的建议。\n")) == "cites 京政发〔2010〕5号\n");
  // A proposal's list caption lists, repeals nothing.
  CHECK(Typed(RefsOfText("经清理,我局建议废止以下规范性文件:\n1.《北京市辛管理办法》(京政发〔2012〕9号)\n")) == "cites 京政发〔2012〕9号\n");
}

TEST_CASE("a caption sharing the citation's sentence (《A》(…)和下列文件同时废止:) repeals A and the list", "[refs][prose]") {
  auto refs = RefsOfText("本办法自2004年3月1日起施行,《北京市甲暂行办法》(京政发〔1996〕12号)和下列文件同时废止:\n"
                         "(一)《北京市乙实施办法》(京政办发〔1998〕40号);\n(二)《关于丁问题的通知》(京政办发〔1999〕3号)。\n");
  CHECK(Typed(refs) == "repeals 京政发〔1996〕12号\nrepeals 京政办发〔1998〕40号\nrepeals 京政办发〔1999〕3号\n");
  // Provisions of the listed documents (下列文件中有关…的规定) are no whole documents.
  auto part = RefsOfText("本办法自2007年5月1日起施行,《北京市乙收费暂行办法》(京政发〔2001〕12号)和下列文件中有关收费标准的规定同时废止:\n"
                         "(一)《北京市丙收费办法》(京政发〔2002〕9号);\n");
  CHECK(Typed(part).find("repeals") == std::string::npos);
}

TEST_CASE("prose about a repeal ending a line is no caption of the list under it", "[refs][prose]") {
  auto refs = RefsOfText("《北京市甲暂行办法》(京政发〔1996〕12号)同时废止。对废止后的遗留问题,各区要按照下列文件做好衔接:\n"
                         "1.《关于做好衔接工作的通知》(京政办发〔1998〕40号)\n");
  CHECK(Typed(refs) == "repeals 京政发〔1996〕12号\ncites 京政办发〔1998〕40号\n");
}

TEST_CASE("list items dated as revised or forwarded, and one that cannot be read, keep the list going", "[refs][prose]") {
  auto refs = RefsOfText(
      "下列规章同时废止:\n1.北京市丑管理规定(1990年3月1日北京市人民政府发布,1997年12月1日北京市人民政府修订)\n"
      "2.北京市巳实施意见(1994年3月1日北京市人民政府转发)\n3.关于某事的若干问题(1963年3月3日北京市人民政府发布)\n"
      "4.北京市午管理办法(1989年北京市人民政府令第3号发布)\n");
  // 1989年北京市人民政府令第3号: the order numbered within 1989 (resolved to a 令第3号 of 1989 when
  // only that is printed).
  CHECK(Typed(refs) == "repeals 北京市丑管理规定\nrepeals 北京市巳实施意见\nrepeals 北京市人民政府令1989年第3号\n");
}

TEST_CASE("an item whose own title holds 实施, 执行 or 贯彻 is of its list's relation; a law quoted in that title is cited", "[refs][prose]") {
  // Cleanups repeal old regulations titled so: the items had been read as implementing, the repeal lost.
  auto refs = RefsOfText(
      "经过清理,市人民政府决定对下列规章予以废止:\n1.北京市实施《中华人民共和国水法》办法(1992年2月10日北京市人民政府令第5号发布)\n"
      "2.北京市殡葬管理条例实施办法(1998年2月10日北京市人民政府令第6号发布)\n"
      "3.北京市贯彻实施道路交通安全法规定(2005年3月1日北京市人民政府令第9号发布)\n");
  CHECK(Typed(refs) == "cites 中华人民共和国水法\nrepeals 北京市人民政府令第5号\nrepeals 北京市人民政府令第6号\nrepeals 北京市人民政府令第9号\n");
  REQUIRE(refs.size() == 4);
  CHECK(refs[1].title == "北京市实施《中华人民共和国水法》办法");
  // Quoted first in the item, the law its 实施办法 implements: cited, the 办法 repealed.
  auto first = RefsOfText("经过清理,市人民政府决定对下列规章予以废止:\n1.《北京市城市规划条例》实施办法(1993年3月1日北京市人民政府令第8号发布)\n"
                          "2.《北京市甲办法》和《北京市乙办法》(京政发〔2001〕3号、4号)\n");
  CHECK(Typed(first) == "cites 北京市城市规划条例\nrepeals 北京市人民政府令第8号\nrepeals 京政发〔2001〕3号\nrepeals 京政发〔2001〕4号\n");
}

TEST_CASE("a list item's title over its number dated in Chinese numerals before it keeps its title", "[refs][prose]") {
  auto refs = RefsOfText("经清理,市政府决定废止下列规范性文件:\n1.北京市人民政府关于加强甲管理的通知\n(2004年1月15日 京政发〔2004〕2号)\n"
                         "2.北京市人民政府关于加强乙管理的通知\n(二○○五年三月一日 京政发〔2005〕8号)\n");
  REQUIRE(refs.size() == 2);
  CHECK(refs[1].to == "京政发〔2005〕8号");
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(refs[1].title == "关于加强乙管理的通知");
}

TEST_CASE("a short title is used after a verb of applying it; 下称 introduces one; an issuer's 执行局 stays whole", "[refs][prose]") {
  auto refs = RefsOfText("根据《中华人民共和国预算法》(以下简称预算法),制定本条例。\n市人民政府应当按照预算法的有关规定公开预算。\n");
  CHECK(Typed(refs) == "implements 中华人民共和国预算法\nimplements 中华人民共和国预算法\n");
  auto short_title = RefsOfText("《北京市乙补助办法》(京政发〔2012〕9号,下称原办法)实施以来效果较好。本通知自2016年10月1日起施行,原办法同时废止。\n");
  CHECK(Typed(short_title) == "cites 京政发〔2012〕9号\nrepeals 京政发〔2012〕9号\n");
  CHECK(Typed(RefsOfText("根据最高人民法院执行局法执〔2015〕3号文件办理。\n")) == "implements 最高人民法院执行局法执〔2015〕3号\n");
}

TEST_CASE("删去 or 删除 opening an amending decision's item amends the title after it, also under its order", "[refs][prose]") {
  const std::string body =
      "一、删去《北京市户外广告设置管理办法》第二条中的“经审批，”。\n二、删除《北京市门楼牌管理办法》第六条。\n";
  Document decision;
  decision.title = "北京市人民政府关于修改部分规章的决定";
  decision.body = Normalize(body, "t.txt").lines;
  CHECK(Typed(ExtractReferences(decision)) == "amends 北京市户外广告设置管理办法\namends 北京市门楼牌管理办法\n");
  // The order promulgating the decision (北京市人民政府令 / 第260号), its instrument so titled.
  Document order;
  order.title = "北京市人民政府令";
  order.body = Normalize("北京市人民政府关于修改部分规章的决定\n" + body, "t.txt").lines;
  order.instruments.push_back({"北京市人民政府关于修改部分规章的决定", 0, order.body.size(), 0});
  CHECK(Typed(ExtractReferences(order)) == "amends 北京市户外广告设置管理办法\namends 北京市门楼牌管理办法\n");
  // Not in a document that amends nothing (a work plan's task).
  CHECK(Typed(RefsOfText("一、删去《北京市户外广告设置管理办法》第二条中的有关内容。\n")) == "cites 北京市户外广告设置管理办法\n");
}

TEST_CASE("该办法…废止 after 经…同意 in a notice titled 关于废止《A》的通知 repeals A", "[refs][prose]") {
  Document notice;
  notice.title = "北京市人民政府办公厅关于废止《北京市临时停车收费管理暂行办法》的通知";
  notice.body = Normalize("2016年,市政府办公厅印发了《北京市临时停车收费管理暂行办法》(京政办发〔2016〕21号)。"
                          "鉴于本市停车管理已由地方性法规作出规定,经市政府同意,该办法自2018年4月1日起废止。\n",
                          "t.txt").lines;
  auto refs = ExtractReferences(notice);
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) + " " + ToIso(refs[0].date) == "repeals 2018-04-01");  // a citation before
  // Not a refusal, nor a part.
  notice.body = Normalize("《北京市临时停车收费管理暂行办法》(京政办发〔2016〕21号)施行以来运行良好。经研究,不同意该办法自2018年4月1日起废止。\n", "t.txt").lines;
  CHECK(Typed(ExtractReferences(notice)) == "cites 京政办发〔2016〕21号\n");
  notice.body = Normalize("《北京市临时停车收费管理暂行办法》(京政办发〔2016〕21号)施行以来运行良好。经市政府同意,该办法第五条自2018年4月1日起废止。\n", "t.txt").lines;
  CHECK(Typed(ExtractReferences(notice)) != "repeals 京政办发〔2016〕21号\n");
}

TEST_CASE("an edition printed after the title's closing mark is the title's own", "[refs][prose]") {
  auto refs = RefsOfText("本目录自2022年5月1日起施行,《北京市便民商业网点目录》(2019年版)同时废止。\n");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].title == "北京市便民商业网点目录(2019年版)");  // the edition had been lost: two editions, one title
  CHECK(ToString(refs[0].type) == "repeals");
  // A parenthesis saying anything else is no edition.
  auto dated = RefsOfText("《北京市便民商业网点目录》(2019年3月1日印发)同时废止。\n");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0].title == "北京市便民商业网点目录");
}

TEST_CASE("a repeal put off a while after the notice is out (自…印发之日起30日后废止) is dated that long after its signing", "[refs][prose]") {
  auto dated = [](const std::string& text) {
    Document d;
    d.body = Normalize(text, "t.txt").lines;
    d.date = ParseIsoDate("2003-11-20");
    std::string out;
    for (const auto& r : ExtractReferences(d)) out += ToString(r.type) + " " + ToIso(r.date) + "\n";
    return out;
  };
  CHECK(dated("《云南省林木采伐管理暂行办法》(云政发〔1995〕88号)自本通知印发之日起30日后废止。\n") == "repeals 2003-12-20\n");
  CHECK(dated("《云南省林木采伐管理暂行办法》(云政发〔1995〕88号)自本通知印发之日起三个月后停止执行。\n") == "repeals 2004-02-20\n");
  CHECK(dated("《云南省林木采伐管理暂行办法》(云政发〔1995〕88号)自本通知印发之日起停止执行。\n") == "repeals \n");
}

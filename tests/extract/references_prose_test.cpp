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

TEST_CASE("…号文件 then its verb suspends or resumes it", "[refs][prose]") {
  CHECK(Typed(RefsOfText("财税〔2007〕66号文件自2009年5月1日起暂停执行。\n")) == "suspends 财税〔2007〕66号\n");
  CHECK(Typed(RefsOfText("财税〔2007〕66号文件自2010年3月1日起恢复执行。\n")) == "resumes 财税〔2007〕66号\n");
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
  // Decided on a proposal, it repeals.
  CHECK(Typed(RefsOfText("根据市司法局的建议,市政府决定废止《北京市辛管理办法》(京政发〔2012〕9号)。\n")) == "repeals 京政发〔2012〕9号\n");
}

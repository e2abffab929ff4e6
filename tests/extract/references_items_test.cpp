// Lists of documents printed as text: items that end with ; or 。, items printing a bare title
// with no 文号, and numbers printed after one 文号 with its agency and year left out.
#include <catch2/catch.hpp>

#include <map>

#include "extract/references.hpp"
#include "references_support.hpp"

using namespace gazette;
using gazette::refs_tests::RefsOfText;

namespace {

// "type to title" of each reference, in order.
std::vector<std::string> Listed(const std::vector<Reference>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(ToString(r.type) + " " + r.to + " " + r.title);
  return out;
}

}  // namespace

TEST_CASE("unnumbered items ending with ; or 。 take the list's relation", "[refs][items]") {
  auto refs = RefsOfText(
      "市政府决定废止以下文件：\n"
      "《北京市人民政府关于加强城市管理工作的通知》（京政发〔2005〕30号）；\n"
      "\n"
      "《北京市人民政府关于进一步加强社区工作的意见》（京政发〔2006〕12号）；\n"
      "《北京市人民政府办公厅关于做好节能工作的通知》（京政办发〔2007〕3号）。\n");
  CHECK(Listed(refs) == std::vector<std::string>{
                            "repeals 京政发〔2005〕30号 北京市人民政府关于加强城市管理工作的通知",
                            "repeals 京政发〔2006〕12号 北京市人民政府关于进一步加强社区工作的意见",
                            "repeals 京政办发〔2007〕3号 北京市人民政府办公厅关于做好节能工作的通知"});
}

TEST_CASE("an item printing a bare title with no 文号 is listed and does not end the list", "[refs][items]") {
  auto refs = RefsOfText(
      "市政府决定废止以下文件：\n"
      "1.北京市人民政府关于加强城市管理工作的通知（京政发〔2005〕30号）\n"
      "2.北京市人民政府办公厅关于做好节能工作的通知\n"
      "3.北京市人民政府关于促进就业工作的通知（京政发〔2008〕5号）\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 京政发〔2005〕30号 关于加强城市管理工作的通知",
                                                 "repeals  北京市人民政府办公厅关于做好节能工作的通知",
                                                 "repeals 京政发〔2008〕5号 关于促进就业工作的通知"});
  CHECK(refs[1].line == 3);
}

TEST_CASE("a short item that is no title still introduces what follows", "[refs][items]") {
  // 二、工作要求 names no document: the list above ends, the citation under it is no repeal.
  auto refs = RefsOfText(
      "一、废止的文件：\n"
      "1.北京市人民政府办公厅关于做好节能工作的通知\n"
      "二、工作要求\n"
      "各单位要按照《北京市人民政府关于促进就业工作的通知》（京政发〔2008〕5号）执行。\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals  北京市人民政府办公厅关于做好节能工作的通知",
                                                 "implements 京政发〔2008〕5号 北京市人民政府关于促进就业工作的通知"});
}

TEST_CASE("numbers printed after a 文号 without its agency and year go to the titles in order", "[refs][items]") {
  auto refs = RefsOfText("《北京市甲办法》、《北京市乙办法》和《北京市丙办法》（京政发〔2005〕30号、31号、第32号）同时废止。\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 京政发〔2005〕30号 北京市甲办法",
                                                 "repeals 京政发〔2005〕31号 北京市乙办法",
                                                 "repeals 京政发〔2005〕32号 北京市丙办法"});
  // One title with two numbers: both are repealed, the second without a title.
  refs = RefsOfText("《北京市甲办法》（京政发〔2005〕30号、31号）同时废止。\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 京政发〔2005〕30号 北京市甲办法", "repeals 京政发〔2005〕31号 "});
  // Fewer numbers than titles: nothing is guessed.
  refs = RefsOfText("《北京市甲办法》、《北京市乙办法》和《北京市丙办法》（京政发〔2005〕30号、31号）同时废止。\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals  北京市甲办法", "repeals  北京市乙办法",
                                                 "repeals 京政发〔2005〕30号 北京市丙办法",
                                                 "repeals 京政发〔2005〕31号 "});
}

TEST_CASE("only items of the list's own marker style under a caption ending with : are bare-title items", "[refs][items]") {
  // 二、保障措施 is a heading of the notice, not a third item of 1. 2.: the list ends there, and
  // 《丙办法》 under it is not repealed.
  auto refs = RefsOfText(
      "一、决定废止下列规范性文件：\n"
      "1.《北京市测试甲办法》（京测发〔2001〕1号）\n"
      "2.《北京市测试乙办法》（京测发〔2002〕2号）\n"
      "二、保障措施\n"
      "（二）《北京市测试丙办法》（京测发〔2003〕3号）的有关规定仍然有效。\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 京测发〔2001〕1号 北京市测试甲办法",
                                                 "repeals 京测发〔2002〕2号 北京市测试乙办法",
                                                 "cites 京测发〔2003〕3号 北京市测试丙办法"});
  // A heading naming a repeal is no caption: the work items under it are not documents.
  refs = RefsOfText("一、做好规章的修改和废止工作\n1.制定清理工作方案\n2.完善相关配套措施\n");
  CHECK(refs.empty());
}

TEST_CASE("a section title under a list table's name column is no row and continues no name", "[refs][items]") {
  auto refs = RefsOfText(
      "宣布废止的规范性文件目录\n"
      "序号\t文件名称\t文号\t备注\n"
      "1\t北京市人民政府关于加强城市管理工作的通知\t京政发〔2005〕30号\t\n"
      "\t二、经济类（1件）\t\t\n"
      "2\t北京市人民政府关于促进就业工作的通知\t京政发〔2008〕5号\t\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 京政发〔2005〕30号 北京市人民政府关于加强城市管理工作的通知",
                                                 "repeals 京政发〔2008〕5号 北京市人民政府关于促进就业工作的通知"});
}

TEST_CASE("a list under a caption of its own takes its own relation, though its header is the one before", "[refs][items]") {
  auto refs = RefsOfText(
      "附件1\n"
      "决定废止的规范性文件目录\n"
      "序号\t文件名称\t文号\n"
      "1\t关于加强出租汽车行业管理的通知\t京交发〔2010〕12号\n"
      "附件2\n"
      "继续有效的规范性文件目录\n"
      "序号\t文件名称\t文号\n"
      "1\t关于调整公共交通票价的通知\t京交运发〔2014〕88号\n"
      "— 3 —\n"
      "序号\t文件名称\t文号\n"  // repeated at a page break: the same list
      "2\t关于做好冬季道路除雪工作的通知\t京交路发〔2015〕101号\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 京交发〔2010〕12号 关于加强出租汽车行业管理的通知",
                                                 "cites 京交运发〔2014〕88号 关于调整公共交通票价的通知",
                                                 "cites 京交路发〔2015〕101号 关于做好冬季道路除雪工作的通知"});
}

TEST_CASE("the day a list's caption gives its relation dates every item under it", "[refs][items]") {
  auto refs = RefsOfText(
      "一、下列文件自2022年1月1日起废止:\n"
      "1.《北京市人民政府办公厅关于加强校外培训机构管理的通知》(京政办发〔2016〕22号)\n"
      "2.北京市人民政府办公厅关于做好春节期间安全工作的通知\n"
      "二、下列文件宣布失效:\n"
      "1.《北京市人民政府办公厅关于做好防汛工作的通知》(京政办发〔2018〕1号)\n"
      "决定废止的规范性文件目录(自2022年3月1日起废止)\n"
      "序号\t文件名称\t文号\n"
      "1\t关于加强出租汽车行业管理的通知\t京交发〔2010〕12号\n");
  REQUIRE(refs.size() == 4);
  for (const auto& r : refs) CHECK(ToString(r.type) == "repeals");
  CHECK(ToIso(refs[0].date) == "2022-01-01");
  CHECK(ToIso(refs[1].date) == "2022-01-01");  // a bare title under the caption
  CHECK_FALSE(refs[2].date);                   // the second list prints no day
  CHECK(ToIso(refs[3].date) == "2022-03-01");  // a table's caption
}

TEST_CASE("bare 文号 with the agency and year left out after the first are all the verb's objects", "[refs][items]") {
  CHECK(Listed(RefsOfText("京政发〔2005〕30号、31号文件同时废止。\n")) ==
        std::vector<std::string>{"repeals 京政发〔2005〕30号 ", "repeals 京政发〔2005〕31号 "});
  CHECK(Listed(RefsOfText("京示发〔2019〕5号、6号和第7号同时废止。\n")) ==
        std::vector<std::string>{"repeals 京示发〔2019〕5号 ", "repeals 京示发〔2019〕6号 ", "repeals 京示发〔2019〕7号 "});
  CHECK(Listed(RefsOfText("京政发〔1993〕5号、〔1994〕6号文件同时废止。\n")) ==
        std::vector<std::string>{"repeals 京政发〔1993〕5号 ", "repeals 京政发〔1994〕6号 "});
  // What older texts print after a bare 文号: 文, 两个文件, the kind of the document.
  CHECK(Listed(RefsOfText("京政发〔1995〕31号文同时废止。\n")) == std::vector<std::string>{"repeals 京政发〔1995〕31号 "});
  CHECK(Listed(RefsOfText("京政发〔1996〕8号和京政发〔1997〕11号两个文件同时废止。\n")) ==
        std::vector<std::string>{"repeals 京政发〔1996〕8号 ", "repeals 京政发〔1997〕11号 "});
  CHECK(Listed(RefsOfText("市劳动局京劳发〔1998〕40号通知同时废止。\n")) ==
        std::vector<std::string>{"repeals 京劳发〔1998〕40号 "});
  CHECK(Listed(RefsOfText("《北京市甲办法》(京政发〖2015〗31号)同时作废。\n")) ==
        std::vector<std::string>{"repeals 京政发〔2015〕31号 北京市甲办法"});
  // Titles printed side by side, with no mark between them, share one parenthesis and one verb.
  CHECK(Listed(RefsOfText("《北京市甲办法》《北京市乙办法》(京示发〔2019〕5号、6号)同时废止。\n")) ==
        std::vector<std::string>{"repeals 京示发〔2019〕5号 北京市甲办法", "repeals 京示发〔2019〕6号 北京市乙办法"});
}

TEST_CASE("a list's 文号 column may be headed 文件编号, its names 规章名称", "[refs][items]") {
  CHECK(Listed(RefsOfText("宣布废止的文件目录\n序号\t规章名称\t文件编号\n"
                          "1\t关于加强出租汽车行业管理的通知\t京交发〔2010〕12号\n")) ==
        std::vector<std::string>{"repeals 京交发〔2010〕12号 关于加强出租汽车行业管理的通知"});
  // Regulations' lists number them by their orders: 令号, 公布令号, 文号(令号), 发布文号及日期 (they had been cited).
  for (const std::string header : {"令号", "公布令号", "文号(令号)", "发布文号及日期"}) {
    INFO(header);
    CHECK(Listed(RefsOfText("市人民政府决定对下列规章予以废止:\n序号\t规章名称\t" + header +
                            "\n1\t北京市城市道路管理办法\t市政府令第8号\n")) ==
          std::vector<std::string>{"repeals 市政府令第8号 北京市城市道路管理办法"});
  }
}

TEST_CASE("a list row whose 文号 cell holds a document's numbers repeals each", "[refs][items]") {
  CHECK(Listed(RefsOfText("宣布废止的文件目录\n序号\t文件名称\t文号\n"
                          "1\t关于规范停车收费管理的通知\t京财预〔2014〕88号、京发改〔2014〕21号\n"
                          "2\t关于加强出租汽车管理的通知\t京交发〔2011〕45号、46号\n"
                          "3\t关于做好除雪工作的通知\t京交发〔2012〕7号(根据京交发〔2015〕2号修改)\n")) ==
        std::vector<std::string>{"repeals 京财预〔2014〕88号 关于规范停车收费管理的通知", "repeals 京发改〔2014〕21号 ",
                                 "repeals 京交发〔2011〕45号 关于加强出租汽车管理的通知", "repeals 京交发〔2011〕46号 ",
                                 "repeals 京交发〔2012〕7号 关于做好除雪工作的通知"});
}

TEST_CASE("a list's rows are read as the tables repair them: a title wrapped before its 文号, cells run together", "[refs][items]") {
  CHECK(Listed(RefsOfText("宣布废止失效的文件目录\n序号\t文件名称\t文号\n"
                          "1\t关于加强出租汽车行业管理的通知\t京交发〔2010〕12号\n"
                          "2\t关于印发《北京市机动车停车场(库)建设和经营\n"
                          "管理办法实施意见》的通知\t京交发〔2011〕45号\n"
                          "3\t关于进一步规范停车收费管理的通知 京交发〔2012〕7号\n"
                          "4\t关于调整公共交通票价的通知\t京交运发〔2014〕88号\n")) ==
        std::vector<std::string>{"repeals 京交发〔2010〕12号 关于加强出租汽车行业管理的通知",
                                 "repeals 京交发〔2011〕45号 关于印发《北京市机动车停车场(库)建设和经营管理办法实施意见》的通知",
                                 "repeals 京交发〔2012〕7号 关于进一步规范停车收费管理的通知",
                                 "repeals 京交运发〔2014〕88号 关于调整公共交通票价的通知"});
}

TEST_CASE("a date a list's caption gives something else does not date its items", "[refs][items]") {
  auto refs = RefsOfText(
      "为与自2021年1月1日起施行的民法典相衔接,市政府决定废止下列规章:\n"
      "1.《北京市甲管理办法》(1998年5月11日北京市人民政府令第21号发布)\n");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK_FALSE(refs[0].date);
}

TEST_CASE("a list that stops its documents (停止执行:, 不再施行:) repeals them; one kept in force (现行有效, 继续执行) cites them", "[refs][items]") {
  auto stopped = RefsOfText(
      "经清理,下列文件自2019年1月1日起停止执行:\n"
      "一、《北京市中小学学籍管理办法》(京教基〔2005〕12号)\n"
      "二、《关于加强中小学生课外活动管理的通知》(京教基〔2009〕7号)\n");
  REQUIRE(stopped.size() == 2);
  for (const auto& r : stopped) {
    CHECK(ToString(r.type) == "repeals");
    CHECK(ToIso(r.date) == "2019-01-01");
  }
  for (const char* caption : {"现行有效的规章目录\n", "继续执行的规章目录\n"}) {
    auto kept = RefsOfText(std::string(caption) +
                           "序号\t规章名称\t发布文号\n"
                           "1\t北京市城市绿化条例实施办法\t市政府令第12号\n"
                           "2\t北京市城市供水管理办法\t市政府令第47号\n");
    INFO(caption);
    REQUIRE(kept.size() == 2);
    for (const auto& r : kept) CHECK(ToString(r.type) == "cites");
  }
  // A repeal list's caption that names the documents reviewed as 现行有效 still repeals.
  auto reviewed = RefsOfText(
      "对现行有效的规章进行了清理,下列规章予以废止:\n"
      "1.《北京市甲管理办法》(京政发〔2001〕3号)\n");
  REQUIRE(reviewed.size() == 1);
  CHECK(ToString(reviewed[0].type) == "repeals");
}

TEST_CASE("a clean-up list's section titles printed in its grid give their rows their relation", "[refs][items]") {
  // 一、继续有效… and 二、予以废止… printed as rows of the grid, the caption naming neither.
  Document d;
  d.title = "北京市人民政府关于公布市政府规范性文件清理结果的决定";
  d.body = Normalize("市政府规范性文件清理结果目录\n"
                     "序号\t文件名称\t文号\t备注\n"
                     "\t一、继续有效的规范性文件(2件)\t\t\n"
                     "1\t北京市人民政府关于加强城市道路停车管理的通告\t京政发〔2011〕55号\t\n"
                     "2\t北京市人民政府关于进一步加强物业管理工作的意见\t京政发〔2010〕9号\t已于2017年修改\n"
                     "\t二、予以废止的规范性文件(1件)\t\t\n"
                     "1\t北京市人民政府关于本市深化养老保障制度改革的意见\t京政发〔2014〕3号\t\n",
                     "t.txt")
                 .lines;
  const auto refs = ExtractReferences(d);
  REQUIRE(refs.size() == 3);
  CHECK(ToString(refs[0].type) == "cites");
  CHECK(ToString(refs[1].type) == "cites");
  CHECK(ToString(refs[2].type) == "repeals");
  CHECK(refs[2].to == "京政发〔2014〕3号");
}

TEST_CASE("an item of another style after a list's items is no item of the list", "[refs][items]") {
  // 三、 after the 1. 2. of 二、对下列规章予以废止:, amending the titles it names.
  const auto refs = RefsOfText(
      "二、对下列规章予以废止:\n"
      "1.《北京市丙管理办法》(1992年1月10日北京市人民政府令第9号发布)\n"
      "2.《北京市丁管理规定》(1994年4月1日北京市人民政府令第15号发布)\n"
      "三、本决定自公布之日起施行。《北京市甲管理办法》《北京市乙管理规定》根据本决定作相应修改,重新公布。\n");
  REQUIRE(refs.size() == 4);
  CHECK(ToString(refs[0].type) == "repeals");
  CHECK(ToString(refs[1].type) == "repeals");
  CHECK(ToString(refs[2].type) == "amends");
  CHECK(ToString(refs[3].type) == "amends");
}

// The legislative history a repeal list prints after a regulation (as the legal probe's A/2021-30
// and every 废止…规章的决定 print it): the orders that amended it are vehicles, not repealed; so
// are they before its title in a final article's dating (…令第100号发布,根据…令第190号修改的《A》).
TEST_CASE("orders in a listed regulation's amendment history are cited, only the promulgating one repealed",
          "[refs][items]") {
  auto refs = RefsOfText(
      "市人民政府决定废止下列规章：\n"
      "1．北京市河湖游船管理办法（2002年4月26日北京市人民政府令第100号公布，根据2007年7月20日北京市人民政府令第190号"
      "第一次修改，根据2014年6月18日北京市人民政府令第260号第二次修改）\n"
      "2．北京市城市雕塑管理办法（1993年3月1日北京市人民政府令第22号发布）\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 北京市人民政府令第100号 北京市河湖游船管理办法",
                                                 "cites 北京市人民政府令第190号 ",
                                                 "cites 北京市人民政府令第260号 ",
                                                 "repeals 北京市人民政府令第22号 北京市城市雕塑管理办法"});
  auto dated = RefsOfText(
      "第二十条 本办法自2015年1月1日起施行。2002年4月26日北京市人民政府令第100号发布，根据2007年7月20日"
      "北京市人民政府令第190号修改的《北京市河湖游船管理办法》同时废止。\n");
  CHECK(Listed(dated) == std::vector<std::string>{"cites 北京市人民政府令第190号 ",
                                                  "repeals 北京市人民政府令第100号 北京市河湖游船管理办法"});
}

// A list captioned 部分废止 (with a 废止内容 column, as the legal probe's H/2008-12 prints it): only
// parts of the listed documents are repealed, so they are amended, not repealed whole.
TEST_CASE("a list of documents repealed in part amends them", "[refs][items]") {
  auto refs = RefsOfText(
      "市政府决定部分废止的规范性文件目录\n"
      "序号\t文件名称\t文号\t废止内容\n"
      "1\t北京市人民政府关于加强城市绿化管理的通知\t京政发〔1997〕10号\t第三条、第五条\n"
      "2\t北京市人民政府关于进一步加强安全生产工作的通知\t京政发〔2004〕18号\t第二部分第（三）项\n");
  REQUIRE(refs.size() == 2);
  for (const auto& r : refs) CHECK(ToString(r.type) == "amends");
  auto whole = RefsOfText(
      "市政府决定废止的规范性文件目录\n"
      "序号\t文件名称\t文号\n"
      "1\t北京市人民政府关于加强出租汽车管理的通知\t京政发〔1990〕15号\n");
  REQUIRE(whole.size() == 1);
  CHECK(ToString(whole[0].type) == "repeals");
}

TEST_CASE("a review's list decides each row by its own cells: an outcome, a part, a mark", "[refs][items]") {
  auto type_of = [](const std::vector<Reference>& refs, const std::string& docno) {
    for (const auto& r : refs)
      if (r.to == docno) return ToString(r.type);
    return std::string();
  };
  // 处理意见: rows 修改 amend under a caption naming both (废止和修改).
  auto outcome = RefsOfText(
      "市政府决定废止和修改的文件目录\n序号\t文件名称\t文号\t处理意见\n"
      "1\t北京市人民政府关于甲的通知\t京政发〔2003〕11号\t废止\n"
      "2\t北京市人民政府关于乙的通知\t京政发〔2003〕19号\t修改:将第三条中的“五年”修改为“三年”\n");
  CHECK(type_of(outcome, "京政发〔2003〕11号") == "repeals");
  CHECK(type_of(outcome, "京政发〔2003〕19号") == "amends");
  // A mixed list by its 废止内容 column: 全文 repeals, an article amends.
  auto part = RefsOfText(
      "市政府决定废止的规范性文件目录\n序号\t文件名称\t文号\t废止内容\n"
      "1\t北京市人民政府关于丙的通知\t京政发〔1990〕15号\t全文\n"
      "2\t北京市人民政府关于丁的通知\t京政发〔1997〕10号\t第三条\n");
  CHECK(type_of(part, "京政发〔1990〕15号") == "repeals");
  CHECK(type_of(part, "京政发〔1997〕10号") == "amends");
  // One column per outcome, marked √ in its row (清理结果目录 says nothing itself).
  auto marks = RefsOfText(
      "规范性文件清理结果目录\n序号\t文件名称\t文号\t废止\t修改\t继续有效\n"
      "1\t关于戊的通知\t京政办发〔2005〕12号\t√\t\t\n"
      "2\t关于己的通知\t京政办发〔2006〕33号\t\t√\t\n"
      "3\t关于庚的通知\t京政办发〔2007〕8号\t\t\t√\n");
  CHECK(type_of(marks, "京政办发〔2005〕12号") == "repeals");
  CHECK(type_of(marks, "京政办发〔2006〕33号") == "amends");
  CHECK(type_of(marks, "京政办发〔2007〕8号") == "cites");
}

TEST_CASE("a review's outcome cell may extend, replace, date the row, or only plan a change", "[refs][items]") {
  auto outcome = RefsOfText(
      "市政府决定废止和宣布失效的文件目录\n序号\t文件名称\t文号\t清理意见\n"
      "1\t关于甲的通知\t京卫基层〔2009〕18号\t自2015年6月1日起停止执行\n"
      "2\t关于乙的通知\t京卫财〔2008〕66号\t有效期延长至2018年12月31日\n"
      "3\t关于丙的通知\t京民福发〔2012〕13号\t已被京民福发〔2019〕3号替代\n"
      "4\t关于丁的通知\t京民社发〔2011〕12号\t拟修订\n"
      "5\t关于戊的通知\t京民事发〔2014〕15号\t废止\n");
  auto of = [&](const std::string& docno) {
    for (const auto& r : outcome)
      if (r.to == docno) return ToString(r.type) + (r.date ? " " + ToIso(r.date) : "");
    return std::string();
  };
  CHECK(of("京卫基层〔2009〕18号") == "repeals 2015-06-01");
  CHECK(of("京卫财〔2008〕66号") == "extends 2018-12-31");
  CHECK(of("京民福发〔2012〕13号") == "replaces");
  CHECK(of("京民社发〔2011〕12号") != "amends");  // a plan to revise changes nothing yet
  CHECK(of("京民事发〔2014〕15号") == "repeals");
}

TEST_CASE("a list under an attachment label takes the day of the sentence deciding that attachment", "[refs][items]") {
  auto refs = RefsOfText(
      "一、对附件1所列的3项规章予以废止,自2017年1月1日起失效。\n二、对附件2所列的1项规章予以修改。\n"
      "附件:1.市人民政府决定废止的规章\n2.市人民政府决定修改的规章\n附件1\n市人民政府决定废止的规章\n"
      "序号\t规章名称\t发布文号\n1\t北京市河道砂石开采管理办法\t北京市人民政府令第220号\n"
      "2\t北京市城市绿地养护管理规定\t北京市人民政府令第30号\n");
  int dated = 0;
  for (const auto& r : refs)
    if (r.to == "北京市人民政府令第220号" || r.to == "北京市人民政府令第30号") {
      CHECK(ToString(r.type) == "repeals");
      CHECK(ToIso(r.date) == "2017-01-01");
      ++dated;
    }
  CHECK(dated == 2);
}

TEST_CASE("attachments dated in a later sentence, by their label or by the verb that decides them", "[refs][items]") {
  // 清理结果 notices assign the attachments first and date them after: each row had taken the
  // signing day.
  const std::string lists =
      "附件1\n宣布失效的市政府规范性文件目录\n序号\t文件名称\t文号\n1\t北京市人民政府关于加快发展现代物流业的意见\t京政发〔2009〕20号\n"
      "附件2\n废止的市政府规范性文件目录\n序号\t文件名称\t文号\n1\t北京市人民政府关于加强出租汽车管理的通知\t京政发〔2005〕12号\n";
  for (const std::string decision :
       {"经清理,决定对2件规范性文件宣布失效(附件1),对2件规范性文件予以废止(附件2)。附件1所列文件自2019年3月1日起宣布失效,附件2所列文件自2019年7月1日起废止。\n",
        "经清理,市政府决定对2件市政府规范性文件宣布失效(附件1),对2件市政府规范性文件予以废止(附件2)。宣布失效的文件自2019年3月1日起停止执行,废止的文件自2019年7月1日起停止执行。\n"}) {
    INFO(decision);
    auto refs = RefsOfText(decision + "附件:1.宣布失效的市政府规范性文件目录\n2.废止的市政府规范性文件目录\n" + lists);
    std::map<std::string, std::string> dated;
    for (const auto& r : refs) dated[r.to] = ToString(r.type) + " " + ToIso(r.date);
    CHECK(dated["京政发〔2009〕20号"] == "repeals 2019-03-01");
    CHECK(dated["京政发〔2005〕12号"] == "repeals 2019-07-01");
  }
}

TEST_CASE("a list numbered ①②③ is one style: every item takes the list's relation", "[refs][items]") {
  auto refs = RefsOfText(
      "市交通委决定废止下列规范性文件：\n"
      "①《北京市出租汽车营运管理规定》（京交运发〔2010〕11号）\n"
      "②京交运发〔2010〕15号\n"
      "③《北京市公共停车场管理办法》（京交法发〔2005〕1号）\n");
  CHECK(Listed(refs) == std::vector<std::string>{"repeals 京交运发〔2010〕11号 北京市出租汽车营运管理规定",
                                                 "repeals 京交运发〔2010〕15号 ",
                                                 "repeals 京交法发〔2005〕1号 北京市公共停车场管理办法"});
}

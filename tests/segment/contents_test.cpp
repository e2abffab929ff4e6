// The contents' page references: CutPage searches an entry for contents_page from
// contents_internal::PageSearchStart, and finds what a search of the whole entry finds.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "grammar/grammar.hpp"
#include "extract/references.hpp"
#include "pipeline/pipeline.hpp"
#include "segment/contents.hpp"
#include "../support.hpp"

using namespace gazette;

namespace {

/// Where the search of all of TEXT finds contents_page (npos if nowhere) and its page group.
std::pair<size_t, std::string> FoundInWhole(const std::string& text) {
  Match m;
  if (!RxSearch(text, "contents_page", m)) return {std::string::npos, ""};
  return {static_cast<size_t>(m.position(size_t(0))), Group(m, "page")};
}

/// The same from PageSearchStart, positions counted from the text's start.
std::pair<size_t, std::string> FoundFromStart(const std::string& text) {
  const size_t from = contents_internal::PageSearchStart(text);
  Match m;
  if (from == std::string::npos || !RxSearchFrom(text, from, "contents_page", m)) return {std::string::npos, ""};
  return {from + static_cast<size_t>(m.position(size_t(0))), Group(m, "page")};
}

}  // namespace

TEST_CASE("a page reference is found from PageSearchStart as in the whole entry", "[segment]") {
  const std::vector<std::string> lines = testing::ExamplesAndSampleLines();
  std::vector<std::string> texts = lines;
  // Entries accumulated as ParseEnglish does: lines joined with a space, up to three.
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    texts.push_back(lines[i] + " " + lines[i + 1]);
    texts.push_back(lines[i] + " " + lines[i + 1] + " " + lines[i + 2]);
  }
  for (const char* made :
       {"Notice (Jingzhengfa[2023]No. 20) ..... (43)", "Notice ..... (43) ", "Notice……(7)", "Notice ··(7)",
        "Notice \u3000(7)", "Notice\t(12)\t", "(12)", " (12)", "(12345)", "Notice (1) (2)", "Notice (1)\n more",
        "Notice (1)\nmore (2)", "Notice (1)\r", "Notice (1)\u2028x", "Notice\xff (3)", "\xff(3)", "Notice (3)\xff",
        "通知(京政发〔2023〕1号) (6)", "通知 (6)", "通知 ..... (6 )", "通知 ( 16 )", "通知 (6",  "通知。。(6)", "通知..(6)", "Notice . (6)", "", "(", ")", "()"})
    texts.emplace_back(made);
  size_t found = 0;
  for (const auto& text : texts) {
    INFO(text);
    const auto whole = FoundInWhole(text);
    found += whole.first != std::string::npos;
    REQUIRE(FoundFromStart(text) == whole);
  }
  CHECK(found >= 50);
}

namespace {

/// A grammar directory under /tmp whose segment.grammar is the built-in one with contents_page
/// also taking a page in square brackets; removed with the object.
struct BracketPageGrammar {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("gazette-contents-page-" + std::to_string(::getpid()));
  std::filesystem::path empty = dir / "empty";

  BracketPageGrammar() {
    std::ifstream in(std::string(GAZETTE_SOURCE_DIR) + "/grammars/segment.grammar", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    const std::string old_page = "\\(\\s*(?<page>\\d(?: ?\\d){0,3})\\s*\\)\\s*$";
    const size_t at = text.find("pattern contents_page");
    const size_t page = text.find(old_page, at);
    REQUIRE(at != std::string::npos);
    REQUIRE(page != std::string::npos);
    text.replace(page, old_page.size(), "[(\\[](?<page>\\d{1,4})[)\\]]\\s*$");
    std::filesystem::create_directories(empty);
    std::ofstream(dir / "segment.grammar", std::ios::binary) << text;
  }
  ~BracketPageGrammar() {
    (void)UseGrammarDir(empty.string());  // the built-in grammars again
    std::filesystem::remove_all(dir);
  }
};

}  // namespace

TEST_CASE("a --grammars contents_page of another shape is searched in the whole entry", "[segment]") {
  REQUIRE(contents_internal::PageShapeKnown());
  CHECK(FoundFromStart("通知 [6]").first == std::string::npos);
  {
    BracketPageGrammar grammar;
    const Status used = UseGrammarDir(grammar.dir.string());
    REQUIRE(used.ok());
    CHECK_FALSE(contents_internal::PageShapeKnown());
    CHECK(contents_internal::PageSearchStart("通知 [6]") == 0);
    CHECK(FoundFromStart("通知 [6]") == FoundInWhole("通知 [6]"));
    CHECK(FoundFromStart("通知 [6]").second == "6");
    for (const char* text : {"Notice (Jingzhengfa[2023]No. 20) ..... [43]", "通知 (6)", "通知 (6) [7]", "Notice ]"})
      CHECK(FoundFromStart(text) == FoundInWhole(text));
  }
  CHECK(contents_internal::PageShapeKnown());
  CHECK(FoundFromStart("通知 [6]").first == std::string::npos);
}

// Issues of the early 2000s print the page before the title, the 文号 under it, and sections
// without 【】: the entries are the contents, never documents of their own.
TEST_CASE("contents entries printing their page first are read, and are no documents", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n2003年第11期（总第119期）\n本期目录\n市政府文件\n"
      "　2　北京市人民政府关于印发北京市示例规划的通知\n　　　（京政发〔2003〕12号）\n"
      "市政府办公厅文件\n"
      "　8　北京市人民政府办公厅关于做好示例工作的通知\n　　　（京政办发〔2003〕30号）\n\n"
      "北京市人民政府关于印发北京市示例规划的通知\n京政发〔2003〕12号\n各区、县人民政府：\n现将规划印发给你们。\n"
      "北京市人民政府\n2003年4月10日\n"
      "北京市人民政府办公厅关于做好示例工作的通知\n京政办发〔2003〕30号\n各区、县人民政府：\n现就有关事项通知如下。\n"
      "北京市人民政府办公厅\n2003年5月26日\n";
  Issue issue = BuildIssue({"pagefirst.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[0].page == 2);
  CHECK(issue.contents[0].docno == "京政发〔2003〕12号");
  CHECK(issue.contents[0].title == "北京市人民政府关于印发北京市示例规划的通知");
  CHECK(issue.contents[1].page == 8);
  CHECK(issue.contents[1].section == "市政府办公厅文件");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].date.has_value());
  CHECK(issue.documents[1].docno == "京政办发〔2003〕30号");
}

// Entries paged last: a list item numbered 1　北京市…的通知 in the first document, and an entry's
// wrapped line opening with a number (3岁以下…), are never entries paged first.
TEST_CASE("contents paged last never take a page-first shape for an entry", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n2024年第30期（总第900期）\n目　录\n【市政府文件】\n"
      "北京市人民政府关于促进\n3岁以下婴幼儿照护服务发展的意见\n（京政发〔2024〕25号）…………（3）\n\n"
      "北京市人民政府关于促进3岁以下婴幼儿照护服务发展的意见\n京政发〔2024〕25号\n各区人民政府：\n"
      "市政府决定废止下列文件：\n1　北京市人民政府关于实行职工每周工作40小时的通知\n本意见自公布之日起施行。\n"
      "北京市人民政府\n2024年8月30日\n";
  Issue issue = BuildIssue({"pagelast.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 1);
  CHECK(issue.contents[0].page == 3);
  CHECK(issue.contents[0].title == "北京市人民政府关于促进3岁以下婴幼儿照护服务发展的意见");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "京政发〔2024〕25号");
}

TEST_CASE("a page number spaced by OCR inside its parentheses still ends the entry", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n1988年第7期(总第31期)\n目  录\n"
      "北京市人民政府关于发布《北京市示例管理暂行规定》的通知\n(京政发〔1988〕21号) ..... (1)\n"
      "北京市人民政府办公厅关于废止部分文件的通知\n(京政办发〔1988〕9号) ..... (6 )\n\n"
      "北京市人民政府\n关于发布《北京市示例管理暂行规定》的通知\n京政发〔1988〕21号\n各区、县人民政府：\n现发布施行。\n"
      "北京市人民政府\n1988年3月28日\n"
      "北京市人民政府办公厅关于废止部分文件的通知\n京政办发〔1988〕9号\n各区、县人民政府：\n下列文件废止。\n"
      "北京市人民政府办公厅\n1988年4月2日\n";
  Issue issue = BuildIssue({"spacedpage.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[1].page == 6);
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].title == "关于发布《北京市示例管理暂行规定》的通知");
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
}

TEST_CASE("an order's or announcement's entry numbered in brackets under its series is matched to it", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n2015年第18期（总第464期）\n目　录\n"
      "北京市人民政府令\n（第262号）…………………………（1）\n北京市人民政府公告\n（2015年第3号）……………………（3）\n\n"
      "北京市人民政府令\n第262号\n《北京市城市道路管理办法》已经市人民政府常务会议通过，现予公布，自2015年8月1日起施行。\n"
      "市长　王安顺\n2015年6月10日\n"
      "北京市人民政府公告\n2015年第3号\n为保障安全，现将有关事项公告如下。\n特此公告。\n北京市人民政府\n2015年6月20日\n";
  Issue issue = BuildIssue({"series.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[0].docno == "北京市人民政府令第262号");
  CHECK(issue.contents[1].docno == "北京市人民政府公告2015年第3号");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].page == 1);
  CHECK(issue.documents[1].page == 3);
}

TEST_CASE("titles over their 文号 under a list's caption are its entries, not documents", "[segment]") {
  const std::string text =
      "北京市人民政府关于废止部分政府规范性文件的决定\n京政发〔2017〕5号\n各区人民政府：\n"
      "决定废止《北京市人民政府关于加强城市绿化管理的通知》等2件规范性文件，现予公布。\n"
      "附件：市政府决定废止的规范性文件目录\n北京市人民政府\n2017年2月10日\n附件\n"
      "市政府决定废止的规范性文件目录\n"
      "北京市人民政府关于加强城市绿化管理的通知\n京政发〔1987〕112号\n"
      "北京市人民政府关于禁止在城区燃放烟花爆竹的通告\n（1988年3月15日）\n"
      "北京市人民政府办公厅关于做好夏季防暑降温工作的通知\n京政办发〔1987〕31号\n"
      "北京市人民政府关于印发北京市2017年国民经济和社会发展计划的通知\n京政发〔2017〕8号\n"
      "各区人民政府：\n现将计划印发给你们。\n北京市人民政府\n2017年2月20日\n";
  Issue issue = BuildIssue({"listed.txt", "UTF-8", text});
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].docno == "京政发〔2017〕5号");
  CHECK(issue.documents[1].docno == "京政发〔2017〕8号");
  std::vector<std::string> repealed;
  for (const auto& r : ExtractReferences(issue.documents[0]))
    if (r.type == Relation::kRepeals && !r.to.empty()) repealed.push_back(r.to + " " + r.title);
  CHECK(repealed == std::vector<std::string>{"京政发〔1987〕112号 北京市人民政府关于加强城市绿化管理的通知",
                                             "京政办发〔1987〕31号 北京市人民政府办公厅关于做好夏季防暑降温工作的通知"});
}

TEST_CASE("contents sections printed bare or in other brackets are sections, never part of an entry", "[segment][contents]") {
  for (const std::string section : {"市政府文件", "[市政府文件]", "■市政府文件", "—市政府文件—", "〈市政府文件〉"}) {
    INFO(section);
    const std::string text =
        "北京市人民政府公报\n1994年第7期\n目    录\n市政府令\n北京市人民政府令\n(1994年第12号)……………………(1)\n" + section +
        "\n北京市人民政府关于同意设立北京市昌平县小汤山镇的批复\n    (京政函〔1994〕22号)……………(8)\n任免\n北京市人民政府任免名单…………(15)\n\n"
        "北京市人民政府令\n1994年第12号\n\n　　《北京市城市道路挖掘管理暂行规定》已经市人民政府常务会议通过，现予发布。\n\n市长　李其炎\n1994年4月2日\n\n"
        "北京市人民政府关于同意设立北京市昌平县小汤山镇的批复\n京政函〔1994〕22号\n\n昌平县人民政府：\n　　同意设立小汤山镇。\n\n北京市人民政府\n1994年4月8日\n\n"
        "北京市人民政府任免名单\n\n　　任命张三为北京市计划委员会副主任。\n\n";
    Issue issue = BuildIssue({"sections.txt", "UTF-8", text});
    REQUIRE(issue.contents.size() == 3);
    CHECK(issue.contents[0].section == "市政府令");
    CHECK(issue.contents[1].section == "市政府文件");
    CHECK(issue.contents[1].title == "北京市人民政府关于同意设立北京市昌平县小汤山镇的批复");
    CHECK(issue.contents[2].section == "任免");
    CHECK(issue.documents.size() == 3);
  }
}

TEST_CASE("a page-first entry of a 政策问答 or a 解读 is an entry, not a piece of the first document's header", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n2013年第22期（总第382期）\n目　　次\n市政府文件\n"
      "　 1　北京市人民政府关于修改《北京市机动车停车管理办法》的决定\n　　　（北京市人民政府令第250号）\n"
      "政策问答\n　24　关于调整本市最低工资标准的政策问答\n\n"
      "北京市人民政府令\n第250号\n\n　　《北京市人民政府关于修改〈北京市机动车停车管理办法〉的决定》已经市人民政府常务会议通过，现予公布，自公布之日起施行。\n\n"
      "市长　王安顺\n2013年7月30日\n\n"
      "关于调整本市最低工资标准的政策问答\n\n　　一、本次最低工资标准调整的幅度是多少？\n　　答：由每月1260元调整到1400元。\n";
  Issue issue = BuildIssue({"qa.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[1].page == 24);
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(issue.documents[1].title == "关于调整本市最低工资标准的政策问答");
}

TEST_CASE("a contents page OCR spaced between its digits ends the entry", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n2008年第15期\n目　　录\n北京市工商行政管理局公告\n（2008年第3号）……………………（1 9）\n"
      "北京市交通委员会关于暂停受理出租汽车经营权转让申请的函\n（京交函〔2008〕316号）………………（2 0）\n\n"
      "北京市工商行政管理局公告\n2008年第3号\n\n　　现将有关事项公告如下。\n\n北京市工商行政管理局\n2008年7月25日\n\n"
      "北京市交通委员会关于暂停受理出租汽车经营权转让申请的函\n京交函〔2008〕316号\n\n市工商局：\n　　我委决定暂停受理。\n\n北京市交通委员会\n2008年7月28日\n";
  Issue issue = BuildIssue({"page19.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[0].page == 19);
  CHECK(issue.contents[1].page == 20);
  CHECK(issue.contents[1].title == "北京市交通委员会关于暂停受理出租汽车经营权转让申请的函");
}

TEST_CASE("a district gazette's bare sections (区政府文件, 国务院文件, 大事记) are sections", "[segment][contents]") {
  // They had been glued onto the next entry's title; an entry without 文号 then matched nothing.
  const std::string text =
      "海淀区人民政府公报\n2020年第3期\n目　录\n区政府文件\n北京市海淀区人民政府关于加强垃圾分类工作的通知\n"
      "(海政发〔2020〕5号)……………(1)\n大事记\n2020年4月-6月海淀区政府大事记……………(9)\n\n"
      "北京市海淀区人民政府关于加强垃圾分类工作的通知\n海政发〔2020〕5号\n\n各街道办事处:\n　　现就有关事项通知如下。\n\n"
      "北京市海淀区人民政府\n2020年5月20日\n\n2020年4月-6月海淀区政府大事记\n\n4月3日　区政府召开常务会议。\n";
  Issue issue = BuildIssue({"district.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[0].section == "区政府文件");
  CHECK(issue.contents[0].title == "北京市海淀区人民政府关于加强垃圾分类工作的通知");
  CHECK(issue.contents[1].section == "大事记");
  CHECK(issue.documents.size() == 2);
  CHECK(issue.findings.empty());
}

TEST_CASE("English contents under a bare CONTENTS with no closing note end at the first document", "[segment][contents]") {
  // The first document's title had been skipped as the English contents' end: its header lost.
  const std::string text =
      "北京市人民政府公报\n2016年第20期(总第486期)\n目  录\n北京市人民政府关于加强本市水资源管理的意见(京政发〔2016〕18号)……(2)\n"
      "CONTENTS\nOpinions of Beijing Municipal Government on Strengthening Water Resources Management (Jingzhengfa[2016]No. 18)……(2)\n"
      "北京市人民政府关于加强本市水资源管理的意见\n京政发〔2016〕18号\n各区人民政府：\n为加强本市水资源管理，提出如下意见。\n"
      "北京市人民政府\n2016年5月10日\n";
  Issue issue = BuildIssue({"en.txt", "UTF-8", text});
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "京政发〔2016〕18号");
  CHECK(issue.findings.empty());
}

TEST_CASE("a contents entry naming a year-numbered order bare is that order, its regulation in it", "[segment][contents]") {
  for (const std::string entry : {"河北省人民政府令2003年第5号", "河北省人民政府令〔2003〕第5号", "河北省人民政府令（2003年第5号）"}) {
    INFO(entry);
    Issue issue = BuildIssue({"hb.txt", "UTF-8",
                              "河北省人民政府公报\n2003年第8期\n2003年4月30日出版\n\n目　录\n\n" + entry +
                                  " ……………………（2）\n\n河北省人民政府令\n2003年第5号\n\n"
                                  "《河北省城市供水管理办法》已经2003年3月26日省政府第3次常务会议通过,现予公布,自2003年6月1日起施行。\n\n"
                                  "省长　季允石\n二○○三年四月二日\n\n河北省城市供水管理办法\n\n"
                                  "第一条　为加强城市供水管理,制定本办法。\n第二条　本办法自2003年6月1日起施行。\n"});
    REQUIRE(issue.documents.size() == 1);  // an empty order and a phantom holding its text before
    const Document& order = issue.documents[0];
    CHECK(order.docno == "河北省人民政府令2003年第5号");
    CHECK(ToIso(order.date) == "2003-04-02");
    CHECK(order.page == 2);
    REQUIRE(order.instruments.size() == 1);
    CHECK(order.instruments[0].title == "河北省城市供水管理办法");
  }
}

TEST_CASE("a contents entry without the 《》 its document's title prints, or with them, is its entry", "[segment][contents]") {
  for (const auto& [entry, title] : std::vector<std::pair<std::string, std::string>>{
           {"北京市人民政府关于印发北京市农村住房安全改造管理办法的通知", "关于印发《北京市农村住房安全改造管理办法》的通知"},
           {"北京市人民政府关于印发《北京市农村住房安全改造管理办法》的通知", "关于印发北京市农村住房安全改造管理办法的通知"}}) {
    INFO(entry);
    Issue issue = BuildIssue({"c.txt", "UTF-8",
                              "北京市人民政府公报\n2009年第10期\n\n目　录\n\n" + entry + " …………………… 8\n\n北京市人民政府\n" + title +
                                  "\n京政发〔2009〕18号\n各区、县人民政府:\n现将办法印发给你们。\n北京市人民政府\n2009年5月4日\n"});
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].page == 8);  // a false contents-unmatched and page 0 before
    CHECK(issue.findings.empty());
  }
}

TEST_CASE("an order's number alone over its regulation's paged title is one contents entry, no document", "[segment][contents]") {
  for (const char* number : {"北京市人民政府令第8号", "北京市人民政府令（第8号）"}) {
    INFO(number);
    const std::string text = std::string("北京市人民政府公报\n1998年第12期（总第138期）\n目    录\n") + number +
                             "\n北京市城市道路挖掘管理办法…………………………（1）\n\n"
                             "北京市人民政府令\n第8号\n《北京市城市道路挖掘管理办法》已经市人民政府常务会议通过，现予发布，"
                             "自1998年8月1日起施行。\n市长　贾庆林\n1998年6月4日\n北京市城市道路挖掘管理办法\n"
                             "第一条　为加强城市道路挖掘管理，制定本办法。\n";
    Issue issue = BuildIssue({"orders.txt", "UTF-8", text});
    REQUIRE(issue.contents.size() == 1);
    CHECK(issue.contents[0].docno == "北京市人民政府令第8号");
    CHECK(issue.contents[0].title == "北京市城市道路挖掘管理办法");
    REQUIRE(issue.documents.size() == 1);  // the number line had been a phantom order taking the id
    CHECK(issue.documents[0].id == "北京市人民政府令第8号");
    CHECK(issue.documents[0].page == 1);
  }
}

TEST_CASE("an order's number under its paged entry is that entry's, not the next one's", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n1998年第12期(总第138期)\n目    录\n"
      "北京市城市道路挖掘管理办法…………………………(1)\n(北京市人民政府令第8号)\n"
      "北京市殡葬管理规定…………………………………(5)\n(北京市人民政府令第9号)\n\n"
      "北京市人民政府令\n第8号\n《北京市城市道路挖掘管理办法》已经市人民政府常务会议通过,现予发布。\n市长　贾庆林\n1998年6月4日\n"
      "北京市人民政府令\n第9号\n《北京市殡葬管理规定》已经市人民政府常务会议通过,现予发布。\n市长　贾庆林\n1998年6月5日\n";
  Issue issue = BuildIssue({"orders.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[0].docno == "北京市人民政府令第8号");
  CHECK(issue.contents[1].docno == "北京市人民政府令第9号");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].page == 1);
  CHECK(issue.documents[1].page == 5);
}

TEST_CASE("orders' numbers over their paged titles, then the first order's number on one line: the body's", "[segment][contents]") {
  const std::string text =
      "北京市人民政府公报\n1998年第12期(总第138期)\n目    录\n"
      "北京市人民政府令第8号\n北京市城市道路挖掘管理办法…………………………(1)\n"
      "北京市人民政府令第9号\n北京市殡葬管理规定…………………………………(5)\n\n"
      "北京市人民政府令第8号\n《北京市城市道路挖掘管理办法》已经市人民政府常务会议通过,现予发布。\n市长　贾庆林\n1998年6月4日\n"
      "北京市人民政府令\n第9号\n《北京市殡葬管理规定》已经市人民政府常务会议通过,现予发布。\n市长　贾庆林\n1998年6月10日\n";
  Issue issue = BuildIssue({"orders.txt", "UTF-8", text});
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[1].docno == "北京市人民政府令第9号");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].id == "北京市人民政府令第8号");
  CHECK(issue.documents[1].page == 5);
}

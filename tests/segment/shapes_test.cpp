// Documents of shapes the sample issues do not print, written here as other issues, years and
// agencies print them (GB/T 9704 headers, Chinese drafting conventions, PDF damage). Each test
// states the shape and the fact expected of it.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue ShapeIssue(const std::string& text) { return BuildIssue({"shape.txt", "UTF-8", text}); }

const Reference* FindRef(const Document& doc, const std::string& to) {
  for (const auto& r : doc.references)
    if (r.to == to) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("titles listed under a line ending in a colon stay in the document that lists them", "[segment][shapes]") {
  // A decision repealing documents printed as title / (文号) pairs: each pair looks like a
  // header, but a header never follows a colon (the list's caption) or an item of its list.
  Issue issue = ShapeIssue(
      "北京市人民政府\n"
      "关于废止部分市政府文件的决定\n"
      "京政发〔2023〕9号\n"
      "各区人民政府,市政府各委、办、局,各市属机构:\n"
      "市政府决定废止下列文件:\n"
      "北京市人民政府关于加强城市管理的通知\n"
      "(京政发〔2010〕3号)\n"
      "北京市人民政府关于促进就业的意见\n"
      "(京政发〔2012〕14号)\n"
      "本决定自印发之日起施行。\n"
      "北京市人民政府\n"
      "2023年3月1日\n");
  REQUIRE(issue.documents.size() == 1);
  const Document& doc = issue.documents[0];
  CHECK(doc.docno == "京政发〔2023〕9号");
  CHECK(ToIso(doc.date) == "2023-03-01");
  // The listed titles are repealed, each with the 文号 printed on the line under it.
  const Reference* first = FindRef(doc, "京政发〔2010〕3号");
  const Reference* second = FindRef(doc, "京政发〔2012〕14号");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->type == Relation::kRepeals);
  CHECK(first->title == "关于加强城市管理的通知");
  CHECK(first->line == 7);
  CHECK(second->type == Relation::kRepeals);
  CHECK(second->title == "关于促进就业的意见");
}

TEST_CASE("a 批复 addressed to the one agency that asked reads its recipient, numbered or not", "[segment][shapes]") {
  // GB/T 9704 主送: a 批复 answers one agency's 请示, and is addressed to it alone.
  Issue issue = ShapeIssue(
      "北京市人民政府\n"
      "关于同意设立北京城市副中心综合保税区的批复\n"
      "京政函〔2021〕12号\n"
      "通州区人民政府:\n"
      "你区《关于设立北京城市副中心综合保税区的请示》(通政文〔2021〕3号)收悉。经研究,批复如下:\n"
      "一、同意设立北京城市副中心综合保税区。\n"
      "北京市人民政府\n"
      "2021年2月3日\n"
      "北京市人民政府\n"
      "关于同意房山区撤销窦店镇设立窦店街道的批复\n"
      "房山区人民政府:\n"
      "你区的请示收悉。同意撤销窦店镇,设立窦店街道。\n"
      "北京市人民政府\n"
      "2021年3月4日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].docno == "京政函〔2021〕12号");
  CHECK(issue.documents[0].recipients == "通州区人民政府");
  CHECK(ToIso(issue.documents[0].date) == "2021-02-03");
  CHECK(issue.documents[1].title == "关于同意房山区撤销窦店镇设立窦店街道的批复");
  CHECK(issue.documents[1].recipients == "房山区人民政府");
  CHECK(ToIso(issue.documents[1].date) == "2021-03-04");
}

TEST_CASE("a document printed in the GB/T 9704 layout has its title under its 文号", "[segment][shapes]") {
  // 版头 (发文机关标志 …文件), then 发文字号, then the title: one document, its issuers without 文件.
  Issue issue = ShapeIssue(
      "北京市人民政府办公厅文件\n"
      "京政办发〔2021〕7号\n"
      "北京市人民政府办公厅关于印发《北京市文化馆总分馆制建设办法》的通知\n"
      "各区人民政府,市政府各委、办、局,各市属机构:\n"
      "经市政府同意,现将《北京市文化馆总分馆制建设办法》印发给你们,请认真贯彻落实。\n"
      "北京市人民政府办公厅\n"
      "2021年3月5日\n"
      "北京市发展和改革委员会 北京市财政局文件\n"
      "京发改〔2022〕15号\n"
      "关于调整本市部分行政事业性收费标准的通知\n"
      "各区发展改革委、财政局:\n"
      "现就有关事项通知如下。\n"
      "北京市发展和改革委员会 北京市财政局\n"
      "2022年2月10日\n");
  REQUIRE(issue.documents.size() == 2);
  const Document& first = issue.documents[0];
  CHECK(first.docno == "京政办发〔2021〕7号");
  CHECK(first.title == "关于印发《北京市文化馆总分馆制建设办法》的通知");
  CHECK(first.issuers == std::vector<std::string>{"北京市人民政府办公厅"});
  CHECK(first.recipients == "各区人民政府,市政府各委、办、局,各市属机构");
  CHECK(ToIso(first.date) == "2021-03-05");
  const Document& second = issue.documents[1];
  CHECK(second.docno == "京发改〔2022〕15号");
  CHECK(second.title == "关于调整本市部分行政事业性收费标准的通知");
  CHECK(second.issuers == std::vector<std::string>{"北京市发展和改革委员会", "北京市财政局"});
  CHECK(ToIso(second.date) == "2022-02-10");
}

TEST_CASE("a 决定 with no 主送 does not take its first sentence as its recipients", "[segment][shapes]") {
  // A decision amending a rule opens with 市人民政府决定对《…》作如下修改: — a sentence ending in a
  // colon that starts like a 主送 (市…) but cites a title and introduces what follows.
  Issue issue = ShapeIssue(
      "北京市人民政府\n"
      "关于修改《北京市生态环境保护督察工作实施办法》的决定\n"
      "京政发〔2023〕1号\n"
      "市人民政府决定对《北京市生态环境保护督察工作实施办法》(京政发〔2022〕8号)作如下修改:\n"
      "一、将第二条修改为:“督察工作由市生态环境局负责。”\n"
      "本决定自公布之日起施行。\n"
      "北京市人民政府\n"
      "2023年1月5日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].recipients.empty());
  CHECK(ToIso(issue.documents[0].date) == "2023-01-05");
}

TEST_CASE("a running head inside a wrapped title or an article is not part of either", "[segment][shapes]") {
  // A PDF page break: 北京市人民政府公报 / 2022年第5期 / — 23 — printed inside the title and
  // again inside 第二条.
  Issue issue = ShapeIssue(
      "北京市人民政府\n"
      "关于印发《北京市生态环境保护\n"
      "北京市人民政府公报\n"
      "2022年第5期\n"
      "— 23 —\n"
      "督察工作实施办法》的通知\n"
      "京政发〔2022〕8号\n"
      "各区人民政府,市政府各委、办、局:\n"
      "现将《北京市生态环境保护督察工作实施办法》印发给你们,请认真贯彻执行。\n"
      "北京市人民政府\n"
      "2022年3月1日\n"
      "北京市生态环境保护督察工作实施办法\n"
      "第一条 为推进生态环境保护督察,制定本办法。\n"
      "第二条 督察工作由市生态环境保护督察工作领导小组负责,领导小组办公室设在市生态\n"
      "北京市人民政府公报\n"
      "2022年第5期\n"
      "— 24 —\n"
      "环境局。\n"
      "第三条 本办法自2022年4月1日起施行。\n");
  REQUIRE(issue.documents.size() == 1);
  const Document& doc = issue.documents[0];
  CHECK(doc.title == "关于印发《北京市生态环境保护督察工作实施办法》的通知");
  CHECK(doc.docno == "京政发〔2022〕8号");
  ExtractAll(issue);
  bool found = false;
  for (const auto& node : issue.documents[0].articles)
    if (node.label == "第二条") {
      found = true;
      CHECK(node.text == "督察工作由市生态环境保护督察工作领导小组负责,领导小组办公室设在市生态环境局。");
    }
  CHECK(found);
}

TEST_CASE("a 通告 or 公告 whose kind stands alone under its issuers is numbered by its issuer", "[segment][shapes]") {
  // 北京市…局 / 通 告 / 第1号: the issuer above the kind qualifies the number, as 北京市…局通告
  // on one line would; the same with a number within the year (公告 / 2022年第1号).
  Issue issue = ShapeIssue(
      "北京市人民政府\n"
      "关于加强城市管理工作的通知\n"
      "京政发(2022)8号\n"
      "各区人民政府:\n"
      "现就有关事项通知如下。\n"
      "北京市人民政府\n"
      "2022年3月1日\n"
      "北京市公安局公安交通管理局\n"
      "通 告\n"
      "第1号\n"
      "为保障交通安全,决定实行交通管制。\n"
      "本通告自2023年5月1日起施行。\n"
      "北京市公安局公安交通管理局\n"
      "2023年4月20日\n"
      "北京市市场监督管理局\n"
      "公告\n"
      "2022年第1号\n"
      "根据《中华人民共和国行政许可法》,现将清单公告如下。\n"
      "北京市市场监督管理局\n"
      "2022年1月20日\n");
  REQUIRE(issue.documents.size() == 3);
  CHECK(issue.documents[0].docno == "京政发〔2022〕8号");  // (2022) read as 〔2022〕
  CHECK(ToIso(issue.documents[0].date) == "2022-03-01");
  CHECK(issue.documents[1].docno == "北京市公安局公安交通管理局通告第1号");
  CHECK(issue.documents[1].issuers == std::vector<std::string>{"北京市公安局公安交通管理局"});
  CHECK(ToIso(issue.documents[1].date) == "2023-04-20");
  CHECK(issue.documents[2].docno == "北京市市场监督管理局公告2022年第1号");
  CHECK(ToIso(issue.documents[2].date) == "2022-01-20");
}

TEST_CASE("a document a notice forwards, printed under it with its own title and 文号, stays in the notice", "[segment][shapes]") {
  // 转发: the forwarded 意见 keeps its title and 文号 but has no issuer block; the notice names
  // it in its first sentence. An unrelated document after it is still its own.
  Issue issue = ShapeIssue(
      "北京市人民政府办公厅\n"
      "关于转发市教委等部门关于加强中小学生课后服务工作意见的通知\n"
      "京政办发〔2020〕1号\n"
      "各区人民政府,市政府各委、办、局:\n"
      "市教委、市财政局《关于加强中小学生课后服务工作的意见》已经市政府同意,现转发给你们,请认真贯彻执行。\n"
      "北京市人民政府办公厅\n"
      "2020年1月10日\n"
      "关于加强中小学生课后服务工作的意见\n"
      "京教基〔2019〕20号\n"
      "为做好课后服务工作,提出如下意见。\n"
      "一、明确服务内容。\n"
      "北京市教育委员会 北京市财政局\n"
      "2019年12月20日\n"
      "关于做好中小学生暑期安全工作的意见\n"
      "京教基〔2020〕5号\n"
      "为做好暑期安全工作,提出如下意见。\n"
      "北京市教育委员会\n"
      "2020年6月20日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].docno == "京政办发〔2020〕1号");
  CHECK(ToIso(issue.documents[0].date) == "2020-01-10");  // the notice's own signature, not the 意见's
  CHECK(issue.documents[1].docno == "京教基〔2020〕5号");
}

TEST_CASE("a dating line holding the adoption and each amendment dates the regulation by the latest", "[segment][shapes]") {
  // One parenthesized 题注: …会议通过 根据…修正 根据…第二次修正. Each clause is a dating of its own.
  Issue issue = ShapeIssue(
      "北京市大气污染防治条例\n"
      "(2014年1月22日北京市第十四届人民代表大会第二次会议通过 根据2018年3月30日北京市第十五届人民代表大会"
      "常务委员会第三次会议《关于修改〈北京市大气污染防治条例〉等七部地方性法规的决定》修正 根据2021年9月24日"
      "北京市第十五届人民代表大会常务委员会第三十三次会议《关于修改部分地方性法规的决定》第二次修正)\n"
      "第一条 为了防治大气污染,制定本条例。\n"
      "第二条 本条例自2014年3月1日起施行。\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(ToIso(issue.documents[0].date) == "2021-09-24");
  ExtractAll(issue);
  std::vector<std::string> dated;
  for (const auto& d : issue.documents[0].deadlines)
    if (d.kind == DateKind::kAdopted || d.kind == DateKind::kAmended) dated.push_back(ToString(d.kind) + " " + ToIso(d.date));
  CHECK(dated == std::vector<std::string>{"adopted 2014-01-22", "amended 2018-03-30", "amended 2021-09-24"});
}

TEST_CASE("an older layout: contents with dot leaders and bare page numbers, years with ○ or O for 〇", "[segment][shapes]") {
  // Contents entries end ……3 (no brackets round the page); the signing dates are typed with a
  // white circle (○, U+25CB) or a full-width letter O for 〇, as many documents before ~2012 are.
  Issue issue = ShapeIssue(
      "北京市人民政府公报\n"
      "2008年第5期(总第300期)\n"
      "二○○八年三月十日\n"
      "目  录\n"
      "北京市人民政府关于加强安全生产工作的通知（京政发〔2008〕8号）……………………3\n"
      "北京市人民政府办公厅关于印发北京市节水管理办法的通知（京政办发〔2008〕12号）……6\n"
      "\n"
      "北京市人民政府关于加强安全生产工作的通知\n"
      "京政发〔2008〕8号\n"
      "各区、县人民政府，市政府各委、办、局，各市属机构：\n"
      "　　一、落实安全生产责任。各区县政府要在2008年6月30日前完成检查。\n"
      "　　二、本通知自2008年4月1日起施行。\n"
      "北京市人民政府\n"
      "二○○八年二月二十五日\n"
      "\n"
      "北京市人民政府办公厅关于印发北京市节水管理办法的通知\n"
      "京政办发〔2008〕12号\n"
      "各区、县人民政府，市政府各委、办、局：\n"
      "　　经市政府同意，现将《北京市节水管理办法》印发给你们，请认真贯彻执行。\n"
      "北京市人民政府办公厅\n"
      "二ＯＯ八年三月三日\n");
  CHECK(issue.header.year == 2008);
  CHECK(issue.header.number == 5);
  CHECK(ToIso(issue.header.date) == "2008-03-10");
  REQUIRE(issue.contents.size() == 2);
  CHECK(issue.contents[0].page == 3);
  CHECK(issue.contents[0].docno == "京政发〔2008〕8号");
  CHECK(issue.contents[1].page == 6);
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].docno == "京政发〔2008〕8号");
  CHECK(issue.documents[0].title == "关于加强安全生产工作的通知");
  CHECK(ToIso(issue.documents[0].date) == "2008-02-25");
  CHECK(issue.documents[0].page == 3);
  CHECK(issue.documents[1].docno == "京政办发〔2008〕12号");
  CHECK(ToIso(issue.documents[1].date) == "2008-03-03");
  CHECK(issue.documents[1].page == 6);
  CHECK(issue.findings.empty());
}

TEST_CASE("a dating line of the order that promulgated the rule and its day of force numbers and dates it", "[segment][shapes]") {
  // (…令第300号公布 自2022年1月1日起施行): two clauses, the second led by 自.
  Issue issue = ShapeIssue(
      "北京市生活垃圾分类管理规定\n"
      "(2021年9月28日北京市人民政府令第300号公布 自2022年1月1日起施行)\n"
      "第一条 为加强生活垃圾分类管理,制定本规定。\n"
      "第二条 本规定由市城市管理委负责解释。\n");
  REQUIRE(issue.documents.size() == 1);
  const Document& rule = issue.documents[0];
  CHECK(rule.docno == "北京市人民政府令第300号");
  CHECK(ToIso(rule.date) == "2021-09-28");
  ExtractAll(issue);
  std::vector<std::string> dated;
  for (const auto& d : issue.documents[0].deadlines)
    if (d.kind == DateKind::kPromulgated || d.kind == DateKind::kEffective) dated.push_back(ToString(d.kind) + " " + ToIso(d.date));
  CHECK(dated == std::vector<std::string>{"promulgated 2021-09-28", "effective 2022-01-01"});
  CHECK(issue.documents[0].references.empty());  // its own order is no citation
}

TEST_CASE("a 文号 dated on its line, a date alone under the title, a 签发人, an OCR'd 文号: the document and its date", "[segment][shapes]") {
  // Compilations and issues of the 1990s print the 文号 and the date under the title and no
  // signature; a report upward prints its 签发人 beside its 文号.
  const std::string body = "各区、县人民政府，市政府各委、办、局：\n现就有关事项通知如下：\n一、本市国家机关实行新的工作制度。\n";
  struct Case {
    const char* header;
    const char* docno;
    const char* date;
  };
  for (const Case& c : {Case{"（京政发〔1996〕5号　1996年1月15日）\n", "京政发〔1996〕5号", "1996-01-15"},
                        Case{"京政发〔1996〕5号　1996年1月15日\n", "京政发〔1996〕5号", "1996-01-15"},
                        Case{"（一九九六年一月十五日　京政发〔1996〕5号）\n", "京政发〔1996〕5号", "1996-01-15"},
                        Case{"(1996年1月15日京政发〔1996〕5号)\n", "京政发〔1996〕5号", "1996-01-15"},
                        Case{"一九九六年一月十五日　京政发〔1996〕5号\n", "京政发〔1996〕5号", "1996-01-15"},
                        Case{"（1996年1月15日）\n", "", "1996-01-15"},
                        Case{"（一九九六年一月十五日）\n", "", "1996-01-15"},
                        Case{"京政发(1996)l5号\n", "京政发〔1996〕15号", ""},
                        Case{"京政发（1996年）5号\n", "京政发〔1996〕5号", ""},
                        Case{"京政文〔1996〕5号　　　签发人：王岐山\n", "京政文〔1996〕5号", ""}}) {
    INFO(c.header);
    Issue issue = ShapeIssue("北京市人民政府关于实行新工作制度的通知\n" + std::string(c.header) + body);
    REQUIRE(issue.documents.size() == 1);
    const Document& d = issue.documents[0];
    CHECK(d.docno == c.docno);
    CHECK(ToIso(d.date) == c.date);
    CHECK(d.title == "关于实行新工作制度的通知");
    CHECK(d.recipients == "各区、县人民政府,市政府各委、办、局");
  }
}

TEST_CASE("a title printed without its issuers is issued by the agencies that sign it", "[segment][shapes]") {
  Issue issue = ShapeIssue("关于加快发展服务业的意见\n京政发〔2007〕11号\n各区、县人民政府，市政府各委、办、局：\n"
                      "为加快发展服务业，提出如下意见。\n一、充分认识加快发展服务业的重要意义。\n北京市人民政府\n2007年4月20日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
}

TEST_CASE("a list's total under its last row, then a joint document with its issuers side by side", "[segment][shapes]") {
  // 共计3家 is the list's total, never a wrap of its last cell; the issuers printed with a tab
  // between them head the next document.
  Issue issue = ShapeIssue(
      "北京市示例局关于公布示例企业名单的通知\n京示发〔2024〕58号\n各区示例局：\n现将名单公布如下。\n"
      "北京市示例局\n2024年6月20日\n附件\n示例企业名单\n序号\t企业名称\t所在区\n"
      "1\t北京甲科技有限公司\t海淀区\n2\t北京乙科技有限公司\t丰台区\n3\t北京丙科技有限公司\t北京经济技术开发区\n\n共计4家\n\n"
      "北京市发展和改革委员会\t北京市财政局\n关于调整本市部分收费标准的通知\n京发改〔2024〕900号\n各有关单位：\n"
      "经研究，决定调整部分收费标准。\n北京市发展和改革委员会\t北京市财政局\n2024年8月1日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].issuers == std::vector<std::string>{"北京市发展和改革委员会", "北京市财政局"});
  const Document& list = issue.documents[0];
  REQUIRE(list.tables.size() == 1);
  CHECK(list.tables[0].declared_total == 4);
  CHECK(list.tables[0].sections[0].rows.back().cells.back().second == "北京经济技术开发区");
}

TEST_CASE("a title wrapped right after 转发 keeps its issuer and the forwarding verb", "[segment][shapes]") {
  Issue issue = ShapeIssue("北京市人民政府办公厅转发\n北京市发展和改革委员会关于2015年\n节能减排工作安排意见的通知\n"
                      "京政办发〔2015〕28号\n各区、县人民政府，市政府各委、办、局：\n市发展改革委的意见已经市政府同意，现转发给你们。\n"
                      "北京市人民政府办公厅\n2015年6月10日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府办公厅"});
  CHECK(issue.documents[0].title == "转发北京市发展和改革委员会关于2015年节能减排工作安排意见的通知");
}

TEST_CASE("a rule numbered by the order its dating line names is issued by that order's issuer", "[segment][shapes]") {
  Issue issue = ShapeIssue("北京市示例房屋管理办法\n（2018年2月12日北京市人民政府令第229号公布　自2018年4月1日起施行）\n"
                      "第一条　为了加强房屋管理，制定本办法。\n第二条　本办法自2018年4月1日起施行。\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "北京市人民政府令第229号");
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
}

TEST_CASE("a grid of agency names above a title (an attachment's member list) is no issuer block", "[segment][shapes]") {
  Issue issue = ShapeIssue("附件\n领导小组成员单位名单\n北京市发展和改革委员会\t北京市经济和信息化局\t北京市财政局\n"
                      "北京市商务局\t北京市市场监督管理局\t北京市规划和自然资源委员会\n\n"
                      "北京市人民政府关于加快推进数字经济发展的意见\n京政发〔2024〕4号\n各区人民政府：\n为加快推进数字经济发展，提出如下意见。\n"
                      "北京市人民政府\n2024年1月12日\n");
  REQUIRE(!issue.documents.empty());
  CHECK(issue.documents.back().issuers == std::vector<std::string>{"北京市人民政府"});
}

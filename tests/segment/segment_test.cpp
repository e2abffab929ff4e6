// Golden tests: the issue header and the ordered documents of each sample issue, as read in
// the text (file:line of the 文号 line and of the signing date in each comment).
#include <catch2/catch.hpp>
#include <set>

#include "../support.hpp"
#include "util/text.hpp"
#include "pipeline/pipeline.hpp"
#include "segment/documents.hpp"

using namespace gazette;
using gazette::testing::SampleIssue;

namespace {

struct Expected {
  std::string docno, title, date;
  std::vector<std::string> issuers;
};

void CheckDocuments(const Issue& issue, const std::vector<Expected>& expected) {
  REQUIRE(issue.documents.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto& d = issue.documents[i];
    INFO(issue.source << " document " << i + 1);
    CHECK(d.docno == expected[i].docno);
    CHECK(d.id == expected[i].docno);
    CHECK(d.title == expected[i].title);
    CHECK(ToIso(d.date) == expected[i].date);
    CHECK(d.issuers == expected[i].issuers);
  }
}

// Every contents entry is matched to exactly one document and carries its English title.
void CheckContents(const Issue& issue) {
  REQUIRE(issue.contents.size() == issue.documents.size());
  std::set<int> seen;
  for (const auto& e : issue.contents) {
    INFO(issue.source << ":" << e.line << " " << e.title);
    CHECK(e.document >= 0);
    CHECK(seen.insert(e.document).second);
    CHECK(!e.title_en.empty());
    CHECK(e.page > 0);
    if (e.document >= 0) CHECK(issue.documents[static_cast<size_t>(e.document)].title_en == e.title_en);
  }
  CHECK(issue.findings.empty());
}

}  // namespace

TEST_CASE("2024-38: header and documents", "[segment][golden]") {
  const Issue& issue = SampleIssue("2024-38");
  // 2024-38.txt:7 "2024", :9 "第 38 期（总第 866 期）", :18 "2024年11月15日"
  CHECK(issue.header.year == 2024);
  CHECK(issue.header.number == 38);
  CHECK(issue.header.total_number == 866);
  CHECK(ToIso(issue.header.date) == "2024-11-15");
  CHECK(issue.name == "2024-38");
  CheckDocuments(issue, {
    // :86, signed :156 2024年9月2日
    {"京人社事业发〔2024〕10号", "关于印发《北京市国际职业资格认可目录(1.0版)》的通知", "2024-09-02",
     {"北京市人力资源和社会保障局", "北京市人才工作局"}},
    // :391, signed :409
    {"京人社评发〔2024〕11号", "关于印发《北京市就业困难人员认定管理办法(试行)》的通知", "2024-09-03",
     {"北京市人力资源和社会保障局", "北京市公安局", "北京市民政局", "北京市市场监督管理局", "北京市政务服务和数据管理局",
      "北京市残疾人联合会"}},
    // :526, signed :548 "2024 年 9 月 3 日"; :519 prints two agencies joined by 、
    {"京人社市场发〔2024〕12号",
     "关于进一步发挥猎头机构引才融智作用建设专业化和国际化人力资源市场若干措施(试行)的补充通知", "2024-09-03",
     {"北京市人才工作局", "北京市财政局", "北京市科学技术委员会", "中关村科技园区管理委员会", "北京市人力资源和社会保障局"}},
    // :554, signed :562
    {"京人社评发〔2024〕13号", "关于印发《北京市灵活就业社会保险补贴人员认定审核办法(试行)》的通知", "2024-09-27",
     {"北京市人力资源和社会保障局"}},
    // :652, signed :662
    {"京知局〔2024〕118号", "关于印发《北京市专利转化运用能力提升促进办法(试行)》的通知", "2024-08-27", {"北京市知识产权局"}},
    // :772 (issuer and title on one heading line :770), signed :782
    {"京知局〔2024〕130号", "关于印发《北京市知识产权试点优势单位认定与管理办法》的通知", "2024-09-27", {"北京市知识产权局"}},
    // :933, signed :943
    {"京药监发〔2024〕230号", "关于印发《北京市药品零售企业设置自助售(取)药机管理暂行规定》的通知", "2024-10-09",
     {"北京市药品监督管理局"}},
  });
  CheckContents(issue);
}

TEST_CASE("2023-42: header and documents", "[segment][golden]") {
  const Issue& issue = SampleIssue("2023-42");
  // 2023-42.txt:7, :9 "第 42 期 ( 总第 822 期 )", :18 "2023年11月22日 第42期 …"
  CHECK(issue.header.year == 2023);
  CHECK(issue.header.number == 42);
  CHECK(issue.header.total_number == 822);
  CHECK(ToIso(issue.header.date) == "2023-11-22");
  CheckDocuments(issue, {
    // :108 "京政发〔2023〕20 号" (space before 号), :106 issuer and title on one line, signed :125
    {"京政发〔2023〕20号", "关于刘斌等4名同志职务任免的通知", "2023-10-02", {"北京市人民政府"}},
    // :131, signed :139
    {"京政办发〔2023〕20号", "关于印发《北京市促进未来产业创新发展实施方案》的通知", "2023-09-05", {"北京市人民政府办公厅"}},
    // :308, signed :328
    {"京民社救发〔2023〕240号", "关于调整本市最低生活保障标准的通知", "2023-10-19", {"北京市民政局", "北京市财政局"}},
    // :334, signed :350
    {"京民儿福发〔2023〕246号", "关于调整困境儿童生活费标准的通知", "2023-10-24", {"北京市民政局", "北京市财政局"}},
    // :358, signed :402
    {"京人社毕发〔2023〕23号", "关于本市企业招用高校毕业生等青年享受一次性吸纳就业补贴有关事项的通知", "2023-08-28",
     {"北京市人力资源和社会保障局", "北京市教育委员会", "北京市财政局"}},
    // :408, signed :534
    {"京人社能发〔2023〕25号", "关于实施创业启航培训有关工作的通知", "2023-09-12",
     {"北京市人力资源和社会保障局", "北京市财政局"}},
    // :943, signed :953
    {"京人社发〔2023〕10号", "关于宣布废止失效一批规范性文件的通告", "2023-09-18", {"北京市人力资源和社会保障局"}},
    // :1034 "京环发〔2023〕14 号", signed :1046
    {"京环发〔2023〕14号", "关于执行国家在用汽油车和柴油车排放标准限值b的通告", "2023-10-11", {"北京市生态环境局"}},
    // :1056, signed :1076
    {"京医保发〔2023〕14号", "关于新增医疗服务价格项目的通知", "2023-09-13", {"北京市医疗保障局"}},
    // :1091, signed :1147
    {"京医保发〔2023〕15号", "关于进一步做好国家医保谈判药品落地试点工作的通知", "2023-09-25", {"北京市医疗保障局"}},
  });
  CheckContents(issue);
}

TEST_CASE("2021-44: header and documents", "[segment][golden]") {
  const Issue& issue = SampleIssue("2021-44");
  // 2021-44.txt:7, :9 "第 44 期（总第 728 期）", :18 "2021年12月20日"
  CHECK(issue.header.year == 2021);
  CHECK(issue.header.number == 44);
  CHECK(issue.header.total_number == 728);
  CHECK(ToIso(issue.header.date) == "2021-12-20");
  CheckDocuments(issue, {
    // :72, signed :82
    {"京人社事业发〔2021〕32号", "关于印发《北京市知识产权专业职称评价试行办法》的通知", "2021-08-20",
     {"北京市人力资源和社会保障局", "北京市知识产权局"}},
    // :269, signed :293
    {"京人社事业发〔2021〕33号",
     "关于印发《国家服务业扩大开放综合示范区和中国(北京)自由贸易试验区境外职业资格认可目录(1.0版)》的通知", "2021-08-23",
     {"北京市人力资源和社会保障局", "北京市人才工作局"}},
    // :426, signed :434
    {"京人社市场发〔2021〕35号", "关于印发《北京市人力资源服务产业园建设发展办法(试行)》的通知", "2021-08-31",
     {"北京市人力资源和社会保障局"}},
    // :508, signed :518
    {"京商流通字〔2021〕9号", "关于印发《从事拍卖业务许可事项告知承诺实施意见(试行)》的通知", "2021-09-10", {"北京市商务局"}},
    // :608, issuers and title on one line :606, signed :620
    {"京商财务字〔2021〕33号", "关于印发《北京市外经贸发展资金支持北京市外贸企业提升国际化经营能力实施方案》的通知",
     "2021-09-08", {"北京市商务局", "北京市财政局"}},
    // :838, signed :850
    {"京商财务字〔2021〕34号", "关于印发《北京市外经贸发展资金支持北京市跨境电子商务发展实施方案》的通知", "2021-09-08",
     {"北京市商务局", "北京市财政局"}},
    // :963; issuers :955-959 letter-spaced by OCR ("北 京 市 商 务 局"), signed :976
    {"京商服贸字〔2021〕36号", "关于印发《北京市关于促进数字贸易高质量发展的若干措施》的通知", "2021-09-28",
     {"北京市商务局", "中共北京市委网络安全和信息化委员会办公室", "北京市财政局", "北京市经济和信息化局", "北京市知识产权局"}},
    // :1064, signed :1076
    {"京商函字〔2021〕1056号", "关于印发《北京市外商投资企业投诉工作管理办法(修订)》的通知", "2021-09-11", {"北京市商务局"}},
  });
  CheckContents(issue);
}

TEST_CASE("2024-16: header and documents", "[segment][golden]") {
  const Issue& issue = SampleIssue("2024-16");
  // 2024-16.txt:7, :9 "第 16 期（总第 844 期）", :18 "2024年4月30日"
  CHECK(issue.header.year == 2024);
  CHECK(issue.header.number == 16);
  CHECK(issue.header.total_number == 844);
  CHECK(ToIso(issue.header.date) == "2024-04-30");
  CheckDocuments(issue, {
    // :84, issuers :77-80, signed :158
    {"京人社工发〔2023〕36号", "关于职业学校实习学生参加工伤保险工作的通知", "2023-12-21",
     {"北京市人力资源和社会保障局", "北京市教育委员会", "北京市财政局", "国家税务总局北京市税务局"}},
    // :162, signed :210
    {"京人社市场发〔2023〕37号", "关于调整本市人力资源服务业务部分经办政策有关问题的通知", "2023-12-25",
     {"北京市人力资源和社会保障局"}},
    // :217, signed :227
    {"京人社事业发〔2023〕40号", "关于印发《北京市政务服务专业职称评价试行办法》的通知", "2023-12-29",
     {"北京市人力资源和社会保障局", "北京市政务服务管理局"}},
    // :453, signed :463
    {"京人社事业发〔2023〕41号", "关于印发《北京市集成电路专业职称评价试行办法》的通知", "2023-12-29",
     {"北京市人力资源和社会保障局", "北京市经济和信息化局"}},
    // :730, signed :740
    {"京人社事业发〔2023〕42号", "关于印发《北京市工程咨询专业职称评价试行办法》的通知", "2023-12-29",
     {"北京市人力资源和社会保障局", "北京市发展和改革委员会"}},
    // :977, signed :985
    {"京人社数据发〔2024〕2号", "关于印发《北京市社会保障卡合作银行服务管理实施细则》的通知", "2024-01-10",
     {"北京市人力资源和社会保障局"}},
    // :1069, issuers :1060-1063, signed :1082
    {"京文旅发〔2023〕110号", "关于印发《北京市营利性文化艺术类校外培训机构培训课程预付费管理办法(修订)》的通知", "2023-11-20",
     {"北京市文化和旅游局", "北京市地方金融监督管理局", "中国人民银行北京市分行", "国家金融监督管理总局北京监管局"}},
    // :1163, issuers :1152-1159, signed :1273
    {"京退役军人局发〔2023〕44号", "关于进一步完善退役军人就业服务体系推进精准帮扶工作的实施意见", "2023-12-26",
     {"北京市退役军人事务局", "北京市发展和改革委员会", "北京市财政局", "北京市人力资源和社会保障局", "北京市农业农村局",
      "北京市市场监督管理局", "国家税务总局北京市税务局", "北京市工商业联合会"}},
  });
  CheckContents(issue);
}

TEST_CASE("contents: English entries aligned despite OCR damage", "[segment][golden]") {
  // 2024-38.txt:56 prints the 文号 as "(Jingrensheshiyefaj2024]No. 10)".
  const auto& d = gazette::testing::DocumentByDocno(SampleIssue("2024-38"), "京人社事业发〔2024〕10号");
  CHECK(d.title_en.find("Catalog of Recognition of International Professional Qualifications in Beijing") !=
        std::string::npos);
  CHECK(d.page == 6);
  // 2023-42.txt:64 and :72: two entries numbered 〔2023〕20 told apart by their agency codes.
  const auto& gov = gazette::testing::DocumentByDocno(SampleIssue("2023-42"), "京政发〔2023〕20号");
  const auto& office = gazette::testing::DocumentByDocno(SampleIssue("2023-42"), "京政办发〔2023〕20号");
  CHECK(gov.title_en.find("Appointment and Removal of Liu Bin") != std::string::npos);
  CHECK(office.title_en.find("Future Industries") != std::string::npos);
  CHECK(office.page == 7);
}

TEST_CASE("document parts: recipients, attachments, instruments", "[segment][golden]") {
  const auto& d = gazette::testing::DocumentByDocno(SampleIssue("2024-38"), "京人社事业发〔2024〕10号");
  CHECK(d.type == "通知");
  CHECK(d.docno_latin == "Jingrensheshiyefa〔2024〕No. 10");
  // 2024-38.txt:148-150
  REQUIRE(d.attachments.size() == 2);
  CHECK(d.attachments[0].num == 1);
  CHECK(d.attachments[0].title == "北京市国际职业资格认可目录(1.0版)");
  CHECK(d.attachments[1].title == "国际职业资格证书查询验证流程");
  // :160 and :367: both attachments printed after the signature
  REQUIRE(d.instruments.size() == 2);
  CHECK(d.instruments[0].line == 160);
  CHECK(d.instruments[1].line == 367);
  CHECK(StartsWith(d.recipients, "各区委组织部、各区人力资源和社会保障局"));  // :88
  CHECK(d.signatories == std::vector<std::string>{"北京市人力资源和社会保障局", "北京市人才工作局"});  // :152-154
  // 2023-42.txt:1036 a 通告 has no recipients; its first line ends "通告如下:"
  const auto& notice = gazette::testing::DocumentByDocno(SampleIssue("2023-42"), "京环发〔2023〕14号");
  CHECK(notice.type == "通告");
  CHECK(notice.recipients.empty());
  // 2024-16.txt:1275 back matter (政府公报查询方式) is not part of the last document
  const auto& last = SampleIssue("2024-16").documents.back();
  CHECK(last.body.back().line < 1275);
  CHECK(last.type == "意见");
}

TEST_CASE("an order numbered 第N号 under its name, and a document with no 文号", "[segment]") {
  // tests/data/order-issue.txt: written for this test (the samples have neither form)
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/order-issue.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  const Issue& issue = loaded.value();
  REQUIRE(issue.documents.size() == 2);
  const Document& order = issue.documents[0];
  CHECK(order.docno == "北京市人民政府令第320号");
  CHECK(order.title == "北京市人民政府令");
  CHECK(order.issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(order.type == "令");
  CHECK(ToIso(order.date) == "2025-01-15");
  REQUIRE(order.instruments.size() == 1);
  CHECK(order.instruments[0].title == "北京市生活垃圾分类收运规定");
  const Document& decision = issue.documents[1];
  CHECK(decision.docno.empty());
  CHECK(decision.id == "2025-03#2");
  CHECK(decision.title == "关于表彰2024年度先进集体的决定");
  CHECK(decision.issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(ToIso(decision.date) == "2025-01-20");
  CHECK(decision.page == 5);
  CHECK(issue.findings.empty());
}

TEST_CASE("an issue with no English contents still has its documents", "[segment]") {
  // tests/data/no-english-issue.txt: tests/data/order-issue.txt without its English contents
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/no-english-issue.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 2);
  CHECK(loaded->documents[0].docno == "北京市人民政府令第320号");
  CHECK(loaded->contents.size() == 2);
  CHECK(loaded->findings.empty());
}

TEST_CASE("a 目录 inside a document is not the issue's contents", "[segment]") {
  std::string text =
      "北京市人民政府公报\n\n2025\n\n第 3 期（总第 900 期）\n\n"
      "北京市人力资源和社会保障局\n关于印发《北京市职业资格目录》的通知\n\n京人社发〔2025〕1号\n\n"
      "各有关单位:\n\n现将《北京市职业资格目录》印发给你们,请遵照执行。\n\n北京市人力资源和社会保障局\n\n2025年1月2日\n\n"
      "北京市职业资格目录\n\n目录\n\n一、总则\n";
  Issue issue = BuildIssue({"t.txt", "UTF-8", text}, SegmentOnly());
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "京人社发〔2025〕1号");
  CHECK(issue.contents.empty());
}

// FindTitleLine passes over a line whose first character is not the title's, however many of its
// bytes they share (化 U+5316 and 北 U+5317 differ in their last byte only); a title printed on a
// line, on two, or cut at the page edge (U+FFFD) is found.
TEST_CASE("an instrument's title is found by its first character, not its first byte", "[segment]") {
  auto doc_with = [](std::vector<std::string> texts) {
    Document doc;
    doc.title = "关于印发《北京市甲乙丙丁办法》的通知";
    for (size_t i = 0; i < texts.size(); ++i) {
      TextLine l;
      l.text = l.inline_text = texts[i];
      l.line = static_cast<int>(i + 1);
      doc.body.push_back(l);
    }
    ReadDocumentParts(doc);
    return doc;
  };
  Document one = doc_with({"各有关单位:", "化北京市甲乙丙丁办法", "  北京市甲乙丙丁办法", "第一条 为了规范管理,制定本办法。"});
  REQUIRE(one.instruments.size() == 1);
  CHECK(one.instruments[0].first == 2);
  Document two = doc_with({"各有关单位:", "化北京市甲乙", "北京市甲乙", "丙丁办法", "第一条 为了规范管理,制定本办法。"});
  REQUIRE(two.instruments.size() == 1);
  CHECK(two.instruments[0].first == 2);
  Document cut = doc_with({"各有关单位:", "化北京市甲乙丙丁\uFFFD", "北京市甲乙丙丁\uFFFD", "第一条 为了规范管理,制定本办法。"});
  REQUIRE(cut.instruments.size() == 1);
  CHECK(cut.instruments[0].first == 2);
  CHECK(doc_with({"各有关单位:", "化北京市甲乙丙丁办法"}).instruments.empty());
}

// The order quotes its instrument with the nested title in 〈〉 (《…关于修改〈A〉的决定》), the
// instrument's own title line prints it in 《》: one document, the decision its instrument.
TEST_CASE("an amendment decision headed like a document is the instrument of the order that quotes it", "[segment]") {
  // tests/data/order-amendment.txt: written for this test (the samples have no order of this kind)
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/order-amendment.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 1);
  const Document& order = loaded->documents[0];
  CHECK(order.docno == "北京市人民政府令第300号");
  CHECK(ToIso(order.date) == "2021-05-20");
  REQUIRE(order.instruments.size() == 1);
  CHECK(order.body[order.instruments[0].first].text == "北京市人民政府关于修改《北京市甲管理办法》的决定");
}

// An order after one whose decision lists its changes under 二、…作出修改: (a colon, then a quoted
// new text), each signed 市长 王岐山 with the date on the same line.
TEST_CASE("an order after a decision's list is a document; a signature dated on its line dates it", "[segment]") {
  // tests/data/two-orders.txt: written for this test (the samples have no order of this kind)
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/two-orders.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 2);
  const Document& first = loaded->documents[0];
  const Document& second = loaded->documents[1];
  CHECK(first.docno == "北京市人民政府令第170号");
  CHECK(ToIso(first.date) == "2006-02-06");
  CHECK(second.docno == "北京市人民政府令第171号");
  CHECK(ToIso(second.date) == "2006-02-13");
  REQUIRE(second.instruments.size() == 1);
  CHECK(second.instruments[0].title == "北京市城市房屋拆迁管理办法");
}

// An attachment's label and its title on one line (附件1:北京市中小学学籍管理办法) heads the
// instrument: each has its own tree.
TEST_CASE("附件N: and the instrument's title on one line start the instrument", "[segment]") {
  // tests/data/attachments-inline.txt: written for this test
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/attachments-inline.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 1);
  const auto& ins = loaded->documents[0].instruments;
  REQUIRE(ins.size() == 2);
  CHECK(ins[0].title == "北京市中小学学籍管理办法");
  CHECK(ins[1].title == "北京市中小学转学管理细则");
}

// A notice opening with 根据《北京市人民政府关于表彰…的决定》, then that 决定 printed with its own
// 主送 and signature: two documents (the instrument rule is for an order's 《…》…现予公布).
TEST_CASE("a decision a notice only cites, printed after it with its own recipients, is a document", "[segment]") {
  // tests/data/basis-then-decision.txt: written for this test
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/basis-then-decision.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 2);
  CHECK(loaded->documents[1].title == "关于表彰2023年度先进集体的决定");
}

// A document's 版记 (主题词:…, 抄送:…, 北京市人民政府办公厅 2004年6月21日印发) ends it: the printing
// line is neither joined to the next document's title nor read into its header.
TEST_CASE("the printing line of a 版记 ends its document, apart from the next title", "[segment]") {
  // tests/data/colophon.txt: written for this test
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/colophon.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 2);
  const Document& reply = loaded->documents[1];
  CHECK(reply.docno == "京政函〔2004〕51号");
  CHECK(reply.title == "关于同意延庆县撤销永宁乡设立永宁镇的批复");
  CHECK(reply.issuers == std::vector<std::string>{"北京市人民政府"});
}

// Orders listed by their numbers under 决定废止以下规章: stay items of the decision.
TEST_CASE("orders listed by number under a colon are items, not documents", "[segment]") {
  // tests/data/orders-listed.txt: written for this test
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/orders-listed.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 1);
  CHECK(ToIso(loaded->documents[0].date) == "2024-03-20");
}

// A 人大 decision amending a regulation (关于修改《…条例》的决定), then the regulation republished
// as amended, with its title, dating line and chapters: two documents.
TEST_CASE("a regulation republished after the decision that amends it is a document of its own", "[segment]") {
  // tests/data/amended-republished.txt: written for this test
  auto loaded = LoadIssue(gazette::testing::Path("tests/data/amended-republished.txt"), SegmentOnly());
  REQUIRE(loaded.ok());
  REQUIRE(loaded->documents.size() == 2);
  CHECK(loaded->documents[1].title == "北京市市容环境卫生条例");
}

// A title wrapped after 关于转发市交通委 (ending like an agency, 委): its first line is the
// issuers and the title's start, not an issuer line.
TEST_CASE("a title line wrapped after an agency it names is no issuer line", "[segment]") {
  Issue issue = BuildIssue({"t.txt", "UTF-8",
                            "北京市人民政府公报\n\n2012\n\n第 20 期（总第 300 期）\n\n"
                            "北京市人民政府办公厅关于转发市交通委\n《北京市机动车停车管理办法实施细则》的通知\n\n"
                            "京政办发〔2012〕30号\n\n各区县人民政府,市政府各委、办、局:\n\n"
                            "市交通委《北京市机动车停车管理办法实施细则》已经市政府同意,现转发给你们,请认真贯彻执行。\n\n"
                            "北京市人民政府办公厅\n\n2012年6月1日\n"},
                           SegmentOnly());
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府办公厅"});
  CHECK(issue.documents[0].title == "关于转发市交通委《北京市机动车停车管理办法实施细则》的通知");
}

// 关于印发X的通知 names its instrument without 《》 too (common before 2012).
TEST_CASE("an instrument named without 《》 in a 印发 title is the notice's instrument", "[segment]") {
  Issue issue = BuildIssue({"t.txt", "UTF-8",
                            "北京市人民政府公报\n\n2010\n\n第 5 期（总第 200 期）\n\n"
                            "北京市人民政府办公厅关于印发北京市2010年政府信息公开工作要点的通知\n\n京政办发〔2010〕8号\n\n"
                            "各区县人民政府,市政府各委、办、局:\n\n现将《北京市2010年政府信息公开工作要点》印发给你们,请认真贯彻执行。\n\n"
                            "北京市人民政府办公厅\n\n2010年3月1日\n\n北京市2010年政府信息公开工作要点\n\n"
                            "一、深化主动公开\n\n二、规范依申请公开\n"},
                           SegmentOnly());
  REQUIRE(issue.documents.size() == 1);
  REQUIRE(issue.documents[0].instruments.size() == 1);
  CHECK(issue.documents[0].instruments[0].title == "北京市2010年政府信息公开工作要点");
}

// The first document of an issue, or of a text pasted alone, in the shapes where nothing above it
// (a 文号, a 主送, the date signing a document before it) says that a document begins.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue FirstIssue(const std::string& text) { return BuildIssue({"first.txt", "UTF-8", text}); }

const std::string kNotice =
    "北京市人民政府关于在本市部分区域禁止燃放烟花爆竹的通告\n"
    "为保障公共安全,根据《北京市烟花爆竹安全管理规定》,市政府决定:\n"
    "一、在五环路以内区域禁止燃放烟花爆竹。\n"
    "二、本通告自2012年11月1日起施行。\n"
    "北京市人民政府\n"
    "2012年10月20日\n";

}  // namespace

TEST_CASE("a 通告 without 文号 printed first under the masthead is a document", "[segment][first]") {
  // A 通告 is addressed to no one and often carries no 文号; first in an issue, no signing date
  // of a document before stands over its title: the masthead does.
  Issue issue = FirstIssue(
      "北京市人民政府公报\n"
      "2012\n"
      "第30期(总第361期)\n"
      "2012年10月30日 第30期 北京市人民政府办公厅主办\n" +
      kNotice +
      "北京市人民政府办公厅关于加强烟花爆竹销售管理的通知\n"
      "京政办发〔2012〕50号\n"
      "各区县人民政府,市政府各委、办、局,各市属机构:\n"
      "一、烟花爆竹销售网点应当取得许可。\n"
      "北京市人民政府办公厅\n"
      "2012年10月25日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].title == "关于在本市部分区域禁止燃放烟花爆竹的通告");
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(ToIso(issue.documents[0].date) == "2012-10-20");
  CHECK(issue.documents[1].docno == "京政办发〔2012〕50号");
}

TEST_CASE("a 通告 pasted alone is a document", "[segment][first]") {
  Issue issue = FirstIssue(kNotice);
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].title == "关于在本市部分区域禁止燃放烟花爆竹的通告");
  CHECK(issue.documents[0].body.size() == 5);
}

TEST_CASE("a 通知 pasted alone without 文号 or 主送 is still not a document", "[segment][first]") {
  // Only a kind addressed to no one may stand without them: a 通知 titled over prose is a
  // quotation or a heading (the rule that keeps a notice's issued text whole).
  Issue issue = FirstIssue(
      "北京市人民政府关于加强烟花爆竹销售管理的通知\n"
      "一、烟花爆竹销售网点应当取得许可。\n");
  CHECK(issue.documents.empty());
}

TEST_CASE("a contents entry's 文号 without brackets, or an order's number alone, is its number", "[segment][first][contents]") {
  // 2000s contents print the 文号 under the title without brackets, or an order by its number:
  // read as the title's end, the entry had cut the body's notice in two (a phantom document
  // holding its text, the notice undated).
  Issue notice = FirstIssue(
      "北京市人民政府公报\n"
      "2008年第12期(总第218期)\n"
      "2008年6月20日\n"
      "目录\n"
      "北京市人民政府关于做好奥运会期间道路交通管理工作的通告\n"
      "京政发〔2008〕21号……………………6\n"
      "北京市人民政府关于做好奥运会期间道路交通管理工作的通告\n"
      "京政发〔2008〕21号\n"
      "为保障奥运会顺利举行,现通告如下:\n"
      "一、本通告自2008年7月20日起施行。\n"
      "北京市人民政府\n"
      "二○○八年六月十日\n");
  REQUIRE(notice.documents.size() == 1);
  CHECK(notice.documents[0].docno == "京政发〔2008〕21号");
  CHECK(ToIso(notice.documents[0].date) == "2008-06-10");
  CHECK(notice.documents[0].page == 6);
  REQUIRE(notice.contents.size() == 1);
  CHECK(notice.contents[0].docno == "京政发〔2008〕21号");
  CHECK(notice.findings.empty());

  Issue order = FirstIssue(
      "北京市人民政府公报\n"
      "2008年第12期\n"
      "目录\n"
      "北京市人民政府令第205号……(2)\n"
      "北京市人民政府令\n"
      "第205号\n"
      "《北京市生活垃圾分类管理规定》已经市人民政府常务会议审议通过,现予公布,自2008年8月1日起施行。\n"
      "市长 郭金龙\n"
      "二○○八年六月三日\n");
  REQUIRE(order.documents.size() == 1);
  CHECK(order.documents[0].docno == "北京市人民政府令第205号");
  CHECK(ToIso(order.documents[0].date) == "2008-06-03");
  CHECK(order.findings.empty());
}

TEST_CASE("contents paged by spaces, 第N页 or under ·sections· keep the first document", "[segment][first][contents]") {
  // pdftotext renders a right-aligned page column as spaces after the entry; some contents print
  // ……第1页, call themselves 目次 and head their sections ·市政府文件·. Unread, the entries had
  // run into the first document's header and taken it, with check silent.
  const std::string body =
      "北京市人民政府关于加强城市管理的意见\n"
      "京政发〔2015〕12号\n"
      "各区县人民政府:\n"
      "一、加强城市管理。\n"
      "北京市人民政府\n"
      "2015年3月1日\n"
      "北京市财政局关于做好预算执行工作的通知\n"
      "京财预〔2015〕88号\n"
      "各区县财政局:\n"
      "一、做好预算执行。\n"
      "北京市财政局\n"
      "2015年3月5日\n";
  for (const auto& [contents, pages] : std::vector<std::pair<std::string, std::vector<int>>>{
           {"目　录\n"
            "北京市人民政府关于加强城市管理的意见（京政发〔2015〕12号）　　　1\n"
            "北京市财政局关于做好预算执行工作的通知（京财预〔2015〕88号）　　　5\n",
            {1, 5}},
           {"目　　次\n"
            "·市政府文件·\n"
            "北京市人民政府关于加强城市管理的意见（京政发〔2015〕12号）\t1\n"
            "·部门文件·\n"
            "北京市财政局关于做好预算执行工作的通知（京财预〔2015〕88号）\t9\n",
            {1, 9}},
           {"目　录\n"
            "北京市人民政府关于加强城市管理的意见（京政发〔2015〕12号）……第1页\n"
            "北京市财政局关于做好预算执行工作的通知（京财预〔2015〕88号）……第3页\n",
            {1, 3}}}) {
    Issue issue = FirstIssue("北京市人民政府公报\n2015年第10期\n" + contents + body);
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[0].docno == "京政发〔2015〕12号");
    CHECK(issue.documents[0].title == "关于加强城市管理的意见");
    CHECK(issue.documents[0].page == pages[0]);
    CHECK(issue.documents[1].page == pages[1]);
    CHECK(issue.findings.empty());
  }
}

TEST_CASE("an order's 决定 opening with 市人民政府决定,对下列…予以废止: stays in the order", "[segment][first]") {
  // The decision an order promulgates is its text, not a document addressed to anyone: its first
  // line ends in a colon, but a 主送 never decides (下列, 予以, 决定,). Read as a 主送, the decision
  // had been a document of its own, undated, its repeals in effect at every date.
  Issue issue = FirstIssue(
      "北京市人民政府令\n"
      "第298号\n"
      "《北京市人民政府关于废止部分政府规章的决定》已经2021年3月2日市人民政府第101次常务会议通过,现予公布,"
      "自2021年4月1日起施行。\n"
      "市长 陈吉宁\n"
      "2021年3月12日\n"
      "北京市人民政府关于废止部分政府规章的决定\n"
      "市人民政府决定,对下列政府规章予以废止:\n"
      "1.北京市出租汽车管理办法(2000年2月1日北京市人民政府令第48号发布)\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "北京市人民政府令第298号");
  CHECK(issue.documents[0].recipients.empty());
}

TEST_CASE("compilation headers: a title dated in parentheses under it heads a document of any kind", "[segment][first]") {
  // Compilations and 1980s issues date each document under its title and sign none: every
  // 决定 and 通告 after the first had been absorbed into the notice before it, check silent.
  Issue issue = FirstIssue(
      "北京市人民政府关于加强城市建设管理的通知\n"
      "(京政发〔1987〕120号 1987年5月4日)\n"
      "各区、县人民政府:\n"
      "近年来,本市城市建设有了很大发展。\n"
      "北京市人民政府关于修改《北京市城市建设管理暂行办法》的决定\n"
      "(1987年5月10日)\n"
      "市人民政府决定对《北京市城市建设管理暂行办法》作如下修改:\n"
      "一、第三条修改为……\n"
      "北京市人民政府关于调整部分副食品价格的通告\n"
      "(一九八七年五月十二日)\n"
      "经研究,现通告如下:\n");
  REQUIRE(issue.documents.size() == 3);
  CHECK(issue.documents[1].title == "关于修改《北京市城市建设管理暂行办法》的决定");
  CHECK(ToIso(issue.documents[1].date) == "1987-05-10");
  CHECK(issue.documents[2].title == "关于调整部分副食品价格的通告");
  CHECK(ToIso(issue.documents[2].date) == "1987-05-12");
}

TEST_CASE("a date in parentheses between the title and the 文号 is the date, not the title's", "[segment][first]") {
  for (const char* contents : {"", "目录\n北京市人民政府关于加强城市建设管理的通知……(1)\n"}) {
    Issue issue = FirstIssue(std::string("北京市人民政府公报\n1987年第10期\n") + contents +
                        "北京市人民政府关于加强城市建设管理的通知\n"
                        "(一九八七年五月四日)\n"
                        "京政发〔87〕120号\n"
                        "各区、县人民政府:\n"
                        "一、各区、县要加强领导。\n");
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].title == "关于加强城市建设管理的通知");
    CHECK(issue.documents[0].docno == "京政发〔87〕120号");
    CHECK(ToIso(issue.documents[0].date) == "1987-05-04");
  }
}

TEST_CASE("meeting minutes and appointment lists are documents; a 主送 never decides", "[segment][first]") {
  Issue issue = FirstIssue(
      "北京市财政局关于做好预算执行工作的通知\n京财预〔2015〕88号\n各区县财政局:\n现就有关事项通知如下。\n"
      "北京市财政局\n2015年3月5日\n"
      "(此件公开发布)\n"
      "北京市人民政府常务会议纪要\n第38次\n"
      "2015年6月10日,市长主持召开市政府第38次常务会议,研究了以下事项:\n一、审议通过有关事项。\n"
      "北京市人民政府办公厅\n2015年6月11日\n"
      "北京市人民政府任免名单\n(2015年3月10日)\n任命张三为北京市财政局副局长;\n");
  REQUIRE(issue.documents.size() == 3);
  CHECK(issue.documents[1].title == "北京市人民政府常务会议纪要(第38次)");
  CHECK(issue.documents[1].issuers == std::vector<std::string>{"北京市人民政府办公厅"});
  CHECK(issue.documents[1].type == "纪要");
  CHECK(issue.documents[2].title == "北京市人民政府任免名单");
  CHECK(ToIso(issue.documents[2].date) == "2015-03-10");
  // Quoted in prose, a 纪要's title is no header.
  CHECK(FirstIssue("北京市财政局关于做好预算执行工作的通知\n京财预〔2015〕88号\n各区县财政局:\n根据\n"
              "北京市人民政府常务会议纪要\n精神,现通知如下。\n").documents.size() == 1);
  // 决定 and 以下 in a line ending in a colon decide: no 主送 (the order keeps its 决定).
  for (const char* line : {"市人民政府决定废止以下政府规章:", "北京市人民政府决定对以下2项政府规章作出废止:"}) {
    Issue order = FirstIssue(std::string("北京市人民政府令\n第298号\n") +
                        "《北京市人民政府关于废止部分政府规章的决定》已经市人民政府常务会议通过,现予公布,自2021年4月1日起施行。\n"
                        "市长 陈吉宁\n2021年3月12日\n北京市人民政府关于废止部分政府规章的决定\n" + line +
                        "\n1.北京市出租汽车管理办法(2000年2月1日北京市人民政府令第48号发布)\n");
    CHECK(order.documents.size() == 1);
  }
}

TEST_CASE("a regulation's own 目次 is no contents; a 通告 under a section heading is a document", "[segment][first]") {
  // An order pasted alone, its regulation's table of chapters under 目次: read as the issue's
  // contents it had taken the whole text (no document).
  Issue order = FirstIssue(
      "北京市人民政府令\n第298号\n"
      "《北京市生活垃圾分类管理规定》已经市人民政府常务会议通过,现予公布,自2021年4月1日起施行。\n"
      "市长 陈吉宁\n2021年3月12日\n北京市生活垃圾分类管理规定\n目 次\n第一章 总则\n第二章 附则\n"
      "第一章 总则\n第一条 为加强生活垃圾分类管理,制定本规定。\n第二章 附则\n第二条 本规定自2021年4月1日起施行。\n");
  REQUIRE(order.documents.size() == 1);
  CHECK(order.documents[0].docno == "北京市人民政府令第298号");
  Issue sectioned = FirstIssue(
      "北京市人民政府办公厅关于加强烟花爆竹销售管理的通知\n京政办发〔2012〕50号\n各区县人民政府:\n"
      "一、烟花爆竹销售网点应当取得许可。\n北京市人民政府办公厅\n2012年10月25日\n"
      "【部门文件】\n"
      "北京市公安局关于春节期间燃放烟花爆竹的通告\n为保障公共安全,现通告如下:\n一、五环路以内禁止燃放。\n"
      "北京市公安局\n2012年10月20日\n");
  REQUIRE(sectioned.documents.size() == 2);
  CHECK(sectioned.documents[1].title == "关于春节期间燃放烟花爆竹的通告");
}

TEST_CASE("a page column after a kind's spaces, and a 文号 under a paged entry, are the contents'", "[segment][first][contents]") {
  // The spaces between a kind and its page are gone once normalized (通告1): the line as printed
  // keeps the entries apart. A 文号 on the line under an entry paged at its title's end is that
  // entry's (it had been read as a document's header: a phantom document), also in parentheses.
  const std::string body =
      "北京市人民政府关于加强城市管理的意见\n京政发〔2015〕12号\n各区县人民政府:\n一、加强城市管理。\n"
      "北京市人民政府\n2015年3月1日\n"
      "北京市财政局关于做好预算执行工作的通知\n京财预〔2015〕88号\n各区县财政局:\n一、做好预算执行。\n"
      "北京市财政局\n2015年3月5日\n";
  for (const std::string& contents :
       {std::string("目录\n北京市人民政府关于加强城市管理的意见    1\n北京市财政局关于做好预算执行工作的通知　　　5\n"),
        std::string("目录\n北京市人民政府关于加强城市管理的意见……1\n京政发〔2015〕12号\n"
                    "北京市财政局关于做好预算执行工作的通知……5\n京财预〔2015〕88号\n"),
        // In parentheses: each 文号 had been paired with the next entry (two false findings).
        std::string("目录\n北京市人民政府关于加强城市管理的意见……（1）\n　　(京政发〔2015〕12号)\n"
                    "北京市财政局关于做好预算执行工作的通知……（5）\n　　(京财预〔2015〕88号)\n")}) {
    Issue issue = FirstIssue("北京市人民政府公报\n2015年第10期\n" + contents + body);
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[0].page == 1);
    CHECK(issue.documents[1].page == 5);
    CHECK(issue.findings.empty());
  }
}

TEST_CASE("a 文号 wrapped after its agency code is one line; a series' number under its name is not", "[segment][first]") {
  // pdftotext wraps a centred 文号 after its code (京政发 / 〔2015〕12号): the notice had been lost
  // into the one before, check silent.
  Issue issue = FirstIssue(
      "北京市财政局关于做好预算执行工作的通知\n京财预〔2015〕88号\n各区县财政局:\n现就有关事项通知如下。\n"
      "北京市财政局\n2015年3月5日\n"
      "北京市人民政府关于加强城市管理的意见\n京政发\n〔2015〕12号\n各区县人民政府:\n现提出以下意见。\n"
      "北京市人民政府\n2015年3月1日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].docno == "京政发〔2015〕12号");
}

TEST_CASE("a 公告 by its kind alone under its issuers, unnumbered, is a document", "[segment][first]") {
  // The census or election 公告: 北京市人民政府 / 公 告, no number; it had been absorbed into the
  // notice before, check silent.
  Issue issue = FirstIssue(
      "北京市财政局关于做好预算执行工作的通知\n京财预〔2015〕88号\n各区县财政局:\n现就有关事项通知如下。\n"
      "北京市财政局\n2015年3月5日\n"
      "北京市人民政府\n公　告\n为做好人口普查,现公告如下:\n一、普查时点为2020年11月1日零时。\n特此公告。\n"
      "北京市人民政府\n2020年10月1日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(issue.documents[1].type == "公告");
  CHECK(ToIso(issue.documents[1].date) == "2020-10-01");
}

TEST_CASE("a contents entry giving an order's number and its regulation's title matches the order", "[segment][first][contents]") {
  for (const char* entry : {"北京市人民政府令第205号　北京市生活垃圾分类管理规定……2\n",
                            "北京市人民政府令(第205号)\n北京市生活垃圾分类管理规定……(2)\n"}) {
    Issue issue = FirstIssue(std::string("北京市人民政府公报\n2008年第12期\n目录\n") + entry +
                        "北京市人民政府令\n第205号\n"
                        "《北京市生活垃圾分类管理规定》已经市人民政府常务会议审议通过,现予公布,自2008年8月1日起施行。\n"
                        "市长 郭金龙\n二○○八年六月三日\n");
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].page == 2);
    CHECK(issue.findings.empty());
  }
}

TEST_CASE("one rule opens an unaddressed document: under a date and its note, or a section heading", "[segment][first]") {
  const std::string before =
      "北京市财政局关于做好预算执行工作的通知\n京财预〔2015〕88号\n各区县财政局:\n现就有关事项通知如下。\n"
      "北京市财政局\n2015年3月5日\n";
  // A 通告 under the note (此件公开发布) that ends the document before; minutes under 【会议纪要】.
  Issue noted = FirstIssue(before + "(此件公开发布)\n北京市公安局关于春节期间燃放烟花爆竹的通告\n为保障公共安全,现通告如下:\n"
                               "一、五环路以内禁止燃放。\n北京市公安局\n2015年2月1日\n");
  REQUIRE(noted.documents.size() == 2);
  CHECK(noted.documents[1].title == "关于春节期间燃放烟花爆竹的通告");
  Issue sectioned = FirstIssue(before + "【会议纪要】\n北京市人民政府常务会议纪要\n第38次\n"
                                   "2015年6月10日,市长主持召开市政府第38次常务会议。\n北京市人民政府办公厅\n2015年6月11日\n");
  REQUIRE(sectioned.documents.size() == 2);
  CHECK(sectioned.documents[1].title == "北京市人民政府常务会议纪要(第38次)");
}

TEST_CASE("a reading of a document (…解读, …政策问答) under the date signing the one before is a document", "[segment][first]") {
  Issue issue = FirstIssue(
      "北京市交通委员会关于暂停受理出租汽车经营权转让申请的函\n京交函〔2008〕316号\n市工商局：\n我委决定暂停受理。\n特此函告。\n"
      "二〇〇八年七月二十八日\n"
      "《关于规范政府投资项目代建制管理的意见》解读\n一、出台背景\n近年来，本市政府投资规模不断扩大。\n二、主要内容\n《意见》共五部分。\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].title == "《关于规范政府投资项目代建制管理的意见》解读");
  CHECK(issue.documents[1].type == "解读");
}

TEST_CASE("a 政策问答 whose text opens with its first question is a document", "[segment][first]") {
  Issue issue = FirstIssue(
      "北京市交通委员会关于暂停受理申请的函\n京交函〔2008〕316号\n市工商局：\n我委决定暂停受理。\n二〇〇八年七月二十八日\n"
      "关于出租汽车经营权转让的政策问答\n问：什么是经营权转让？\n答：经营权转让是指经营者将经营权转让给他人。\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].type == "问答");
}

TEST_CASE("a 规范性文件 of any kind pasted alone over its first article is a document of that kind", "[segment][first]") {
  for (const char* kind : {"规程", "规范", "若干措施", "指引", "指南", "须知", "制度"}) {
    INFO(kind);
    Issue issue = FirstIssue(std::string("北京市建设工程质量检测管理") + kind + "\n\n"
                             "第一条　为加强建设工程质量检测管理,制定本规定。\n"
                             "第二条　本规定自2022年8月1日起施行。\n");
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].title == std::string("北京市建设工程质量检测管理") + kind);
  }
  // A heading of the kind's word is no title: 二、保障措施 opens no document.
  Issue notice = FirstIssue(kNotice + "二、保障措施\n第一条　各单位应当落实责任。\n");
  CHECK(notice.documents.size() == 1);
}

TEST_CASE("a reading titled 关于《A》的(政策)解读 right after A's articles is a document", "[segment][first]") {
  for (const char* title : {"关于《北京市甲管理办法》的政策解读", "关于《北京市甲管理办法》的解读"}) {
    INFO(title);
    Issue issue = FirstIssue(std::string("北京市人民政府令\n第230号\n《北京市甲管理办法》已经市人民政府常务会议通过,现予公布,"
                                         "自2011年3月1日起施行。\n市长　郭金龙\n2011年1月20日\n北京市甲管理办法\n"
                                         "第一条　为了加强甲管理,制定本办法。\n第二条　本办法自2011年3月1日起施行。\n") +
                             title + "\n一、制定背景\n为加强管理,制定本办法。\n");
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[1].title == title);
    CHECK(issue.documents[1].type == "解读");
  }
}

// The masthead and the running heads, in the forms other years and PDF extractions print them:
// the issue number is the masthead's only on a line of its own at the top, and a running head
// in the body (北京市人民政府公报 2015年第10期, 第10期) is page furniture, never a masthead.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue IssueOf(const std::string& text) { return BuildIssue({"masthead.txt", "UTF-8", text}); }

// A notice and its signature, as an issue prints one: title, 文号, 主送, text, issuer, date.
std::string Notice(const std::string& title, const std::string& docno, const std::string& issuer,
                   const std::string& date) {
  return title + "\n" + docno + "\n各区人民政府:\n现就有关事项通知如下。\n" + issuer + "\n" + date + "\n";
}

const std::string kFirst = Notice("北京市人民政府关于加强城市管理的意见", "京政发〔2015〕12号", "北京市人民政府", "2015年3月1日");
const std::string kSecond =
    Notice("北京市财政局关于做好2015年预算执行工作的通知", "京财预〔2015〕88号", "北京市财政局", "2015年3月5日");

}  // namespace

TEST_CASE("a 第N期 inside a sentence is not a masthead", "[segment][masthead]") {
  // A regulation alone whose article names a 第3期 course, and an issue's reprint note at its end.
  for (const std::string tail : {"第二条 参加第3期培训班的人员应当按时报到。\n", "(原载《北京市人民政府公报》2015年第10期)\n"}) {
    INFO(tail);
    Issue issue = IssueOf("北京市培训管理办法\n第一条 为了规范培训管理,制定本办法。\n" + tail);
    CHECK(issue.header.number == 0);
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].title == "北京市培训管理办法");
  }
}

TEST_CASE("a running head in the body of an issue without contents loses no document", "[segment][masthead]") {
  // The gazette's name and issue on one line, at a page break inside the first document, and the
  // issue alone (第10期) at a page break inside a regulation.
  for (const std::string head : {"北京市人民政府公报 2015年第10期", "2015年第10期 北京市人民政府公报 - 12 -", "第10期"}) {
    INFO(head);
    const std::string first = "北京市人民政府关于加强城市管理的意见\n京政发〔2015〕12号\n各区人民政府:\n现就加强城市管理提出以下意见。\n" +
                              head + "\n一、总体要求。全面加强城市管理。\n北京市人民政府\n2015年3月1日\n";
    Issue issue = IssueOf(first + kSecond);
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[0].docno == "京政发〔2015〕12号");
    CHECK(issue.documents[1].docno == "京财预〔2015〕88号");
    CHECK(issue.header.number == 0);
  }
  Issue regulation = IssueOf("北京市测试管理办法\n2015年3月1日北京市人民政府第60次常务会议通过\n第一条 为了规范测试管理,制定本办法。\n"
                           "第二条 本办法适用于本市行政区域内的\n第10期\n测试活动。\n");
  REQUIRE(regulation.documents.size() == 1);
  CHECK(regulation.header.number == 0);
}

TEST_CASE("mastheads of other years: the issue line alone, 总第 without brackets, Chinese numerals", "[segment][masthead]") {
  struct Case {
    std::string masthead;
    int year, number, total;
    std::string date;
  };
  for (const Case& c : {Case{"北京市人民政府公报\n2015年第10期\n", 2015, 10, 0, ""},
                        Case{"北京市人民政府公报 2015年第10期\n", 2015, 10, 0, ""},
                        Case{"北京市人民政府公报\n2015年 第10期 总第 352 期\n", 2015, 10, 352, ""},
                        Case{"北京市人民政府公报\n2015年第9期(总第351期)\n", 2015, 9, 351, ""},
                        Case{"北京市人民政府公报\n二〇一五年三月三十日 第十期\n", 2015, 10, 0, "2015-03-30"},
                        Case{"北京市人民政府公报\n2012\n第3期\n", 2012, 3, 0, ""},
                        Case{"北京市人民政府公报\n第10期 2015年3月30日\n", 2015, 10, 0, "2015-03-30"},
                        Case{"北京市人民政府公报\n2015年3月30日出版 第10期\n", 2015, 10, 0, "2015-03-30"},
                        Case{"北京市人民政府公报\n(第10期)\n", 0, 10, 0, ""},
                        Case{"北京市人民政府公报\n第10期 总第352期 2015年3月30日\n", 2015, 10, 352, "2015-03-30"},
                        Case{"北京市人民政府公报\n2015年3月30日 星期一 第10期\n", 2015, 10, 0, "2015-03-30"}}) {
    INFO(c.masthead);
    Issue issue = IssueOf(c.masthead + kFirst + kSecond);
    CHECK(issue.header.year == c.year);
    CHECK(issue.header.number == c.number);
    CHECK(issue.header.total_number == c.total);
    // A masthead that prints no date has none: never a document's signing date.
    CHECK(ToIso(issue.header.date) == c.date);
    CHECK(issue.documents.size() == 2);
  }
}

TEST_CASE("mastheads of other years: 总第 apart, on one line with the date, in Chinese numerals", "[segment][masthead]") {
  struct Case {
    const char* masthead;
    int year, number, total;
    const char* date;
  };
  for (const Case& c : {Case{"(总第352期)\n2015年第10期\n", 2015, 10, 352, ""},
                        Case{"2015年第10期\n(总第352期)\n", 2015, 10, 352, ""},
                        Case{"2015年第10期 总第352期 2015年3月30日\n", 2015, 10, 352, "2015-03-30"},
                        Case{"二〇一五年第十期\n", 2015, 10, 0, ""},
                        Case{"2015年第10期\n北京市人民政府办公厅编印　2015年3月30日\n", 2015, 10, 0, "2015-03-30"}}) {
    INFO(c.masthead);
    Issue issue = IssueOf(std::string("北京市人民政府公报\n") + c.masthead + kFirst + kSecond);
    CHECK(issue.header.year == c.year);
    CHECK(issue.header.number == c.number);  // 总第 is never the issue's number (its id)
    CHECK(issue.header.total_number == c.total);
    CHECK(ToIso(issue.header.date) == c.date);
    CHECK(issue.documents.size() == 2);
  }
}

TEST_CASE("a masthead's publication line is no part of the first document's header", "[segment][masthead]") {
  for (const std::string published : {"2010年5月28日出版", "出版日期:2010年5月28日", "北京市人民政府办公厅编印",
                                      "北京市人民政府办公厅　2010年5月28日"}) {
    INFO(published);
    Issue issue = IssueOf("北京市人民政府公报\n2010年第15期(总第279期)\n" + published +
                          "\n北京市人民政府关于加强城市地下管线管理的通知\n京政发〔2010〕16号\n各区、县人民政府:\n"
                          "为加强城市地下管线管理,现就有关事项通知如下。\n北京市人民政府\n2010年5月10日\n");
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].title == "关于加强城市地下管线管理的通知");  // the line had been glued into it
    CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
  }
}

TEST_CASE("a masthead's publisher line with its date first or 出版 last is the masthead's, and dates the issue", "[segment][masthead]") {
  for (const std::string published : {"2016年2月20日　　　　北京市人民政府办公厅主办", "北京市人民政府办公厅编　　　　2016年2月20日出版",
                                      "北京市人民政府办公厅编印　　　　2016年2月20日"}) {
    INFO(published);
    Issue issue = IssueOf("北京市人民政府公报\n2016年第5期(总第1102期)\n" + published +
                          "\n北京市人民政府令\n第343号\n《北京市消防安全责任制规定》已经市人民政府第65次常务会议审议通过,现予公布,"
                          "自2016年4月1日起施行。\n市长　王安顺\n2016年1月28日\n北京市消防安全责任制规定\n"
                          "第一条　为了落实消防安全责任,制定本规定。\n");
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].docno == "北京市人民政府令第343号");  // the order had been lost
    CHECK(issue.documents[0].title == "北京市人民政府令");
    CHECK(ToIso(issue.header.date) == "2016-02-20");
  }
}

TEST_CASE("a title ending in …汇编 under the issue number is no publisher's line", "[segment][masthead]") {
  Issue issue = IssueOf("北京市人民政府公报\n第5期(总第460期)\n北京市史志资料汇编\n管理办法\n"
                        "第一条　为了加强史志资料汇编管理,制定本办法。\n第二条　本办法自2016年3月1日起施行。\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].title == "北京市史志资料汇编管理办法");
}

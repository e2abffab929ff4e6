// An order and the rule it publishes, as the State Council's orders word it (现公布《A》) and as
// they quote a revised rule (《A(修订)》 over the rule printed as A): one document, its instrument.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline/pipeline.hpp"
#include "segment/header.hpp"
#include "xref/status.hpp"

using namespace gazette;

namespace {

Issue OrderIssue(const std::string& text) { return BuildIssue({"order.txt", "UTF-8", text}); }

const std::string kDroneArticles =
    "第一条　为了规范无人驾驶航空器飞行活动，制定本条例。\n"
    "第二条　本条例自2025年1月1日起施行。\n";

}  // namespace

TEST_CASE("an order worded 现公布《A》 or 现公布修订后的《A》 holds A as its instrument", "[segment][orders]") {
  for (const std::string opening : {"现公布《无人驾驶航空器安全运行条例》，自2025年1月1日起施行。",
                                    "现公布修订后的《无人驾驶航空器安全运行条例》，自2025年1月1日起施行。",
                                    "现将《无人驾驶航空器安全运行条例》公布，自2025年1月1日起施行。"}) {
    Issue issue = OrderIssue("中华人民共和国国务院令\n第790号\n" + opening + "\n总理　李强\n2024年9月20日\n无人驾驶航空器安全运行条例\n" + kDroneArticles);
    REQUIRE(issue.documents.size() == 1);
    const Document& d = issue.documents[0];
    CHECK(d.docno == "中华人民共和国国务院令第790号");
    REQUIRE(d.instruments.size() == 1);
    CHECK(d.instruments[0].title == "无人驾驶航空器安全运行条例");
  }
}

TEST_CASE("an order quoting its rule with the mark of its edition holds the rule printed without it", "[segment][orders]") {
  for (const char* mark : {"（修订）", "（2024年修订）", "（修正）"}) {
    INFO(mark);
    Issue issue = OrderIssue(
        "中华人民共和国国务院令\n第797号\n《城镇排水与污水处理条例" + std::string(mark) + "》已经2024年11月22日国务院第46次常务会议通过，现予公布，自2025年3月1日起施行。\n"
        "总理　李强\n2024年12月5日\n城镇排水与污水处理条例\n"
        "（2013年10月2日中华人民共和国国务院令第641号公布　根据2024年12月5日《国务院关于修改和废止部分行政法规的决定》修订）\n"
        "第一条　为了加强对城镇排水与污水处理的管理，制定本条例。\n第二条　本条例自2025年3月1日起施行。\n");
    REQUIRE(issue.documents.size() == 1);  // not a second document under the 2013 order's number
    const Document& d = issue.documents[0];
    CHECK(d.docno == "中华人民共和国国务院令第797号");
    REQUIRE(d.instruments.size() == 1);
    CHECK(d.instruments[0].title == "城镇排水与污水处理条例");
  }
  CHECK(EditionMarkLength("(修订草案)》") == 0);
  CHECK(EditionMarkLength("(试行)》") == 0);
}

TEST_CASE("an order whose 令 stands on a line of its own under its issuers is read", "[segment][orders]") {
  // The NDRC's own pages print joint orders so; the order had been lost (no document found).
  const std::string text = "《外商投资准入特别管理措施（负面清单）（2024年版）》已经2024年8月13日国家发展和改革委员会第13次委务会议审议通过，现予公布，自2024年11月1日起施行。\n"
                           "国家发展和改革委员会主任　郑栅洁\n商务部部长　王文涛\n2024年9月6日\n";
  Issue joint = OrderIssue("中华人民共和国国家发展和改革委员会\n中华人民共和国商务部\n令\n2024年第23号\n" + text);
  REQUIRE(joint.documents.size() == 1);
  CHECK(joint.documents[0].issuers == std::vector<std::string>{"中华人民共和国国家发展和改革委员会", "中华人民共和国商务部"});
  CHECK(ToIso(joint.documents[0].date) == "2024-09-06");
  Issue single = OrderIssue("中华人民共和国国家发展和改革委员会\n令\n第23号\n" + text);
  REQUIRE(single.documents.size() == 1);
  CHECK(single.documents[0].docno == "中华人民共和国国家发展和改革委员会令第23号");
}

TEST_CASE("a lone 令 after prose is the prose's, as before", "[segment][orders]") {
  // A wrapped citation (…北京市人民政府第12号 / 令 / 发布的…): no series of a header.
  Issue issue = OrderIssue(
      "北京市乙管理办法\n（2022年10月1日北京市人民政府令第300号公布）\n第一条　为了规范乙管理，制定本办法。\n"
      "第二条　本办法自2022年11月1日起施行。1998年3月1日北京市人民政府第12号\n令\n发布的《北京市乙管理办法》同时废止。\n");
  REQUIRE(issue.documents.size() == 1);
  bool repealed = false;
  for (const auto& r : issue.documents[0].references) repealed |= r.type == Relation::kRepeals && r.to == "北京市人民政府令第12号";
  CHECK(repealed);
}

TEST_CASE("a notice's instruments: listed without the (试行) they are printed with, or handed out in its first paragraph", "[segment][instruments]") {
  const std::string body =
      "北京市生态环境局关于印发两项管理办法的通知\n\n京环发〔2022〕9号\n\n各区生态环境局:\n\n"
      "现将《北京市排污许可证核发管理办法》和《北京市环境监测数据弄虚作假行为处理办法》印发给你们,请遵照执行。\n\n";
  const std::string printed =
      "北京市生态环境局\n\n2022年4月6日\n\n附件1\n\n北京市排污许可证核发管理办法(试行)\n\n第一条 为规范排污许可证核发,制定本办法。\n\n"
      "第二条 本办法自2022年5月1日起试行,试行期两年。\n\n附件2\n\n北京市环境监测数据弄虚作假行为处理办法\n\n"
      "第一条 为惩处环境监测数据弄虚作假行为,制定本办法。\n\n第二条 本办法自2022年6月1日起施行,有效期五年。\n";
  for (const std::string list : {"附件:1.北京市排污许可证核发管理办法\n      2.北京市环境监测数据弄虚作假行为处理办法\n\n", ""}) {
    INFO(list);
    Issue issue = OrderIssue("北京市人民政府公报\n2022年第12期\n\n" + body + list + printed);
    REQUIRE(issue.documents.size() == 1);
    const Document& notice = issue.documents[0];
    REQUIRE(notice.instruments.size() == 2);  // one an attachment of the notice's own text before: its dates combined
    CHECK(notice.instruments[0].title == "北京市排污许可证核发管理办法");
    DocumentStatus during = StatusByDate(notice, ParseIsoDay("2022-05-15"));
    CHECK(ToString(during.status) == "in-force");  // not-yet-in-force: the later start taken
    DocumentStatus later = StatusByDate(notice, ParseIsoDay("2024-06-01"));
    CHECK(ToString(later.status) == "in-force");  // expired: the trial's end taken
  }
}

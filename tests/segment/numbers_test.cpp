// Number lines and signatures in forms other issuers and years print them: an order's number in
// brackets on its title's line, an announcement's year in 〔〕, the signature and its date on one
// line. Each text here is written as those documents print it.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue NumbersIssue(const std::string& text) { return BuildIssue({"numbers.txt", "UTF-8", text}); }

}  // namespace

TEST_CASE("an order whose number stands in brackets is a document of its own", "[segment][numbers]") {
  // 北京市人民政府令（第261号） on one line, after the rule order 260 publishes; and under its
  // title on a line of its own.
  for (const std::string header : {"北京市人民政府令（第261号）\n", "北京市人民政府令\n（第261号）\n"}) {
    INFO(header);
    Issue issue = NumbersIssue(
        "北京市人民政府令\n第260号\n《北京市生活垃圾管理办法》已经市人民政府常务会议审议通过,现予公布,自2015年5月1日起施行。\n"
        "市长 王安顺\n2015年3月1日\n北京市生活垃圾管理办法\n第一条 为了加强生活垃圾管理,制定本办法。\n"
        "第二条 本办法自2015年5月1日起施行。\n" +
        header + "《北京市烟花爆竹安全管理规定》已经市人民政府常务会议审议通过,现予公布,自公布之日起施行。\n市长 王安顺\n2015年3月2日\n");
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[0].docno == "北京市人民政府令第260号");
    CHECK(issue.documents[1].docno == "北京市人民政府令第261号");
    CHECK(ToIso(issue.documents[1].date) == "2015-03-02");
  }
}

TEST_CASE("an announcement numbered 〔2015〕第3号 under its title is a document of its own", "[segment][numbers]") {
  Issue issue = NumbersIssue(
      "北京市人民政府关于同意设立西三旗街道的批复\n京政函〔2015〕25号\n海淀区人民政府:\n同意设立西三旗街道。\n此复。\n北京市人民政府\n2015年3月1日\n"
      "北京市公安局公告\n〔2015〕第3号\n为保障春节期间安全,现将有关事项公告如下。\n特此公告。\n北京市公安局\n2015年3月2日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].docno == "北京市公安局公告2015年第3号");
  CHECK(ToIso(issue.documents[1].date) == "2015-03-02");
}

TEST_CASE("a signature and its date on one line date the document", "[segment][numbers]") {
  Issue issue = NumbersIssue("北京市人民政府关于加强城市管理的意见\n京政发〔2015〕12号\n各区人民政府:\n现就加强城市管理提出以下意见。\n"
                             "北京市人民政府          2015年12月31日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(ToIso(issue.documents[0].date) == "2015-12-31");
  CHECK(issue.documents[0].signatories == std::vector<std::string>{"北京市人民政府"});
}

TEST_CASE("a 通告 with no 文号 and no 主送, under the date of the document before, is a document", "[segment][numbers]") {
  Issue issue = NumbersIssue(
      "北京市人民政府关于同意设立西三旗街道的批复\n京政函〔2015〕25号\n海淀区人民政府:\n同意设立西三旗街道。\n此复。\n北京市人民政府\n2015年3月1日\n"
      "北京市公安局关于春节期间燃放烟花爆竹的通告\n为保障春节期间安全,现将有关事项通告如下。\n一、五环路以内禁止燃放烟花爆竹。\n"
      "二、本通告自2015年2月1日起施行。\n特此通告。\n北京市公安局\n2015年1月20日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].title == "关于春节期间燃放烟花爆竹的通告");
  CHECK(issue.documents[1].issuers == std::vector<std::string>{"北京市公安局"});
  CHECK(ToIso(issue.documents[1].date) == "2015-01-20");
  // Its 施行 date is its own, not the 批复's.
  ExtractAll(issue);
  for (const auto& d : issue.documents[0].deadlines) CHECK(ToString(d.kind) != "effective");
}

TEST_CASE("the issuers before 印发 or 转发 in a title are its issuers", "[segment][numbers]") {
  Issue issue = NumbersIssue(
      "北京市人民政府印发《关于加强城市管理的若干规定》的通知\n京政发〔2015〕12号\n各区人民政府:\n现印发给你们,请认真贯彻执行。\n北京市人民政府\n2015年3月1日\n"
      "中共北京市委办公厅 北京市人民政府办公厅印发《关于加强社区建设的意见》的通知\n京办发〔2015〕3号\n各区委、区人民政府:\n现印发给你们。\n"
      "中共北京市委办公厅\n北京市人民政府办公厅\n2015年3月2日\n"
      "北京市人民政府办公厅转发市发展改革委关于进一步做好节能工作意见的通知\n京政办发〔2015〕9号\n各区人民政府:\n现转发给你们,请认真贯彻执行。\n"
      "北京市人民政府办公厅\n2015年3月3日\n");
  REQUIRE(issue.documents.size() == 3);
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(issue.documents[0].title == "印发《关于加强城市管理的若干规定》的通知");
  CHECK(issue.documents[1].issuers == std::vector<std::string>{"中共北京市委办公厅", "北京市人民政府办公厅"});
  CHECK(issue.documents[2].issuers == std::vector<std::string>{"北京市人民政府办公厅"});
  CHECK(issue.documents[2].title == "转发市发展改革委关于进一步做好节能工作意见的通知");
}

TEST_CASE("a 决定 a notice issues, printed under the notice's date, stays in the notice", "[segment][numbers]") {
  Issue issue = NumbersIssue(
      "北京市人民政府关于印发《北京市人民政府关于推进简政放权的决定》的通知\n京政发〔2015〕20号\n各区人民政府:\n"
      "现将《北京市人民政府关于推进简政放权的决定》印发给你们,请认真贯彻执行。\n北京市人民政府\n2015年4月1日\n"
      "北京市人民政府关于推进简政放权的决定\n为深化行政审批制度改革,现作如下决定。\n一、取消一批行政审批事项。\n"
      "二、本决定自2015年5月1日起施行。\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "京政发〔2015〕20号");
}

TEST_CASE("an unaddressed 通告 under a signature dated on its own line is a document too", "[segment][numbers]") {
  Issue issue = NumbersIssue(
      "北京市人民政府关于加强安全生产工作的通知\n京政发〔2015〕12号\n各区人民政府:\n现通知如下。\n北京市人民政府          2015年2月1日\n"
      "北京市人民政府关于禁止燃放烟花爆竹的通告\n为保障安全,现通告如下。\n本通告自2015年3月1日起施行。\n北京市人民政府\n2015年2月20日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].title == "关于禁止燃放烟花爆竹的通告");
  CHECK(ToIso(issue.documents[0].date) == "2015-02-01");
}

TEST_CASE("attachments listed on one line are each an attachment", "[segment][numbers]") {
  Issue issue = NumbersIssue("北京市人民政府办公厅关于印发考核办法的通知\n京政办发〔2015〕8号\n各区人民政府:\n现印发给你们。\n"
                             "附件:1.北京市目录(2.0版)、2.北京市评分细则 3.第三件\n北京市人民政府办公厅\n2015年3月1日\n");
  REQUIRE(issue.documents.size() == 1);
  const auto& a = issue.documents[0].attachments;
  REQUIRE(a.size() == 3);
  CHECK(a[0].num == 1);
  CHECK(a[0].title == "北京市目录(2.0版)");  // 2.0 is no item number
  CHECK(a[1].title == "北京市评分细则");
  CHECK(a[2].num == 3);
  CHECK(a[2].title == "第三件");
}

TEST_CASE("contents entries read as body (no 目录 heading) never join the title under them", "[segment][numbers]") {
  Issue issue = NumbersIssue(
      "北京市人民政府公报\n2015年第10期\n"
      "北京市人民政府关于加强城市管理的意见......3\n北京市财政局关于做好预算执行工作的通知......5\n"
      "北京市人民政府关于加强城市管理的意见\n京政发〔2015〕12号\n各区人民政府:\n现提出以下意见。\n北京市人民政府\n2015年3月1日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].title == "关于加强城市管理的意见");
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
}

TEST_CASE("an order or an announcement numbered in Chinese numerals is numbered in digits", "[segment][numbers]") {
  // 主席令 always, 人大 公告 and older orders often, print their number so: 第一百二十号.
  Issue issue = NumbersIssue(
      "北京市人民政府令\n第一百二十号\n"
      "《北京市甲管理办法》已经2005年9月13日市人民政府第20次常务会议通过，现予公布，自2005年11月1日起施行。\n"
      "市长　王岐山\n二○○五年九月二十日\n"
      "北京市甲管理办法\n第一条　为了加强甲管理，制定本办法。\n第二条　本办法自2005年11月1日起施行。\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "北京市人民政府令第120号");
  CHECK(ToIso(issue.documents[0].date) == "2005-09-20");
  issue = NumbersIssue(
      "北京市人民代表大会常务委员会公告\n〔十五届〕第二十三号\n"
      "《北京市乙条例》已由北京市第十五届人民代表大会常务委员会第二十次会议于2020年3月27日通过，现予公布，自2020年5月1日起施行。\n"
      "北京市人民代表大会常务委员会\n2020年3月27日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "北京市人民代表大会常务委员会公告〔十五届〕第23号");
}

TEST_CASE("a national law, or a title with its version (2019年修正本), pasted alone is a document", "[segment][numbers]") {
  Issue issue = NumbersIssue(
      "中华人民共和国反食品浪费法\n（2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过）\n"
      "第一条　为了防止食品浪费，制定本法。\n第二条　本法自公布之日起施行。\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].title == "中华人民共和国反食品浪费法");
  CHECK(issue.documents[0].type == "法");
  issue = NumbersIssue(
      "北京市丙条例（2019年修正本）\n（2009年11月20日北京市第十三届人民代表大会常务委员会第十四次会议通过）\n"
      "第一条　为了促进丙事业发展，制定本条例。\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].type == "条例");
}

TEST_CASE("a signing date with 廿 or 卅 for its day dates the document and stays out of the next title", "[segment][numbers]") {
  // Older and handwritten dates print twenty and thirty as one character: 五月廿六日, 三月卅一日.
  for (const auto& [line, iso] : {std::pair{"二○○五年五月廿六日", "2005-05-26"}, {"二〇〇五年三月卅一日", "2005-03-31"},
                                  {"二○○五年五月廿日", "2005-05-20"}}) {
    INFO(line);
    Issue issue = NumbersIssue(std::string("北京市人民政府办公厅关于做好防汛工作的通知\n京政办发〔2005〕46号\n各区县人民政府:\n请做好防汛工作。\n北京市人民政府办公厅\n") +
                               line + "\n北京市人民政府办公厅关于做好节水工作的通知\n京政办发〔2005〕47号\n各区县人民政府:\n请做好节水工作。\n"
                                      "北京市人民政府办公厅\n二○○五年六月一日\n");
    REQUIRE(issue.documents.size() == 2);
    CHECK(ToIso(issue.documents[0].date) == iso);
    CHECK(issue.documents[1].title == "关于做好节水工作的通知");
  }
}

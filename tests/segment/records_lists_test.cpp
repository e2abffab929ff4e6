// Records printed one after another without signatures (minutes under their sessions, an
// appointment list that appoints), their kinds, and a repeal list's caption with its count
// (废止的市政府文件目录(共2件)) or without 目录 (市政府决定废止的规章): entries, not documents.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue RecordsIssue(const std::string& text) { return BuildIssue({"records.txt", "UTF-8", "北京市人民政府公报\n2006年第3期\n\n" + text}); }

}  // namespace

TEST_CASE("unsigned minutes and an appointment list printed one after another are each a document", "[segment][records]") {
  Issue issue = RecordsIssue(
      "北京市人民政府常务会议纪要\n\n第28次\n\n2006年1月10日,市长主持召开市政府第28次常务会议。\n\n一、研究了春节市场供应工作。\n\n"
      "北京市人民政府常务会议纪要\n\n第29次\n\n2006年1月24日,市长主持召开市政府第29次常务会议。\n\n"
      "北京市人民政府任免名单\n\n任命刘某为北京市旅游局局长;\n免去陈某的北京市旅游局局长职务。\n\n"
      "北京市人民政府常务会议纪要\n\n第30次\n\n2006年2月7日,市长主持召开市政府第30次常务会议。\n");
  REQUIRE(issue.documents.size() == 4);
  CHECK(issue.documents[1].title == "北京市人民政府常务会议纪要(第29次)");
  CHECK(issue.documents[2].title == "北京市人民政府任免名单");
  CHECK(issue.documents[2].type == "任免");
  CHECK(issue.documents[3].type == "纪要");
}

TEST_CASE("a repeal list's caption with its count, or without 目录, heads entries, not documents", "[segment][records]") {
  for (const std::string caption : {"废止的市政府文件目录（共2件）", "市政府决定废止的规章", "失效的市政府文件目录（2件）",
                                    "废止的市政府文件目录（共计2件）", "废止的市政府文件目录（共二件）", "废止的市政府文件（共2件）目录",
                                    // The count on the line under the caption, as an attachment's title is
                                    // typeset: the entries had been phantom documents, nothing repealed.
                                    "废止的市政府文件目录\n（共2件）", "废止的规范性文件目录\n\n（共2件）", "废止的规范性文件目录\n共2件"}) {
    INFO(caption);
    Issue issue = RecordsIssue(
        "北京市人民政府关于废止和宣布失效部分规范性文件的决定\n\n京政发〔2017〕30号\n\n各区人民政府,市政府各委、办、局:\n\n"
        "经清理,市政府决定废止2件规范性文件(目录见附件)。\n\n北京市人民政府\n2017年9月1日\n\n附件\n\n" + caption +
        "\n\n北京市人民政府关于加强城市绿化管理的通知\n（京政发〔1995〕12号）\n北京市人民政府办公厅关于调整部分商品价格的通知\n（京政办发〔1995〕21号）\n");
    REQUIRE(issue.documents.size() == 1);
    int repeals = 0;
    for (const auto& r : issue.documents[0].references) repeals += r.type == Relation::kRepeals;
    CHECK(repeals == 2);
  }
}

TEST_CASE("an attachment list one 附件N:title a line, or numbered 一、二、, lists each attachment", "[segment][records]") {
  auto listed = [](const std::string& list) {
    Issue issue = RecordsIssue("北京市民政局关于做好福利彩票销售管理工作的通知\n\n京民福发〔2006〕3号\n\n各区县民政局:\n\n现将有关材料印发给你们。\n\n" +
                               list + "\n\n北京市民政局\n2006年3月1日\n");
    std::vector<std::string> out;
    for (const auto& d : issue.documents)
      for (const auto& a : d.attachments) out.push_back(std::to_string(a.num) + " " + a.title);
    return out;
  };
  CHECK(listed("附件1:福利彩票销售网点名单\n附件2:福利彩票销售管理规范") ==
        std::vector<std::string>{"1 福利彩票销售网点名单", "2 福利彩票销售管理规范"});
  CHECK(listed("附件:一、社会组织年检报告书\n二、年检材料清单") ==
        std::vector<std::string>{"1 社会组织年检报告书", "2 年检材料清单"});
}

TEST_CASE("an appointment list under a notice's 附件 label is the notice's attachment, not a record", "[segment][records]") {
  Issue issue = RecordsIssue(
      "北京市人民政府关于调整北京市防汛抗旱指挥部组成人员的通知\n\n京政发〔2014〕21号\n\n各区县人民政府:\n\n现将调整后的名单印发给你们。\n\n"
      "附件:北京市防汛抗旱指挥部组成人员任免名单\n\n北京市人民政府\n2014年5月6日\n\n附件\n\n北京市防汛抗旱指挥部组成人员任免名单\n\n"
      "任命王五为北京市防汛抗旱指挥部副总指挥;\n免去赵六的北京市防汛抗旱指挥部副总指挥职务。\n");
  CHECK(issue.documents.size() == 1);
}

TEST_CASE("attachment labels in Chinese numerals (附件一:A / 附件二:B) list each attachment", "[segment][records]") {
  Issue issue = RecordsIssue("北京市民政局关于做好社会组织年检工作的通知\n\n京民社发〔2006〕3号\n\n各区县民政局:\n\n现将有关材料印发给你们。\n\n"
                             "附件一:社会组织年检报告书\n附件二:年检材料清单\n\n北京市民政局\n2006年3月1日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].attachments.size() == 2);
}

TEST_CASE("a 大事记 after a signed document is a document of type 大事记, with or without contents", "[segment][records]") {
  // Without a contents page it had been the notice's text; with one it had had no type.
  Issue issue = RecordsIssue(
      "北京市人民政府关于加强夏季防汛工作的通知\n京政发〔2013〕19号\n各区人民政府:\n一、落实防汛责任制。\n北京市人民政府\n2013年6月28日\n\n"
      "2013年6月北京市人民政府大事记\n\n6月3日　市长主持召开市政府常务会议。\n6月18日　市政府召开全市防汛工作会议。\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].title == "2013年6月北京市人民政府大事记");
  CHECK(issue.documents[1].type == "大事记");
}

TEST_CASE("a reading with its byline or date under its title, or right after an instrument's articles, is a record", "[segment][records]") {
  const std::string notice = "北京市住房和城乡建设委员会关于进一步规范共有产权住房管理的通知\n京建发〔2019〕33号\n各区住房城乡建设委：\n"
                             "现就有关事项通知如下：\n一、严格申购审核。\n北京市住房和城乡建设委员会\n2019年1月28日\n";
  for (const char* byline : {"（北京市住房和城乡建设委员会）\n", "解读单位：北京市住房和城乡建设委员会\n", "（2019年2月1日）\n",
                             "（北京市住房和城乡建设委员会）\n（2019年2月1日）\n"}) {
    INFO(byline);
    Issue issue = RecordsIssue(notice + "《关于进一步规范共有产权住房管理的通知》政策解读\n" + byline +
                               "一、出台背景\n为进一步规范本市共有产权住房管理，制定了本通知。\n");
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[1].title == "《关于进一步规范共有产权住房管理的通知》政策解读");
    CHECK(issue.documents[1].type == "解读");
  }
  // Printed after the articles of the instrument it reads, no date between; its text asks and answers.
  Issue issue = RecordsIssue(
      "北京市市场监督管理局关于印发《北京市市场主体登记管理办法》的通知\n京市监发〔2022〕55号\n各区市场监督管理局：\n"
      "现将《北京市市场主体登记管理办法》印发给你们，请遵照执行。\n北京市市场监督管理局\n2022年9月26日\n"
      "北京市市场主体登记管理办法\n第一条　为规范市场主体登记管理，制定本办法。\n第二条　本办法自2022年11月1日起施行。\n"
      "《北京市市场主体登记管理办法》解读\n问：《办法》何时施行？\n答：自2022年11月1日起施行。\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].type == "解读");
  int effective = 0;  // the 答 line's date is the reading's, not a second start of the 办法
  for (const auto& d : issue.documents[0].deadlines) effective += d.kind == DateKind::kEffective;
  CHECK(effective == 1);
}

TEST_CASE("two attached lists one after another: the first list's last entry is no document", "[segment][records]") {
  // The next list's label and caption under an entry are no text of its own: it had become a
  // document repealing the second list's first entry, itself in force.
  for (const std::string head : {"附件2\n市政府决定宣布失效的规范性文件\n", "附件2\n市政府决定宣布失效的规范性文件目录\n（共1件）\n",
                                 "市政府决定宣布失效的规范性文件\n"}) {
    INFO(head);
    Issue issue = RecordsIssue(
        "北京市人民政府关于公布规范性文件清理结果的决定\n京政发〔2020〕12号\n各区人民政府，市政府各委、办、局：\n"
        "经过清理，决定对2件规范性文件予以废止，对1件规范性文件宣布失效。\n北京市人民政府\n2020年5月15日\n"
        "附件1\n市政府决定废止的规范性文件\n北京市人民政府关于加强本市出租汽车管理的通知\n京政发〔2009〕8号\n"
        "北京市人民政府办公厅关于进一步规范本市户外广告设置管理的通知\n京政办发〔2010〕33号\n" +
        head + "北京市人民政府关于做好2015年春运工作的通知\n京政发〔2015〕2号\n");
    REQUIRE(issue.documents.size() == 1);
    std::vector<std::string> repealed;
    for (const auto& r : issue.documents[0].references)
      if (r.type == Relation::kRepeals) repealed.push_back(r.to);
    CHECK(repealed == std::vector<std::string>{"京政发〔2009〕8号", "京政办发〔2010〕33号", "京政发〔2015〕2号"});
  }
}

TEST_CASE("a document forwarded or reprinted under the notice's 附件 label with a header of its own is the notice's", "[segment][records]") {
  // Named in the notice's 附件 list, printed with its issuer, 文号 and 主送: it had become a document
  // of its own, the notice's text, articles and date given to it.
  Issue issue = RecordsIssue(
      "北京市人民政府办公厅转发市发展改革委关于进一步做好节能减排工作意见的通知\n京政办发〔2017〕25号\n各区人民政府，市政府各委、办、局：\n"
      "市发展改革委《关于进一步做好节能减排工作的意见》已经市政府同意，现转发给你们，请认真贯彻执行。\n"
      "附件：北京市发展和改革委员会关于进一步做好节能减排工作的意见\n北京市人民政府办公厅\n2017年5月20日\n"
      "附件\n北京市发展和改革委员会关于进一步做好节能减排工作的意见\n京发改〔2017〕812号\n市政府：\n"
      "为进一步做好本市节能减排工作，提出如下意见：\n一、强化目标责任。\n北京市发展和改革委员会\n2017年5月8日\n"
      "北京市水务局关于印发《北京市节约用水办法实施细则》的通知\n京水务法〔2017〕40号\n各区水务局：\n"
      "现将《北京市节约用水办法实施细则》印发给你们，请遵照执行。\n北京市水务局\n2017年5月25日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].docno == "京政办发〔2017〕25号");
  CHECK(issue.documents[1].docno == "京水务法〔2017〕40号");
}

TEST_CASE("a reading opens after a sentence only when it reads a title printed above, and not when listed as an attachment", "[segment][records]") {
  const std::string notice = "北京市住房和城乡建设委员会关于印发《北京市甲管理办法》的通知\n京建发〔2022〕10号\n各区住房城乡建设委：\n"
                             "现将《北京市甲管理办法》印发给你们，请认真贯彻执行。\n";
  const std::string tail = "北京市住房和城乡建设委员会\n2022年10月8日\n";
  // A subheading inside the notice reads no title printed above: the notice keeps its signature.
  Issue sub = RecordsIssue(notice + "一、总体要求。\n关于重大政策的解读\n一、出台背景\n为规范甲管理，制定本办法。\n" + tail);
  REQUIRE(sub.documents.size() == 1);
  CHECK(ToIso(sub.documents[0].date) == "2022-10-08");
  // Listed among the notice's attachments: the notice's.
  Issue listed = RecordsIssue(notice + "附件：1.北京市甲管理办法\n2.《北京市甲管理办法》解读\n" + tail +
                              "附件1\n北京市甲管理办法\n第一条　为了规范甲管理，制定本办法。\n第二条　本办法自2022年11月1日起施行。\n"
                              "《北京市甲管理办法》解读\n一、出台背景\n为规范甲管理，制定了本办法。\n");
  CHECK(listed.documents.size() == 1);
}

TEST_CASE("a list ending a document, each item title(文号) on its line, is no part of the next header", "[segment][records]") {
  for (const std::string gap : {"\n", "\n\n", "\n\n北京市人民政府公报\n\n", "\n一、", "\n(一)", "\n,2010年9月1日)", "\n文件)"}) {
    INFO(gap);
    const bool cjk = gap == "\n一、" || gap == "\n(一)";
    const std::string first = cjk ? gap.substr(1) : "1.", second = cjk ? (gap == "\n一、" ? "二、" : "(二)") : "2.";
    Issue issue = RecordsIssue(
        "北京市人民政府关于废止一批市政府文件的决定\n京政发〔2016〕28号\n各区人民政府,市政府各委、办、局:\n"
        "经市政府同意,决定对2件市政府文件予以废止。\n附件:市政府决定废止的文件目录\n北京市人民政府\n2016年7月4日\n附件\n"
        "市政府决定废止的文件目录\n" + first + "北京市人民政府关于加强城市建设档案管理的通知(京政发〔1995〕12号)\n" + second +
        "北京市人民政府关于印发北京市城镇居民基本医疗保险办法的通知(京政发〔2010〕38号" +
        (gap.find(')') != std::string::npos ? gap.substr(1) + "\n" : ")" + (cjk ? std::string("\n") : gap)) +
        "北京市人民政府\n关于同意将北京市朝阳区高碑店乡撤乡设立地区办事处的批复\n京政函〔2016〕52号\n朝阳区人民政府:\n"
        "你区的请示收悉。经研究,同意将高碑店乡撤乡设立高碑店地区办事处。\n北京市人民政府\n2016年7月6日\n");
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[1].title == "关于同意将北京市朝阳区高碑店乡撤乡设立地区办事处的批复");  // the items had been its title
    int repeals = 0;
    for (const auto& r : issue.documents[0].references) repeals += r.type == Relation::kRepeals;
    CHECK(repeals == 2);
  }
}

TEST_CASE("items whose 文号 stands on the line under their titles stay the list's, not documents", "[segment][records]") {
  for (const std::string number : {"京政发〔1995〕12号", "(京政发〔1995〕12号)"}) {
    INFO(number);
    Issue issue = RecordsIssue(
        "北京市人民政府关于废止部分市政府文件的决定\n京政发〔2016〕28号\n各区人民政府,市政府各委、办、局:\n"
        "经市政府同意,决定对下列文件予以废止:\n1.北京市人民政府关于加强城市建设档案管理的通知\n" + number +
        "\n2.北京市人民政府关于印发北京市城镇居民基本医疗保险办法的通知\n京政发〔2010〕38号\n北京市人民政府\n2016年7月4日\n");
    REQUIRE(issue.documents.size() == 1);  // each 文号 had become an empty document (header_list_item, first cut)
    CHECK(ToIso(issue.documents[0].date) == "2016-07-04");
    int repeals = 0;  // of each 文号 (the titles are repealed too, each its own reference)
    for (const auto& r : issue.documents[0].references) repeals += r.type == Relation::kRepeals && !r.to.empty();
    CHECK(repeals == 2);
  }
}

TEST_CASE("a list's items without 文号 over the next header's issuers are no part of its title", "[segment][records]") {
  Issue issue = RecordsIssue(
      "北京市人民政府关于废止一批市政府规章和文件的决定\n京政发〔2016〕28号\n各区人民政府:\n经市政府同意,决定对2件市政府文件予以废止。\n"
      "北京市人民政府\n2016年7月4日\n附件\n市政府决定废止的规章和文件目录\n1.北京市人民政府关于加强城市建设档案管理的通知\n"
      "2.北京市人民政府关于印发北京市城镇居民基本医疗保险办法的通知\n北京市人民政府\n"
      "关于同意将北京市朝阳区高碑店乡撤乡设立地区办事处的批复\n京政函〔2016〕52号\n朝阳区人民政府:\n"
      "你区的请示收悉。经研究,同意将高碑店乡撤乡设立高碑店地区办事处。\n北京市人民政府\n2016年7月6日\n");
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[1].title == "关于同意将北京市朝阳区高碑店乡撤乡设立地区办事处的批复");
}

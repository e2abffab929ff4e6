// Headers of the kinds and issuers older and military–civil documents print: a 命令 (with or
// without 文号, its kind on a line of its own, numbered in its issuer's series), joint issuers
// that are garrisons, customs or trade unions, and titles of any kind under a 版头's 文号.
#include <catch2/catch.hpp>

#include <algorithm>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue KindsIssue(const std::string& text) { return BuildIssue({"kinds.txt", "UTF-8", "北京市人民政府公报\n1998年第15期\n\n" + text}); }

std::string Issuers(const Document& d) {
  std::string out;
  for (const auto& i : d.issuers) out += (out.empty() ? "" : "、") + i;
  return out;
}

}  // namespace

TEST_CASE("a 命令 is a document: joint and unnumbered, its kind on a line, or its series' name", "[segment][kinds]") {
  Issue issue = KindsIssue(
      "北京市人民政府\n北京卫戍区\n关于做好1998年防汛工作的命令\n\n各区、县人民政府，各驻京部队：\n　　为确保首都安全度汛，现命令如下：\n"
      "　　一、各级防汛指挥部要立即进入临战状态。\n\n市长　贾庆林　　　　司令员　刘建国\n一九九八年七月二十日\n\n"
      "北京市防汛抗旱指挥部\n命　　令\n第1号\n\n　　根据气象预报，本市将出现强降雨。现命令：各区县防汛指挥部立即启动应急预案。\n\n"
      "总指挥　刘淇\n一九九八年七月二十二日\n\n"
      "北京市防汛抗旱指挥部命令\n第2号\n\n　　现命令：各区县防汛指挥部解除应急状态。\n\n总指挥　刘淇\n一九九八年八月二十日\n\n"
      "北京市人民政府关于做好1998年冬季防火工作的命令\n\n各区、县人民政府：\n　　现命令如下：各区县做好冬季防火工作。\n\n"
      "北京市人民政府\n一九九八年十一月一日\n");
  REQUIRE(issue.documents.size() == 4);
  CHECK(Issuers(issue.documents[0]) == "北京市人民政府、北京卫戍区");
  CHECK(issue.documents[0].title == "关于做好1998年防汛工作的命令");
  CHECK(issue.documents[1].docno == "北京市防汛抗旱指挥部命令第1号");
  CHECK(Issuers(issue.documents[1]) == "北京市防汛抗旱指挥部");
  CHECK(issue.documents[2].docno == "北京市防汛抗旱指挥部命令第2号");
  CHECK(Issuers(issue.documents[2]) == "北京市防汛抗旱指挥部");  // not …指挥部命
  CHECK(issue.documents[3].title == "关于做好1998年冬季防火工作的命令");
}

TEST_CASE("a garrison, customs or a trade union issues jointly with the city", "[segment][kinds]") {
  for (const std::string second : {"北京卫戍区", "北京警备区", "北京海关", "北京市总工会"}) {
    INFO(second);
    Issue issue = KindsIssue("北京市人民政府\n" + second + "\n关于做好1998年征兵工作的通知\n京政发〔1998〕25号\n\n各区、县人民政府：\n"
                             "　　请做好征兵工作。\n\n北京市人民政府　　" + second + "\n一九九八年七月二十五日\n");
    REQUIRE(issue.documents.size() == 1);
    CHECK(Issuers(issue.documents[0]) == "北京市人民政府、" + second);
    CHECK(issue.documents[0].title == "关于做好1998年征兵工作的通知");
  }
}

TEST_CASE("under a 版头 and its 文号 a title of any kind is the title", "[segment][kinds]") {
  for (const std::string kind : {"通报", "报告", "规定", "工作要点", "名单", "复函"}) {
    INFO(kind);
    Issue issue = KindsIssue("北京市人民政府文件\n\n京政发〔2016〕9号\n\n北京市人民政府关于表彰2015年度北京市\n安全生产工作先进单位的" + kind +
                             "\n\n各区人民政府，市政府各委、办、局：\n　　为表彰先进，市政府决定予以表扬。\n\n北京市人民政府\n2016年2月22日\n");
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].title == "关于表彰2015年度北京市安全生产工作先进单位的" + kind);
  }
}

TEST_CASE("a 签发人 on its own line under the 文号 is the 版头's, no title", "[segment][kinds]") {
  Issue issue = KindsIssue("北京市人民政府文件\n\n京政发〔2004〕17号\n\n签发人:王岐山\n\n北京市人民政府关于2003年度\n政府工作目标考核情况的通报\n\n"
                           "各区、县人民政府,市政府各委、办、局:\n　　现将考核情况通报如下。\n\n北京市人民政府\n二○○四年五月二十八日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "京政发〔2004〕17号");
  CHECK(issue.documents[0].title == "关于2003年度政府工作目标考核情况的通报");
}

TEST_CASE("a letter-spaced one-line title gives its issuers", "[segment][kinds]") {
  Issue issue = KindsIssue("北 京 市 交 通 委 员 会 关 于 暂 停 受 理 出 租 汽 车 经 营 权 转 让 申 请 的 函\n京交函〔2008〕316号\n\n"
                           "市工商局：\n　　我委决定暂停受理。\n　　特此函告。\n\n二〇〇八年七月二十八日\n");
  REQUIRE(issue.documents.size() == 1);
  CHECK(Issuers(issue.documents[0]) == "北京市交通委员会");
  CHECK(issue.documents[0].title == "关于暂停受理出租汽车经营权转让申请的函");
}

TEST_CASE("an attachment's list of units in columns is no issuer block of the next document", "[segment][kinds]") {
  for (const std::string banhead : {"北京市人民政府文件\n\n京政发〔2016〕10号\n\n北京市人民政府关于延长《北京市小客车数量调控暂行规定》有效期的决定\n",
                                    "北京市人民政府关于延长《北京市小客车数量调控暂行规定》有效期的决定\n京政发〔2016〕10号\n"}) {
    INFO(banhead);
    Issue issue = KindsIssue(
        "北京市人民政府关于表彰2015年度先进单位的通报\n京政发〔2016〕9号\n各区人民政府：\n　　现予通报表扬。\n\n北京市人民政府\n2016年2月22日\n"
        "（此件公开发布）\n\n附件\n\n2015年度北京市安全生产工作先进单位名单\n（12个）\n\n"
        "东城区人民政府　　西城区人民政府　　朝阳区人民政府\n海淀区人民政府　　丰台区人民政府　　通州区人民政府\n\n" + banhead +
        "\n各区人民政府：\n　　市政府决定延长该规定的有效期。\n\n北京市人民政府\n2016年2月25日\n");
    REQUIRE(issue.documents.size() == 2);
    CHECK(Issuers(issue.documents[1]) == "北京市人民政府");
  }
  // More of the attachments between the units and the next title (附件2 / a list of names).
  Issue names = KindsIssue(
      "北京市人民政府关于表彰先进集体和先进个人的决定\n京政发〔2008〕45号\n各区、县人民政府:\n　　市政府决定予以表彰。\n\n"
      "北京市人民政府\n二○○八年十二月二十六日\n\n附件1\n\n先进集体名单\n\n北京市公安局　　北京市交通委员会　　北京市卫生局\n\n"
      "附件2\n\n先进个人名单\n\n张三　　李四　　王五\n\n北京市人民政府关于进一步促进本市房地产市场健康发展的若干意见\n\n京政发〔2008〕46号\n\n"
      "各区、县人民政府:\n　　提出如下意见。\n\n北京市人民政府\n二○○八年十二月三十日\n");
  REQUIRE(names.documents.size() == 2);
  CHECK(Issuers(names.documents[1]) == "北京市人民政府");
  CHECK(names.documents[1].title == "关于进一步促进本市房地产市场健康发展的若干意见");
}

TEST_CASE("a sentence ending 解读 is no reading's title; one agency in the block and the 版头 is one issuer", "[segment][kinds]") {
  Issue issue = KindsIssue("北京市交通委员会关于暂停受理申请的函\n京交函〔2008〕316号\n市工商局：\n我委决定暂停受理。\n二〇〇八年七月二十八日\n"
                           "本函由市交通委负责解读\n市工商局要做好配合工作。\n");
  CHECK(issue.documents.size() == 1);
  Issue joint = KindsIssue("北京市人民政府\n北京卫戍区\n北京市人民政府文件\n\n京政发〔1998〕25号\n\n关于做好1998年征兵工作的通知\n\n"
                           "各区、县人民政府：\n　　请做好征兵工作。\n\n北京市人民政府\n一九九八年七月二十五日\n");
  REQUIRE(joint.documents.size() == 1);
  CHECK(std::count(joint.documents[0].issuers.begin(), joint.documents[0].issuers.end(), "北京市人民政府") == 1);
}

TEST_CASE("a form's model printed as an attachment (公文样式) is no document", "[segment][headers]") {
  // The model's header of placeholders had been a phantom 请示, check silent.
  Issue issue = BuildIssue({"template.txt", "UTF-8",
                            "北京市人民政府公报\n2019年第22期\n\n北京市人民政府办公厅关于规范区级政府请示报送工作的通知\n"
                            "京政办发〔2019〕18号\n各区人民政府:\n请按附件样式报送请示。\n\n附件:区政府请示公文样式\n\n"
                            "北京市人民政府办公厅\n2019年8月12日\n\n附件\n\n区政府请示公文样式\n\n××区人民政府文件\n\n"
                            "×政文〔20××〕×号　　　　签发人:×××\n\n××区人民政府关于××××的请示\n\n北京市人民政府:\n"
                            "(正文)\n\n××区人民政府\n20××年×月×日\n"});
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].docno == "京政办发〔2019〕18号");
}

TEST_CASE("a section heading of the issue over an order is neither the order's nor the text's above", "[segment][headers]") {
  for (const char* heading : {"【市政府规章】", "市政府规章", "省政府规章", "国务院令"}) {
    INFO(heading);
    Issue issue = KindsIssue(std::string("北京市人民政府关于加强消防工作的通知\n京政发〔1998〕5号\n各区人民政府:\n为加强消防工作,现通知如下。\n"
                                         "北京市人民政府\n1998年1月28日\n") +
                             heading +
                             "\n北京市人民政府令\n第43号\n《北京市消防安全责任制规定》已经市人民政府第65次常务会议通过,现予公布,"
                             "自1998年4月1日起施行。\n市长　王安顺\n1998年1月28日\n北京市消防安全责任制规定\n"
                             "第一条　为了落实消防安全责任,制定本规定。\n第二条　本规定自1998年4月1日起施行。\n"
                             "【市政府文件】\n北京市人民政府关于同意设立某开发区的批复\n京政函〔1998〕18号\n某区人民政府:\n同意设立。\n"
                             "北京市人民政府\n1998年2月1日\n");
    REQUIRE(issue.documents.size() == 3);
    CHECK(issue.documents[1].title == "北京市人民政府令");
    CHECK(Issuers(issue.documents[1]) == "北京市人民政府");
    CHECK(issue.documents[1].body.back().text == "第二条本规定自1998年4月1日起施行。");
  }
}

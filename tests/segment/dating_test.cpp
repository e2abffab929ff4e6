// A regulation pasted alone under its dating line, in the shapes provincial and city rules print
// it: 自…起试行, 自公布之日起施行, 有效期至…, …起失效, clauses parted by ; or ,. And an order's
// regulation is cited by its own title, without its issuers before it.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"
#include "xref/corpus.hpp"

using namespace gazette;

namespace {

Issue Pasted(const std::string& name, const std::string& dating, const std::string& last_article) {
  return BuildIssue({name, "UTF-8",
                     "杭州市网络交易管理暂行办法\n\n" + dating + "\n\n第一条　为了规范网络交易行为，制定本办法。\n\n" + last_article + "\n"});
}

// "kind date" of each of D's dates from its dating lines and clauses but the signing date.
std::vector<std::string> Dates(const Document& d) {
  std::vector<std::string> out;
  for (const auto& r : d.deadlines)
    if (r.kind != DateKind::kSigned && r.kind != DateKind::kPublished) out.push_back(ToString(r.kind) + " " + ToIso(r.date));
  return out;
}

}  // namespace

TEST_CASE("a regulation under a dating line of any of the usual clauses is a document dated by them", "[segment][dating]") {
  const std::string kLast = "第二条　本办法由市市场监管局负责解释。";
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"（2015年3月2日杭州市人民政府令第285号公布　自2015年5月1日起试行）", {"promulgated 2015-03-02", "effective 2015-05-01"}},
      {"（2015年3月2日杭州市人民政府令第285号公布；自2015年5月1日起施行）", {"promulgated 2015-03-02", "effective 2015-05-01"}},
      {"（2015年3月2日杭州市人民政府令第285号发布，自2015年5月1日起施行）", {"promulgated 2015-03-02", "effective 2015-05-01"}},
      {"（2015年3月2日杭州市人民政府令第285号公布　自公布之日起施行）", {"promulgated 2015-03-02", "effective 2015-03-02"}},
      {"（2015年3月2日杭州市人民政府令第285号公布　自2015年5月1日起施行　有效期至2020年4月30日）",
       {"promulgated 2015-03-02", "effective 2015-05-01", "expires 2020-04-30"}},
      {"（2015年3月2日杭州市人民政府令第285号公布　自2015年5月1日起施行　2018年1月1日起失效）",
       {"promulgated 2015-03-02", "effective 2015-05-01", "expires 2017-12-31"}},
  };
  for (const auto& [dating, dates] : cases) {
    INFO(dating);
    Issue issue = Pasted("dating.txt", dating, kLast);
    REQUIRE(issue.documents.size() == 1);
    const Document& d = issue.documents[0];
    CHECK(d.docno == "杭州市人民政府令第285号");
    CHECK(ToIso(d.date) == "2015-03-02");
    CHECK(Dates(d) == dates);
  }
}

TEST_CASE("an order's regulation is cited by its own title: the repeal resolves to it", "[segment][dating][refs]") {
  Issue old_one = Pasted("old.txt", "（2010年3月1日北京市人民政府令第220号公布）", "第二条　本办法自2010年5月1日起施行。");
  REQUIRE(old_one.documents.size() == 1);
  CHECK(LightDocument(old_one, old_one.documents[0]).title == "杭州市网络交易管理暂行办法");  // not 北京市人民政府杭州…
  Issue new_one = BuildIssue({"new.txt", "UTF-8",
                              "北京市网络交易安全管理办法\n\n（2015年3月1日北京市人民政府令第260号公布）\n\n第一条　为了规范网络交易，制定本办法。\n\n"
                              "第二条　本办法自2015年5月1日起施行。《杭州市网络交易管理暂行办法》同时废止。\n"});
  Corpus corpus("2026-01-01");
  corpus.AddIssue(old_one);
  corpus.AddIssue(new_one);
  const DocumentStatus s = corpus.Status("北京市人民政府令第220号", "2016-01-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(s.by == "北京市人民政府令第260号");
}

TEST_CASE("an order promulgating its regulation revised (现将修订后的《A》公布) issues A: status by A is the order's", "[segment][dating][refs]") {
  Issue order = BuildIssue({"order.txt", "UTF-8",
                            "北京市人民政府令\n\n第 285 号\n\n"
                            "　　《北京市甲管理办法》已经2019年3月26日市人民政府第31次常务会议修订通过，现将修订后的《北京市甲管理办法》公布，自2019年5月1日起施行。\n\n"
                            "市长　陈吉宁\n2019年4月2日\n\n北京市甲管理办法\n\n"
                            "（2005年6月1日北京市人民政府令第160号公布　2019年4月2日北京市人民政府令第285号修订）\n\n"
                            "第一条　为加强甲管理，制定本办法。\n\n第二条　本办法自2019年5月1日起施行。\n"});
  REQUIRE(order.documents.size() == 1);
  const Document& d = order.documents[0];
  REQUIRE(d.instruments.size() == 1);
  CHECK(d.instruments[0].title == "北京市甲管理办法");
  CHECK(d.references.back().to == "北京市人民政府令第160号");  // the old text, by its dating line
  // A law cited before it is not the order's regulation; 重新公布 publishes it too.
  for (const std::string opening : {"为贯彻实施《中华人民共和国甲法》，市人民政府对本市规章进行了修订，现将修订后的《北京市甲管理办法》公布，自2019年5月1日起施行。",
                                    "现将修改后的《北京市甲管理办法》重新公布，自2019年5月1日起施行。"}) {
    INFO(opening);
    Issue other = BuildIssue({"order.txt", "UTF-8",
                              "北京市人民政府令\n\n第 285 号\n\n　　" + opening + "\n\n市长　陈吉宁\n2019年4月2日\n\n北京市甲管理办法\n\n"
                              "第一条　为加强甲管理，制定本办法。\n\n第二条　本办法自2019年5月1日起施行。\n"});
    REQUIRE(other.documents.size() == 1);
    REQUIRE(other.documents[0].instruments.size() == 1);
    CHECK(other.documents[0].instruments[0].title == "北京市甲管理办法");
  }
  Corpus corpus("2026-01-01");
  corpus.AddIssue(order);
  CHECK(ToString(corpus.Status("北京市甲管理办法", "2019-06-01").status) == "in-force");
  CHECK(ToString(corpus.Status("北京市人民政府令第160号", "2019-06-01").status) == "replaced");
}

TEST_CASE("a 修正案 pasted alone under its dating line is a document", "[segment][dating]") {
  for (const std::string title : {"湖南省湘江保护条例修正案", "中华人民共和国刑法修正案（十二）"}) {
    INFO(title);
    Issue issue = BuildIssue({"amendment.txt", "UTF-8",
                              title + "\n\n（2023年12月29日第十四届全国人民代表大会常务委员会第七次会议通过）\n\n"
                                      "一、将第十条第一款修改为：“省人民政府负责编制规划。”\n\n二、本修正案自2024年3月1日起施行。\n"});
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].type == "修正案");
    CHECK(ToIso(issue.documents[0].date) == "2023-12-29");
  }
}

TEST_CASE("a 批准 after the adoption is the province's approval, not an amendment", "[segment][dating]") {
  Issue issue = BuildIssue({"approved.txt", "UTF-8",
                            "苏州市城市绿化条例\n\n（2017年6月28日苏州市第十六届人民代表大会常务委员会第五次会议通过　"
                            "2017年9月24日江苏省第十二届人民代表大会常务委员会第三十二次会议批准）\n\n"
                            "第一条　为了促进城市绿化事业的发展，制定本条例。\n\n第二条　本条例自2018年1月1日起施行。\n"});
  REQUIRE(issue.documents.size() == 1);
  CHECK(Dates(issue.documents[0]) == std::vector<std::string>{"adopted 2017-06-28", "approved 2017-09-24", "effective 2018-01-01"});
  CHECK(ToIso(issue.documents[0].date) == "2017-09-24");
}

TEST_CASE("a regulation under its approval decision or its 公告 is the document's instrument, dated by its own lines", "[segment][dating]") {
  Issue approval = BuildIssue({"approval.txt", "UTF-8",
                               "江苏省人民代表大会常务委员会关于批准《无锡市太湖水域船舶污染防治条例》的决定\n\n"
                               "（2022年11月30日江苏省第十三届人民代表大会常务委员会第三十三次会议通过）\n\n"
                               "江苏省第十三届人民代表大会常务委员会第三十三次会议对无锡市人民代表大会常务委员会报请批准的《无锡市太湖水域船舶污染防治条例》进行了审查，决定予以批准。\n\n"
                               "无锡市太湖水域船舶污染防治条例\n\n"
                               "（2022年10月28日无锡市第十七届人民代表大会常务委员会第六次会议通过　2022年11月30日江苏省第十三届人民代表大会常务委员会第三十三次会议批准）\n\n"
                               "第一条　为了防治太湖水域船舶污染，制定本条例。\n\n第二条　本条例自2023年3月1日起施行。\n"});
  REQUIRE(approval.documents.size() == 1);
  const Document& d = approval.documents[0];
  REQUIRE(d.instruments.size() == 1);
  CHECK(d.instruments[0].title == "无锡市太湖水域船舶污染防治条例");
  CHECK(Dates(d) == std::vector<std::string>{"adopted 2022-11-30", "adopted 2022-10-28", "approved 2022-11-30", "effective 2023-03-01"});
}

TEST_CASE("a 公告 publishing an amending decision over the regulation republished as amended issues the regulation", "[segment][dating]") {
  Issue issue = BuildIssue({"gg.txt", "UTF-8",
                            "四川省第十四届人民代表大会常务委员会公告\n（第12号）\n\n"
                            "《四川省人民代表大会常务委员会关于修改〈四川省农村供水条例〉的决定》已由四川省第十四届人民代表大会常务委员会第六次会议于2023年9月27日通过，现予公布，自公布之日起施行。\n\n"
                            "四川省人民代表大会常务委员会\n2023年9月27日\n\n四川省农村供水条例\n\n"
                            "（2020年5月28日四川省第十三届人民代表大会常务委员会第十八次会议通过　根据2023年9月27日四川省第十四届人民代表大会常务委员会第六次会议《关于修改〈四川省农村供水条例〉的决定》修正）\n\n"
                            "第一条　为了保障农村供水安全，制定本条例。\n\n第二条　本条例自2020年8月1日起施行。\n"});
  REQUIRE(issue.documents.size() == 1);
  REQUIRE(issue.documents[0].instruments.size() == 1);
  CHECK(issue.documents[0].instruments[0].title == "四川省农村供水条例");
}

TEST_CASE("a regulation printed with a compiler's edition note under its title is found by its name", "[segment][dating]") {
  Issue issue = BuildIssue({"ln.txt", "UTF-8",
                            "辽宁省企业职工基本养老保险条例\n（2021年修订）\n\n"
                            "（1999年9月24日辽宁省第九届人民代表大会常务委员会第十一次会议通过　2021年5月27日辽宁省第十三届人民代表大会常务委员会第二十六次会议修订）\n\n"
                            "第一条　为了保障企业职工基本养老保险待遇，制定本条例。\n\n第二条　本条例自2021年8月1日起施行。\n"});
  REQUIRE(issue.documents.size() == 1);
  Corpus corpus("2026-01-01");
  corpus.AddIssue(issue);
  CHECK(ToString(corpus.Status("辽宁省企业职工基本养老保险条例", "2022-01-01").status) == "in-force");
}

TEST_CASE("dating clauses dated by the one before: 同日公布, 自同年/次年…起施行", "[segment][dating]") {
  // Provincial congresses print their rules so: the promulgation had been lost and the rule in force
  // from the adoption, two months early.
  for (const auto& [dating, effective] : std::vector<std::pair<std::string, std::string>>{
           {"（2018年9月27日青海省第十三届人民代表大会常务委员会第六次会议通过　同日公布　自同年12月1日起施行）", "2018-12-01"},
           {"（2018年9月27日青海省第十三届人民代表大会常务委员会第六次会议通过　同日公布　自次年一月一日起施行）", "2019-01-01"},
           {"（2018年9月27日青海省第十三届人民代表大会常务委员会第六次会议通过　同日公布　自当年12月1日施行）", "2018-12-01"}}) {
    INFO(dating);
    Issue issue = BuildIssue({"qh.txt", "UTF-8", "青海省草原防火条例\n\n" + dating + "\n\n第一条　为了加强草原防火工作，制定本条例。\n"});
    REQUIRE(issue.documents.size() == 1);
    CHECK(Dates(issue.documents[0]) ==
          std::vector<std::string>{"adopted 2018-09-27", "promulgated 2018-09-27", "effective " + effective});
  }
}

TEST_CASE("each amendment of a dating line on a line of its own, led by its 根据, is read with its line", "[segment][dating]") {
  // The national database and most congress sites print them so; the amendments had been lost and
  // the rule dated by its first adoption.
  Issue issue = BuildIssue({"zj.txt", "UTF-8",
                            "浙江省学前教育条例\n（2017年9月30日浙江省第十二届人民代表大会常务委员会第四十四次会议通过\n"
                            "根据2020年9月24日浙江省第十三届人民代表大会常务委员会第二十四次会议《关于修改〈浙江省学前教育条例〉等十二件地方性法规的决定》第一次修正\n"
                            "根据2024年5月30日浙江省第十四届人民代表大会常务委员会第十次会议《关于修改〈浙江省学前教育条例〉的决定》第二次修正）\n"
                            "第一条　为了促进学前教育事业发展，制定本条例。\n"});
  REQUIRE(issue.documents.size() == 1);
  const Document& d = issue.documents[0];
  CHECK(Dates(d) == std::vector<std::string>{"adopted 2017-09-30", "amended 2020-09-24", "amended 2024-05-30"});
  CHECK(ToIso(d.date) == "2024-05-30");
  std::vector<int> lines;
  for (const auto& r : d.deadlines)
    if (r.kind == DateKind::kAmended) lines.push_back(r.line);
  CHECK(lines == std::vector<int>{3, 4});
}

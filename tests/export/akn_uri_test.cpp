// The FRBR work URIs of the Akoma Ntoso export: by 文号, by a printed document's place in its
// issue, and one per cited title for acts the inputs cite by title alone (they had all shared
// /akn/cn-bj/act/0000/gazette--0).
#include <catch2/catch.hpp>

#include "export/akn.hpp"
#include "export/xml_status.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;

TEST_CASE("akn: each act its own work URI, whatever the corpus knows it by", "[akn]") {
  CHECK(AknUriOfId("京政发〔2023〕20号", "京政发〔2023〕20号") == AknWorkUri("京政发〔2023〕20号", "", 0));
  CHECK(AknUriOfId("", "2024-38#3") == AknWorkUri("", "2024-38", 3));
  const std::string a = AknUriOfId("", "《城市房屋拆迁管理条例》"), b = AknUriOfId("", "《城市供水条例》");
  CHECK(a != b);
  CHECK(a == AknUriOfId("", "《城市房屋拆迁管理条例》"));  // stable across runs
  CHECK(a.rfind("/akn/cn-bj/act/0000/cited-", 0) == 0);
}

TEST_CASE("akn: a decision's enacting formula is its preamble or intro; an article's intro is its lead-in only", "[akn]") {
  Issue issue = BuildIssue({"akn.txt", "UTF-8",
                            "国务院关于修改《城市供水条例》的决定\n\n国务院决定对《城市供水条例》作如下修改：\n\n"
                            "一、将第三条修改为：“第三条　国务院主管全国城市供水工作。”\n\n二、本决定自2019年4月1日起施行。\n"});
  REQUIRE(issue.documents.size() == 1);
  pugi::xml_document out;
  BuildAknDocument(issue, issue.documents[0], 1, CorpusStatus(), out);
  CHECK(std::string(out.select_node("//preamble/p").node().text().get()) == "国务院决定对《城市供水条例》作如下修改:");
  Issue rules = BuildIssue({"rules.txt", "UTF-8",
                            "城市供水水质管理规定\n\n（2007年3月1日建设部令第156号公布）\n\n"
                            "第一条　供水企业应当按照下列规定对出厂水进行消毒：\n①采用液氯消毒的，余氯不低于0.3毫克/升；\n②采用二氧化氯消毒的，不低于0.1毫克/升。\n"});
  REQUIRE(rules.documents.size() == 1);
  BuildAknDocument(rules, rules.documents[0], 1, CorpusStatus(), out);
  CHECK(std::string(out.select_node("//article/intro/p").node().text().get()) == "供水企业应当按照下列规定对出厂水进行消毒:");
}

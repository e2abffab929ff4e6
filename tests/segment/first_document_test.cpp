// The first document of an issue, or of a text pasted alone, in the shapes where nothing above it
// (a 文号, a 主送, the date signing a document before it) says that a document begins.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue Build(const std::string& text) { return BuildIssue({"first.txt", "UTF-8", text}); }

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
  Issue issue = Build(
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
  Issue issue = Build(kNotice);
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].title == "关于在本市部分区域禁止燃放烟花爆竹的通告");
  CHECK(issue.documents[0].body.size() == 5);
}

TEST_CASE("a 通知 pasted alone without 文号 or 主送 is still not a document", "[segment][first]") {
  // Only a kind addressed to no one may stand without them: a 通知 titled over prose is a
  // quotation or a heading (the rule that keeps a notice's issued text whole).
  Issue issue = Build(
      "北京市人民政府关于加强烟花爆竹销售管理的通知\n"
      "一、烟花爆竹销售网点应当取得许可。\n");
  CHECK(issue.documents.empty());
}

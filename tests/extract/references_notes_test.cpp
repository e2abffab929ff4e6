// A cleanup list's row decided by a column of its own beside the caption's relation: its 备注
// (有效期延长至…, 自…起废止, 第五条、第八条废止; never a note of what was done before) and a column of the
// day each row is repealed (废止时间).
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "references_support.hpp"

using namespace gazette;
using gazette::refs_tests::RefsOfText;

TEST_CASE("a list's 备注 may extend a row, date its repeal, or name the part repealed", "[refs][items]") {
  auto kept = RefsOfText(
      "继续有效的规范性文件目录\n序号\t文件名称\t文号\t备注\n"
      "1\t关于加强古树名木保护管理的通知\t京绿发〔2019〕7号\t有效期延长至2026年12月31日\n"
      "2\t关于规范林木采伐的通知\t京绿发〔2020〕15号\t第五条、第八条废止\n"
      "3\t关于加强湿地保护的通知\t京绿发〔2021〕3号\t\n");
  auto repealed = RefsOfText(
      "废止的规范性文件目录\n序号\t文件名称\t文号\t备注\n"
      "1\t关于做好平原造林养护管理的通知\t京绿发〔2014〕30号\t自2025年1月1日起废止\n"
      "2\t关于规范林业有害生物防治工作的通知\t京绿发〔2016〕22号\t\n");
  auto of = [](const std::vector<Reference>& refs, const std::string& docno) {
    for (const auto& r : refs)
      if (r.to == docno) return ToString(r.type) + (r.date ? " " + ToIso(r.date) : "");
    return std::string();
  };
  CHECK(of(kept, "京绿发〔2019〕7号") == "extends 2026-12-31");  // it had been a citation, the extension lost
  CHECK(of(kept, "京绿发〔2020〕15号") == "amends");
  CHECK(of(kept, "京绿发〔2021〕3号") == "cites");
  CHECK(of(repealed, "京绿发〔2014〕30号") == "repeals 2025-01-01");  // it had taken the signing day
  CHECK(of(repealed, "京绿发〔2016〕22号") == "repeals");
  // A note telling what was done before decides nothing: the list's relation and day stand.
  auto history = RefsOfText(
      "宣布失效的规范性文件目录\n序号\t文件名称\t文号\t备注\n"
      "1\t关于做好平原造林养护管理的通知\t京绿发〔2014〕30号\t有效期已延长至2022年12月31日,现已届满\n"
      "2\t关于规范林木采伐的通知\t京绿发〔2015〕15号\t第五条已于2018年废止\n"
      "3\t关于加强湿地保护的通知\t京绿发〔2016〕3号\t原文件自2016年1月1日起施行\n");
  CHECK(of(history, "京绿发〔2014〕30号") == "repeals");  // it had been extends
  CHECK(of(history, "京绿发〔2015〕15号") == "repeals");  // it had been amends
  CHECK(of(history, "京绿发〔2016〕3号") == "repeals");
}

TEST_CASE("a list's column of the day each row is repealed dates that row", "[refs][items]") {
  auto refs = RefsOfText(
      "经清理,决定废止以下2件规范性文件,废止时间见附件。\n北京市水务局规范性文件清理结果目录\n序号\t文件名称\t文号\t废止时间\n"
      "1\t关于加强计划用水管理的通知\t京水务发〔2012〕11号\t2020年3月1日\n"
      "2\t北京市再生水利用管理规定\t京水务发〔2012〕12号\t2020年7月1日\n");
  REQUIRE(refs.size() == 2);
  CHECK(ToString(refs[0].type) + " " + ToIso(refs[0].date) == "repeals 2020-03-01");  // each had taken the signing day
  CHECK(ToString(refs[1].type) + " " + ToIso(refs[1].date) == "repeals 2020-07-01");
}

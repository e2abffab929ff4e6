// Golden: every effective-date, repeal, validity and trial clause of the four sample issues, with
// the kind and date expected (relative dates resolved to the signing date printed at the line
// given), and every end date computed. The list is exact: nothing missing, nothing extra.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

/// docno|kind|date|amount unit|line for the kinds that say when a document applies.
std::vector<std::string> DateFacts(const std::string& name) {
  auto issue = LoadIssue(std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/" + name);
  REQUIRE(issue.ok());
  static const std::set<std::string> kinds = {"effective", "repeal-effective", "validity", "trial", "expires"};
  std::vector<std::string> out;
  for (const auto& doc : issue->documents)
    for (const auto& d : doc.deadlines)
      if (kinds.count(ToString(d.kind)))
        out.push_back(doc.docno + "|" + ToString(d.kind) + "|" + ToIso(d.date) + "|" +
                      (d.amount ? std::to_string(d.amount) + " " + ToString(d.unit) : "") + "|" + std::to_string(d.line));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("golden dates: 2021-44", "[dates][golden]") {
  CHECK(DateFacts("2021-44.txt") == Sorted({
      // 147: (三) 本办法自 2021 年 9 月 1 日起实施。
      "京人社事业发〔2021〕32号|effective|2021-09-01||147",
      // 502: 本办法自发布之日起施行,有效期5年 — signed 2021年8月31日 at 434; 2021-08-31 + 5 years - 1 day.
      "京人社市场发〔2021〕35号|effective|2021-08-31||502",
      "京人社市场发〔2021〕35号|validity|2021-08-31|5 year|502",
      "京人社市场发〔2021〕35号|expires|2026-08-30|5 year|502",
      // 592: 本意见自公布之日起实施。 — signed 2021年9月10日 at 518.
      "京商流通字〔2021〕9号|effective|2021-09-10||592",
      // 953: 本实施方案自 2021 年 9 月 9 日起实施。《…》(京商务财务字〔2018〕25 号)同时废止。
      "京商财务字〔2021〕34号|effective|2021-09-09||953",
      "京商财务字〔2021〕34号|repeal-effective|2021-09-09||953",
      // 1223: 自公布之日起施行。…(京商函字〔2019〕1272 号)同时废止。 — signed 2021年9月11日 at 1076.
      "京商函字〔2021〕1056号|effective|2021-09-11||1223",
      "京商函字〔2021〕1056号|repeal-effective|2021-09-11||1223",
  }));
  // No effective-date clause: 京人社事业发〔2021〕33号 (262–293), 京商财务字〔2021〕33号 (606–832),
  // 京商服贸字〔2021〕36号 (955–1058).
}

TEST_CASE("golden dates: 2023-42", "[dates][golden]") {
  CHECK(DateFacts("2023-42.txt") == Sorted({
      // 318: 三、新标准从2023年7月施行。 (month precision)
      "京民社救发〔2023〕240号|effective|2023-07||318",
      // 342: 二、此次标准调整起始时间为2023年7月1日
      "京民儿福发〔2023〕246号|effective|2023-07-01||342",
      // 392: 本政策实施期限截至2023年12月31日
      "京人社毕发〔2023〕23号|expires|2023-12-31||392",
      // 520: 本通知自印发之日起执行,执行期限至 2025 年 12 月 31 日。 — signed 2023年9月12日 at 534.
      "京人社能发〔2023〕25号|effective|2023-09-12||520",
      "京人社能发〔2023〕25号|expires|2025-12-31||520",
      // 522: (二)《…》(京人社办发〔2009〕61号)、…(京人社能发〔2016〕150号)同时废止。
      "京人社能发〔2023〕25号|repeal-effective|2023-09-12||522",
      // 436: …培训组织方由市人力资源社会保障局征集确定,有效期2年 (the organisers', not the notice's)
      "京人社能发〔2023〕25号|validity||2 year|436",
      // 945: 现决定宣布废止失效 57 件行政规范性文件。 — signed 2023 年 9 月 18 日 at 953.
      "京人社发〔2023〕10号|repeal-effective|2023-09-18||945",
      // 1038: 自 2024 年 7 月 1 日起,本市执行《汽油车排放标准》和《柴油车排放标准》限值 b。
      "京环发〔2023〕14号|effective|2024-07-01||1038",
      // 1040: 自本通告实施之日起,《…》(京环发〔2019〕11 号)同时废止。
      "京环发〔2023〕14号|repeal-effective|2024-07-01||1040",
      // 1070: 本通知自 2023 年 9 月 27 日起执行。
      "京医保发〔2023〕14号|effective|2023-09-27||1070",
      // 1139: **六、本通知于 2023 年 10 月 28 日执行。**
      "京医保发〔2023〕15号|effective|2023-10-28||1139",
  }));
  // No effective-date clause: 京政发〔2023〕20号 (106–125; 112 经 2023 年 9 月 22 日…决定 is a decision
  // date), 京政办发〔2023〕20号 (127–140).
}

TEST_CASE("golden dates: 2024-16", "[dates][golden]") {
  CHECK(DateFacts("2024-16.txt") == Sorted({
      // 148: 十六、本通知自 2024 年 2 月 1 日起施行。
      "京人社工发〔2023〕36号|effective|2024-02-01||148",
      // 189: 依法取得的《人力资源服务许可证》长期有效 (the licence's, not the notice's)
      "京人社市场发〔2023〕37号|validity|||189",
      // 197: (一)本通知自印发之日起执行 — signed 2023 年 12 月 25 日 at 210.
      "京人社市场发〔2023〕37号|effective|2023-12-25||197",
      // 287, 537, 800: 本办法自 2024 年 1 月 1 日起实施。
      "京人社事业发〔2023〕40号|effective|2024-01-01||287",
      "京人社事业发〔2023〕41号|effective|2024-01-01||537",
      "京人社事业发〔2023〕42号|effective|2024-01-01||800",
      // 1056: 第十二条 本实施细则自发布之日起施行。 — signed 2024年1月10日 at 985.
      "京人社数据发〔2024〕2号|effective|2024-01-10||1056",
      // 1150: 本办法自 2023 年 12 月 22 日起实施。《…》(京文旅发〔2022〕108 号)同时废止。
      "京文旅发〔2023〕110号|effective|2023-12-22||1150",
      "京文旅发〔2023〕110号|repeal-effective|2023-12-22||1150",
  }));
  // No effective-date clause: 京退役军人局发〔2023〕44号 (1152–1273).
}

TEST_CASE("golden dates: 2024-38", "[dates][golden]") {
  CHECK(DateFacts("2024-38.txt") == Sorted({
      // 146: 本通知自发布之日起实施。《…》(京人社事业发〔2023〕24 号)同时废止。 — signed 2024年9月2日 at 156.
      "京人社事业发〔2024〕10号|effective|2024-09-02||146",
      "京人社事业发〔2024〕10号|repeal-effective|2024-09-02||146",
      // 515: 本办法自印发之日起施行。 — signed 2024年9月3日 at 409.
      "京人社评发〔2024〕11号|effective|2024-09-03||515",
      // 538: 本通知自印发之日起执行。 — signed 2024 年 9 月 3 日 at 548.
      "京人社市场发〔2024〕12号|effective|2024-09-03||538",
      // 646: 本办法自 2024 年 10 月 10 日起施行。
      "京人社评发〔2024〕13号|effective|2024-10-10||646",
      // 656: …现予印发，自公布之日起施行。 768: 本办法自印发之日起施行,试行期为一年。 — signed 2024年8月27日
      // at 662; 2024-08-27 + 1 year - 1 day.
      "京知局〔2024〕118号|effective|2024-08-27||656",
      "京知局〔2024〕118号|effective|2024-08-27||768",
      "京知局〔2024〕118号|trial|2024-08-27|1 year|768",
      "京知局〔2024〕118号|expires|2025-08-26|1 year|768",
      // 881: 知识产权试点优势单位资格有效期为三年 (the status's, not the measure's)
      "京知局〔2024〕130号|validity||3 year|881",
      // 927: 本办法自发布之日起施行 …(京知局〔2020〕171 号)自本办法发布之日起废止。 — signed 2024年9月27日 at 782.
      "京知局〔2024〕130号|effective|2024-09-27||927",
      "京知局〔2024〕130号|repeal-effective|2024-09-27||927",
      // 937: …现予以印发，于2024年11月1日起执行。 1008: 本规定自 2024 年 11 月 1 日起执行。
      "京药监发〔2024〕230号|effective|2024-11-01||937",
      "京药监发〔2024〕230号|effective|2024-11-01||1008",
  }));
}

TEST_CASE("golden time limits: 2024-38 就业困难人员认定管理办法", "[dates][golden]") {
  auto issue = LoadIssue(std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/2024-38.txt");
  REQUIRE(issue.ok());
  std::vector<std::string> limits;
  for (const auto& doc : issue->documents)
    if (doc.docno == "京人社评发〔2024〕11号")
      for (const auto& d : doc.deadlines)
        if (d.kind == DateKind::kTimeLimit)
          limits.push_back(std::to_string(d.amount) + " " + ToString(d.unit) + "|" + d.trigger + "|" + std::to_string(d.line));
  CHECK(limits == std::vector<std::string>{
                      "5 workday|受理就业困难人员认定申请之日|457",  // 第九条 …自受理…申请之日起,5个工作日内完成…审核
                      "3 workday||459",                             // 第十条 …公示时间不少于3个工作日
                      "15 workday|收到认定结果之日|467",            // 第十二条 …自收到认定结(465)|果之日起 15 个工作日内…申请复核
                      "15 workday|收到通知|491",                    // 可在收到通知后15个工作日内…提出重核申请
                  });
}

TEST_CASE("every document of the sample issues carries its signing and publication dates", "[dates][golden]") {
  for (const char* name : {"2021-44.txt", "2023-42.txt", "2024-16.txt", "2024-38.txt"}) {
    auto issue = LoadIssue(std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/" + name);
    REQUIRE(issue.ok());
    for (const auto& doc : issue->documents) {
      INFO(name << " " << doc.docno);
      int signed_count = 0, published = 0;
      for (const auto& d : doc.deadlines) {
        if (d.kind == DateKind::kSigned) {
          ++signed_count;
          CHECK(d.date == doc.date);
        }
        if (d.kind == DateKind::kPublished) {
          ++published;
          CHECK(d.date == issue->header.date);
        }
      }
      CHECK(signed_count == (ToIso(doc.date).empty() ? 0 : 1));
      CHECK(published == 1);
    }
  }
}

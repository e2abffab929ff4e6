// Dates in the wordings of other provinces' and years' drafting: 元旦, limits bounded by 不超过, a
// period in the sentence after the document's own start, a deadline printed bare after the lead units.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/dates.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

// "kind date amount unit trigger own" of each record of TEXT but the signing date, in order.
std::vector<std::string> Records(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  d.date = ParseIsoDate("2020-05-20");
  std::vector<std::string> out;
  for (const auto& r : ExtractDeadlines(d, IssueHeader{})) {
    if (r.kind == DateKind::kSigned) continue;
    out.push_back(ToString(r.kind) + " " + ToIso(r.date) + " " + std::to_string(r.amount) + " " + ToString(r.unit) + " " +
                  r.trigger + (r.of_document ? " own" : ""));
  }
  return out;
}

}  // namespace

TEST_CASE("元旦 is January 1 where a start or a repeal is dated", "[dates][wordings]") {
  // The document had been undated, status unknown.
  CHECK(Records("第二条　本办法自1999年元旦起施行。\n") == std::vector<std::string>{"effective 1999-01-01 0   own"});
  CHECK(ParsePrintedDate("2019年元旦") == ParseIsoDate("2019-01-01"));
}

TEST_CASE("a limit bounded by 不超过 is a limit; 超过 alone is a condition", "[dates][wordings]") {
  // 不超过N个工作日 is how 政务服务 and 行政许可 state their limits: every one had been missed.
  CHECK(Records("第三条　行政机关应当在不超过十个工作日内办结。\n") == std::vector<std::string>{"time-limit  10 workday "});
  CHECK(Records("第四条　办理时限不超过10个工作日。\n") == std::vector<std::string>{"time-limit  10 workday "});
  CHECK(Records("第五条　承诺办结时限最长不超过20个工作日。\n") == std::vector<std::string>{"time-limit  20 workday "});
  CHECK(Records("第六条　行政机关应当自受理之日起不超过二十日作出决定。\n") ==
        std::vector<std::string>{"time-limit  20 day 受理之日"});
  CHECK(Records("第七条　逾期超过10个工作日的,不予受理。\n").empty());
  // After 期限/时限 too; a bound modifying a noun is a condition.
  CHECK(Records("第八条　办理期限最长不超过30日。\n") == std::vector<std::string>{"time-limit  30 day "});
  CHECK(Records("第九条　审查时限不得超过15日。\n") == std::vector<std::string>{"time-limit  15 day "});
  CHECK(Records("第十条　自注册登记之日起不超过3年的企业,可以申请补贴。\n").empty());
  CHECK(Records("第十一条　请假不超过3个工作日的,由部门负责人批准。\n").empty());
  CHECK(Records("第十二条　受理部门应当在不超过3个工作日的时间内办结。\n") == std::vector<std::string>{"time-limit  3 workday "});
}

TEST_CASE("a period opening the sentence after the document's own start is the document's", "[dates][wordings]") {
  // After a semicolon or a full stop the period had been another's: the rule never expired, and
  // 有效期至 became a time limit.
  const std::vector<std::string> three_years{"effective 2020-07-01 0   own", "validity 2020-07-01 3 year 施行之日 own",
                                             "expires 2023-06-30 3 year 施行之日 own"};
  CHECK(Records("第二条　本办法自2020年7月1日起施行；有效期3年。\n") == three_years);
  CHECK(Records("第二条　本办法自2020年7月1日起施行。有效期3年。\n") == three_years);
  CHECK(Records("第二条　本办法自2020年7月1日起施行；有效期至2023年6月30日。\n") ==
        std::vector<std::string>{"effective 2020-07-01 0   own", "expires 2023-06-30 0   own"});
  // A period with a subject of its own, or after a sentence that is no start, stays another's.
  CHECK(Records("第二条　本办法自2020年7月1日起施行。许可证有效期3年。\n") ==
        std::vector<std::string>{"effective 2020-07-01 0   own", "validity  3 year "});
  CHECK(Records("第二条　申请人应当提交材料。有效期3年。\n") == std::vector<std::string>{"validity  3 year "});
  CHECK(Records("第二条　本办法自2020年3月1日起施行。有效期为5年的许可证,期满前申请延续。\n") ==
        std::vector<std::string>{"effective 2020-03-01 0   own", "validity  5 year "});
}

TEST_CASE("a deadline printed bare after the lead units is a deadline; a condition is not", "[dates][wordings]") {
  CHECK(Records("（三）省自然资源厅牵头，2022年9月底前完成。\n") == std::vector<std::string>{"time-limit 2022-09-30 0  "});
  CHECK(Records("（三）各地2022年9月底前完成。\n") == std::vector<std::string>{"time-limit 2022-09-30 0  "});
  CHECK(Records("（三）各地应当于2022年9月底前完成。\n") == std::vector<std::string>{"time-limit 2022-09-30 0  "});
  CHECK(Records("2015年12月31日前签订的合同，按原合同执行。\n").empty());
  // A month's end without its year (the signing year's), a month: task lists print them so.
  CHECK(Records("（一）市发展改革委牵头，9月底前完成。\n") == std::vector<std::string>{"time-limit 2020-09-30 0  "});
  CHECK(Records("（二）市财政局牵头，2020年6月前出台配套政策。\n") == std::vector<std::string>{"time-limit 2020-06 0  "});
  // Conditions: what was done before a day (…前完成备案的企业, 前报废的货车).
  CHECK(Records("2018年12月31日前完成备案的企业，按原规定执行。\n").empty());
  CHECK(Records("对2019年12月31日前报废的货车给予补贴。\n").empty());
}

TEST_CASE("limits of 半年 and 半个月, and a 限期 bounded by 不超过, are limits", "[dates][wordings]") {
  CHECK(Records("第二条　当事人应当自收到决定书之日起半年内履行。\n") ==
        std::vector<std::string>{"time-limit  6 month 收到决定书之日"});
  CHECK(Records("第三条　应当自批准之日起半个月内缴纳第一期罚款。\n") == std::vector<std::string>{"time-limit  15 day 批准之日"});
  CHECK(Records("第四条　责令限期改正的,限期不超过三十日。\n") == std::vector<std::string>{"time-limit  30 day "});
  // The first half of a year is no duration.
  CHECK(Records("第五条　各区应当在上半年内完成摸底。\n").empty());
}

TEST_CASE("半年内 after the event it counts from (施行后半年内) is a limit", "[dates][wordings]") {
  const auto records = Records("第二条　本办法施行后半年内,各区应当完成清理。\n");
  REQUIRE(records.size() == 1);
  CHECK(records[0].rfind("time-limit  6 month", 0) == 0);
}

TEST_CASE("a measure's start is the document's only when it states no start of its own", "[dates][wordings]") {
  const std::string regulation =
      "第二条　本市自2025年1月1日起施行机动车第六阶段排放标准b阶段限值。\n"
      "第三条　新的收费标准自2025年1月1日起执行。\n"
      "第四条　前款规定自2025年1月1日起执行。\n"
      "第五条　本办法自2023年1月1日起施行。\n";
  CHECK(Records(regulation) == std::vector<std::string>{"effective 2025-01-01 0  ", "effective 2025-01-01 0  ",
                                                         "effective 2025-01-01 0  ", "effective 2023-01-01 0   own"});
  // A notice of a new standard states its start so.
  CHECK(Records("三、新标准从2023年7月1日起施行。\n") == std::vector<std::string>{"effective 2023-07-01 0   own"});
  CHECK(Records("自2024年7月1日起,本市执行新标准。\n") == std::vector<std::string>{"effective 2024-07-01 0   own"});
}

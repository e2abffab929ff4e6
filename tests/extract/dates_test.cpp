// The dates extractor on synthetic clauses (every form) and on the sample issues (golden).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/dates.hpp"
#include "extract/dates_internal.hpp"
#include "gates.hpp"
#include "../support.hpp"
#include "xref/status.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Document MakeDocument(const std::string& text, const std::string& signed_date = "2024-09-03") {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  d.date = ParseIsoDate(signed_date);
  return d;
}

std::vector<Deadline> Extract(const std::string& text, const std::string& signed_date = "2024-09-03") {
  IssueHeader header;
  header.date = ParseIsoDate("2024-11-15");
  return ExtractDeadlines(MakeDocument(text, signed_date), header);
}

std::vector<Deadline> OfKind(const std::vector<Deadline>& all, const std::string& kind) {
  std::vector<Deadline> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Deadline& d) { return ToString(d.kind) == kind; });
  return out;
}

}  // namespace

TEST_CASE("signing and publication dates", "[dates]") {
  auto all = Extract("本办法自2024年10月10日起施行。\n");
  REQUIRE(OfKind(all, "signed").size() == 1);
  CHECK(ToIso(OfKind(all, "signed")[0].date) == "2024-09-03");
  REQUIRE(OfKind(all, "published").size() == 1);
  CHECK(ToIso(OfKind(all, "published")[0].date) == "2024-11-15");
}

TEST_CASE("absolute effective dates, every printed form", "[dates]") {
  struct Case {
    const char* text;
    const char* date;
    const char* precision;
  };
  for (Case c : {Case{"本办法自2024年10月10日起施行。", "2024-10-10", "day"},
                 Case{"现予以印发,于2024年11月1日起执行。", "2024-11-01", "day"},
                 Case{"六、本通知于 2023 年 10 月 28 日执行。", "2023-10-28", "day"},
                 Case{"三、新标准从2023年7月施行。", "2023-07", "month"},
                 Case{"本规定自二〇二四年十一月一日起施行。", "2024-11-01", "day"},
                 Case{"本办法自二○○八年五月一日起施行。", "2008-05-01", "day"},  // ○ (U+25CB) for 〇
                 Case{"本办法自二OO八年五月一日起施行。", "2008-05-01", "day"},    // the letter O
                 Case{"本办法自二00八年五月一日起施行。", "2008-05-01", "day"},    // the digit 0
                 Case{"自 2024 年 7 月 1 日起,本市执行《汽油车排放标准》限值 b。", "2024-07-01", "day"},
                 Case{"二、此次标准调整起始时间为2023年7月1日,所需资金按照原有渠道给予保障。", "2023-07-01", "day"}}) {
    INFO(c.text);
    auto eff = OfKind(Extract(std::string(c.text) + "\n"), "effective");
    REQUIRE(eff.size() == 1);
    CHECK(ToIso(eff[0].date) == c.date);
    CHECK(PrecisionOf(eff[0].date) == c.precision);
    CHECK(eff[0].trigger.empty());
  }
}

TEST_CASE("an effective clause of another document, of a part or looked back on is not the document's start", "[dates]") {
  // The own start of each text: the dates of its effective records that are of_document.
  auto own = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& d : OfKind(Extract(text + "\n"), "effective"))
      if (d.of_document) out.push_back(ToIso(d.date));
    return out;
  };
  using Dates = std::vector<std::string>;
  CHECK(own("《中华人民共和国大气污染防治法》自2016年1月1日起施行以来,本市认真贯彻落实。").empty());
  CHECK(own("国家《停车场建设标准》已于2014年10月1日起实施,各区要遵照执行。").empty());
  CHECK(own("本办法自2015年3月1日起施行,其中第十条自2016年1月1日起施行。") == Dates{"2015-03-01"});
  CHECK(own("本办法第五条自2016年1月1日起施行,其他条款自2015年3月1日起施行。") == Dates{"2015-03-01"});
  CHECK(own("第三十条 本办法自2015年3月1日起施行。") == Dates{"2015-03-01"});
  CHECK(own("第三条 本实施办法自2015年3月1日起施行。") == Dates{"2015-03-01"});  // a kind with its qualifier
  CHECK(own("第三条 自2015年3月1日起施行。") == Dates{"2015-03-01"});  // the label is no part named
  CHECK(own("现将《北京市测试办法》印发给你们,自2015年3月1日起施行。") == Dates{"2015-03-01"});
  // The hour a start is printed with: 零时.
  CHECK(own("本办法自2015年3月1日零时起施行,《北京市旧办法》同时废止。") == Dates{"2015-03-01"});
}

TEST_CASE("the end of force after the verb, and a span of force", "[dates]") {
  auto all = Extract("本办法自2015年3月1日起施行,至2017年12月31日止。\n", "2015-02-10");
  REQUIRE(OfKind(all, "expires").size() == 1);
  CHECK(ToIso(OfKind(all, "expires")[0].date) == "2017-12-31");
  CHECK(OfKind(all, "expires")[0].of_document);
  CHECK(ToIso(OfKind(all, "effective").at(0).date) == "2015-03-01");
  all = Extract("本办法自2015年3月1日至2017年12月31日试行。\n", "2015-02-10");
  REQUIRE(OfKind(all, "effective").size() == 1);
  CHECK(ToIso(OfKind(all, "effective")[0].date) == "2015-03-01");
  REQUIRE(OfKind(all, "expires").size() == 1);
  CHECK(ToIso(OfKind(all, "expires")[0].date) == "2017-12-31");
  all = Extract("本通知自印发之日起施行,执行至2017年12月31日。\n", "2015-02-10");
  REQUIRE(OfKind(all, "expires").size() == 1);
  CHECK(ToIso(OfKind(all, "expires")[0].date) == "2017-12-31");
  // Not an end: a span that qualifies a noun (…实施的项目), a date before 前 (a transition, a task).
  CHECK(OfKind(Extract("对自2015年1月1日至2015年12月31日实施的节能改造项目给予补贴。\n"), "expires").empty());
  CHECK(OfKind(Extract("本通知自2015年3月1日起施行,至2015年6月30日前已经取得许可证的单位,按原规定执行。\n"), "expires").empty());
  CHECK(OfKind(Extract("认真组织实施,到2016年12月31日前全部完成。\n"), "expires").empty());
}

TEST_CASE("relative effective dates resolve to the signing date", "[dates]") {
  for (const char* text : {"本办法自印发之日起施行。", "本通知自发布之日起实施。", "本意见自公布之日起实施。"}) {
    INFO(text);
    auto eff = OfKind(Extract(std::string(text) + "\n", "2024-08-27"), "effective");
    REQUIRE(eff.size() == 1);
    CHECK(ToIso(eff[0].date) == "2024-08-27");
    CHECK_FALSE(eff[0].trigger.empty());
  }
}

TEST_CASE("effective some days after the issue, and without a printed year", "[dates]") {
  auto eff = OfKind(Extract("本规定自公布之日起30日后施行。\n", "2024-09-03"), "effective");
  REQUIRE(eff.size() == 1);
  CHECK(ToIso(eff[0].date) == "2024-10-03");
  CHECK(eff[0].trigger == "公布之日起30日后");
  eff = OfKind(Extract("本规定自发布之日起满30日施行。\n", "2024-09-03"), "effective");  // 满N日: the same
  REQUIRE(eff.size() == 1);
  CHECK(ToIso(eff[0].date) == "2024-10-03");
  // N months: the same day N months on (or the month's last, 1月31日 + 一个月 → 2月29日 in 2024).
  for (const auto& [signed_on, starts] : {std::pair{"2024-01-10", "2024-02-10"}, std::pair{"2024-01-31", "2024-02-29"}}) {
    eff = OfKind(Extract("本通知自印发之日起一个月后施行。\n", signed_on), "effective");
    REQUIRE(eff.size() == 1);
    CHECK(ToIso(eff[0].date) == starts);
    CHECK(eff[0].trigger == "印发之日起一个月后");
  }
  eff = OfKind(Extract("本通知自10月1日起施行。\n", "2024-09-03"), "effective");
  REQUIRE(eff.size() == 1);
  CHECK(ToIso(eff[0].date) == "2024-10-01");
}

TEST_CASE("without a signing date a relative effective date stays empty", "[dates]") {
  auto eff = OfKind(Extract("本办法自印发之日起施行。\n", ""), "effective");
  REQUIRE(eff.size() == 1);
  CHECK(ToIso(eff[0].date).empty());
  CHECK(eff[0].trigger == "印发之日");
}

TEST_CASE("repeals: relative, with the document, from its coming into force", "[dates]") {
  auto all = Extract("本办法自发布之日起施行。原《某办法》(京知局〔2020〕171号)自本办法发布之日起废止。\n",
                     "2024-09-27");
  auto rep = OfKind(all, "repeal-effective");
  REQUIRE(rep.size() == 1);
  CHECK(ToIso(rep[0].date) == "2024-09-27");
  CHECK(rep[0].trigger == "本办法发布之日");

  rep = OfKind(Extract("自2024年7月1日起,本市执行新标准。\n自本通告实施之日起,《某通知》(京环发〔2019〕11号)同时废止。\n"),
               "repeal-effective");
  REQUIRE(rep.size() == 1);
  CHECK(ToIso(rep[0].date) == "2024-07-01");

  rep = OfKind(Extract("本办法自2023年12月22日起实施。《某通知》(京文旅发〔2022〕108号)同时废止。\n"), "repeal-effective");
  REQUIRE(rep.size() == 1);
  CHECK(ToIso(rep[0].date) == "2023-12-22");
}

TEST_CASE("validity period of the document and its end date", "[dates]") {
  auto all = Extract("第十六条 本办法自发布之日起施行,有效期5年,由市人力资源社会保障局负责解释。\n", "2021-08-23");
  auto v = OfKind(all, "validity");
  REQUIRE(v.size() == 1);
  CHECK(v[0].amount == 5);
  CHECK(ToString(v[0].unit) == "year");
  CHECK(ToIso(v[0].date) == "2021-08-23");
  CHECK(v[0].of_document);
  auto e = OfKind(all, "expires");
  REQUIRE(e.size() == 1);
  CHECK(ToIso(e[0].date) == "2026-08-22");
}

TEST_CASE("trial period in Chinese numerals", "[dates]") {
  auto all = Extract("本办法自印发之日起施行,试行期为一年。\n", "2024-08-27");
  auto t = OfKind(all, "trial");
  REQUIRE(t.size() == 1);
  CHECK(t[0].amount == 1);
  CHECK(ToString(t[0].unit) == "year");
  auto e = OfKind(all, "expires");
  REQUIRE(e.size() == 1);
  CHECK(ToIso(e[0].date) == "2025-08-26");
}

TEST_CASE("with no effective date stated a period counts from the signing date", "[dates]") {
  auto all = Extract("本办法有效期3年。\n", "2024-09-03");
  auto v = OfKind(all, "validity");
  REQUIRE(v.size() == 1);
  CHECK(ToIso(v[0].date) == "2024-09-03");
  CHECK(v[0].trigger == "印发之日");
  auto e = OfKind(all, "expires");
  REQUIRE(e.size() == 1);
  CHECK(ToIso(e[0].date) == "2027-09-02");
}

TEST_CASE("a month-precision start gives a month-precision end", "[dates]") {
  auto e = OfKind(Extract("本办法从2023年7月施行,有效期两年。\n"), "expires");
  REQUIRE(e.size() == 1);
  CHECK(ToIso(e[0].date) == "2025-06");
  CHECK(PrecisionOf(e[0].date) == "month");
}

TEST_CASE("a validity period of something else has no end date and is not the document's", "[dates]") {
  auto all = Extract("知识产权试点优势单位资格有效期为三年。\n");
  auto v = OfKind(all, "validity");
  REQUIRE(v.size() == 1);
  CHECK(v[0].amount == 3);
  CHECK_FALSE(v[0].of_document);
  CHECK(OfKind(all, "expires").empty());
  CHECK(OfKind(Extract("外籍人员可办理有效期 5 年以内的多次签证或居留许可。\n"), "validity").empty());
  CHECK(OfKind(Extract("可办理有效期1至5年不等的多次赴港澳人才签注。\n"), "validity").empty());
}

TEST_CASE("stated end of force and 长期有效", "[dates]") {
  auto e = OfKind(Extract("(一)本通知自印发之日起执行,执行期限至 2025 年 12 月 31 日。\n"), "expires");
  REQUIRE(e.size() == 1);
  CHECK(ToIso(e[0].date) == "2025-12-31");
  CHECK(e[0].of_document);
  auto v = OfKind(Extract("依法取得的《人力资源服务许可证》长期有效。\n"), "validity");
  REQUIRE(v.size() == 1);
  CHECK(v[0].trigger == "长期有效");
  CHECK(v[0].amount == 0);
}

TEST_CASE("time limits with their triggers", "[dates]") {
  struct Case {
    const char* text;
    int amount;
    const char* unit;
    const char* trigger;
  };
  for (Case c : {Case{"应当自受理申请之日起,5个工作日内完成审核。", 5, "workday", "受理申请之日"},
                 Case{"公示时间不少于3个工作日。", 3, "workday", ""},
                 Case{"可在收到通知后15个工作日内申请复核。", 15, "workday", "收到通知"},
                 Case{"应自变化发生之日起30日内书面报告。", 30, "day", "变化发生之日"},
                 Case{"有关部门应自收到来函之日起 30 个工作日向投诉受理机构反馈处理意见。", 30, "workday", "收到来函之日"},
                 Case{"商业银行在申请通过之日起 6 个月内完成技术对接。", 6, "month", "申请通过之日"},
                 Case{"应于本通知发布后两周内报市人力资源社会保障局。", 14, "day", "本通知发布"},
                 Case{"公示期为7天。", 7, "day", ""},
                 Case{"投诉事项自受理之日起一年未能处理终结的,应当报告。", 1, "year", "受理之日"}}) {
    INFO(c.text);
    auto lim = OfKind(Extract(std::string(c.text) + "\n"), "time-limit");
    REQUIRE(lim.size() == 1);
    CHECK(lim[0].amount == c.amount);
    CHECK(ToString(lim[0].unit) == c.unit);
    CHECK(lim[0].trigger == c.trigger);
    CHECK(ToIso(lim[0].date).empty());
  }
}

TEST_CASE("durations that are conditions, counts or dates are not time limits", "[dates]") {
  for (const char* text : {"离校2年内未就业的高校毕业生可以申请。", "在本市注册 12 个月内的新创小微企业。",
                           "6个月内连续三次无正当理由不参加。", "1年内,申请人累计发生轻微违诺失信行为3次以上的。",
                           "从事 2 年以上信息技术工作。", "工作满5年。", "近三年专利实施率平均不低于40%。",
                           "年龄可放宽至65周岁。", "已经提供公共就业服务至少1个月。", "2023年度及以前已认定的单位。"}) {
    INFO(text);
    CHECK(OfKind(Extract(std::string(text) + "\n"), "time-limit").empty());
  }
}

TEST_CASE("deadlines on a date, with the year from the signing date", "[dates]") {
  auto lim = OfKind(Extract("请于9月24日前反馈本部门投诉工作联系人信息。\n", "2021-09-11"), "time-limit");
  REQUIRE(lim.size() == 1);
  CHECK(ToIso(lim[0].date) == "2021-09-24");
  lim = OfKind(Extract("本政策实施期限截至2023年12月31日,企业提交申请期限延长至2024年2月29日。\n"), "time-limit");
  REQUIRE(lim.size() == 1);
  CHECK(ToIso(lim[0].date) == "2024-02-29");
  CHECK(OfKind(Extract("在2020年12月31日之前发生的项目适用原方案。\n"), "time-limit").empty());
}

TEST_CASE("status by date", "[dates]") {
  Document d = MakeDocument("本办法自2021年9月1日起施行,有效期5年。\n", "2021-08-20");
  d.deadlines = ExtractDeadlines(d, IssueHeader{});
  CHECK(ToString(StatusByDate(d, ParseIsoDay("2021-08-31")).status) == "not-yet-in-force");
  CHECK(ToString(StatusByDate(d, ParseIsoDay("2021-09-01")).status) == "in-force");
  CHECK(ToString(StatusByDate(d, ParseIsoDay("2026-08-31")).status) == "in-force");
  auto s = StatusByDate(d, ParseIsoDay("2026-09-01"));
  CHECK(ToString(s.status) == "expired");
  CHECK(ToIso(s.effective) == "2021-09-01");
  CHECK(ToIso(s.expires) == "2026-08-31");
  CHECK(ToString(StatusByDate(d, ParseIsoDay("2026-13-01")).status) == "unknown");
  CHECK(ExpiresWithin(d, *ParseIsoDay("2026-08-01"), 30));
  CHECK_FALSE(ExpiresWithin(d, *ParseIsoDay("2026-08-01"), 29));
  CHECK(ExpiresWithin(d, *ParseIsoDay("2026-08-31"), 0));
  CHECK_FALSE(ExpiresWithin(d, *ParseIsoDay("2026-09-01"), 365));
}

TEST_CASE("status by date: month precision and no effective clause", "[dates]") {
  Document d = MakeDocument("三、新标准从2023年7月施行。\n", "2023-10-19");
  d.deadlines = ExtractDeadlines(d, IssueHeader{});
  CHECK(ToString(StatusByDate(d, ParseIsoDay("2023-06-30")).status) == "not-yet-in-force");
  CHECK(ToString(StatusByDate(d, ParseIsoDay("2023-07-01")).status) == "in-force");
  Document plain = MakeDocument("现印发给你们,请认真贯彻执行。\n", "2023-09-05");
  plain.deadlines = ExtractDeadlines(plain, IssueHeader{});
  CHECK(ToString(StatusByDate(plain, ParseIsoDay("2023-09-04")).status) == "not-yet-in-force");
  CHECK(ToString(StatusByDate(plain, ParseIsoDay("2023-09-05")).status) == "in-force");
  Document none = MakeDocument("现印发给你们。\n", "");
  none.deadlines = ExtractDeadlines(none, IssueHeader{});
  CHECK(ToString(StatusByDate(none, ParseIsoDay("2023-09-05")).status) == "unknown");
}

TEST_CASE("a dated 停止执行 of another text is a repeal date, not this document's start", "[dates]") {
  // 自DATE起,原《…》停止执行: the sentence opens with a date, but its verb stops another text.
  auto all = Extract("本办法自2021年3月1日起施行。\n自2021年7月1日起,原《北京市节能监察暂行办法》停止执行。\n");
  auto effective = OfKind(all, "effective");
  REQUIRE(effective.size() == 1);
  CHECK(ToIso(effective[0].date) == "2021-03-01");
  auto repeal = OfKind(all, "repeal-effective");
  REQUIRE(repeal.size() == 1);
  CHECK(ToIso(repeal[0].date) == "2021-07-01");
}

TEST_CASE("停止施行, 不再执行 and 不再施行 date a repeal as 停止执行 does", "[dates]") {
  for (const char* verb : {"停止施行", "不再执行", "不再施行", "停止实施"}) {
    INFO(verb);
    auto repeal = OfKind(Extract("二、《北京市甲补助办法》(京财行〔2008〕51号)自2014年3月1日起" + std::string(verb) + "。\n"),
                         "repeal-effective");
    REQUIRE(repeal.size() == 1);
    CHECK(ToIso(repeal[0].date) == "2014-03-01");
  }
}

TEST_CASE("an amount of five digits or more, or a decimal, is no amount cut to its last digits", "[dates]") {
  for (const char* text : {"应当在12345个工作日内申请。\n", "应当在1.5个月内申请。\n"}) {
    INFO(text);
    CHECK(OfKind(Extract(text), "time-limit").empty());
  }
  auto limit = OfKind(Extract("应当在15个工作日内申请。\n"), "time-limit");
  REQUIRE(limit.size() == 1);
  CHECK(limit[0].amount == 15);
}

// The gates of grammars/dates.grammar turn a sentence away from a group of patterns without
// running them: sound only while every gated pattern requires a word of its gate.
TEST_CASE("each dates gate guards only patterns that need its words", "[dates]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> gated = {
      {"dates_gate_force",
       {"dates_effective_abs", "dates_effective_lead", "dates_effective_rel", "dates_effective_after",
        "dates_effective_month_day"}},
      {"dates_gate_repeal", {"dates_repeal_rel", "dates_repeal_abs", "dates_repeal_on", "dates_repeal_same", "dates_repeal_now"}},
      {"dates_gate_period", {"dates_period", "dates_valid_span", "dates_valid_until", "dates_valid_before", "dates_valid_years", "dates_indefinite"}},
      {"dates_gate_month", {"dates_effective_stated", "dates_deadline_before", "dates_deadline_until"}}};
  for (const auto& [gate, patterns] : gated) {
    for (const auto& name : patterns) {
      INFO(gate << " / " << name);
      CHECK(testing::GateCovers(gate, name));
    }
  }
  for (const char* gate : {"dates_gate_force", "dates_gate_repeal", "dates_gate_period"}) {
    INFO(gate);
    CHECK(testing::GateCovers("dates_gate_clause", gate));
  }
  CHECK_FALSE(testing::GateCovers("dates_gate_force", "dates_effective_stated"));  // 起始时间为…: not gated
  // dates_gate_any stands before all three tests FindInSentence asks of every sentence.
  for (const char* gate : {"dates_gate_clause", "dates_gate_month", "dates_duration"}) {
    INFO(gate);
    CHECK(testing::GateCovers("dates_gate_any", gate));
  }
}

// dates_gate_limit turns a sentence away from the durations' search (FindLimits): sound only while
// every time limit needs one of its words, by its unit (工作日, in code: UnitOf) or by the
// patterns of its context (dates_limit_within after it, dates_limit_lead before it).
TEST_CASE("the time-limit gate holds every word a time limit needs", "[dates]") {
  CHECK(testing::GateCovers("dates_gate_limit", "dates_limit_within"));
  CHECK(testing::GateCovers("dates_gate_limit", "dates_limit_lead"));
  CHECK(RxMayMatch("个工作日", "dates_gate_limit"));
  CHECK(RxMayMatch("工作日", "dates_gate_limit"));
  CHECK_FALSE(testing::GateCovers("dates_gate_limit", "dates_duration"));  // the durations themselves need none
  // Every example and sample line a limit's context pattern matches, or naming 工作日, passes it.
  for (const std::string& text : testing::ExamplesAndSampleLines()) {
    const bool needs = RxFind(text, "dates_limit_within") || RxFind(text, "dates_limit_lead") ||
                       text.find("工作日") != std::string::npos;
    if (!needs) continue;
    INFO(text);
    CHECK(RxMayMatch(text, "dates_gate_limit"));
  }
}

TEST_CASE("sentences without a limit's words state none; with them, as before", "[dates]") {
  CHECK(OfKind(Extract("本办法自2024年10月10日起施行,有效期5年。\n"), "time-limit").empty());
  CHECK(OfKind(Extract("经2024年第11次局长办公会议通过,现予印发。\n"), "time-limit").empty());
  auto lim = OfKind(Extract("应当自受理申请之日起5个工作日内作出决定;公示期为7天。\n"), "time-limit");
  REQUIRE(lim.size() == 2);
  CHECK(lim[0].amount == 5);
  CHECK(ToString(lim[0].unit) == "workday");
  CHECK(lim[1].amount == 7);
  CHECK(ToString(lim[1].unit) == "day");
}

// LineGates answers for a sentence what RxMayMatch answers, from the summary of its line: every
// gate, asked of every sentence of every example and sample line (and of the line itself, which
// ExtractDeadlines asks dates_gate_any before cutting it), and of texts with broken UTF-8 and
// line separators.
TEST_CASE("the dates gates asked against a line's summary answer as RxMayMatch", "[dates]") {
  using dates_internal::Gate;
  const std::pair<Gate, const char*> kGates[] = {
      {Gate::kAny, "dates_gate_any"},       {Gate::kClause, "dates_gate_clause"}, {Gate::kMonth, "dates_gate_month"},
      {Gate::kForce, "dates_gate_force"},   {Gate::kRepeal, "dates_gate_repeal"}, {Gate::kPeriod, "dates_gate_period"},
      {Gate::kLimit, "dates_gate_limit"}};
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  texts.push_back("本办法自2024年10月10日起施行。有效期\xE5\xB9年;\n长期有效!试行期为一年");
  texts.push_back("\xE6\x9C施行;星期\r周");
  dates_internal::LineGates gates;
  std::vector<dates_internal::SentenceSpan> spans;
  size_t sentences = 0, held = 0;
  for (const std::string& text : texts) {
    TextLine line;
    line.text = text;
    gates.Summarize(line.text);
    spans.clear();
    dates_internal::SplitSentences(line, spans);
    spans.push_back({&line, 0, line.text.size()});
    for (const auto& span : spans) {
      const std::string sentence = line.text.substr(span.offset, span.length);
      for (const auto& [gate, name] : kGates) {
        INFO(name << ": " << sentence);
        REQUIRE(gates.MayHold(sentence, gate) == RxMayMatch(sentence, name));
        held += gates.MayHold(sentence, gate);
      }
      ++sentences;
    }
  }
  CHECK(sentences > texts.size());
  CHECK(held > 100);
}

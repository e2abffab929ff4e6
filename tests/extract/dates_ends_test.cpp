// The ends of force that drafting prints other than as a full date after 至: a year's end (年底,
// 年末), half a year (一年半, 半年), a trial of N years (试行2年), and a repeal on a date after
// the start (…起施行,2017年12月31日废止), 有效期暂定3年, 截止到 a day, 2020年8月31日前有效.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/dates.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

std::vector<Deadline> EndsOf(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  d.date = ParseIsoDate("2015-12-01");
  return ExtractDeadlines(d, IssueHeader{});
}

// "kind date amount unit own" of each record but the signing date, in order.
std::vector<std::string> Records(const std::vector<Deadline>& all) {
  std::vector<std::string> out;
  for (const auto& d : all) {
    if (d.kind == DateKind::kSigned) continue;
    out.push_back(ToString(d.kind) + " " + ToIso(d.date) + " " + std::to_string(d.amount) + " " + ToString(d.unit) +
                  (d.of_document ? " own" : ""));
  }
  return out;
}

}  // namespace

TEST_CASE("a year's end is its last day", "[dates][ends]") {
  CHECK(Records(EndsOf("本办法自2016年1月1日起施行，有效期至2020年底。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "expires 2020-12-31 0  own"});
  CHECK(Records(EndsOf("本通知自2016年1月1日起施行，执行至二〇一八年末。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "expires 2018-12-31 0  own"});
  CHECK(Records(EndsOf("各区应于2016年底前完成整改。\n")) == std::vector<std::string>{"time-limit 2016-12-31 0 "});
  // A year alone is no date: 2016年前 states no deadline.
  CHECK(Records(EndsOf("各区应于2016年前完成整改。\n")).empty());
}

TEST_CASE("half a year more, and half a year", "[dates][ends]") {
  CHECK(Records(EndsOf("本办法自2016年1月1日起施行，有效期一年半。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "validity 2016-01-01 18 month own",
                                 "expires 2017-06-30 18 month own"});
  CHECK(Records(EndsOf("本办法自2016年1月1日起施行，有效期半年。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "validity 2016-01-01 6 month own",
                                 "expires 2016-06-30 6 month own"});
}

TEST_CASE("a trial of N years printed after its verb", "[dates][ends]") {
  CHECK(Records(EndsOf("本办法自2016年1月1日起试行2年。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "trial 2016-01-01 2 year own",
                                 "expires 2017-12-31 2 year own"});
  // A bound is no trial: 试行2年以内 states none.
  CHECK(Records(EndsOf("试行2年以内的项目可以申请。\n")).empty());
}

TEST_CASE("a repeal on a date after the start is the document's own end", "[dates][ends]") {
  CHECK(Records(EndsOf("本办法自2016年1月1日起施行，2017年12月31日废止。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "expires 2017-12-31 0  own"});
  // Another document's repeal from a date keeps its date.
  CHECK(Records(EndsOf("《北京市甲办法》自2016年1月1日起废止。\n")) ==
        std::vector<std::string>{"repeal-effective 2016-01-01 0 "});
  // A date inside a clause is no repeal of the document.
  CHECK(Records(EndsOf("对2017年12月31日废止的项目不再补贴。\n")).empty());
}

TEST_CASE("a date in text quoted for another document is not the document's own", "[dates][ends]") {
  // An amendment decision quotes the new text of the article it amends.
  auto all = EndsOf("一、将第五条修改为：“第五条　本办法自2005年5月1日起施行，有效期5年。”\n本决定自2021年3月10日起施行。\n");
  std::vector<std::string> own;
  for (const auto& d : all)
    if (d.of_document && d.kind != DateKind::kSigned) own.push_back(ToString(d.kind) + " " + ToIso(d.date));
  CHECK(own == std::vector<std::string>{"effective 2021-03-10"});
  CHECK(Records(all).size() == 3);  // the quoted start and period are listed, not as the document's
  // The quotation's second sentence is quoted too: its opening quote is in the sentence before.
  auto two = EndsOf("一、将第十三条修改为：“第十三条　本条例自1994年10月1日起施行。本条例修订后的规定自2021年1月1日起施行。”\n"
                    "本决定自2019年4月1日起施行。\n");
  own.clear();
  for (const auto& d : two)
    if (d.of_document && d.kind != DateKind::kSigned) own.push_back(ToString(d.kind) + " " + ToIso(d.date));
  CHECK(own == std::vector<std::string>{"effective 2019-04-01"});
}

TEST_CASE("the own end on a date keeps the repeal the sentence states; a trial looked back on is none", "[dates][ends]") {
  CHECK(Records(EndsOf("本办法自2016年1月1日起施行，2020年12月31日废止，《北京市测试暂行办法》（京测发〔2010〕1号）同时废止。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "expires 2020-12-31 0  own", "repeal-effective 2016-01-01 0 "});
  CHECK(Records(EndsOf("本办法试行1年后，市测试局将根据实施情况进行评估修订。\n")).empty());
  CHECK(Records(EndsOf("《北京市测试办法（试行）》试行五年来，总体运行良好。\n")).empty());
}

TEST_CASE("a span of validity gives its start and its end; its year is no period", "[dates][ends]") {
  CHECK(Records(EndsOf("本通知有效期为2016年3月1日至2020年2月29日。\n")) ==
        std::vector<std::string>{"effective 2016-03-01 0  own", "expires 2020-02-29 0  own"});
  CHECK(Records(EndsOf("本通知执行期限为2016年3月1日至2018年12月31日止。\n")) ==
        std::vector<std::string>{"effective 2016-03-01 0  own", "expires 2018-12-31 0  own"});
  CHECK(Records(EndsOf("本措施实施期限为2016年1月1日—2018年12月31日。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "expires 2018-12-31 0  own"});
  // Its length first, the span after a comma; a span stated as valid (自…起至…止有效).
  CHECK(Records(EndsOf("本通知有效期为2年,自2016年4月1日起至2018年3月31日止。\n")) ==
        std::vector<std::string>{"effective 2016-04-01 0  own", "expires 2018-03-31 0  own"});
  CHECK(Records(EndsOf("本通知自2016年4月1日起至2018年3月31日止有效。\n")) ==
        std::vector<std::string>{"effective 2016-04-01 0  own", "expires 2018-03-31 0  own"});
  CHECK(Records(EndsOf("本通知自2016年4月1日至2018年3月31日有效。\n")) ==
        std::vector<std::string>{"effective 2016-04-01 0  own", "expires 2018-03-31 0  own"});
  CHECK(Records(EndsOf("本通知自2016年4月1日起至2018年3月31日期间有效。\n")) ==
        std::vector<std::string>{"effective 2016-04-01 0  own", "expires 2018-03-31 0  own"});
  CHECK(Records(EndsOf("本通知有效期为2年,即2016年4月1日至2018年3月31日。\n")) ==
        std::vector<std::string>{"effective 2016-04-01 0  own", "expires 2018-03-31 0  own"});
  CHECK(Records(EndsOf("本通知自2016年4月1日起施行,有效期为2年,即2016年4月1日至2018年3月31日。\n")) ==
        std::vector<std::string>{"effective 2016-04-01 0  own", "expires 2018-03-31 0  own"});  // its start once
  CHECK(Records(EndsOf("自2016年4月1日起至2018年3月31日止开展专项整治。\n")).empty());
}

TEST_CASE("an end of validity printed as a year alone is that year's last day", "[dates][ends]") {
  CHECK(Records(EndsOf("本办法自2016年1月1日起施行，有效期至2020年。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "expires 2020-12-31 0  own"});
}

TEST_CASE("执行期 and 实施期限 of the document itself are its validity", "[dates][ends]") {
  CHECK(Records(EndsOf("本通知自2016年3月1日起施行，执行期为2年。\n")) ==
        std::vector<std::string>{"effective 2016-03-01 0  own", "validity 2016-03-01 2 year own",
                                 "expires 2018-02-28 2 year own"});
  CHECK(Records(EndsOf("本措施自2016年3月1日起施行，实施期限为3年。\n")) ==
        std::vector<std::string>{"effective 2016-03-01 0  own", "validity 2016-03-01 3 year own",
                                 "expires 2019-02-28 3 year own"});
}

TEST_CASE("a project's or a contract's period is no validity of the document", "[dates][ends]") {
  CHECK(Records(EndsOf("本通知自2016年3月1日起施行,项目实施期为2年。\n")) ==
        std::vector<std::string>{"effective 2016-03-01 0  own"});
  CHECK(Records(EndsOf("本通知自2016年3月1日起施行,项目执行期限为2016年7月1日至2018年6月30日。\n")) ==
        std::vector<std::string>{"effective 2016-03-01 0  own"});
  CHECK(Records(EndsOf("合同执行期为3年。\n")).empty());
}

TEST_CASE("同时废止 after the sentence stating a start takes that start, not a later one of the document", "[dates][ends]") {
  // An order in force from 2021 promulgating a rule whose last article says it took effect in 2019.
  auto all = EndsOf("现予公布,自2021年7月15日起施行。\n第六条 本规定自2019年4月1日起施行。《工商行政管理机关行政处罚程序规定》同时废止。\n");
  std::vector<std::string> repeal;
  for (const auto& d : all)
    if (d.kind == DateKind::kRepealEffective) repeal.push_back(ToIso(d.date));
  CHECK(repeal == std::vector<std::string>{"2019-04-01"});
}

TEST_CASE("a provisional period, an end 截止到 a day, and a day before which it holds", "[dates][ends]") {
  CHECK(Records(EndsOf("二、本通知自2016年1月1日起施行，有效期暂定3年。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "validity 2016-01-01 3 year own",
                                 "expires 2018-12-31 3 year own"});
  CHECK(Records(EndsOf("本通知自2016年1月1日起施行，有效期截止到2022年12月31日。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "expires 2022-12-31 0  own"});
  CHECK(Records(EndsOf("二、本通知自2018年9月1日起施行，2020年8月31日前有效。\n")) ==
        std::vector<std::string>{"effective 2018-09-01 0  own", "expires 2020-08-31 0  own"});
  // A certificate valid before a day, or one whose 有效期 ends before it, is no end of the document.
  CHECK(Records(EndsOf("2020年8月31日前有效的许可证继续使用。\n")).empty());
  CHECK(Records(EndsOf("本通知自2021年3月1日起施行，有效期5年。本通知印发前已取得的纸质证书，在2025年12月31日前有效。\n")) ==
        std::vector<std::string>{"effective 2021-03-01 0  own", "validity 2021-03-01 5 year own",
                                 "expires 2026-02-28 5 year own", "time-limit 2025-12-31 0 "});
  // A certificate issued before the rule, valid to a day: the rule has no end of its own.
  CHECK(Records(EndsOf("本办法自2023年8月1日起施行。本办法施行前已经核发的《道路运输经营许可证》，有效期至2025年12月31日。\n")) ==
        std::vector<std::string>{"effective 2023-08-01 0  own", "time-limit 2025-12-31 0 "});
}

TEST_CASE("a certificate named in the document's own title or before its start is no certificate's end", "[dates][ends]") {
  CHECK(Records(EndsOf("第二条　《北京市道路运输经营许可证管理办法》自2023年7月1日起施行，有效期至2028年6月30日。\n")) ==
        std::vector<std::string>{"effective 2023-07-01 0  own", "expires 2028-06-30 0  own"});
  CHECK(Records(EndsOf("第四条　本办法适用于持有资格证书的人员，自2021年4月1日起施行，有效期至2026年3月31日。\n")) ==
        std::vector<std::string>{"effective 2021-04-01 0  own", "expires 2026-03-31 0  own"});
  // Its measures' end right after its start is its own.
  auto measures = Records(EndsOf("本措施自2020年3月12日起施行，相关政策措施在2020年12月31日前有效。\n"));
  CHECK(std::find(measures.begin(), measures.end(), "expires 2020-12-31 0  own") != measures.end());
}

TEST_CASE("a span of whole years ends on the last year's December 31", "[dates][ends]") {
  CHECK(Records(EndsOf("本通知执行期限为2013年至2017年。\n")) == std::vector<std::string>{"expires 2017-12-31 0  own"});
  CHECK(Records(EndsOf("项目执行期限为2013年至2017年。\n")).empty());  // a project's
}

TEST_CASE("a month's end is its last day: a deadline 于2024年6月底前, an end 有效期至2025年2月底", "[dates][ends]") {
  CHECK(Records(EndsOf("一、各单位应当于2024年6月底前完成自查。\n")) == std::vector<std::string>{"time-limit 2024-06-30 0 "});
  CHECK(Records(EndsOf("本通知自2024年1月1日起施行，有效期至2025年2月底。\n")) ==
        std::vector<std::string>{"effective 2024-01-01 0  own", "expires 2025-02-28 0  own"});
}

TEST_CASE("a document's own lapse (到期自动失效, …起自动失效) dates no repeal by its start", "[dates][ends]") {
  for (const auto& r : Records(EndsOf("本通知自2016年1月1日起施行，有效期两年，到期自动失效。\n"))) CHECK(r.find("repeal") == std::string::npos);
  const auto ends = Records(EndsOf("本通知自2016年1月1日起施行，有效期至2020年12月31日，2021年1月1日起自动失效。\n"));
  for (const auto& r : ends) CHECK(r.find("repeal") == std::string::npos);
  CHECK(std::find(ends.begin(), ends.end(), "expires 2020-12-31 0  own") != ends.end());
}

TEST_CASE("a lapse from a day (…起失效) ends the day before it", "[dates][ends]") {
  // 起 makes the date the first day the document no longer holds: in force through the day before.
  CHECK(Records(EndsOf("本办法自2020年4月1日起施行，2023年4月1日起自动失效。\n")) ==
        std::vector<std::string>{"effective 2020-04-01 0  own", "expires 2023-03-31 0  own"});
  CHECK(Records(EndsOf("本通知自2021年3月1日起施行，2022年1月1日起失效。\n")) ==
        std::vector<std::string>{"effective 2021-03-01 0  own", "expires 2021-12-31 0  own"});
  // A month: the month before.
  CHECK(Records(EndsOf("本通知自2021年3月1日起施行，2022年3月起失效。\n")) ==
        std::vector<std::string>{"effective 2021-03-01 0  own", "expires 2022-02 0  own"});
  // 自 before the date, an hour, a year alone, the new stopping verbs: the day before too.
  for (const char* lapse : {"自2022年1月1日起失效", "2022年1月1日零时起失效", "2022年起失效", "2022年1月1日起不再执行",
                            "2022年1月1日起停止实施", "2022年1月1日起停止施行"}) {
    INFO(lapse);
    CHECK(Records(EndsOf(std::string("本通知自2021年3月1日起施行，") + lapse + "。\n")) ==
          std::vector<std::string>{"effective 2021-03-01 0  own", "expires 2021-12-31 0  own"});
  }
  // A year's end, 至/到, 24时: the printed day is the last.
  for (const char* lapse : {"2021年底起失效", "到2021年12月31日起失效", "2021年12月31日24时起失效"}) {
    INFO(lapse);
    CHECK(Records(EndsOf(std::string("本通知自2021年3月1日起施行，") + lapse + "。\n")) ==
          std::vector<std::string>{"effective 2021-03-01 0  own", "expires 2021-12-31 0  own"});
  }
  // Without 起 the printed day is its end, as before.
  CHECK(Records(EndsOf("本通知自2021年3月1日起施行，2022年3月31日失效。\n")) ==
        std::vector<std::string>{"effective 2021-03-01 0  own", "expires 2022-03-31 0  own"});
}

TEST_CASE("a trial that turns into force for good at its end (试行期满后…正式施行) neither ends nor starts it", "[dates][ends]") {
  CHECK(Records(EndsOf("本通知自2020年4月1日起试行，试行期一年；试行期满后，自2021年4月1日起正式施行。\n")) ==
        std::vector<std::string>{"effective 2020-04-01 0  own", "trial 2020-04-01 1 year own", "effective 2021-04-01 0 "});
  // The formal start on a condition, in the next sentence.
  const auto ends = Records(EndsOf("第二条 本规则自2018年7月1日起试行，试行期两年。试行期满后，经评估无需修改的，正式施行。\n"));
  for (const auto& r : ends) CHECK(r.find("expires") == std::string::npos);
  // A trial with no formal start after it still ends.
  CHECK(Records(EndsOf("本办法自2016年1月1日起试行2年。\n")).back() == "expires 2017-12-31 2 year own");
}

TEST_CASE("a period's start printed after it (有效期五年,自…起计算) is the day it counts from", "[dates][ends]") {
  CHECK(Records(EndsOf("本通知有效期五年，自2020年4月1日起计算。\n")) ==
        std::vector<std::string>{"validity 2020-04-01 5 year own", "expires 2025-03-31 5 year own"});
}

TEST_CASE("自…起实行 starts a document; 自A起3年内有效 and 有效期为三年(A至B) state its span", "[dates][ends]") {
  // 实行 is the 1980s-1990s verb of coming into force (本暂行办法自一九九五年二月一日起实行): without it
  // the 有效期 ran from the signing date.
  CHECK(Records(EndsOf("本暂行办法自一九九五年二月一日起实行,有效期暂定三年。\n")) ==
        std::vector<std::string>{"effective 1995-02-01 0  own", "validity 1995-02-01 3 year own",
                                 "expires 1998-01-31 3 year own"});
  CHECK(Records(EndsOf("本通知自2010年1月1日起3年内有效。\n")) ==
        std::vector<std::string>{"effective 2010-01-01 0  own", "validity 2010-01-01 3 year own",
                                 "expires 2012-12-31 3 year own"});
  // The span in brackets states both ends; the three years are not counted from the signing.
  CHECK(Records(EndsOf("本政策有效期为三年(2010年5月1日至2013年4月30日)。\n")) ==
        std::vector<std::string>{"effective 2010-05-01 0  own", "expires 2013-04-30 0  own"});
  // A time limit within years is no validity.
  CHECK(Records(EndsOf("各区自2010年1月1日起3年内完成改造。\n")).size() != 2);
}

TEST_CASE("元月 is January; a start planned once or a title's start is not the document's own", "[dates][ends]") {
  CHECK(Records(EndsOf("二、本通知自1988年元月1日起执行。\n")) == std::vector<std::string>{"effective 1988-01-01 0  own"});
  // The start a suspension put off (原定于…起施行) and the start of a title the clause names.
  for (const char* text : {"《北京市职业技能鉴定收费管理办法》(京人社能发〔2012〕240号),原定于2013年3月1日起施行。\n",
                           "决定废止《关于个体工商户登记管理有关事项的通知》,自2024年3月1日起施行的《北京市个体工商户登记管理办法》已对相关事项作出规定。\n"}) {
    INFO(text);
    for (const auto& d : EndsOf(text))
      if (d.kind == DateKind::kEffective) CHECK_FALSE(d.of_document);
  }
}

TEST_CASE("a quotation OCR left open, or closed with an ASCII quote, does not take the document's own start", "[dates][ends]") {
  for (const char* text : {"本通知所称“农业项目,是指市级财政资金支持的项目。本通知自2024年2月1日起施行,有效期至2026年12月31日。\n",
                           "本通知所称“农业项目\"是指市级财政资金支持的项目。本通知自2024年2月1日起施行,有效期至2026年12月31日。\n"}) {
    INFO(text);
    std::vector<std::string> own;
    for (const auto& d : EndsOf(text))
      if (d.of_document && d.kind != DateKind::kSigned) own.push_back(ToString(d.kind) + " " + ToIso(d.date));
    CHECK(own == std::vector<std::string>{"effective 2024-02-01", "expires 2026-12-31"});
  }
}

TEST_CASE("暂行三年, a period in 大写 numerals, and 自公布后30日起施行 are read", "[dates][ends]") {
  CHECK(Records(EndsOf("二、本办法暂行三年,自2019年4月1日起实施。\n")) ==
        std::vector<std::string>{"effective 2019-04-01 0  own", "validity 2019-04-01 3 year own", "expires 2022-03-31 3 year own"});
  CHECK(Records(EndsOf("本通知自2016年1月1日起施行,有效期叁年。\n")) ==
        std::vector<std::string>{"effective 2016-01-01 0  own", "validity 2016-01-01 3 year own", "expires 2018-12-31 3 year own"});
  CHECK(Records(EndsOf("二、本通知自公布后30日起施行。\n")) == std::vector<std::string>{"effective 2015-12-31 0  own"});
}

TEST_CASE("a measure started N days after the notice, and 伍 in 队伍, are none of the notice's dates", "[dates][ends]") {
  CHECK(Records(EndsOf("二、各区县自本通知印发后30日起执行新的收费标准。\n")).empty());
  CHECK(Records(EndsOf("一、各区县要确保执法队伍年内全部完成轮训。\n")).empty());
}

TEST_CASE("同日废止 dates another document's repeal at the start; 24时起 from the day after", "[dates][ends]") {
  CHECK(Records(EndsOf("本办法自2016年5月1日起施行。《江西省丁暂行办法》同日废止。\n")) ==
        std::vector<std::string>{"effective 2016-05-01 0  own", "repeal-effective 2016-05-01 0 "});
  CHECK(Records(EndsOf("本通知自2020年3月1日起执行。《关于调整最低工资标准的通知》(桂政发〔2018〕1号)同日起停止执行。\n")) ==
        std::vector<std::string>{"effective 2020-03-01 0  own", "repeal-effective 2020-03-01 0 "});
  CHECK(Records(EndsOf("《北京市己八管理办法》(京政发〔2010〕158号)自2018年12月31日24时起失效。\n")) ==
        std::vector<std::string>{"repeal-effective 2019-01-01 0 "});
}

TEST_CASE("a start at 24时 is the day after; at 零时 the day itself", "[dates][ends]") {
  // The old text ending at 24时 of the 31st and the new starting then: one day apart, no overlap.
  CHECK(Records(EndsOf("本办法自2021年3月31日24时起施行。\n")) == std::vector<std::string>{"effective 2021-04-01 0  own"});
  CHECK(Records(EndsOf("本办法自2021年3月31日二十四时起施行。\n")) == std::vector<std::string>{"effective 2021-04-01 0  own"});
  CHECK(Records(EndsOf("本办法自2021年4月1日零时起施行。\n")) == std::vector<std::string>{"effective 2021-04-01 0  own"});
}

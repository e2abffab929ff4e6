// Ends of force that provincial and ministry 规范性文件 print provisionally or from a named day:
// 有效期暂定至…, 执行期限暂定至…, …施行,暂行至…, 暂定执行2年, 暂定两年, 政策期限为2年, 有效期自印发之日起3年,
// and a year's end printed 年年底.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/dates.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

// "kind date amount unit own" of each record of TEXT but the signing date (2020-06-20), in order.
std::vector<std::string> Records(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  d.date = ParseIsoDate("2020-06-20");
  std::vector<std::string> out;
  for (const auto& r : ExtractDeadlines(d, IssueHeader{})) {
    if (r.kind == DateKind::kSigned) continue;
    out.push_back(ToString(r.kind) + " " + ToIso(r.date) + " " + std::to_string(r.amount) + " " + ToString(r.unit) +
                  (r.of_document ? " own" : ""));
  }
  return out;
}

}  // namespace

TEST_CASE("an end stated provisionally (暂定至, 暂行至) is the document's end", "[dates][ends]") {
  for (const char* text : {"二、本措施自2020年7月1日起施行，有效期暂定至2022年6月30日。\n",
                           "二、本措施自2020年7月1日起施行，暂行至2022年6月30日。\n",
                           "二、本措施自2020年7月1日起施行，执行期限暂定至2022年6月30日。\n"}) {
    INFO(text);
    CHECK(Records(text) == std::vector<std::string>{"effective 2020-07-01 0  own", "expires 2022-06-30 0  own"});
  }
}

TEST_CASE("a period stated provisionally (暂定执行2年, 暂定两年, 政策期限为2年) runs from the start", "[dates][ends]") {
  for (const char* text : {"二、本措施自2020年7月1日起施行，暂定执行2年。\n", "二、本措施自2020年7月1日起施行，暂定两年。\n",
                           "二、本措施自2020年7月1日起施行，暂执行两年。\n", "二、本措施自2020年7月1日起施行，政策期限为2年。\n"}) {
    INFO(text);
    CHECK(Records(text) == std::vector<std::string>{"effective 2020-07-01 0  own", "validity 2020-07-01 2 year own",
                                                    "expires 2022-06-30 2 year own"});
  }
  CHECK(Records("对符合条件的企业暂定两项免征政策。\n").empty());
  // The subject spelled out before it, or its start in the same clause.
  for (const char* text : {"二、本措施自2020年7月1日起施行。本措施暂定执行2年。\n", "二、本措施自2020年7月1日起施行，本措施暂执行两年。\n",
                           "二、本措施自2020年7月1日起施行，本措施政策期限为2年。\n", "二、本措施自2020年7月1日起暂定执行2年。\n"}) {
    INFO(text);
    std::vector<std::string> records = Records(text);
    CHECK(std::find(records.begin(), records.end(), "expires 2022-06-30 2 year own") != records.end());
  }
}

TEST_CASE("a period counted from a day it names (有效期自印发之日起3年) runs from that day", "[dates][ends]") {
  // From the signing, though the start is later: the period was not procedural (it had never ended).
  CHECK(Records("二、本通知自2022年4月1日起施行，有效期自印发之日起3年。\n") ==
        std::vector<std::string>{"effective 2022-04-01 0  own", "validity 2020-06-20 3 year own",
                                 "expires 2023-06-19 3 year own"});
  CHECK(Records("二、本通知自2022年4月1日起施行，有效期自施行之日起3年。\n") ==
        std::vector<std::string>{"effective 2022-04-01 0  own", "validity 2022-04-01 3 year own",
                                 "expires 2025-03-31 3 year own"});
  CHECK(Records("二、本通知自印发之日起施行，有效期为自印发之日起3年。\n") ==
        std::vector<std::string>{"effective 2020-06-20 0  own", "validity 2020-06-20 3 year own",
                                 "expires 2023-06-19 3 year own"});
}

TEST_CASE("a year's end printed 年年底 or 年年末 is its last day", "[dates][ends]") {
  CHECK(Records("二、本意见自2020年7月1日起施行，有效期至2021年年底。\n") ==
        std::vector<std::string>{"effective 2020-07-01 0  own", "expires 2021-12-31 0  own"});
  CHECK(Records("二、本通知自2020年7月1日起施行，执行至2022年年末。\n") ==
        std::vector<std::string>{"effective 2020-07-01 0  own", "expires 2022-12-31 0  own"});
  CHECK(Records("各市于2020年年底前出台具体实施办法。\n") == std::vector<std::string>{"time-limit 2020-12-31 0 "});
}

TEST_CASE("another period stated provisionally is no end of the document", "[dates][ends]") {
  // A transition, a frequency, a project's or a company's term: the document keeps its five years.
  for (const char* text : {"二、本措施自2020年7月1日起施行，有效期5年，过渡期暂定1年。\n",
                           "二、本措施自2020年7月1日起施行，有效期5年，认定工作暂定3年开展一次。\n",
                           "二、本措施自2020年7月1日起施行，有效期5年，项目实施期暂定2年。\n",
                           "二、本措施自2020年7月1日起施行，有效期5年，企业享受政策期限为2年。\n"}) {
    INFO(text);
    std::vector<std::string> own;
    for (const auto& r : Records(text))
      if (r.ends_with(" own")) own.push_back(r);
    CHECK(own == std::vector<std::string>{"effective 2020-07-01 0  own", "validity 2020-07-01 5 year own",
                                          "expires 2025-06-30 5 year own"});
  }
}

TEST_CASE("a period counted from a day printed before or after it, and an end after the day it counts from", "[dates][ends]") {
  CHECK(Records("二、本通知自2020年7月1日起施行，有效期自2020年7月1日起3年。\n") ==
        std::vector<std::string>{"effective 2020-07-01 0  own", "validity 2020-07-01 3 year own", "expires 2023-06-30 3 year own"});
  CHECK(Records("二、本通知自2020年7月1日起施行，有效期三年，自印发之日起计算。\n") ==
        std::vector<std::string>{"effective 2020-07-01 0  own", "validity 2020-06-20 3 year own", "expires 2023-06-19 3 year own"});
  CHECK(Records("二、本通知自印发之日起施行，有效期自印发之日起至2025年12月31日。\n") ==
        std::vector<std::string>{"effective 2020-06-20 0  own", "expires 2025-12-31 0  own"});
  CHECK(Records("二、本措施自2020年7月1日起施行，政策期限至2022年6月30日。\n") ==
        std::vector<std::string>{"effective 2020-07-01 0  own", "expires 2022-06-30 0  own"});
}

TEST_CASE("an end stated by 施行期限, 试行期限, 施行期 or …至DATE终止 is the document's end", "[dates][ends]") {
  CHECK(Records("第二条　本办法施行期限至2020年12月31日。\n") == std::vector<std::string>{"expires 2020-12-31 0  own"});
  for (const char* text : {"第二条　本办法自2012年1月1日起试行，试行期限至2014年12月31日止。\n",
                           "第二条　本办法自2012年1月1日起施行，施行期至2014年12月31日。\n",
                           "第二条　本办法自2012年1月1日起施行，至2014年12月31日终止。\n"}) {
    INFO(text);
    CHECK(Records(text) == std::vector<std::string>{"effective 2012-01-01 0  own", "expires 2014-12-31 0  own"});
  }
}

TEST_CASE("…至DATE终止 bounding a noun after it (…终止的劳动合同) is no end of the document", "[dates][ends]") {
  CHECK(Records("第二条　本办法自2012年1月1日起施行,至2012年6月30日终止的劳动合同,按原规定执行。\n") ==
        std::vector<std::string>{"effective 2012-01-01 0  own"});
}

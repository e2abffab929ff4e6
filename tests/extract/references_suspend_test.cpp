// Suspensions over time: when one starts (自2008年7月20日起…暂缓执行), when it ends (推迟至DATE
// that day, 暂停执行至DATE the day after), and a later document ending it (恢复执行: resumes).
#include <catch2/catch.hpp>

#include "extract/references.hpp"
#include "references_support.hpp"

using namespace gazette;

namespace {

std::vector<Reference> SuspendRefs(const std::string& text) { return refs_tests::RefsOfText(text); }

const Reference* To(const std::vector<Reference>& refs, const std::string& docno) {
  for (const auto& r : refs)
    if (r.to == docno) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("a suspension starts on the day its clause states", "[refs][suspend]") {
  const std::string clause = "市政府决定,自2008年7月20日起,《北京市停车收费管理办法》(京政发〔2008〕10号)暂缓执行,恢复执行时间另行通知。";
  auto refs = SuspendRefs(clause + "\n");
  const Reference* r = To(refs, "京政发〔2008〕10号");
  REQUIRE(r);
  CHECK(ToString(r->type) == "suspends");
  CHECK_FALSE(r->date);  // until further notice
  CHECK(ToIso(SuspensionStartIn(r->text)) == "2008-07-20");
  CHECK_FALSE(SuspensionStartIn("《北京市停车收费管理办法》(京政发〔2008〕10号)暂缓执行。"));
}

TEST_CASE("暂停执行至 names the suspension's last day, 推迟至 the day it resumes", "[refs][suspend]") {
  auto until = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)暂停执行至2008年9月30日。\n");
  REQUIRE(To(until, "京政发〔2008〕10号"));
  CHECK(ToIso(To(until, "京政发〔2008〕10号")->date) == "2008-10-01");
  auto put_off = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)的施行日期推迟至2009年1月1日。\n");
  REQUIRE(To(put_off, "京政发〔2008〕10号"));
  CHECK(ToIso(To(put_off, "京政发〔2008〕10号")->date) == "2009-01-01");
  auto delayed = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)暂缓至2009年1月1日实施。\n");
  REQUIRE(To(delayed, "京政发〔2008〕10号"));
  CHECK(ToIso(To(delayed, "京政发〔2008〕10号")->date) == "2009-01-01");
}

TEST_CASE("恢复执行 resumes a suspended document from the day stated", "[refs][suspend]") {
  auto refs = SuspendRefs("市政府决定,《北京市停车收费管理办法》(京政发〔2008〕10号)自2008年10月1日起恢复执行。\n");
  const Reference* r = To(refs, "京政发〔2008〕10号");
  REQUIRE(r);
  CHECK(ToString(r->type) == "resumes");
  CHECK(ToIso(r->date) == "2008-10-01");
  CHECK(ToString(SuspendRefs("市政府决定恢复施行《北京市停车收费管理办法》(京政发〔2008〕10号)。\n")[0].type) == "resumes");
  // Not a condition or a measure the document provides.
  CHECK(ToString(SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)恢复执行的条件另行规定。\n")[0].type) == "cites");
}

TEST_CASE("near wordings of a suspension's days, and what is no resumption", "[refs][suspend]") {
  // 暂缓实施至DATE puts a start off to that day, as 推迟至 does; 至DATE起 names the first day in force.
  auto put_off = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)暂缓实施至2017年1月1日。\n");
  REQUIRE(To(put_off, "京政发〔2008〕10号"));
  CHECK(ToIso(To(put_off, "京政发〔2008〕10号")->date) == "2017-01-01");
  auto until_qi = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)暂停执行至2017年1月1日起。\n");
  REQUIRE(To(until_qi, "京政发〔2008〕10号"));
  CHECK(ToIso(To(until_qi, "京政发〔2008〕10号")->date) == "2017-01-01");
  // A date of something else earlier in the sentence is no start of the suspension.
  CHECK_FALSE(SuspensionStartIn("根据自2008年5月1日起开展的专项评估,《北京市停车收费管理办法》(京政发〔2008〕10号)暂缓执行。"));
  CHECK(ToIso(SuspensionStartIn("市政府决定,自2008年9月10日起暂缓执行《北京市停车收费管理办法》。")) == "2008-09-10");
  // 于DATE起 and a comma before 自 resume from that day; 依照《行政强制法》恢复执行 is the enforcement
  // the law provides; 恢复执行《A》规定的收费标准 restores a measure A provides.
  auto yu = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)于2008年10月1日起恢复执行。\n");
  REQUIRE(To(yu, "京政发〔2008〕10号"));
  CHECK(ToString(To(yu, "京政发〔2008〕10号")->type) == "resumes");
  CHECK(ToIso(To(yu, "京政发〔2008〕10号")->date) == "2008-10-01");
  auto comma = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号),自2008年10月1日起恢复执行。\n");
  REQUIRE(To(comma, "京政发〔2008〕10号"));
  CHECK(ToString(To(comma, "京政发〔2008〕10号")->type) == "resumes");
  CHECK(ToString(SuspendRefs("执法机关应当依照《中华人民共和国行政强制法》恢复执行。\n")[0].type) == "implements");
  CHECK(ToString(SuspendRefs("恢复执行《北京市停车收费管理办法》规定的收费标准。\n")[0].type) != "resumes");
}

TEST_CASE("a suspension for a set term ends that long after its start, or after the signing", "[refs][suspend]") {
  auto stated = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)自2019年3月1日起暂停执行,暂停期限为六个月。\n");
  REQUIRE(To(stated, "京政发〔2008〕10号"));
  CHECK(ToIso(To(stated, "京政发〔2008〕10号")->date) == "2019-09-01");  // in force again on 1 September
  auto days = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)自2019年3月1日起暂缓实施90日。\n");
  REQUIRE(To(days, "京政发〔2008〕10号"));
  CHECK(ToIso(To(days, "京政发〔2008〕10号")->date) == "2019-05-30");
  Document d;
  d.date = Date{*ParseIsoDay("2019-02-20"), Precision::kDay};
  d.body = Normalize("《北京市停车收费管理办法》(京政发〔2008〕10号)暂停执行一年。\n", "t.txt").lines;
  auto signed_on = ExtractReferences(d);
  REQUIRE(To(signed_on, "京政发〔2008〕10号"));
  CHECK(ToIso(To(signed_on, "京政发〔2008〕10号")->date) == "2020-02-20");
  // The start stated before 对《A》; a half year; the term after the title; a term whose end a
  // later decision sets (期满后…另行通知) has no end.
  auto after_dui = SuspendRefs("自2020年3月1日起,对《北京市停车收费管理办法》(京政发〔2008〕10号)暂停执行6个月。\n");
  REQUIRE(To(after_dui, "京政发〔2008〕10号"));
  CHECK(ToIso(To(after_dui, "京政发〔2008〕10号")->date) == "2020-09-01");
  CHECK(ToIso(SuspensionStartIn(To(after_dui, "京政发〔2008〕10号")->text)) == "2020-03-01");
  auto half = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)自2020年3月1日起暂停执行半年。\n");
  REQUIRE(To(half, "京政发〔2008〕10号"));
  CHECK(ToIso(To(half, "京政发〔2008〕10号")->date) == "2020-09-01");
  auto title_between = SuspendRefs("自2020年3月1日起暂停执行《北京市停车收费管理办法》(京政发〔2008〕10号)一年。\n");
  REQUIRE(To(title_between, "京政发〔2008〕10号"));
  CHECK(ToIso(To(title_between, "京政发〔2008〕10号")->date) == "2021-03-01");
  auto term_of = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)自2020年3月1日起暂停执行的期限为3个月。\n");
  REQUIRE(To(term_of, "京政发〔2008〕10号"));
  CHECK(ToString(To(term_of, "京政发〔2008〕10号")->type) == "suspends");
  CHECK(ToIso(To(term_of, "京政发〔2008〕10号")->date) == "2020-06-01");
  auto open = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)自2020年3月1日起暂停执行6个月,期满后是否恢复执行另行通知。\n");
  REQUIRE(To(open, "京政发〔2008〕10号"));
  CHECK_FALSE(To(open, "京政发〔2008〕10号")->date);
  // A term within which something is done is no term of the suspension.
  auto within = SuspendRefs("《北京市停车收费管理办法》(京政发〔2008〕10号)暂停执行,三个月内完成清理。\n");
  REQUIRE(To(within, "京政发〔2008〕10号"));
  CHECK_FALSE(To(within, "京政发〔2008〕10号")->date);
}

TEST_CASE("a suspension over a span (自DATE起至DATE暂停执行) starts on its first day, ends after its last", "[refs][suspend]") {
  for (const std::string clause :
       {"《北京市临时停车收费管理暂行办法》(京政办发〔2016〕21号)自2017年4月1日起至2017年9月30日暂停执行。",
        "自2017年4月1日起至2017年9月30日,暂停执行《北京市临时停车收费管理暂行办法》(京政办发〔2016〕21号)。"}) {
    INFO(clause);
    auto refs = SuspendRefs(clause + "\n");
    const Reference* r = To(refs, "京政办发〔2016〕21号");
    REQUIRE(r);
    CHECK(ToString(r->type) == "suspends");  // a citation, or suspended from the signing and never ending, before
    CHECK(ToIso(r->date) == "2017-10-01");   // in force again the day after the span
    CHECK(ToIso(SuspensionStartIn(r->text)) == "2017-04-01");
  }
}

TEST_CASE("a start moved to a later day (实施时间调整为DATE) puts it off till then, no amendment", "[refs][suspend]") {
  auto moved = SuspendRefs("现将《北京市出租汽车运营服务规范》(京交发〔2020〕30号)的实施时间调整为2021年10月1日。\n");
  REQUIRE(To(moved, "京交发〔2020〕30号"));
  CHECK(ToString(To(moved, "京交发〔2020〕30号")->type) == "suspends");
  CHECK(ToIso(To(moved, "京交发〔2020〕30号")->date) == "2021-10-01");
  auto from_to = SuspendRefs("《北京市出租汽车运营服务规范》(京交发〔2020〕30号)施行日期由2021年7月1日调整为2022年1月1日。\n");
  REQUIRE(To(from_to, "京交发〔2020〕30号"));
  CHECK(ToString(To(from_to, "京交发〔2020〕30号")->type) == "suspends");
  CHECK(ToIso(To(from_to, "京交发〔2020〕30号")->date) == "2022-01-01");
  // A text changed is still an amendment.
  auto changed = SuspendRefs("《北京市出租汽车运营服务规范》(京交发〔2020〕30号)第五条调整为“市交通委负责”。\n");
  REQUIRE(To(changed, "京交发〔2020〕30号"));
  CHECK(ToString(To(changed, "京交发〔2020〕30号")->type) == "amends");
}

TEST_CASE("暂停实施,待新办法出台后停止执行 suspends now, the repeal waits on the new text", "[refs][suspend]") {
  auto refs = SuspendRefs("经市政府同意,《深圳市小汽车增量调控管理暂行办法》(深府〔2014〕120号)自2016年3月1日起暂停实施,待新办法出台后停止执行。\n");
  REQUIRE(To(refs, "深府〔2014〕120号"));
  CHECK(ToString(To(refs, "深府〔2014〕120号")->type) == "suspends");
  CHECK(ToIso(SuspensionStartIn(To(refs, "深府〔2014〕120号")->text)) == "2016-03-01");
  // A repeal from a day stated is still one.
  auto repealed = SuspendRefs("《深圳市小汽车增量调控管理暂行办法》(深府〔2014〕120号)自2016年3月1日起停止执行。\n");
  REQUIRE(To(repealed, "深府〔2014〕120号"));
  CHECK(ToString(To(repealed, "深府〔2014〕120号")->type) == "repeals");
}

TEST_CASE("a window of dates or a wait inside a word is no postponement nor suspension", "[refs][suspend]") {
  auto window = SuspendRefs("《北京市出租汽车运营服务规范》(京交发〔2021〕10号)的执行时间调整为2021年7月1日至2022年6月30日。\n");
  REQUIRE(To(window, "京交发〔2021〕10号"));
  CHECK(ToString(To(window, "京交发〔2021〕10号")->type) == "amends");
  // 待遇, 接待: words, not a wait; the repeal holds.
  for (const char* text : {"《深圳市甲办法》(深府〔2014〕120号)自新的驾驶员待遇标准执行之日废止。\n",
                           "《深圳市甲办法》(深府〔2014〕120号)自新的接待标准施行之日停止执行。\n"}) {
    INFO(text);
    auto refs = SuspendRefs(text);
    REQUIRE(To(refs, "深府〔2014〕120号"));
    CHECK(ToString(To(refs, "深府〔2014〕120号")->type) == "repeals");
  }
}

// A notice issuing two instruments (关于印发《A》和《B》的通知) when a later document repeals one
// of them by title and the notice's 文号: that instrument is repealed, the other stays in force,
// and the notice as a whole is amended, never repealed.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"
#include "xref/corpus.hpp"

using namespace gazette;

namespace {

const char* kIssuing =
    "北京市水务局关于印发《北京市节水器具推广办法》和《北京市再生水利用管理规定》的通知\n"
    "京水发〔2011〕8号\n"
    "各区县水务局:\n"
    "现将《北京市节水器具推广办法》和《北京市再生水利用管理规定》印发给你们,"
    "自2011年5月1日起施行。\n"
    "北京市水务局\n"
    "2011年4月2日\n";

const char* kRepealing =
    "北京市水务局关于印发《北京市节水器具推广管理办法》的通知\n"
    "京水发〔2019〕21号\n"
    "各区水务局:\n"
    "现将《北京市节水器具推广管理办法》印发给你们,自2019年9月1日起施行。"
    "《北京市节水器具推广办法》(京水发〔2011〕8号印发)同时废止。\n"
    "北京市水务局\n"
    "2019年8月5日\n";

Corpus Both() {
  Corpus c("2020-01-01");
  c.AddIssue(BuildIssue({"a.txt", "UTF-8", kIssuing}));
  c.AddIssue(BuildIssue({"b.txt", "UTF-8", kRepealing}));
  return c;
}

}  // namespace

TEST_CASE("the repealed instrument of two is repealed, the other in force", "[xref][parts]") {
  Corpus c = Both();
  DocumentStatus repealed = c.Status("北京市节水器具推广办法", "");
  CHECK(ToString(repealed.status) == "repealed");
  CHECK(repealed.by == "京水发〔2019〕21号");
  CHECK(ToIso(repealed.since) == "2019-09-01");
  CHECK(repealed.instrument == "北京市节水器具推广办法");
  // The second title of the notice's title finds it too (only the first had been a key).
  DocumentStatus kept = c.Status("《北京市再生水利用管理规定》", "");
  CHECK(kept.docno == "京水发〔2011〕8号");
  CHECK(kept.instrument == "北京市再生水利用管理规定");
  CHECK(ToString(kept.status) == "in-force");
}

TEST_CASE("the notice issuing both is amended by the repeal of one", "[xref][parts]") {
  Corpus c = Both();
  DocumentStatus whole = c.Status("京水发〔2011〕8号", "");
  CHECK(ToString(whole.status) == "amended");
  CHECK(whole.by == "京水发〔2019〕21号");
  CHECK(whole.instrument.empty());
  CHECK(ToString(c.Status("京水发〔2011〕8号", "2019-08-31").status) == "in-force");
}

TEST_CASE("a notice issuing one instrument is repealed whole by its title", "[xref][parts]") {
  Corpus c("2020-01-01");
  std::string one = kIssuing;
  one.replace(one.find("》和《北京市再生水利用管理规定》的通知"), std::string("》和《北京市再生水利用管理规定》的通知").size(), "》的通知");
  c.AddIssue(BuildIssue({"a.txt", "UTF-8", one}));
  c.AddIssue(BuildIssue({"b.txt", "UTF-8", kRepealing}));
  CHECK(ToString(c.Status("京水发〔2011〕8号", "").status) == "repealed");
}

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

TEST_CASE("parts come from the title alone; all parts repealed repeal the whole; 《A》《B》", "[xref][parts]") {
  // One 办法 with its catalog attached is one part: its repeal repeals the notice.
  const std::string one_with_annex =
      "北京市水务局关于印发《北京市节水器具推广办法》的通知\n京水发〔2011〕8号\n各区县水务局:\n"
      "现将《北京市节水器具推广办法》印发给你们,自2011年5月1日起施行。\n北京市水务局\n2011年4月2日\n"
      "附件1\n北京市节水器具推广办法\n第一条 为推广节水器具,制定本办法。\n"
      "附件2\n北京市节水器具推广目录\n序号\t名称\n1\t节水龙头\n";
  Corpus c("2020-01-01");
  c.AddIssue(BuildIssue({"a.txt", "UTF-8", one_with_annex}));
  c.AddIssue(BuildIssue({"b.txt", "UTF-8", kRepealing}));
  CHECK(ToString(c.Status("京水发〔2011〕8号", "").status) == "repealed");
  // Both parts repealed: nothing of the whole is left.
  Corpus both("2020-01-01");
  both.AddIssue(BuildIssue({"a.txt", "UTF-8", kIssuing}));
  std::string all = kRepealing;
  all.replace(all.find("《北京市节水器具推广办法》(京水发"), std::string("《北京市节水器具推广办法》").size(),
              "《北京市节水器具推广办法》和《北京市再生水利用管理规定》");
  both.AddIssue(BuildIssue({"b.txt", "UTF-8", all}));
  CHECK(ToString(both.Status("京水发〔2011〕8号", "").status) == "repealed");
  // Titles side by side with no mark between them (GB/T 15834), and a part cited as (试行).
  Corpus side("2020-01-01");
  std::string plain = kIssuing;
  plain.replace(plain.find("》和《"), std::string("》和《").size(), "》《");
  side.AddIssue(BuildIssue({"a.txt", "UTF-8", plain}));
  std::string trial = kRepealing;
  trial.replace(trial.find("推广办法》(京水发"), std::string("推广办法》").size(), "推广办法(试行)》");
  side.AddIssue(BuildIssue({"b.txt", "UTF-8", trial}));
  CHECK(ToString(side.Status("北京市再生水利用管理规定", "").status) == "in-force");
  CHECK(ToString(side.Status("京水发〔2011〕8号", "").status) == "amended");
}

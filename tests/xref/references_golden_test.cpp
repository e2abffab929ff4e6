// Golden facts about references and repeals in the sample corpus, each read in the text.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "pipeline/pipeline.hpp"
#include "xref/corpus.hpp"

using namespace gazette;

namespace {

std::string Corpus(const std::string& name) { return std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/" + name; }

// The corpus of one sample issue, loaded once.
const gazette::Corpus& Load(const std::string& name) {
  static std::map<std::string, gazette::Corpus> loaded;
  auto it = loaded.find(name);
  if (it != loaded.end()) return it->second;
  gazette::Corpus c("2026-01-01");
  auto issue = LoadIssue(Corpus(name));
  REQUIRE(issue.ok());
  c.AddIssue(issue.value());
  return loaded.emplace(name, std::move(c)).first->second;
}

// References FROM → TO of TYPE.
std::vector<const CorpusReference*> Refs(const gazette::Corpus& c, const std::string& from, const std::string& type,
                                         const std::string& to = "") {
  std::vector<const CorpusReference*> out;
  for (const auto& r : c.references())
    if (r.from == from && ToString(r.type) == type && (to.empty() || r.to == to)) out.push_back(&r);
  return out;
}

// True when FROM repeals TO, printed at LINE.
bool Repeals(const gazette::Corpus& c, const std::string& from, const std::string& to, int line) {
  for (const auto* r : Refs(c, from, "repeals", to))
    if (r->line == line) return true;
  return false;
}

// The short title (以下简称) the reference of document FROM printed at LINE of sample NAME was
// cited by, as extraction records it; "" if none.
std::string AliasAt(const std::string& name, const std::string& from, int line) {
  auto issue = LoadIssue(Corpus(name));
  REQUIRE(issue.ok());
  for (const auto& d : issue->documents)
    for (const auto& r : d.references)
      if (d.docno == from && r.line == line) return r.alias;
  return "";
}

}  // namespace

TEST_CASE("2024 第38期: two repeals, a supplement and its amendments", "[refs]") {
  const auto& c = Load("2024-38.txt");
  // 2024-38.txt:146 《关于印发〈…(3.0 版)〉的通知》(京人社事业发〔2023〕24 号)同时废止。
  CHECK(Repeals(c, "京人社事业发〔2024〕10号", "京人社事业发〔2023〕24号", 146));
  // 2024-38.txt:927 原《北京市知识产权试点示范单位认定与管理办法》(京知局〔2020〕171 号)自本办法发布之日起废止。
  CHECK(Repeals(c, "京知局〔2024〕130号", "京知局〔2020〕171号", 927));
  // 2024-38.txt:530 …(京人社市场发〔2018〕266号,以下简称《若干措施》)中…补充通知如下:
  auto sup = Refs(c, "京人社市场发〔2024〕12号", "supplements", "京人社市场发〔2018〕266号");
  REQUIRE(sup.size() == 1);
  CHECK(sup[0]->line == 530);
  // 2024-38.txt:532 and :536 一、《若干措施》第二条第二款调整为… 二、《若干措施》第六条调整为…
  auto amends = Refs(c, "京人社市场发〔2024〕12号", "amends", "京人社市场发〔2018〕266号");
  REQUIRE(amends.size() == 2);
  CHECK(amends[0]->line == 532);
  CHECK(amends[1]->line == 536);
  // The short title it is cited by there (以下简称《若干措施》), as extraction records it (the
  // corpus keeps no printed forms).
  CHECK(AliasAt("2024-38.txt", "京人社市场发〔2024〕12号", 532) == "若干措施");

  auto repealed = c.Status("京人社事业发〔2023〕24号", "2025-01-01");
  CHECK(ToString(repealed.status) == "repealed");
  CHECK(repealed.by == "京人社事业发〔2024〕10号");
  auto amended = c.Status("京人社市场发〔2018〕266号", "2025-01-01");
  CHECK(ToString(amended.status) == "amended");
  CHECK(amended.by == "京人社市场发〔2024〕12号");
  CHECK(amended.evidence.size() == 4);  // amendments 532, 536, the supplement 530, the dating clause 538
}

TEST_CASE("2023 第42期: the 57 listed repeals, 京环发〔2019〕11号, the five of 京人社能发〔2023〕25号", "[refs]") {
  const auto& c = Load("2023-42.txt");
  // 2023-42.txt:945 现决定宣布废止失效 57 件; rows 1–57 at 960–1024.
  auto listed = Refs(c, "京人社发〔2023〕10号", "repeals");
  CHECK(listed.size() == 57);
  std::set<std::string> distinct;
  for (const auto* r : listed) distinct.insert(r->to);
  CHECK(distinct.size() == 57);
  CHECK(Repeals(c, "京人社发〔2023〕10号", "京劳社督发〔2001〕100号", 960));    // 2023-42.txt:960 row 1
  CHECK(Repeals(c, "京人社发〔2023〕10号", "〔87〕市劳险字第224号", 1009));     // 2023-42.txt:1009 row 44
  CHECK(Repeals(c, "京人社发〔2023〕10号", "京人社监发〔2022〕21号", 1024));    // 2023-42.txt:1024 row 57
  // 2023-42.txt:1040 …(京环发〔2019〕11 号)同时废止。
  CHECK(Repeals(c, "京环发〔2023〕14号", "京环发〔2019〕11号", 1040));
  // 2023-42.txt:522 (二)《…》(京人社办发〔2009〕61号)、…(京人社能发〔2016〕150号)同时废止。
  for (const char* to : {"京人社办发〔2009〕61号", "京人社能发〔2012〕34号", "京人社服发〔2012〕98号", "京人社服发〔2014〕198号",
                         "京人社能发〔2016〕150号"})
    CHECK(Repeals(c, "京人社能发〔2023〕25号", to, 522));
  CHECK(Refs(c, "京人社能发〔2023〕25号", "repeals").size() == 5);
  // A repealed document not printed in the inputs still has a status.
  auto s = c.Status("京人社能发〔2016〕150号", "2024-01-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(s.by == "京人社能发〔2023〕25号");
}

TEST_CASE("2021 第44期: 京商务财务字〔2018〕25号 and 京商函字〔2019〕1272号 repealed", "[refs]") {
  const auto& c = Load("2021-44.txt");
  // 2021-44.txt:953 本实施方案自 2021 年 9 月 9 日起实施。《…》(京商务财务字〔2018〕25 号)同时废止。
  CHECK(Repeals(c, "京商财务字〔2021〕34号", "京商务财务字〔2018〕25号", 953));
  auto s = c.Status("京商务财务字〔2018〕25号", "2022-01-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(ToIso(s.since) == "2021-09-09");
  // 2021-44.txt:1223 2019 年 11 月 22 日印发的《…》(京商函字〔2019〕1272 号)同时废止。
  CHECK(Repeals(c, "京商函字〔2021〕1056号", "京商函字〔2019〕1272号", 1223));
  // 2021-44.txt:1068 对《北京市外商投资企业投诉工作管理办法》(京商函字〔2019〕1272号)进行了修订。
  CHECK(Refs(c, "京商函字〔2021〕1056号", "revises", "京商函字〔2019〕1272号").size() == 1);
  CHECK(ToString(c.Status("京商函字〔2019〕1272号", "2022-01-01").status) == "repealed");
  // 2021-44.txt:612 联合修订了《北京市外经贸…实施方案》 — the old version, 京商务财务字[2018]24号 at :758.
  bool revised = false;
  for (const auto& r : c.references())
    if (r.from == "京商财务字〔2021〕33号" && ToString(r.type) == "revises" && r.line == 612)
      revised = r.target_id == "京商务财务字〔2018〕24号";
  CHECK(revised);
}

TEST_CASE("2024 第16期: 京文旅发〔2022〕108号 repealed on 2023-12-22", "[refs]") {
  const auto& c = Load("2024-16.txt");
  // 2024-16.txt:1150 第十五条 本办法自 2023 年 12 月 22 日起实施。《…》(京文旅发〔2022〕108 号)同时废止。
  CHECK(Repeals(c, "京文旅发〔2023〕110号", "京文旅发〔2022〕108号", 1150));
  auto s = c.Status("京文旅发〔2022〕108号", "2024-01-01");
  CHECK(ToString(s.status) == "repealed");
  CHECK(ToIso(s.since) == "2023-12-22");
  CHECK(ToString(c.Status("京文旅发〔2022〕108号", "2023-12-01").status) == "unknown");  // not yet repealed, not printed
}

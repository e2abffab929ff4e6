// The catalog diff on the two versions of the qualification catalog: 京人社事业发〔2021〕33号
// (2021-44.txt, 82 rows, 共计 82 项 at 2021-44.txt:300) and 京人社事业发〔2024〕10号
// (2024-38.txt, 149 rows, 共计 149 项 at 2024-38.txt:162). Every pair below was checked by
// reading both tables.
#include <catch2/catch.hpp>
#include <map>

#include "../support.hpp"
#include "diff/diff.hpp"

using namespace gazette;
using namespace gazette::diff;

namespace {

const DocumentDiff& CatalogDiff() {
  static const DocumentDiff d = [] {
    const Document& o = testing::DocumentByDocno(testing::SampleIssue("2021-44"), "京人社事业发〔2021〕33号");
    const Document& n = testing::DocumentByDocno(testing::SampleIssue("2024-38"), "京人社事业发〔2024〕10号");
    return DiffDocuments({o, "2021-44.txt"}, {n, "2024-38.txt"});
  }();
  return d;
}

/// The entry whose old row is printed at OLD_LINE of 2021-44.txt; fails when none.
const DiffEntry& ByOldLine(int old_line) {
  for (const auto& e : CatalogDiff().entries)
    if (e.old_side && e.old_side->line == old_line) return e;
  FAIL("no entry for 2021-44.txt:" << old_line);
  throw;
}

}  // namespace

TEST_CASE("diff: every row of both catalogs is accounted for", "[diff]") {
  const DocumentDiff& d = CatalogDiff();
  CHECK(d.what == Compared::kTables);  // both documents have catalog rows: the default is tables
  DiffCounts c = d.Count(DiffUnit::kRow);
  CHECK(c.kept + c.changed + c.removed == 82);
  CHECK(c.kept + c.changed + c.added == 149);
  CHECK(c.changed == 77);
  CHECK(c.removed == 5);
  CHECK(c.added == 72);
  CHECK(c.kept == 0);  // every note of 2024 adds 从事2年以上 or a 职称 sentence
}

TEST_CASE("diff: renamed certificates are matched with the fields that changed", "[diff]") {
  struct Pair {
    int old_line, new_line;
    std::vector<std::string> fields;
  };
  const Pair pairs[] = {
      // CFA 特许金融分析师资格(II和III级) → CFA 特许金融分析师证书; (CFA)Institute → Institute
      {303, 191, {"name", "issuer", "note"}},                 // 2021-44.txt:303, 2024-38.txt:191
      {304, 194, {"name", "note"}},                            // FIA → FIA/FFA 英国正精算师
      {306, 221, {"name", "issuer", "country", "note"}},       // CDCS 跟单信用证专家资格 → …证书(CDCS)
      {310, 228, {"name", "issuer", "country", "note"}},       // CMA 美国注册管理会计师资格 → CMA 注册…
      {320, 238, {"name", "issuer", "note"}},                  // 受控环境下… → 受控环境…; 培思特 → 普思特
      {364, 289, {"name", "note"}},                            // CELTA 成人英语语言教学证书 → …教师证书
      {370, 295, {"name", "issuer", "country", "note"}},       // AMI 教师资格证 → 蒙台梭利…(AMI、AMS)
      {388, 316, {"name", "country", "note"}},                 // FGA/DGA 会员资格证书 → FGA/DGA 证书
      {402, 341, {"name", "issuer", "note"}},                  // 紧急护理…与护士国家技工资格证书 → 紧急护理…
  };
  for (const auto& p : pairs) {
    INFO("2021-44.txt:" << p.old_line);
    const DiffEntry& e = ByOldLine(p.old_line);
    REQUIRE(e.new_side);
    CHECK(e.new_side->line == p.new_line);
    CHECK(e.change == Change::kChanged);
    CHECK(e.fields == p.fields);
  }
}

TEST_CASE("diff: rows printed under one name for several issuers pair by issuer", "[diff]") {
  const std::map<int, int> pairs = {
      {328, 254},  // 教师资格证书 纽约州教育部门: 2021-44.txt:328 → 2024-38.txt:254
      {336, 262},  // 夏威夷州教师标准委员会 (issuer reprinted without "State of Hawaii';")
      {398, 336},  // 物理治疗师 (中国香港) → 物理治疗师 物理治疗师管理委员会 中国香港
      {311, 189},  // ACCA 会计师证书, not the new ACCA 资深会员证书 (2024-38.txt:176)
  };
  for (auto [old_line, new_line] : pairs) {
    INFO("2021-44.txt:" << old_line);
    const DiffEntry& e = ByOldLine(old_line);
    REQUIRE(e.new_side);
    CHECK(e.new_side->line == new_line);
  }
  CHECK(ByOldLine(328).fields == std::vector<std::string>{"note"});
  CHECK(ByOldLine(336).fields == std::vector<std::string>{"issuer", "note"});
  // 2024-38.txt:189 prints 金融、会计 in the 国家(地区) column too
  CHECK(ByOldLine(311).fields == std::vector<std::string>{"issuer", "country", "field", "note"});
}

TEST_CASE("diff: certificates the 2024 catalog dropped are removed", "[diff]") {
  for (int line : {323,    // 软件开发人员认证(ASD 及 SEM 项目), IEEE Computer Society
                   326,    // 会员资格(深会会员及以上), ACM: split into three new rows, none the same
                   372,    // 滑雪教练证书, New Zealand (the new 滑雪 rows are Swiss: 2024-38.txt:304-305)
                   376,    // 体能训练专家认证
                   399}) {  // 物理治疗师(针灸治疗师), 中国澳门特别行政区卫生局
    INFO("2021-44.txt:" << line);
    CHECK(ByOldLine(line).change == Change::kRemoved);
  }
}

TEST_CASE("diff: a changed cell carries its character diff", "[diff]") {
  const DiffEntry& e = ByOldLine(320);  // 受控环境下项目管理资格认证 → 受控环境项目 管理资格认证
  REQUIRE(!e.diffs.empty());
  const TextDiff& name = e.diffs.front().diff;
  CHECK(e.diffs.front().field == "name");
  REQUIRE(name.old_spans.size() == 3);
  CHECK(name.old_spans[1].op == DiffSpan::Op::kDelete);
  CHECK(name.old_spans[1].text == "下");
  for (const auto& s : name.new_spans) CHECK(s.op == DiffSpan::Op::kEqual);  // the OCR space is no change
}

TEST_CASE("diff: sections are compared only when both rows stand in titled sections", "[diff]") {
  for (const auto& e : CatalogDiff().entries)  // the 2021 catalog has no sections (2021-44.txt:300)
    for (const auto& f : e.fields) CHECK(f != "section");
}

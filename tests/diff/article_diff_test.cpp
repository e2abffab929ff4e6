// The article comparison on two versions of a regulation: 北京市就业困难人员认定管理办法(试行)
// (京人社评发〔2024〕11号, 2024-38.txt:411-515) and tests/data/diff-regulation-v2.txt, made from it
// by these edits, which the alignment must recover exactly:
//   - 第四条 deleted (2024-38.txt:423);
//   - so 第五条…第九条 become 第四条…第八条, text unchanged (v2:73-103);
//   - a new 第九条 inserted (v2:105), so 第十条, 第十一条 keep their numbers;
//   - 第十二条: 15 个工作日 → 30 个工作日 (v2:113);
//   - 第二十三条: 自印发之日起施行 → 自2025年3月1日起施行 (v2:163);
//   - 第五章 管理与服务 → 服务与管理 (v2:143).
#include <catch2/catch.hpp>

#include "../support.hpp"
#include "diff/diff.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;
using namespace gazette::diff;

namespace {

const DocumentDiff& RegulationDiff() {
  static const Issue v2 = LoadIssue(testing::Path("tests/data/diff-regulation-v2.txt")).value();
  static const DocumentDiff d = [] {
    const Document& o = testing::DocumentByDocno(testing::SampleIssue("2024-38"), "京人社评发〔2024〕11号");
    const Document& n = testing::DocumentByDocno(v2, "京人社评发〔2025〕5号");
    return DiffDocuments({o, "2024-38.txt"}, {n, "diff-regulation-v2.txt"});
  }();
  return d;
}

/// "CHANGE OLD→NEW" for every article entry that is not the same, in order.
std::vector<std::string> ArticleChanges(const std::string& unit) {
  std::vector<std::string> out;
  for (const auto& e : RegulationDiff().entries)
    if (ToString(e.unit) == unit && e.change != Change::kSame)
      out.push_back(ToString(e.change) + " " + (e.old_side ? e.old_side->label : "-") + "→" +
                    (e.new_side ? e.new_side->label : "-"));
  return out;
}

}  // namespace

TEST_CASE("diff: the alignment recovers exactly the edits made to a regulation", "[diff]") {
  const DocumentDiff& d = RegulationDiff();
  CHECK(d.what == Compared::kArticles);  // neither document has a catalog table
  CHECK(ArticleChanges("article") == std::vector<std::string>{
                                         "removed 第四条→-",
                                         "renumbered 第五条→第四条",
                                         "renumbered 第六条→第五条",
                                         "renumbered 第七条→第六条",
                                         "renumbered 第八条→第七条",
                                         "renumbered 第九条→第八条",
                                         "added -→第九条",
                                         "changed 第十二条→第十二条",
                                         "changed 第二十三条→第二十三条",
                                     });
  DiffCounts c = d.Count(DiffUnit::kArticle);
  CHECK(c.kept == 15);  // 第一至三条, 第十、十一条, 第十三至二十二条
  CHECK(c.kept + c.renumbered + c.changed + c.removed == 23);
  CHECK(c.kept + c.renumbered + c.changed + c.added == 23);
  CHECK(ArticleChanges("chapter") == std::vector<std::string>{"changed 第五章→第五章"});
}

TEST_CASE("diff: a changed article carries the character diff of its text", "[diff]") {
  for (const auto& e : RegulationDiff().entries) {
    if (e.unit != DiffUnit::kArticle || e.change != Change::kChanged || e.old_side->num != 12) continue;
    CHECK(e.fields == std::vector<std::string>{"text"});
    REQUIRE(e.diffs.size() == 1);
    std::string deleted, inserted;
    for (const auto& s : e.diffs[0].diff.unified) {
      if (s.op == DiffSpan::Op::kDelete) deleted += s.text;
      if (s.op == DiffSpan::Op::kInsert) inserted += s.text;
    }
    CHECK(deleted == "15");
    CHECK(inserted == "30");
    CHECK(e.similarity > 0.95);
    return;
  }
  FAIL("第十二条 not found changed");
}

TEST_CASE("diff: a renumbered article names the number as its only difference", "[diff]") {
  for (const auto& e : RegulationDiff().entries)
    if (e.change == Change::kRenumbered) {
      CHECK(e.fields == std::vector<std::string>{"number"});
      CHECK(e.old_side->num == e.new_side->num + 1);
      CHECK(e.similarity == 1.0);
    }
}

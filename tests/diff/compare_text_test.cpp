// The text primitives of the diff: comparison forms, graphemes, LCS, character diffs, the
// optimal assignment, acronyms and name keys.
#include <catch2/catch.hpp>
#include <algorithm>
#include <random>

#include "diff/assignment.hpp"
#include "diff/compare_text.hpp"
#include "diff/diff_internal.hpp"

using namespace gazette::diff;

TEST_CASE("diff: comparison forms ignore width, brackets and spacing", "[diff]") {
  CHECK(CompareForm("受控环境项目 管理资格认证") == CompareForm("受控环境项目管理资格认证"));
  CHECK(CompareForm("药剂师（执业药师）资格") == CompareForm("药剂师(执业药师)资格"));
  CHECK(CompareForm("京人社事业发[2024]10号") == CompareForm("京人社事业发〔2024〕10号"));
  CHECK(CompareForm("ＣＦＡ") == "CFA");
  CHECK(CompareForm("The Teaching Council") != CompareForm("the Teaching Council"));  // case is a change
  CHECK(MatchForm("The Teaching Council") == MatchForm("the Teaching Council"));
}

TEST_CASE("diff: graphemes keep combining sequences and flags whole", "[diff]") {
  CHECK(Graphemes("e\u0301a") == std::vector<std::string>{"e\u0301", "a"});
  CHECK(Graphemes("🇨🇳中").size() == 2);
  CHECK(Graphemes("").empty());
}

TEST_CASE("diff: bit-parallel LCS agrees with the textbook table", "[diff]") {
  std::mt19937 rng(17);
  for (int round = 0; round < 200; ++round) {
    std::vector<int> a(rng() % 150), b(rng() % 150);
    for (auto& x : a) x = int(rng() % 4);
    for (auto& x : b) x = int(rng() % 4);
    std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i)
      for (size_t j = 1; j <= b.size(); ++j)
        t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    REQUIRE(LcsLength(a, b) == t[a.size()][b.size()]);
  }
}

TEST_CASE("diff: similarity is the share of graphemes in common, in order", "[diff]") {
  CHECK(Similarity("注册工程师资格", "注册工程师资格") == 1.0);
  CHECK(Similarity("", "") == 1.0);
  CHECK(Similarity("营养师", "") == 0.0);
  CHECK(Similarity("注册工程师资格", "结构工程师资格") == Approx(2.0 * 5 / 14));
}

TEST_CASE("diff: the character diff marks only what changed", "[diff]") {
  TextDiff d = DiffText("自收到认定结果之日起 15 个工作日内", "自收到认定结果之日起30个工作日内");
  std::string old_marked, new_marked;
  for (const auto& s : d.old_spans) old_marked += s.op == DiffSpan::Op::kDelete ? "[" + s.text + "]" : s.text;
  for (const auto& s : d.new_spans) new_marked += s.op == DiffSpan::Op::kInsert ? "{" + s.text + "}" : s.text;
  CHECK(old_marked == "自收到认定结果之日起 [15] 个工作日内");
  CHECK(new_marked == "自收到认定结果之日起{30}个工作日内");
  TextDiff same = DiffText("CFA 特许金融分析师（证书）", "CFA特许金融分析师(证书)");
  for (const auto& s : same.unified) CHECK(s.op == DiffSpan::Op::kEqual);
}

TEST_CASE("diff: an insertion ends where the word does", "[diff]") {
  // 2021-44.txt:306 → 2024-38.txt:221: the new issuer adds two bodies after "Finance"
  TextDiff d = DiffText("The London Institute of Banking & Finance",
                        "The London Institute of Banking & Finance 国际商会 The International Chamber of Commerce");
  REQUIRE(d.unified.size() == 2);
  CHECK(d.unified[0].text == "The London Institute of Banking & Finance ");
  CHECK(d.unified[1].op == DiffSpan::Op::kInsert);
  CHECK(d.unified[1].text == "国际商会 The International Chamber of Commerce");
}

TEST_CASE("diff: the assignment is optimal, not first-come", "[diff]") {
  // Greedy would take (0,0)=0.9 and leave row 1 with 0.1; the optimum is 0.8 + 0.85.
  std::vector<std::vector<double>> w = {{0.9, 0.8}, {0.85, 0.1}};
  CHECK(MaxWeightAssignment(w) == std::vector<int>{1, 0});
  // Forbidden pairs (≤ 0) are never chosen; more columns than rows.
  std::vector<std::vector<double>> r = {{0, 0.5, 0}, {0, 0, 0}};
  CHECK(MaxWeightAssignment(r) == std::vector<int>{1, -1});
}

TEST_CASE("diff: the assignment matches brute force on small matrices", "[diff]") {
  std::mt19937 rng(42);
  for (int round = 0; round < 100; ++round) {
    size_t n = 1 + rng() % 5, m = 1 + rng() % 5;
    std::vector<std::vector<double>> w(n, std::vector<double>(m));
    for (auto& row : w)
      for (auto& x : row) x = rng() % 3 == 0 ? 0 : double(rng() % 100) / 10;
    auto total = [&](const std::vector<int>& a) {
      double s = 0;
      for (size_t i = 0; i < n; ++i)
        if (a[i] >= 0) s += w[i][size_t(a[i])];
      return s;
    };
    double best = 0;
    std::vector<int> cols(std::max(n, m));
    for (size_t j = 0; j < cols.size(); ++j) cols[j] = int(j);
    do {
      std::vector<int> a(n);
      for (size_t i = 0; i < n; ++i) a[i] = cols[i] < int(m) && w[i][size_t(cols[i])] > 0 ? cols[i] : -1;
      best = std::max(best, total(a));
    } while (std::next_permutation(cols.begin(), cols.end()));
    REQUIRE(total(MaxWeightAssignment(w)) == Approx(best));
  }
}

TEST_CASE("diff: acronyms are found wherever they stand in a name", "[diff]") {
  CHECK(Acronyms("CFA 特许金融分析师资格 (II 和 III 级)") == std::set<std::string>{"CFA"});  // 2021-44.txt:303
  CHECK(Acronyms("跟单信用证专家证书 (CDCS)") == std::set<std::string>{"CDCS"});           // 2024-38.txt:221
  CHECK(Acronyms("FIA/FFA 英国正精算师") == std::set<std::string>{"FFA", "FIA"});          // 2024-38.txt:194
  CHECK(Acronyms("Kubernetes 管理员认证").empty());
  CHECK(Acronyms("云计算基础资格 AZ-900 认证") == std::set<std::string>{"AZ"});
  CHECK(NameKey("CDCS 跟单信用证专家证书") == NameKey("跟单信用证专家证书 (CDCS)"));
  CHECK(NameKey("CFA 特许金融分析师证书") != NameKey("CFA 特许金融分析师资格"));
  CHECK(NameKey("受控环境项目 管理资格认证") == NameKey("受控环境项目管理资格认证"));
}

TEST_CASE("diff: one LCS pattern compared with many sequences agrees with the textbook table", "[diff]") {
  std::mt19937 rng(29);
  for (int round = 0; round < 40; ++round) {
    std::vector<int> a(rng() % 700);  // past the 512 symbols kept on the stack, sometimes
    for (auto& x : a) x = int(rng() % 6);
    const LcsPattern pattern(a);
    for (int other = 0; other < 5; ++other) {
      std::vector<int> b(rng() % 300);
      for (auto& x : b) x = int(rng() % 7);  // symbols A lacks too
      std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
      for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j)
          t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
      REQUIRE(pattern.LcsLength(b) == t[a.size()][b.size()]);
      if (!a.empty() || !b.empty())
        CHECK(Ratio(pattern, b) == Approx(2.0 * double(t[a.size()][b.size()]) / double(a.size() + b.size())));
    }
  }
  CHECK(Ratio(LcsPattern({}), {}) == 1.0);
}

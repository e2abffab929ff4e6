// Normalized search: width, OCR spacing, bracket variants and case do not matter; each hit names
// its document, article and printed line.
#include <catch2/catch.hpp>

#include "../support.hpp"
#include "export/search.hpp"
#include "io/reader.hpp"
#include "normalize/normalizer.hpp"

namespace gazette {
namespace {

std::vector<TextLine> SampleLines(const std::string& name) {
  auto input = ReadInput(testing::Path("tests/corpus/" + name + ".txt"));
  REQUIRE(input.ok());
  return Normalize(input->text, input->source).lines;
}

}  // namespace

TEST_CASE("search keys ignore width, spacing, bracket variants and ASCII case", "[search]") {
  CHECK(SearchKey("京人社事业发[2024] 10 号") == SearchKey("京人社事业发〔2024〕10号"));
  CHECK(SearchKey("１５ 个 工 作 日") == SearchKey("15个工作日"));
  CHECK(SearchKey("（试行）") == SearchKey("(试行)"));
  CHECK(SearchKey("ISO 26262") == SearchKey("iso26262"));
  CHECK(SearchKey("  ").empty());
}

TEST_CASE("search finds a time limit printed across a page break, with its article", "[search]") {
  const Issue& issue = testing::SampleIssue("2024-38");
  auto hits = SearchIssue(issue, SampleLines("2024-38"), "15个 工作日");
  REQUIRE(hits.size() == 2);
  // 2024-38.txt:465/467 第十二条 …自收到认定结 ‖ 果之日起 15 个工作日内… (joined across the break)
  CHECK(hits[0].line == 467);
  CHECK(hits[0].docno == "京人社评发〔2024〕11号");
  CHECK(hits[0].article.find("art_12") != std::string::npos);
  CHECK(hits[0].match == "15个工作日");
  CHECK(hits[0].context.find("认定结果之日起15个工作日内") != std::string::npos);
  // 2024-38.txt:491 第十五条 第二款 …收到通知后15个工作日内…
  CHECK(hits[1].line == 491);
  CHECK(hits[1].article.find("art_15") != std::string::npos);
}

TEST_CASE("search matches a 文号 printed with a space before 号, and knows the contents", "[search]") {
  const Issue& issue = testing::SampleIssue("2024-38");
  auto hits = SearchIssue(issue, SampleLines("2024-38"), "京人社事业发[2023]24号");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].line == 146);  // 2024-38.txt:146 (京人社事业发〔2023〕24 号)同时废止。
  CHECK(hits[0].docno == "京人社事业发〔2024〕10号");
  // 2024-38.txt:28 the contents entry of 京人社事业发[2024]10号 lies outside every document
  auto toc = SearchIssue(issue, SampleLines("2024-38"), "京人社事业发〔2024〕10号");
  REQUIRE(toc.size() >= 2);
  CHECK(toc[0].line == 28);
  CHECK(toc[0].docno.empty());
  CHECK(DocumentAtLine(issue, 28) == nullptr);
}

TEST_CASE("an empty search finds nothing", "[search]") {
  const Issue& issue = testing::SampleIssue("2024-38");
  CHECK(SearchIssue(issue, SampleLines("2024-38"), " ").empty());
}

}  // namespace gazette

namespace gazette {

TEST_CASE("a hit names the attachment's node and a short item's own node", "[search]") {
  // 2021-44.txt:157 (一)具有较系统的知识产权专业理论知识… under 附件1's 一、: its node, not "-".
  const Issue& ip = testing::SampleIssue("2021-44");
  auto hits = SearchIssue(ip, SampleLines("2021-44"), "知识产权专业理论知识");
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0].line == 157);
  CHECK(hits[0].article == "ins_1__att_1__sec_1__item_1");
  // 2024-38.txt:591 (二)停止灵活就业的; — eleven characters: its item, not only the article.
  const Issue& jobs = testing::SampleIssue("2024-38");
  auto items = SearchIssue(jobs, SampleLines("2024-38"), "停止灵活就业的");  // not :637 …停止灵活就业社会保险…
  REQUIRE(items.size() == 1);
  CHECK(items[0].line == 591);
  CHECK(items[0].article == "ins_1__chp_2__art_7__item_2");
}

}  // namespace gazette

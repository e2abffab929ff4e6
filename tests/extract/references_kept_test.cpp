// A review's result keeping a document in force with a new end or a new period, or making its
// trial final with one (继续有效,有效期至…; 试行期满后转为正式实施,有效期至…; 自…起继续执行3年), extends it:
// status had read the old end and answered expired.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"
#include "references_support.hpp"
#include "xref/corpus.hpp"

using namespace gazette;

namespace {

// The relation and ISO date of the only reference of TEXT.
std::string Only(const std::string& text) {
  auto refs = refs_tests::RefsOfText(text);
  if (refs.size() != 1) return std::to_string(refs.size()) + " references";
  return ToString(refs[0].type) + " " + ToIso(refs[0].date);
}

// An issue holding one notice of the 民政局 whose numbered 文号 is DOCNO, signed on SIGNED, saying TEXT.
Issue Notice(const std::string& name, const std::string& docno, const std::string& signed_on, const std::string& text) {
  return BuildIssue({name + ".txt", "UTF-8",
                     "北京市人民政府公报\n2021年第30期\n\n北京市民政局\n关于" + name + "的通知\n\n" + docno + "\n\n各区民政局:\n\n" + text +
                         "\n\n北京市民政局\n" + signed_on + "\n"});
}

}  // namespace

TEST_CASE("kept in force or made final with a new end extends it to that end", "[refs][extends]") {
  for (const char* text : {"《北京市甲办法(试行)》(京科发〔2019〕5号)继续有效,有效期至2026年6月30日。\n",
                           "《北京市甲办法(试行)》(京科发〔2019〕5号)试行期满后继续执行,有效期至2026年6月30日。\n",
                           "《北京市甲办法(试行)》(京科发〔2019〕5号)试行期满后转为正式实施,有效期至2026年6月30日。\n",
                           "《北京市甲办法(试行)》(京科发〔2019〕5号)继续执行,执行期限至2026年6月30日。\n",
                           // A comma after the 文号 before its 有效期.
                           "经评估,《北京市甲办法(试行)》(京科发〔2019〕5号),有效期延长至2026年6月30日。\n"}) {
    INFO(text);
    CHECK(Only(text) == "extends 2026-06-30");
  }
}

TEST_CASE("kept alone, made final without a term, or a certificate's end is no extension", "[refs][extends]") {
  CHECK(Only("《北京市甲办法》(京科发〔2019〕5号)继续有效。\n") == "cites ");
  CHECK(Only("《北京市甲办法(试行)》(京科发〔2019〕5号)试行期满后正式实施。\n") == "cites ");
  CHECK(Only("《北京市甲办法》(京科发〔2019〕5号)继续有效,核发的证书有效期至2026年12月31日。\n") == "cites ");
  CHECK(Only("《北京市甲办法》(京科发〔2019〕5号),有效期届满后不再延长有效期。\n") == "cites ");
}

TEST_CASE("a new period, kept or made final, runs on from the old end", "[refs][extends][status]") {
  for (const char* text : {"《关于加强养老机构安全管理的通知》(京民养老发〔2019〕2号)自2022年1月1日起继续执行3年。",
                           "《关于加强养老机构安全管理的通知》(京民养老发〔2019〕2号)有效期届满后继续执行,有效期3年。",
                           "《关于加强养老机构安全管理的通知》(京民养老发〔2019〕2号)继续有效,有效期3年。"}) {
    INFO(text);
    Corpus corpus("2026-01-01");
    corpus.AddIssue(Notice("加强养老机构安全管理", "京民养老发〔2019〕2号", "2019年1月20日",
                           "本通知自2019年2月1日起施行,有效期至2021年12月31日。"));
    corpus.AddIssue(Notice("部分规范性文件清理结果", "京民法发〔2021〕30号", "2021年12月20日", text));
    DocumentStatus s = corpus.Status("京民养老发〔2019〕2号", "2023-01-01");
    CHECK(ToString(s.status) == "in-force");
    CHECK(s.by == "京民法发〔2021〕30号");
    CHECK(ToString(corpus.Status("京民养老发〔2019〕2号", "2025-01-01").status) == "expired");
  }
  // The notice's own dates are not those of the document it makes final (自…起正式实施,有效期5年 of 《A》(文号)).
  Issue final = Notice("甲办法正式实施", "京科发〔2021〕16号", "2021年6月18日",
                       "经评估,决定《北京市甲办法(试行)》(京科发〔2019〕5号)自2021年7月1日起正式实施,有效期5年。");
  REQUIRE(final.documents.size() == 1);
  for (const auto& d : final.documents[0].deadlines) CHECK_FALSE((d.of_document && d.kind != DateKind::kSigned && d.kind != DateKind::kPublished));
}

TEST_CASE("near wordings of a kept document's new end extend it", "[refs][extends]") {
  const std::string cited = "《北京市甲办法(试行)》(京科发〔2019〕5号)";
  for (const auto& [tail, end] : std::vector<std::pair<std::string, std::string>>{
           {"继续有效,有效期截止到2026年6月30日。", "2026-06-30"},
           {"继续有效,有效期延至2026年6月30日。", "2026-06-30"},
           {"继续保留,有效期至2026年6月30日。", "2026-06-30"},
           {"继续有效,有效期至2026年年底。", "2026-12-31"},
           {"继续有效,有效期至2026年。", "2026-12-31"},
           {"有效期延长至2026年年底。", "2026-12-31"},
           {"继续执行至2026年年底。", "2026-12-31"},
           {",继续执行至2026年6月30日。", "2026-06-30"}}) {
    INFO(tail);
    CHECK(Only(cited + tail + "\n") == "extends " + end);
  }
  CHECK(Only(cited + "自2022年4月1日起延续执行2年。\n") == "extends ");  // the period runs on from the old end
}

TEST_CASE("a time looked back on, or licences extended under a title applied, is no extension of it", "[refs][extends]") {
  CHECK(Only("《北京市甲办法》(京科发〔2019〕5号)正式实施3年来,总体运行良好。\n") == "cites ");
  CHECK(Only("按照《关于疫情期间延长食品经营许可证有效期的通知》(京市监发〔2020〕30号),有效期延长至2021年6月30日的食品经营许可证,"
             "应当在有效期届满前申请延续。\n") == "implements ");
}

TEST_CASE("a term named by any period noun, a policy's, or run on by 延期执行 or 展期 extends to its end", "[refs][extends]") {
  for (const char* text : {"《安徽省乙政策》(皖政〔2015〕3号)执行期延长至2019年12月31日。\n",
                           "《安徽省乙政策》(皖政〔2015〕3号)政策执行期延长至2019年12月31日。\n",
                           "《安徽省乙政策》(皖政〔2015〕3号)政策有效期延长至2019年12月31日。\n",
                           "《安徽省乙政策》(皖政〔2015〕3号)实施期延长至2019年12月31日。\n",
                           "《安徽省乙政策》(皖政〔2015〕3号)的政策期限延长至2019年12月31日。\n",
                           "《安徽省乙政策》(皖政〔2015〕3号)延期执行至2019年12月31日。\n",
                           "《安徽省乙政策》(皖政〔2015〕3号)延长执行至2019年12月31日。\n",
                           "《安徽省乙政策》(皖政〔2015〕3号)期满后继续执行,执行期至2019年12月31日。\n",
                           "皖政〔2015〕3号文件有效期展期至2019年12月31日。\n"}) {
    INFO(text);
    CHECK(Only(text) == "extends 2019-12-31");
  }
  // 到期后继续执行两年: a period from the old end (no day stated in the clause).
  CHECK(Only("经评估,皖政〔2015〕3号文件到期后继续执行两年。\n") == "extends ");
  CHECK(Only("《安徽省乙政策》(皖政〔2015〕3号)执行期满后不再延长。\n") == "cites ");
  CHECK(Only("《安徽省乙政策》(皖政〔2015〕3号)执行期间,各地不得另行规定。\n") == "cites ");
}

// The numbering checks (gaps, repeats, order, 第N条之一) and golden trees of every regulation
// with 章/条 in the four sample issues.
#include <catch2/catch.hpp>
#include <string>

#include "articles_support.hpp"
#include "extract/articles.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;
using namespace gazette::article_tests;

TEST_CASE("check: gaps, repeats and order in article numbers", "[articles]") {
  Document d = DocWithInstrument("", "办法",
                                 "第一条 甲。\n\n第二条 乙。\n\n第四条 丁。\n\n第四条 丁。\n\n第三条 丙。\n");
  d.articles = ExtractArticles(d);
  auto findings = CheckArticles(d, "t.txt");
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].kind == "article-gap");
  CHECK(findings[0].line == 9);
  CHECK(findings[0].source == "t.txt");
  CHECK(findings[0].message.find("expected article 3") != std::string::npos);
  CHECK(findings[0].message.find("第四条") != std::string::npos);
  CHECK(findings[1].kind == "article-repeat");
  CHECK(findings[2].kind == "article-order");
}

namespace {

Issue Load(const std::string& name) {
  auto issue = LoadIssue(std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/" + name);
  REQUIRE(issue.ok());
  return std::move(issue.value());
}

const Document* DocByNo(const Issue& issue, const std::string& docno) {
  for (const auto& d : issue.documents)
    if (d.docno == docno) return &d;
  return nullptr;
}

/// Chapters, articles and the article labelled LABEL of the instrument titled TITLE in DOCNO.
struct Regulation {
  int chapters = 0;
  int articles = 0;
  const ArticleNode* article = nullptr;
};

Regulation Measure(const Issue& issue, const std::string& docno, const std::string& title, const std::string& label) {
  Regulation r;
  const Document* doc = DocByNo(issue, docno);
  REQUIRE(doc);
  for (const auto& n : doc->articles) {
    if (n.instrument != title) continue;
    r.chapters += ToString(n.kind) == "chapter";
    r.articles += ToString(n.kind) == "article";
    if (ToString(n.kind) == "article" && n.label == label) r.article = &n;
  }
  REQUIRE(r.article);
  return r;
}

}  // namespace

TEST_CASE("golden: regulations of 2024-38", "[articles]") {
  Issue issue = Load("2024-38.txt");
  // 2024-38.txt:411 办法, 413–509 six chapters, 415–515 第一条–第二十三条; 第十二条 crosses a
  // page break at 465/467.
  auto r1 = Measure(issue, "京人社评发〔2024〕11号", "北京市就业困难人员认定管理办法(试行)", "第十二条");
  CHECK(r1.chapters == 6);
  CHECK(r1.articles == 23);
  CHECK(r1.article->line == 465);
  CHECK(r1.article->id == "ins_1__chp_3__art_12");
  CHECK(r1.article->text == "申请人对认定结果有异议的,可以自收到认定结果之日起15个工作日内向作出认定结果的"
                            "公共就业服务机构所在区人力资源社会保障局申请复核。");
  // 2024-38.txt:564–646: five chapters, 22 articles; 第八条 598/600 (page break) and 602.
  auto r2 = Measure(issue, "京人社评发〔2024〕13号", "北京市灵活就业社会保险补贴人员认定审核办法(试行)", "第八条");
  CHECK(r2.chapters == 5);
  CHECK(r2.articles == 22);
  CHECK(r2.article->text == "灵活就业人员申请和享受社会保险补贴,应如实报告就业状况。灵活就业人员就业状况报告"
                            "包括工作地点、工作时间、工作内容和劳动收入等,并提供相应证明材料。\n"
                            "灵活就业人员享受社会保险补贴期间,每3个月应至少报告就业状况一次。工作内容发生变化时,"
                            "应及时报告变化情况。");
  // 2024-38.txt:664–768: five chapters, 16 articles; 第十一条 754/756.
  auto r3 = Measure(issue, "京知局〔2024〕118号", "北京市专利转化运用能力提升促进办法(试行)", "第十一条");
  CHECK(r3.chapters == 5);
  CHECK(r3.articles == 16);
  CHECK(r3.article->text == "本办法所涉及项目申报采取信用承诺制。申报单位需就其所提交项目申报文件和相关证明材料的"
                            "真实性、有效性,专利转让许可、涉及专利的技术交易和申报本项目等有关行为的合法性以及"
                            "自愿承担因违反诚实信用原则等法律法规规定所产生的相应法律责任等作出书面承诺。");
  // 2024-38.txt:784–927: six chapters, 25 articles; 第二十三条 919/921 (行政管理部 ‖ 门).
  auto r4 = Measure(issue, "京知局〔2024〕130号", "北京市知识产权试点优势单位认定与管理办法", "第二十三条");
  CHECK(r4.chapters == 6);
  CHECK(r4.articles == 25);
  CHECK(r4.article->text == "市知识产权局鼓励各区知识产权行政管理部门、中关村科技园、北京经济技术开发区等制定"
                            "实施促进本区域知识产权试点优势单位培育工作的相关措施。");
  // 2024-38.txt:945–1008: no chapters, 20 articles; 第十条 971/973 (产 ‖ 品批号) and 975.
  auto r5 = Measure(issue, "京药监发〔2024〕230号", "北京市药品零售企业设置自助售(取)药机管理暂行规定", "第十条");
  CHECK(r5.chapters == 0);
  CHECK(r5.articles == 20);
  CHECK(r5.article->text == "自助售药机销售药品打印的销售小票内容涵盖设置自助售药机的药品零售企业名称、药品的"
                            "通用名称、剂型、规格、产品批号、上市许可持有人、销售数量、销售价格、销售日期及国务院"
                            "药品监督管理部门规定的其他内容,建立真实、完整、准确、可追溯的记录,并能够与药品零售"
                            "企业计算机管理系统互联互通,确保药品质量安全可追溯。\n"
                            "自助售药机销售的药品必须具有完整的包装、标签、说明书,不得拆零销售和缺少说明书销售。");
}

TEST_CASE("golden: regulations of 2021-44", "[articles]") {
  Issue issue = Load("2021-44.txt");
  // 2021-44.txt:436–502: five chapters (438, 454, 482, 490, 500), 16 articles; 第十三条 492/494.
  auto r3 = Measure(issue, "京人社市场发〔2021〕35号", "北京市人力资源服务产业园建设发展办法(试行)", "第十三条");
  CHECK(r3.chapters == 5);
  CHECK(r3.articles == 16);
  CHECK(r3.article->text == "区人力资源社会保障部门要制定发布并定期更新本区域内人力资源服务产业园政策清单,包括"
                            "普惠政策和特惠政策。普惠政策应包括就业创业补贴、职业技能培训补贴、猎头引才资金奖励等。"
                            "同时,要积极对接“两区”政策,形成本区特惠政策。");
  // 2021-44.txt:1080–1223: no chapters, 22 articles; 第三条 1096/1098 (受理机 ‖ 构) and 1100.
  auto r8 = Measure(issue, "京商函字〔2021〕1056号", "北京市外商投资企业投诉工作管理办法(修订)", "第三条");
  CHECK(r8.chapters == 0);
  CHECK(r8.articles == 22);
  CHECK(r8.article->text == "本市设立市外商投诉协调机构和市外商投诉受理机构,共同办理外商投资企业投诉事项。\n"
                            "市外商投诉协调机构设在市商务局,负责协调、指导和监督全市外商投资企业投诉工作,召开展局际"
                            "联席会议,协调投诉中的重大问题,并负责向市政府反映影响重大的投诉事项,与商务部外商投资"
                            "企业投诉工作部际联席会议办公室的工作衔接。");
}

TEST_CASE("golden: regulations of 2024-16", "[articles]") {
  Issue issue = Load("2024-16.txt");
  // 2024-16.txt:987–1056: no chapters, 12 articles; 第七条 1033/1035 (人力资源 ‖ 和社会保障局).
  auto r6 = Measure(issue, "京人社数据发〔2024〕2号", "北京市社会保障卡合作银行服务管理实施细则", "第七条");
  CHECK(r6.chapters == 0);
  CHECK(r6.articles == 12);
  CHECK(r6.article->text == "合作银行调整社会保障卡服务网点,应当填写《北京市社会保障卡合作银行服务网点调整备案表》,"
                            "报北京市人力资源和社会保障局备案。北京市人力资源和社会保障局和合作银行应当及时向社会"
                            "公布社会保障卡服务网点信息调整内容。");
  // 2024-16.txt:1084–1150: no chapters, 15 articles; 第三条 1090/1092 (预 ‖ 先收取).
  auto r7 = Measure(issue, "京文旅发〔2023〕110号",
                    "北京市营利性文化艺术类校外培训机构培训课程预付费管理办法(修订)", "第三条");
  CHECK(r7.chapters == 0);
  CHECK(r7.articles == 15);
  CHECK(r7.article->text == "本办法所称预付费是指文化艺术类校外培训机构预先收取学员培训服务费用,并向学员提供"
                            "相应培训服务的一种消费模式。");
}

TEST_CASE("golden: regulations of 2023-42", "[articles]") {
  Issue issue = Load("2023-42.txt");
  // 2023-42.txt:811–889: five chapters (813, 817, 825, 853, 871), 15 articles; 第十一条 865/867.
  auto r = Measure(issue, "京人社能发〔2023〕25号", "创业培训教学平台征集指引(试行)", "第十一条");
  CHECK(r.chapters == 5);
  CHECK(r.articles == 15);
  CHECK(r.article->text == "路演评审结束后,在管理平台进行5个工作日的入围服务方公示。");
  // 2023-42.txt:889 第十五条, the last article.
  auto last = Measure(issue, "京人社能发〔2023〕25号", "创业培训教学平台征集指引(试行)", "第十五条");
  CHECK(last.article->text == "自有课培训平台方和直播培训平台方按照市场化原则做好收退费服务及相关磋商工作。");
  CHECK(last.article->line == 889);
}

TEST_CASE("golden: numbered sections of a notice", "[articles]") {
  Issue issue = Load("2024-38.txt");
  const Document* doc = DocByNo(issue, "京人社事业发〔2024〕10号");
  REQUIRE(doc);
  // 2024-38.txt:92 **一、提供国际专业人员来京便利服务**, 104, 122, 126, 132, 142 `## 六、完善动态调整机制`.
  std::vector<std::string> headings;
  for (const auto& n : doc->articles)
    if (ToString(n.kind) == "section" && n.instrument.empty()) headings.push_back(n.heading);
  REQUIRE(headings.size() == 6);
  CHECK(headings[0] == "提供国际专业人员来京便利服务");
  CHECK(headings[5] == "完善动态调整机制");
  const ArticleNode* item = Find(doc->articles, "sec_2__item_1");
  REQUIRE(item);
  CHECK(item->line == 108);  // 2024-38.txt:108/110 择优聘 ‖ 任相应级别
  CHECK(item->text.find("择优聘任相应级别") != std::string::npos);
}

TEST_CASE("golden: no numbering findings in the sample corpus", "[articles]") {
  for (const char* name : {"2021-44.txt", "2023-42.txt", "2024-16.txt", "2024-38.txt"}) {
    Issue issue = Load(name);
    for (const auto& d : issue.documents) {
      for (const auto& f : CheckArticles(d, issue.source)) {
        INFO(f.source << ":" << f.line << " " << f.message);
        CHECK(false);
      }
    }
  }
}

TEST_CASE("check: the planted gap in tests/data/article-gap.txt", "[articles]") {
  auto issue = LoadIssue(std::string(GAZETTE_SOURCE_DIR) + "/tests/data/article-gap.txt");
  REQUIRE(issue.ok());
  REQUIRE(issue->documents.size() == 1);
  const Document& d = issue->documents[0];
  auto findings = CheckArticles(d, issue->source);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == "article-gap");
  CHECK(findings[0].line == 74);  // article-gap.txt:74 **第七条** after **第五条** at 72
  CHECK(findings[0].message.find("expected article 6 after 第五条") != std::string::npos);
  CHECK(findings[0].message.find("found article 第七条") != std::string::npos);
}

TEST_CASE("check: 第N条之一 is not a repeat", "[articles]") {
  Document d = DocWithInstrument("", "办法", "第一条 甲。\n\n第二条 乙。\n\n第二条之一 乙一。\n\n第三条 丙。\n");
  d.articles = ExtractArticles(d);
  REQUIRE(d.articles.size() == 4);
  CHECK(d.articles[2].id == "ins_1__art_2-1");
  CHECK(CheckArticles(d, "t.txt").empty());
}

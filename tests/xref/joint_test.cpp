// A joint document (联合行文) printed with each issuer's 文号, side by side or one above the other:
// every number is its own, so a later notice extending or repealing it by any of them reaches it.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"
#include "segment/docno.hpp"
#include "xref/corpus.hpp"

using namespace gazette;

namespace {

const char* kMasthead = "北京市人民政府公报\n2019年第30期\n\n";

// A joint notice of two bureaus whose 文号 lines are NUMBERS, issuing a 办法 valid to 2022-08-31.
Issue JointNotice(const std::string& numbers) {
  return BuildIssue({"joint.txt", "UTF-8",
                     std::string(kMasthead) + "北京市财政局 北京市教育委员会\n关于印发《北京市学前教育经费管理办法》的通知\n\n" + numbers +
                         "\n\n各区财政局、教委:\n\n现将《北京市学前教育经费管理办法》印发给你们,请遵照执行。\n\n"
                         "北京市财政局 北京市教育委员会\n2019年8月20日\n\n北京市学前教育经费管理办法\n\n"
                         "第一条 为加强学前教育经费管理,制定本办法。\n\n第二条 本办法自2019年9月1日起施行,有效期至2022年8月31日。\n"});
}

// A later notice whose one sentence SENTENCE relates to the joint notice.
Issue Later(const std::string& name, const std::string& docno, const std::string& sentence) {
  return BuildIssue({name + ".txt", "UTF-8",
                     std::string(kMasthead) + "北京市财政局 北京市教育委员会\n关于学前教育经费管理有关事项的通知\n\n" + docno +
                         "\n\n各区财政局、教委:\n\n" + sentence + "\n\n北京市财政局 北京市教育委员会\n2022年8月1日\n"});
}

}  // namespace

TEST_CASE("a joint document's 文号 side by side or one under the other are all its own", "[segment][docno]") {
  for (const std::string numbers : {"京财教育〔2019〕1500号\n京教财〔2019〕60号", "京财教育〔2019〕1500号　京教财〔2019〕60号",
                                    "京财教育〔2019〕1500号  京教财〔2019〕60号"}) {
    INFO(numbers);
    Issue issue = JointNotice(numbers);
    REQUIRE(issue.documents.size() == 1);
    const Document& d = issue.documents[0];
    CHECK(d.docno == "京财教育〔2019〕1500号");
    CHECK(d.joint_docnos == std::vector<std::string>{"京教财〔2019〕60号"});
    CHECK(d.recipients == "各区财政局、教委");
    CHECK(d.references.empty());  // it had cited its own second number
  }
}

TEST_CASE("numbers of one agency, of two years, or listed with 、 are no joint document's", "[segment][docno]") {
  CHECK(JointDocnos("京财教育〔2019〕1500号　京教财〔2019〕60号").size() == 2);
  CHECK(JointDocnos("京财教育〔2019〕1500号京教财〔2019〕60号").size() == 2);  // normalized: the space between them gone
  CHECK(JointDocnos("京政发〔2005〕30号　京政发〔2005〕31号").empty());
  CHECK(JointDocnos("京财教育〔2019〕1500号　京教财〔2018〕60号").empty());
  CHECK(JointDocnos("京财教育〔2019〕1500号、京教财〔2019〕60号").empty());
  CHECK(JointDocnos("京财教育〔2019〕1500号").empty());
  CHECK(OtherJointDocnos("京教财〔2019〕60号", "京财教育〔2019〕1500号 京教财〔2019〕60号") ==
        std::vector<std::string>{"京财教育〔2019〕1500号"});
  CHECK(OtherJointDocnos("京政发〔2019〕1号", "京财教育〔2019〕1500号 京教财〔2019〕60号").empty());
}

TEST_CASE("an extension by a joint document's second number and a repeal by its first both reach it", "[xref][docno]") {
  for (const std::string numbers : {"京财教育〔2019〕1500号\n京教财〔2019〕60号", "京财教育〔2019〕1500号　京教财〔2019〕60号"}) {
    INFO(numbers);
    Corpus corpus("2026-01-01");
    corpus.AddIssue(JointNotice(numbers));
    corpus.AddIssue(Later("ext", "京财教育〔2022〕1700号",
                          "经评估,《北京市学前教育经费管理办法》(京教财〔2019〕60号)有效期延长至2024年8月31日。"));
    corpus.AddIssue(Later("rep", "京财教育〔2024〕1600号",
                          "本通知自2024年9月1日起施行,《北京市学前教育经费管理办法》(京财教育〔2019〕1500号)同时废止。"));
    for (const char* number : {"京财教育〔2019〕1500号", "京教财〔2019〕60号"}) {
      INFO(number);
      DocumentStatus extended = corpus.Status(number, "2023-01-01");
      CHECK(ToString(extended.status) == "in-force");
      CHECK(extended.docno == "京财教育〔2019〕1500号");
      DocumentStatus repealed = corpus.Status(number, "2024-09-01");
      CHECK(ToString(repealed.status) == "repealed");
      CHECK(repealed.by == "京财教育〔2024〕1600号");
    }
  }
}

TEST_CASE("two provinces' bureaus before 关于 parted by a space are two issuers", "[segment]") {
  Issue issue = BuildIssue({"henan.txt", "UTF-8",
                            "河南省教育厅 河南省财政厅关于加强学生资助资金管理的通知\n\n教财〔2021〕305号\n\n各省辖市教育局、财政局:\n\n"
                            "一、加强资金管理。\n\n河南省教育厅          河南省财政厅\n2021年9月1日\n"});
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"河南省教育厅", "河南省财政厅"});  // one glued name before
  CHECK(issue.documents[0].title == "关于加强学生资助资金管理的通知");
}

TEST_CASE("a contents entry naming a joint document by either number, or by both, is that document", "[segment][contents]") {
  for (const std::string number : {"京财教育〔2019〕1500号", "京教财〔2019〕60号", "京财教育〔2019〕1500号　京教财〔2019〕60号"}) {
    INFO(number);
    Issue issue = BuildIssue({"joint.txt", "UTF-8",
                              "北京市人民政府公报\n2019年第30期\n\n目　录\n\n北京市财政局 北京市教育委员会关于印发《北京市学前教育经费管理办法》的通知(" +
                                  number +
                                  ")……(2)\n\n北京市财政局 北京市教育委员会\n关于印发《北京市学前教育经费管理办法》的通知\n\n"
                                  "京财教育〔2019〕1500号\n京教财〔2019〕60号\n\n各区财政局、教委:\n\n现将办法印发给你们。\n\n"
                                  "北京市财政局 北京市教育委员会\n2019年8月20日\n"});
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].page == 2);
    CHECK(issue.findings.empty());  // contents-unmatched and document-not-in-contents before
  }
}

TEST_CASE("issuers printed partly in the block and partly on the title line are all its issuers", "[segment]") {
  Issue issue = BuildIssue({"four.txt", "UTF-8",
                            "北京市住房和城乡建设委员会　北京市规划和国土资源管理委员会\n"
                            "北京市发展和改革委员会　北京市财政局关于进一步加强共有\n产权住房建设管理工作的补充通知\n京建发〔2018〕110号\n"
                            "各区住房城乡建设委:\n\n现就有关事项补充通知如下。\n\n"
                            "北京市住房和城乡建设委员会　北京市规划和国土资源管理委员会\n北京市发展和改革委员会　北京市财政局\n2018年8月1日\n"});
  REQUIRE(issue.documents.size() == 1);
  CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市住房和城乡建设委员会", "北京市规划和国土资源管理委员会",
                                                               "北京市发展和改革委员会", "北京市财政局"});  // the last two lost before
  CHECK(issue.documents[0].title == "关于进一步加强共有产权住房建设管理工作的补充通知");
}

// A regulation or notice saved from a government site, with the site's furniture around its text:
// the tools bar, counters and dates, the links and breadcrumb, none of it the document's.
#include <catch2/catch.hpp>

#include <string>

#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

Issue PastedIssue(const std::string& text) { return BuildIssue({"pasted.txt", "UTF-8", text}); }

}  // namespace

TEST_CASE("a web page's tools, counters, links and breadcrumb are furniture", "[normalize][web]") {
  for (const char* line : {"发布日期：2023-08-02　　来源：省政府办公厅　　浏览次数：4216", "字号：【大】【中】【小】　　打印本页　　关闭窗口",
                           "分享到：　微信　微博　QQ空间", "【打印本页】　【关闭窗口】", "浏览次数：1532    字号：大 中 小    打印本页",
                           "来源：浙江省人民政府办公厅　　发布时间：2024-03-15 10:22　　浏览次数：2318", "当前位置：首页 > 法律法规 > 地方性法规",
                           "首页 > 政务公开 > 政策文件", "上一篇：四川省人民政府关于修改《四川省城市供水管理办法》的决定",
                           "扫一扫在手机打开当前页", "分享：微信 微博", "【打印】【关闭】", "索引号：000014349/2023-00012"})
    CHECK(IsFurniture(NormalizeText(line)));
  // A source or a date alone may be a table's note or cell, 关闭 a cell, a file name a wrapped line's
  // end or an attachment; a sentence that opens so is text.
  for (const char* line : {"来源：市统计局", "发布日期：2023-08-02", "关闭", "打印", "关于印发实施方案的通知.pdf",
                           "首页设计应当简洁。", "发布日期：本办法公布之日", "打印机、复印机等办公设备",
                           "标题：项目名称　作者：项目负责人"})
    CHECK_FALSE(IsFurniture(NormalizeText(line)));
}

TEST_CASE("a regulation saved with its page's furniture is read as without it", "[normalize][web]") {
  const std::string body =
      "（2023年7月24日省政府第12次常务会议通过　2023年8月2日山东省人民政府令第356号公布　自2023年10月1日起施行）\n"
      "第一条　为了加强电动自行车管理，制定本办法。\n"
      "第二条　本办法自2023年10月1日起施行。\n";
  Issue plain = PastedIssue("山东省电动自行车管理办法\n" + body);
  Issue saved = PastedIssue("当前位置：首页 > 政务公开 > 政策法规\n山东省电动自行车管理办法\n"
                            "发布日期：2023-08-02　　来源：省政府办公厅　　浏览次数：4216\n字号：【大】【中】【小】　　打印本页　　关闭窗口\n" +
                            body + "分享到：　微信　微博　QQ空间\n【打印本页】　【关闭窗口】\n上一篇：关于修改《山东省某办法》的决定\n");
  REQUIRE(plain.documents.size() == 1);
  REQUIRE(saved.documents.size() == 1);
  CHECK(saved.documents[0].title == plain.documents[0].title);
  CHECK(saved.documents[0].docno == "山东省人民政府令第356号");
  CHECK(saved.documents[0].references.empty());  // 上一篇 names a page's neighbour, cites nothing
  CHECK(saved.documents[0].articles.size() == plain.documents[0].articles.size());
}

TEST_CASE("the metadata block of a gov.cn page under its 索引号 is furniture; alone, such a line is text", "[normalize][web]") {
  const std::string notice = "北京市人民政府关于加强甲工作的通知\n京政发〔2023〕5号\n各区人民政府：\n现就有关事项通知如下。\n北京市人民政府\n2023年3月1日\n";
  Issue saved = PastedIssue("索引号：000014349/2023-00012\n主题分类：综合政务\n发文机关：北京市人民政府\n成文日期：2023年3月1日\n"
                            "标题：北京市人民政府关于加强甲工作的通知\n发文字号：京政发〔2023〕5号\n发布日期：2023年3月5日\n" + notice);
  REQUIRE(saved.documents.size() == 1);
  CHECK(saved.documents[0].docno == "京政发〔2023〕5号");
  CHECK(saved.documents[0].title == "关于加强甲工作的通知");
  auto kept = Normalize("项目\t状态\n露天烧烤\n关闭\n发布日期：2023-08-02\n", "t.txt").lines;
  CHECK(kept.size() == 4);
}

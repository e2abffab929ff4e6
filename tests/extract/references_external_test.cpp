// Repeals on 42 real regulations from outside the gazette (tests/corpus/external/, SOURCES.tsv):
// recall (every title a clause repeals is a `repeals` record) and precision (no other record is a
// repeal) against gold read in the texts. Each file is read whole as one document's body, so the
// extractor is measured apart from segmentation.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"

using namespace gazette;

namespace {

std::string External(const std::string& name) {
  return std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/external/" + name;
}

// A document whose body is every normalized line of the file NAME (title left empty).
Document WholeFile(const std::string& name) {
  std::ifstream in(External(name), std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  Document d;
  d.body = Normalize(bytes.str(), name).lines;
  return d;
}

// One repealed title: the file, the line of the clause, the title (TitleKey form), its 文号.
struct Repeal {
  std::string file;
  int line;
  std::string title;
  std::string to;
};

// Every repeal the 42 texts print (grep 废止|失效|停止执行|不再执行, each hit read in context).
const std::vector<Repeal>& Gold() {
  static const std::vector<Repeal> gold = {
      // 07.txt:305 …通过，根据2016年11月25日…《关于修改部分地方性法规的决定》修正的《北京市实施〈…〉若干规定》同时废止。
      {"07.txt", 305, "北京市实施《中华人民共和国保守国家秘密法》若干规定", ""},
      // 09.txt:189 1989年10月19日…第十四次会议通过的《北京市农业联产承包合同条例》同时废止。
      {"09.txt", 189, "北京市农业联产承包合同条例", ""},
      // 21.txt:121 1990年1月19日…通过的《北京市中等职业技术教育条例》同时废止。
      {"21.txt", 121, "北京市中等职业技术教育条例", ""},
      // 25.txt:161 1994年10月20日…通过的《北京市技术市场管理条例》同时废止。
      {"25.txt", 161, "北京市技术市场管理条例", ""},
      // 27.txt:139 《北京市水利工程管理办法》和《北京市革命委员会关于保护水利工程的布告》同时废止。
      {"27.txt", 139, "北京市水利工程管理办法", ""},
      {"27.txt", 139, "北京市革命委员会关于保护水利工程的布告", ""},
      // 31.txt:293 1990年4月21日…审议通过、1997年4月16日…修改的《北京市城市绿化条例》和1988年9月2日…
      // 修改的《北京市郊区植树造林条例》同时废止。
      {"31.txt", 293, "北京市城市绿化条例", ""},
      {"31.txt", 293, "北京市郊区植树造林条例", ""},
      // 35.txt:309 1996年12月5日经…通过的《北京市预算监督条例》同时废止。
      {"35.txt", 309, "北京市预算监督条例", ""},
      // 37.txt:771 2012年9月12日发布的《机动车驾驶证申领和使用规定》（公安部令第123号）和2016年1月29日发布的
      // 《公安部关于修改<机动车驾驶证申领和使用规定>的决定》（公安部令第139号）同时废止。
      {"37.txt", 771, "机动车驾驶证申领和使用规定", "公安部令第123号"},
      {"37.txt", 771, "公安部关于修改《机动车驾驶证申领和使用规定》的决定", "公安部令第139号"},
      // 40.txt:525 2014年7月30日原国家食品药品监督管理总局令第4号公布的《医疗器械注册管理办法》同时废止。
      {"40.txt", 525, "医疗器械注册管理办法", "国家食品药品监督管理总局令第4号"},
      // 41.txt:307 2014年7月30日原国家食品药品监督管理总局令第8号公布的《医疗器械经营监督管理办法》同时废止。
      {"41.txt", 307, "医疗器械经营监督管理办法", "国家食品药品监督管理总局令第8号"},
      // 42.txt:259 1999年5月1日实施的《进口药品管理办法》同时废止。
      {"42.txt", 259, "进口药品管理办法", ""},
  };
  return gold;
}

std::string Key(const std::string& file, int line, const std::string& title) {
  return file + ":" + std::to_string(line) + " " + title;
}

std::string FileName(int n) { return (n < 10 ? "0" : "") + std::to_string(n) + ".txt"; }

}  // namespace

TEST_CASE("external regulations: every repealed title found, no false repeal", "[refs][external]") {
  std::set<std::string> gold;
  std::map<std::string, std::string> gold_to;
  for (const auto& g : Gold()) {
    gold.insert(Key(g.file, g.line, g.title));
    gold_to[Key(g.file, g.line, g.title)] = g.to;
  }
  std::set<std::string> found;
  std::vector<std::string> false_repeals;
  for (int n = 1; n <= 42; ++n) {
    std::string file = FileName(n);
    for (const auto& r : ExtractReferences(WholeFile(file))) {
      if (ToString(r.type) != "repeals") continue;
      std::string key = Key(file, r.line, TitleKey(r.title));
      if (!gold.count(key)) {
        false_repeals.push_back(key + " to=" + r.to);
        continue;
      }
      found.insert(key);
      if (!gold_to[key].empty()) CHECK(r.to == gold_to[key]);
    }
  }
  std::vector<std::string> missed;
  for (const auto& k : gold)
    if (!found.count(k)) missed.push_back(k);
  std::string report;
  for (const auto& m : missed) report += "\nmissed: " + m;
  for (const auto& f : false_repeals) report += "\nfalse repeal: " + f;
  INFO("recall " << found.size() << "/" << gold.size() << ", false repeals " << false_repeals.size() << report);
  CHECK(missed.empty());
  CHECK(false_repeals.empty());
}


TEST_CASE("external regulations: every 文号 read whole, no reference finding", "[refs][external]") {
  // Every 文号 the 42 texts print (grep 〔, 令, 公告): orders, with their issuer read whole.
  const std::set<std::string> printed = {
      "公安部令第123号", "公安部令第139号",                          // 37.txt:771
      "国家市场监督管理总局令第47号",                                // 40.txt:3
      "国家食品药品监督管理总局令第4号",                             // 40.txt:525
      "国家市场监督管理总局令第54号",                                // 41.txt:3
      "国家食品药品监督管理总局令第8号",                             // 41.txt:307
      "食品药品监管局、海关总署令第4号"};                            // 42.txt:3
  std::set<std::string> found;
  for (int n = 1; n <= 42; ++n) {
    Document d = WholeFile(FileName(n));
    d.references = ExtractReferences(d);
    for (const auto& r : d.references)
      if (!r.to.empty()) found.insert(r.to);
    for (const auto& f : CheckReferences(d, FileName(n))) {
      INFO(f.source << ":" << f.line << ": " << f.kind << ": " << f.message);
      CHECK(false);
    }
  }
  CHECK(found == printed);
}

// Repeals on the sample issues, end to end (segmentation included), against gold read in the text:
// every repealed document found, no other record a repeal, and every 文号 read from its agency's
// first character.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <fstream>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

std::string Sample(const std::string& name) { return std::string(GAZETTE_SOURCE_DIR) + "/tests/corpus/" + name; }

// LINE:TO of each repeal gold says NAME prints.
std::multiset<std::string> Gold(const std::string& name) {
  std::multiset<std::string> gold;
  if (name == "2021-44.txt") {
    gold.insert("953:京商务财务字〔2018〕25号");    // 2021-44.txt:953 …(京商务财务字〔2018〕25 号)同时废止。
    gold.insert("1223:京商函字〔2019〕1272号");     // 2021-44.txt:1223 …(京商函字〔2019〕1272 号)同时废止。
  } else if (name == "2023-42.txt") {
    // 2023-42.txt:522 (二)《…》(京人社办发〔2009〕61号)、…(京人社能发〔2016〕150号)同时废止。
    for (const char* to : {"京人社办发〔2009〕61号", "京人社能发〔2012〕34号", "京人社服发〔2012〕98号",
                           "京人社服发〔2014〕198号", "京人社能发〔2016〕150号"})
      gold.insert(std::string("522:") + to);
    gold.insert("1040:京环发〔2019〕11号");  // 2023-42.txt:1040 …(京环发〔2019〕11 号)同时废止。
    // 2023-42.txt:957 宣布废止失效的文件目录: the 57 numbered rows at 960–1024 (headers repeated at
    // 971, 987, 1004, 1022), read from the printed rows below.
  } else if (name == "2024-16.txt") {
    gold.insert("1150:京文旅发〔2022〕108号");  // 2024-16.txt:1150 …(京文旅发〔2022〕108 号)同时废止。
  } else if (name == "2024-38.txt") {
    gold.insert("146:京人社事业发〔2023〕24号");  // 2024-38.txt:146 …(京人社事业发〔2023〕24 号)同时废止。
    gold.insert("927:京知局〔2020〕171号");       // 2024-38.txt:927 原《…》(京知局〔2020〕171 号)自本办法发布之日起废止。
  }
  return gold;
}

// The printed line numbers of the numbered rows (N<tab>…) of 2023-42.txt between 960 and 1024.
std::set<int> ListedRows() {
  std::ifstream in(Sample("2023-42.txt"), std::ios::binary);
  std::set<int> rows;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n)
    if (n >= 960 && n <= 1024 && std::regex_search(line, std::regex("^[0-9]+\t"))) rows.insert(n);
  return rows;
}

}  // namespace

TEST_CASE("sample issues: every repeal found, no false repeal", "[refs][gold]") {
  for (const char* name : {"2021-44.txt", "2023-42.txt", "2024-16.txt", "2024-38.txt"}) {
    auto issue = LoadIssue(Sample(name));
    REQUIRE(issue.ok());
    std::multiset<std::string> gold = Gold(name);
    std::set<int> rows = std::string(name) == "2023-42.txt" ? ListedRows() : std::set<int>{};
    if (std::string(name) == "2023-42.txt") CHECK(rows.size() == 57);
    std::vector<std::string> false_repeals;
    for (const auto& d : issue.value().documents)
      for (const auto& r : d.references) {
        if (ToString(r.type) != "repeals") continue;
        auto it = gold.find(std::to_string(r.line) + ":" + r.to);
        if (it != gold.end()) gold.erase(it);
        else if (rows.erase(r.line) == 0) false_repeals.push_back(std::to_string(r.line) + ":" + r.to + " " + r.title);
      }
    std::string report;
    for (const auto& g : gold) report += "\nmissed: " + std::string(name) + ":" + g;
    for (int row : rows) report += "\nmissed row: " + std::string(name) + ":" + std::to_string(row);
    for (const auto& f : false_repeals) report += "\nfalse repeal: " + std::string(name) + ":" + f;
    INFO(report);
    CHECK(gold.empty());
    CHECK(rows.empty());
    CHECK(false_repeals.empty());
  }
}

TEST_CASE("sample issues: no 文号 starts inside a date or an issuer phrase", "[refs][gold]") {
  // A 文号's agency never begins with a date's unit or a citing word, never holds an issuer's name
  // before its code (GB/T 9704: the code is 发文机关代字).
  std::regex inside("^(?:年|月|日|的|根据|按照|依据)|(?:人民政府|委员会|办公厅).+〔");
  for (const char* name : {"2021-44.txt", "2023-42.txt", "2024-16.txt", "2024-38.txt"}) {
    auto issue = LoadIssue(Sample(name));
    REQUIRE(issue.ok());
    for (const auto& d : issue.value().documents)
      for (const auto& r : d.references) {
        INFO(name << ":" << r.line << " " << r.to);
        CHECK_FALSE(std::regex_search(r.to, inside));
      }
  }
}

// Documents wherever they are (issue 12): the 42 outside texts in tests/corpus/external/ (one
// regulation or decision per file, no masthead), alone, put together, wrapped in a synthetic
// issue with and without its contents, and damaged as OCR damages print. Every count below was
// read in the file (the line of its 施行 article in each comment); the synthetic texts are built
// here from those files.
#include <catch2/catch.hpp>

#include "../support.hpp"
#include "pipeline/pipeline.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

struct Gold {
  std::string file;
  int chapters;
  int articles;
  std::string effective;  ///< the date printed in its 施行 clause; "" when it takes effect on publication
};

// clang-format off
const std::vector<Gold> kGold = {
  {"01", 0, 7, ""},              // 01.txt:27 本规定自公布之日起施行
  {"02", 7, 41, "1990-01-01"},   // 02.txt:201
  {"03", 0, 0, ""},              // 03.txt:41 本决定自公布之日起施行 (numbered 一、 二、, no 条)
  {"04", 0, 0, "2018-01-01"},    // 04.txt:11
  {"05", 4, 52, ""},             // 05.txt:219; the source lost 第四章 and 第十六条 (:87), 52 printed
  {"06", 7, 52, "2020-12-01"},   // 06.txt:225
  {"07", 6, 41, "2021-10-01"},   // 07.txt:305
  {"08", 9, 62, "2007-10-01"},   // 08.txt:297
  {"09", 7, 35, "1998-09-15"},   // 09.txt:189
  {"10", 6, 31, "1997-04-01"},   // 10.txt:145
  {"11", 6, 40, "1993-07-01"},   // 11.txt:149
  {"12", 8, 76, ""},             // 12.txt:307
  {"13", 10, 68, ""},            // 13.txt:307 自公布之日起实施
  {"14", 5, 34, "2022-07-01"},   // 14.txt:205; :5-17 its own contents (title and 第一章…第五章) before the text
  {"15", 7, 93, "2019-04-28"},   // 15.txt:391
  {"16", 0, 18, "2003-08-01"},   // 16.txt:61
  {"17", 9, 49, "2009-11-01"},   // 17.txt:229
  {"18", 0, 25, ""},             // 18.txt:89
  {"19", 9, 40, "1995-06-01"},   // 19.txt:161
  {"20", 0, 16, ""},             // 20.txt:77
  {"21", 0, 32, "1997-10-01"},   // 21.txt:121
  {"22", 8, 108, "2005-01-01"},  // 22.txt:829
  {"23", 0, 31, "2019-07-01"},   // 23.txt:203
  {"24", 7, 61, "2024-03-01"},   // 24.txt:287
  {"25", 6, 41, "2002-11-01"},   // 25.txt:161
  {"26", 5, 43, "2018-05-01"},   // 26.txt:189
  {"27", 5, 28, "1986-06-01"},   // 27.txt:139
  {"28", 6, 39, "2009-03-01"},   // 28.txt:231
  {"29", 0, 19, ""},             // 29.txt:47
  {"30", 7, 55, "2007-03-01"},   // 30.txt:229
  {"31", 7, 78, "2010-03-01"},   // 31.txt:293
  {"32", 0, 5, "1996-10-01"},    // 32.txt:15
  {"33", 7, 53, "1994-10-01"},   // 33.txt:163
  {"34", 8, 58, "2005-11-01"},   // 34.txt:335
  {"35", 6, 46, "2017-03-01"},   // 35.txt:309
  {"36", 7, 37, "2002-07-01"},   // 36.txt:217
  {"37", 7, 111, "2022-04-01"},  // 37.txt:771 (no dating lines: title, then 第一章)
  {"38", 7, 37, "2022-04-01"},   // 38.txt:247
  {"40", 10, 124, "2021-10-01"}, // 40.txt:5 "2021年10月1日 施行" and :525
  {"41", 6, 73, "2022-05-01"},   // 41.txt:5 and :307
  {"42", 5, 45, "2004-01-01"},   // 42.txt:5 and :259 自2004年1月1日起实施
};
// clang-format on

std::string External(const std::string& name) { return gazette::testing::ReadBytes(gazette::testing::Path("tests/corpus/external/" + name + ".txt")); }

Issue Build(const std::string& source, const std::string& text) { return BuildIssue({source, "UTF-8", text}); }

int CountKind(const Document& d, const std::string& kind) {
  int n = 0;
  for (const auto& a : d.articles) n += ToString(a.kind) == kind;
  return n;
}

// The document's own effective dates (the 施行 clause, a dating line 施行), each distinct once.
std::vector<std::string> Effective(const Document& d) {
  std::vector<std::string> out;
  for (const auto& r : d.deadlines)
    if (ToString(r.kind) == "effective" && r.of_document && !ToIso(r.date).empty() &&
        std::find(out.begin(), out.end(), ToIso(r.date)) == out.end())
      out.push_back(ToIso(r.date));
  return out;
}

void CheckGold(const Document& d, const Gold& g) {
  INFO("external/" << g.file << ".txt: " << d.title);
  CHECK(CountKind(d, "chapter") == g.chapters);
  CHECK(CountKind(d, "article") == g.articles);
  if (!g.effective.empty()) CHECK(Effective(d) == std::vector<std::string>{g.effective});
}

const Gold& GoldOf(const std::string& file) {
  for (const auto& g : kGold)
    if (g.file == file) return g;
  FAIL("no gold for " << file);
  return kGold.front();
}

// The first line of an outside text: its title.
std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// Five texts of every shape: rules with no chapters (01), a decision numbered 一、二、 (03), a
// regulation printing its own contents (14), a ministry rule with no dating lines (37), a rule
// promulgated by order with a dating line 施行 (40).
const std::vector<std::string> kFive = {"01", "03", "14", "37", "40"};

std::string Concatenation() {
  std::string out;
  for (const auto& f : kFive) out += External(f) + "\n\n";
  return out;
}

const char* kMasthead = "北京市人民政府公报\n\n2025\n\n第 3 期（总第 900 期）\n\n2025年1月24日 第3期 北京市人民政府办公厅主办\n\n";

// The five texts in an issue; WITH_CONTENTS adds the printed contents (title ..... (page)).
std::string SyntheticIssue(bool with_contents) {
  std::string out = kMasthead;
  if (with_contents) {
    out += "目 录\n\n【地方性法规】\n\n";
    int page = 2;
    for (const auto& f : kFive) out += FirstLine(External(f)) + " ..... (" + std::to_string(page++ * 3) + ")\n\n";
  }
  return out + Concatenation();
}

// What OCR does to the five texts: spaces inside CJK runs of titles and headings, a long title
// wrapped over two lines, page breaks with the running head and page number cutting long lines.
std::string Damaged() {
  std::string out;
  int page = 1;
  for (const auto& f : kFive) {
    auto lines = Split(External(f), "\n");
    for (size_t i = 0; i < lines.size(); ++i) {
      std::u32string u = ToU32(lines[i]);
      if (i == 0 && u.size() > 24) {  // a wrapped title
        out += ToUtf8(u.substr(0, 12)) + "\n" + ToUtf8(u.substr(12)) + "\n";
      } else if (i == 0 || (StartsWith(lines[i], "第") && u.size() < 20)) {  // 第 一 章  总 则
        std::u32string spaced;
        for (char32_t c : u) spaced += std::u32string{c, U' '};
        out += ToUtf8(spaced) + "\n";
      } else if (u.size() > 80 && i % 7 == 0) {  // a page break inside a paragraph
        out += ToUtf8(u.substr(0, 40)) + "\n\n北京市人民政府公报\n\n- " + std::to_string(++page) + " -\n\n" +
               ToUtf8(u.substr(40)) + "\n";
      } else {
        out += lines[i] + "\n";
      }
    }
    out += "\n";
  }
  return out;
}

struct Seen {
  std::string title;
  int chapters, articles;
  std::string date;
};

std::vector<Seen> Documents(const Issue& issue) {
  std::vector<Seen> out;
  for (const auto& d : issue.documents)
    out.push_back({d.title, CountKind(d, "chapter"), CountKind(d, "article"), ToIso(d.date)});
  return out;
}

void CheckFive(const Issue& issue) {
  REQUIRE(issue.documents.size() == kFive.size());
  for (size_t i = 0; i < kFive.size(); ++i) {
    const Document& d = issue.documents[i];
    CHECK(StripSpaces(d.title) == StripSpaces(FirstLine(External(kFive[i]))));
    CheckGold(d, GoldOf(kFive[i]));
  }
}

}  // namespace

TEST_CASE("each outside text alone is one document with its chapters, articles and effective date",
          "[segment][external]") {
  for (const auto& g : kGold) {
    Issue issue = Build(g.file + ".txt", External(g.file));
    INFO("external/" << g.file << ".txt");
    REQUIRE(issue.documents.size() == 1);
    const Document& d = issue.documents[0];
    CHECK(d.title == StripSpaces(FirstLine(External(g.file))));  // the first line, whole
    CHECK(d.line == 1);
    CheckGold(d, g);
    // No masthead: not an issue; nothing invented.
    CHECK(issue.header.year == 0);
    CHECK(issue.header.number == 0);
    CHECK(ToIso(issue.header.date).empty());
    CHECK(issue.findings.empty());
  }
}

TEST_CASE("a regulation alone is dated by its dating lines", "[segment][external]") {
  // 02.txt:3 adopted 1989年9月21日; :5, :7, :9 amended; the latest (2016年3月24日) dates it
  Issue issue = Build("02.txt", External("02"));
  REQUIRE(issue.documents.size() == 1);
  const Document& d = issue.documents[0];
  CHECK(ToIso(d.date) == "2016-03-24");
  CHECK(d.date_line == 9);
  CHECK(d.id == "02#1");  // no number: file stem and position
  std::vector<std::string> kinds;
  for (const auto& r : d.deadlines)
    if (ToString(r.kind) == "adopted" || ToString(r.kind) == "amended" || ToString(r.kind) == "signed") kinds.push_back(ToString(r.kind) + " " + ToIso(r.date));
  CHECK(kinds == std::vector<std::string>{"adopted 1989-09-21", "amended 1996-05-30", "amended 2010-12-23",
                                          "amended 2016-03-24"});
  // 12.txt:9 a later 通过 (of an amending decision) is an amendment, not a second adoption
  Issue rules = Build("12.txt", External("12"));
  int adopted = 0;
  for (const auto& r : rules.documents.at(0).deadlines) adopted += ToString(r.kind) == "adopted";
  CHECK(adopted == 1);
  CHECK(ToIso(rules.documents[0].date) == "2023-07-28");
  // 自公布之日起施行 counts from the publication the dating lines print: the adoption of a text
  // never amended (01.txt:3, :27); an amended text does not say when it was published (05.txt:3-9,
  // :219), so no date is given rather than an amendment's.
  CHECK(Effective(Build("01.txt", External("01")).documents.at(0)) == std::vector<std::string>{"1996-10-17"});
  CHECK(Effective(Build("05.txt", External("05")).documents.at(0)).empty());
  // 40.txt:3 "2021年8月26日 国家市场监督管理总局令第47号公布": promulgated by that order, its number
  Issue order = Build("40.txt", External("40"));
  CHECK(order.documents.at(0).docno == "国家市场监督管理总局令第47号");
  CHECK(ToIso(order.documents[0].date) == "2021-08-26");
  CHECK(order.documents[0].issuers == std::vector<std::string>{"国家市场监督管理总局"});  // the order's issuer
}

TEST_CASE("a document's kind is the last kind its title names", "[segment][external]") {
  // The first line of each file: 条例 and 规则 (the kinds of local regulations) as well as 办法,
  // 规定, 细则 and 决定.
  const std::vector<std::pair<std::string, std::string>> kinds = {
      {"02", "条例"},  // 北京市乡、民族乡、镇人民代表大会组织条例
      {"05", "规则"},  // 北京市人民代表大会议事规则
      {"08", "条例"},  // 北京市公路条例
      {"13", "细则"},  // …代表选举实施细则
      {"04", "决定"},  // …适用税额的决定
      {"23", "规定"},  // 北京市小规模食品生产经营管理规定
      {"40", "办法"},  // 医疗器械注册与备案管理办法
  };
  for (const auto& [file, kind] : kinds) {
    INFO("external/" << file << ".txt");
    Issue issue = Build(file + ".txt", External(file));
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].type == kind);
  }
  // A suffix after the kind: 办法(试行); an order's 令.
  Issue trial = Build("t.txt", "北京市就业困难人员认定管理办法(试行)\n\n第一条 为了规范认定,制定本办法。\n\n第二条 本办法自2024年1月1日起施行。\n");
  REQUIRE(trial.documents.size() == 1);
  CHECK(trial.documents[0].type == "办法");
}

TEST_CASE("a text that is not a document says so", "[segment][external]") {
  // 39.txt is the front matter of a web page (---, bookCollapseSection: true, ---)
  Issue issue = Build("39.txt", External("39"));
  CHECK(issue.documents.empty());
  REQUIRE(issue.findings.size() == 1);
  CHECK(issue.findings[0].kind == "no-document");
  Issue prose = Build("prose.txt", "今天天气很好,我们去公园散步。\n\n公园里有很多人。\n");
  CHECK(prose.documents.empty());
  REQUIRE(prose.findings.size() == 1);
  CHECK(prose.findings[0].kind == "no-document");
}

TEST_CASE("five texts put together are five documents, each with only its own facts", "[segment][external]") {
  Issue issue = Build("five.txt", Concatenation());
  CheckFive(issue);
  CHECK(issue.documents[0].id == "five#1");
  CHECK(issue.documents[4].id == "国家市场监督管理总局令第47号");
}

TEST_CASE("an issue gives the same documents with or without its contents", "[segment][external]") {
  Issue with = Build("with.txt", SyntheticIssue(true));
  Issue without = Build("without.txt", SyntheticIssue(false));
  CHECK(with.header.number == 3);
  CHECK(with.contents.size() == kFive.size());
  CHECK(without.contents.empty());
  CheckFive(with);
  CheckFive(without);
  auto a = Documents(with), b = Documents(without);
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].title == b[i].title);
    CHECK(a[i].chapters == b[i].chapters);
    CHECK(a[i].articles == b[i].articles);
    CHECK(a[i].date == b[i].date);
  }
  CHECK(with.findings.empty());  // every entry matched, every document listed
  for (size_t i = 0; i < with.documents.size(); ++i) CHECK(with.documents[i].page == int(i + 2) * 3);
  CHECK(with.documents[0].id == "2025-03#1");  // no number: issue and position
}

TEST_CASE("OCR damage does not move the documents", "[segment][external]") {
  Issue issue = Build("damaged.txt", Damaged());
  CheckFive(issue);
}

TEST_CASE("an announcement numbered by year is cut at its header", "[segment]") {
  // Written for this test: issuers on two lines (two on the first), a title wrapped over two
  // lines, a number within the year, after a regulation and before an unnumbered decision.
  std::string text = External("32") +
                     "\n北京市市场监督管理局 北京市发展和改革委员会\n北京市财政局\n"
                     "关于废止《北京市网络交易监督管理办法》等\n文件的公告\n2023年第5号\n\n"
                     "经研究,决定废止《北京市网络交易监督管理办法》等3件文件。\n\n本公告自2023年12月1日起施行。\n\n"
                     "北京市市场监督管理局 北京市发展和改革委员会 北京市财政局\n\n2023年11月20日\n\n"
                     "北京市人民政府关于表彰2024年度先进集体的决定\n\n各区人民政府,市政府各委、办、局,各市属机构:\n\n"
                     "为表彰先进,市政府决定对以下集体予以表彰。\n\n北京市人民政府\n\n2025年1月20日\n";
  Issue issue = Build("mixed.txt", text);
  REQUIRE(issue.documents.size() == 3);
  CheckGold(issue.documents[0], GoldOf("32"));
  const Document& notice = issue.documents[1];
  CHECK(notice.docno == "北京市市场监督管理局公告2023年第5号");
  CHECK(notice.id == notice.docno);
  CHECK(notice.title == "关于废止《北京市网络交易监督管理办法》等文件的公告");
  CHECK(notice.issuers == std::vector<std::string>{"北京市市场监督管理局", "北京市发展和改革委员会", "北京市财政局"});
  CHECK(ToIso(notice.date) == "2023-11-20");
  CHECK(Effective(notice) == std::vector<std::string>{"2023-12-01"});
  CHECK(CountKind(notice, "article") == 0);
  const Document& decision = issue.documents[2];
  CHECK(decision.docno.empty());
  CHECK(decision.id == "mixed#3");
  CHECK(decision.title == "关于表彰2024年度先进集体的决定");
  CHECK(decision.issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(ToIso(decision.date) == "2025-01-20");
}

TEST_CASE("the contents cross-check the documents found by their headers", "[segment][external]") {
  // The synthetic issue's contents lose the entry of 37.txt and list a regulation not printed.
  std::string text = SyntheticIssue(true);
  std::string entry = FirstLine(External("37")) + " ..... (15)\n\n";
  REQUIRE(text.find(entry) != std::string::npos);
  text.replace(text.find(entry), entry.size(), "北京市不存在的条例 ..... (15)\n\n");
  Issue issue = Build("crossed.txt", text);
  CheckFive(issue);  // the documents do not depend on the contents
  std::vector<std::string> kinds;
  for (const auto& f : issue.findings) kinds.push_back(f.kind);
  CHECK(kinds == std::vector<std::string>{"contents-unmatched", "document-not-in-contents"});
}

TEST_CASE("the sample issues without their contents give the same documents", "[segment][external]") {
  for (const char* name : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    // Cut from the 目录 heading to the note closing the English contents (2024-38.txt:24-78).
    auto lines = Split(gazette::testing::ReadBytes(gazette::testing::Path(std::string("tests/corpus/") + name + ".txt")), "\n");
    std::string text;
    bool inside = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string t = StripSpaces(ReplaceAll(lines[i], "#", ""));
      if (t == "目录") inside = true;
      if (!inside) text += lines[i];
      text += "\n";  // printed line numbers kept
      if (inside && lines[i].find("Table of Contents is prepared") != std::string::npos) {
        inside = false;
        if (lines[i].find("official") == std::string::npos) ++i, text += "\n";  // the note wraps
      }
    }
    Issue cut = Build(std::string(name) + ".txt", text);
    const Issue& whole = gazette::testing::SampleIssue(name);
    INFO(name);
    CHECK(cut.contents.empty());
    REQUIRE(cut.documents.size() == whole.documents.size());
    for (size_t i = 0; i < cut.documents.size(); ++i) {
      const Document &a = cut.documents[i], &b = whole.documents[i];
      CHECK(a.id == b.id);
      CHECK(a.title == b.title);
      CHECK(a.issuers == b.issuers);
      CHECK(a.date == b.date);
      CHECK(a.line == b.line);
      CHECK(a.body.size() == b.body.size());
      CHECK(a.articles.size() == b.articles.size());
      CHECK(a.references.size() == b.references.size());
    }
  }
}

TEST_CASE("a standing committee announcement keeps the regulation it publishes", "[segment][external]") {
  // Written for this test in the form the gazette prints a local regulation: the 公告 numbered
  // within its session, its one sentence naming the regulation, then the regulation
  // (tests/corpus/external/24.txt) with its own dating line; then 32.txt alone.
  std::string text =
      "北京市人民代表大会常务委员会公告\n\n〔十六届〕第10号\n\n"
      "《北京市建筑绿色发展条例》已由北京市第十六届人民代表大会常务委员会第六次会议于2023年11月24日通过,"
      "现予公布,自2024年3月1日起施行。\n\n北京市人民代表大会常务委员会\n\n2023年11月24日\n\n" +
      External("24") + "\n\n" + External("32");
  Issue issue = Build("gonggao.txt", text);
  REQUIRE(issue.documents.size() == 2);
  const Document& notice = issue.documents[0];
  CHECK(notice.docno == "北京市人民代表大会常务委员会公告〔十六届〕第10号");
  CHECK(notice.issuers == std::vector<std::string>{"北京市人民代表大会常务委员会"});
  CHECK(ToIso(notice.date) == "2023-11-24");
  CheckGold(notice, GoldOf("24"));  // 24.txt:287 its regulation's chapters, articles, 2024-03-01
  CheckGold(issue.documents[1], GoldOf("32"));
  CHECK(issue.documents[1].title == "北京市规章设定罚款限额规定");
}

TEST_CASE("an order whose number line names its series starts a document", "[segment]") {
  // Written for this test: after a regulation (32.txt), an order printed as one line
  // 北京市人民政府令第320号 with nothing above it but the regulation's last article.
  std::string text = External("32") +
                     "\n北京市人民政府令第320号\n\n"
                     "《北京市生活垃圾分类收运规定》已经2025年1月10日市人民政府第60次常务会议审议通过,现予公布,"
                     "自2025年3月1日起施行。\n\n市长 殷勇\n\n2025年1月15日\n\n北京市生活垃圾分类收运规定\n\n"
                     "第一条 为了规范生活垃圾分类收运,制定本规定。\n\n第二条 本规定自2025年3月1日起施行。\n";
  Issue issue = Build("order.txt", text);
  REQUIRE(issue.documents.size() == 2);
  CheckGold(issue.documents[0], GoldOf("32"));
  const Document& order = issue.documents[1];
  CHECK(order.docno == "北京市人民政府令第320号");
  CHECK(order.title == "北京市人民政府令");
  CHECK(order.issuers == std::vector<std::string>{"北京市人民政府"});
  CHECK(ToIso(order.date) == "2025-01-15");
  CHECK(CountKind(order, "article") == 2);  // its regulation stays inside it
  CHECK(Effective(order) == std::vector<std::string>{"2025-03-01"});
}

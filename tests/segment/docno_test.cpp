// Where a 文号 starts and ends (src/segment/docno.cpp): at an agency-name boundary, never inside a
// date or a word; orders and announcements read whole with their issuer.
#include <catch2/catch.hpp>

#include <fstream>

#include "../extract/gates.hpp"
#include "../support.hpp"
#include "normalize/normalizer.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

// The normalized 文号 found in TEXT, in order.
std::vector<std::string> Found(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& d : FindDocnos(text)) out.push_back(d.normalized);
  return out;
}

// The printed span of the first 文号 in TEXT.
std::string Span(const std::string& text) {
  auto found = FindDocnos(text);
  return found.empty() ? "" : text.substr(found[0].begin, found[0].end - found[0].begin);
}

}  // namespace

TEST_CASE("a 文号 never starts inside a date", "[docno]") {
  const std::string text = "1990年5月6日市人民政府京政发〔1990〕12号文件发布";
  CHECK(Found(text) == std::vector<std::string>{"京政发〔1990〕12号"});
  CHECK(Span(text) == "京政发〔1990〕12号");
  CHECK(Found("一九九〇年五月六日京政发〔1990〕12号") == std::vector<std::string>{"京政发〔1990〕12号"});
}

TEST_CASE("an issuer named before its code is not part of the code", "[docno]") {
  CHECK(Found("北京市人民政府办公厅京政办发〔2020〕3号") == std::vector<std::string>{"京政办发〔2020〕3号"});
  CHECK(Found("根据京政发〔2020〕5号") == std::vector<std::string>{"京政发〔2020〕5号"});
  CHECK(Found("按照人社部发〔2021〕7号") == std::vector<std::string>{"人社部发〔2021〕7号"});
  CHECK(Found("(京知局〔2020〕171 号)") == std::vector<std::string>{"京知局〔2020〕171号"});
  CHECK(Found("发布的京人社事业发〔2024〕10号") == std::vector<std::string>{"京人社事业发〔2024〕10号"});
}

TEST_CASE("an order is read whole with its issuer", "[docno]") {
  // external/40.txt:3 2021年8月26日 国家市场监督管理总局令第47号公布
  CHECK(Found("2021年8月26日 国家市场监督管理总局令第47号公布") ==
        std::vector<std::string>{"国家市场监督管理总局令第47号"});
  // external/40.txt:525 2014年7月30日原国家食品药品监督管理总局令第4号公布的《医疗器械注册管理办法》
  CHECK(Found("2014年7月30日原国家食品药品监督管理总局令第4号公布的") ==
        std::vector<std::string>{"国家食品药品监督管理总局令第4号"});
  CHECK(Found("中华人民共和国国家发展和改革委员会令第1号") ==
        std::vector<std::string>{"中华人民共和国国家发展和改革委员会令第1号"});
  CHECK(Found("(公安部令第123号)") == std::vector<std::string>{"公安部令第123号"});
}

TEST_CASE("第N号令 is the same order as 令第N号", "[docno]") {
  CHECK(Found("1998年3月5日北京市人民政府第12号令发布的") == std::vector<std::string>{"北京市人民政府令第12号"});
  // external/42.txt:3 2003年8月18日 食品药品监管局、海关总署第4号令公布
  CHECK(Found("2003年8月18日 食品药品监管局、海关总署第4号令公布") ==
        std::vector<std::string>{"食品药品监管局、海关总署令第4号"});
}

TEST_CASE("an order cited with its year before the issuer or before its number is numbered within that year", "[docno]") {
  CHECK(Found("《北京市犬类限养规定》(1997年北京市人民政府令第12号)同时废止") ==
        std::vector<std::string>{"北京市人民政府令1997年第12号"});
  CHECK(Found("北京市人民政府1997年第12号令发布的") == std::vector<std::string>{"北京市人民政府令1997年第12号"});
  CHECK(Found("(2016年交通运输部令第1号)") == std::vector<std::string>{"交通运输部令2016年第1号"});
  // A date before the issuer is the dating of the order, not its year.
  CHECK(Found("1997年4月21日北京市人民政府令第12号发布") == std::vector<std::string>{"北京市人民政府令第12号"});
  CHECK(Found("1997年修订的北京市人民政府令第12号") == std::vector<std::string>{"北京市人民政府令第12号"});
  CHECK(Found("(1997年北京市人民政府第12号令发布)") == std::vector<std::string>{"北京市人民政府令1997年第12号"});
  CHECK(Found("2003年市政府以第136号令发布的") == std::vector<std::string>{"市政府令2003年第136号"});
  CHECK(Found("市政府以第136号令发布的") == std::vector<std::string>{"市政府令第136号"});
  // A year the prose names before the order is not its year.
  CHECK(Found("2004年起实施北京市人民政府第136号令发布的") == std::vector<std::string>{"北京市人民政府令第136号"});
  // The State Council's orders run on without years.
  CHECK(Found("(2005年国务院令第445号发布)") == std::vector<std::string>{"国务院令第445号"});
  int year = 0;
  CHECK(YearlessOrder("北京市人民政府令1997年第12号", &year) == "北京市人民政府令第12号");
  CHECK(year == 1997);
  CHECK(YearlessOrder("国家税务总局公告2018年第2号", &year).empty());
  CHECK(YearlessOrder("京政发〔1997〕12号", &year).empty());
}

TEST_CASE("an order's number in Chinese numerals or with OCR's letters for digits is read in digits", "[docno]") {
  CHECK(Found("(1979年9月13日中华人民共和国主席令第二号公布)") == std::vector<std::string>{"中华人民共和国主席令第2号"});
  CHECK(Found("(1992年8月1日北京市人民政府第十二号令发布)") == std::vector<std::string>{"北京市人民政府令第12号"});
  CHECK(Found("(北京市人民政府令第一百二十三号)") == std::vector<std::string>{"北京市人民政府令第123号"});
  CHECK(Found("(1995年11月1日北京市人民政府第2O号令发布)") == std::vector<std::string>{"北京市人民政府令第20号"});
  CHECK(Found("(北京市人民政府令第l2号)") == std::vector<std::string>{"北京市人民政府令第12号"});
  // Letters alone are no number (令第I号 is not read as 1).
  CHECK(Found("北京市人民政府令第I号").empty());
}

TEST_CASE("announcements numbered within their year keep their issuer", "[docno]") {
  CHECK(Found("根据国家税务总局公告2018年第31号修改") == std::vector<std::string>{"国家税务总局公告2018年第31号"});
}

TEST_CASE("an absurd number is kept, flagged, never thrown", "[docno]") {
  auto found = FindDocnos("京政发〔2023〕99999999999号");
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].number_ok);
  CHECK(found[0].seq == 0);
  CHECK(found[0].normalized == "京政发〔2023〕99999999999号");
  CHECK(FindDocnos("京政发〔2023〕9号")[0].number_ok);
}

TEST_CASE("an order is known by one key whatever form of its issuer is printed", "[docno]") {
  CHECK(OrderKey("北京市人民政府令第12号") == "市政府令第12号");
  CHECK(OrderKey("市人民政府令第12号") == "市政府令第12号");
  CHECK(OrderKey("市政府令第12号") == "市政府令第12号");
  CHECK(OrderKey("中华人民共和国公安部令第123号") == "公安部令第123号");
  CHECK(OrderKey("国家税务总局公告2018年第31号") == "国家税务总局公告2018年第31号");
  CHECK(OrderKey("京政发〔2023〕20号").empty());
}

TEST_CASE("a bureau named before a Beijing code is not part of it; a ministry's code stays whole", "[docno]") {
  CHECK(Found("市财政局京财社〔2020〕1号") == std::vector<std::string>{"京财社〔2020〕1号"});
  CHECK(Found("工信部联规〔2020〕1号") == std::vector<std::string>{"工信部联规〔2020〕1号"});
  CHECK(Found("对外贸易经济合作部令2001年第2号") == std::vector<std::string>{"对外贸易经济合作部令2001年第2号"});
}

namespace {

// IsDocnoLine as it read every line before its test of the line's end (the whole line stripped
// and searched): the answer the quick test must keep.
bool IsDocnoLineSearched(const std::string& line) {
  std::string t = StripSpaces(line);
  if (StartsWith(t, "(") && EndsWith(t, ")")) t = t.substr(1, t.size() - 2);
  auto found = FindDocnos(t);
  return found.size() == 1 && found[0].begin == 0 && found[0].end == t.size();
}

}  // namespace

TEST_CASE("a 文号 line is told by its end before it is searched", "[docno]") {
  // 2024-38.txt:86 京人社事业发〔2024〕10号
  for (const char* line : {"京人社事业发〔2024〕10号", " 京政发〔2023〕20 号 ", "(京知局〔2020〕171 号)", "( 京政发〔2023〕20号 ) ",
                           "北京市人民政府第12号 令", "(北京市人民政府第12号令)", "市政府令第282号", "〔87〕市劳险字第224号\u3000",
                           "国家税务总局公告2018年第2号"})
    CHECK(IsDocnoLine(line));
  // A title ending in its 文号, two 文号 on a line, a 文号 after prose: no form matches the line whole.
  for (const char* line : {"", ")", "号", "京政发〔2023〕20号文件", "根据京政发〔2023〕20号,制定本办法。", "第十二条", "京政发〔2023〕20号)",
                           "号令", "第12号令公布", "关于印发《北京市促进就业办法》的通知(京政发〔2023〕20号)",
                           "京政发〔2023〕20号 京政发〔2023〕21号", "见京政发〔2023〕20号", "(京政发〔2023〕20号", "京政发〔2023〕20号 ",
                           "北京市人民政府令第312号", "北京市人民政府 令 第 312 号"})
    CHECK(IsDocnoLine(line) == IsDocnoLineSearched(line));
  size_t lines = 0, docnos = 0;
  for (const char* path : {"tests/corpus/2021-44.txt", "tests/corpus/2023-42.txt", "tests/corpus/2024-16.txt",
                                  "tests/corpus/2024-38.txt"}) {
    std::ifstream in(testing::Path(path));
    for (std::string line; std::getline(in, line); ++lines) {
      for (const std::string& text : {line, NormalizeText(line)}) {
        bool quick = IsDocnoLine(text);
        CHECK(quick == IsDocnoLineSearched(text));
        docnos += quick;
      }
    }
  }
  CHECK(lines > 4800);  // the four samples hold 4,863 lines
  CHECK(docnos > 50);
}

namespace {

// PrintedDocno as it read every line: each 文号 the line holds compared with NORMALIZED.
std::string PrintedDocnoSearched(const TextLine& line, const std::string& normalized, const std::string& fallback) {
  for (const auto& d : FindDocnos(line.inline_text))
    if (d.normalized == normalized) return Trim(line.inline_text.substr(d.begin, d.end - d.begin));
  return fallback;
}

}  // namespace

TEST_CASE("PrintedDocno gives what a plain search of each line gives", "[docno]") {
  std::vector<TextLine> lines;
  for (const char* path : {"tests/corpus/2021-44.txt", "tests/corpus/2023-42.txt", "tests/corpus/2024-16.txt",
                           "tests/corpus/2024-38.txt"}) {
    std::ifstream in(testing::Path(path));
    for (std::string line; std::getline(in, line);) {
      TextLine l;
      l.inline_text = NormalizeText(line);
      if (!FindDocnos(l.inline_text).empty()) lines.push_back(l);
    }
  }
  REQUIRE(lines.size() > 50);
  std::vector<std::string> wanted = {"京政发〔2023〕20号", "〔87〕市劳险字第224号", "市政府令第282号", "no number", "号"};
  for (const auto& l : lines)
    for (const auto& d : FindDocnos(l.inline_text)) wanted.push_back(d.normalized);
  size_t printed = 0;
  // Each line asked for each 文号 in turn (the same line several times running, as a paragraph
  // citing several is), then each 文号 asked of every line.
  for (const auto& l : lines) {
    for (size_t k = 0; k < wanted.size(); k += 7) {
      std::string got = PrintedDocno(l, wanted[k], "fallback");
      CHECK(got == PrintedDocnoSearched(l, wanted[k], "fallback"));
      printed += got != "fallback";
    }
  }
  for (size_t k = 0; k < wanted.size(); k += 11)
    for (const auto& l : lines) CHECK(PrintedDocno(l, wanted[k], "") == PrintedDocnoSearched(l, wanted[k], ""));
  CHECK(printed > 10);
}

// FindDocnos asks docno_gate before the forms' own prefilters: sound only while every form
// requires a word of the gate.
TEST_CASE("the docno gate guards only forms that need its words", "[docno]") {
  for (const char* form : {"docno", "docno_old", "docno_annual", "docno_order", "docno_order_after"}) {
    INFO(form);
    CHECK(testing::GateCovers("docno_gate", form));
  }
}

TEST_CASE("each form's id, agency, year, serial and span, as its parts give them", "[docno]") {
  struct Case {
    const char* text;
    const char* normalized;
    const char* agency;
    int year, seq;
    const char* span;
  };
  for (const Case& c : {Case{"依据京政发 〔2023〕 20 号执行", "京政发〔2023〕20号", "京政发", 2023, 20, "京政发 〔2023〕 20 号"},
                        Case{"见〔87〕市劳险字第224号", "〔87〕市劳险字第224号", "市劳险字", 87, 224, "〔87〕市劳险字第224号"},
                        Case{"根据国家税务总局公告2018年第31号", "国家税务总局公告2018年第31号", "国家税务总局公告", 2018, 31,
                             "国家税务总局公告2018年第31号"},
                        Case{"市政府令第282号公布", "市政府令第282号", "市政府令", 0, 282, "市政府令第282号"},
                        Case{"北京市人民政府第12号令", "北京市人民政府令第12号", "北京市人民政府", 0, 12, "北京市人民政府第12号令"}}) {
    INFO(c.text);
    const auto found = FindDocnos(c.text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].normalized == c.normalized);
    CHECK(found[0].agency == c.agency);
    CHECK(found[0].year == c.year);
    CHECK(found[0].seq == c.seq);
    CHECK(std::string(c.text).substr(found[0].begin, found[0].end - found[0].begin) == c.span);
  }
}

namespace {

// True when A and B found the same 文号, field by field.
bool SameDocnos(const std::vector<DocnoMatch>& a, const std::vector<DocnoMatch>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const DocnoMatch &x = a[i], &y = b[i];
    if (x.normalized != y.normalized || x.agency != y.agency || x.year != y.year || x.seq != y.seq ||
        x.begin != y.begin || x.end != y.end || x.number_ok != y.number_ok || x.by_issuer != y.by_issuer)
      return false;
  }
  return true;
}

}  // namespace

// FindDocnos remembers what it found: asked again (the memo filled, then cleared when full), it
// gives what a search of the text gives.
TEST_CASE("FindDocnos from its memo gives what a search gives", "[docno]") {
  const std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  REQUIRE(texts.size() > 1000);
  size_t with_docnos = 0;
  for (int round = 0; round < 2; ++round) {
    for (const auto& text : texts) {
      const auto searched = docno_internal::SearchDocnos(text);
      INFO(text);
      CHECK(SameDocnos(FindDocnos(text), searched));
      CHECK(SameDocnos(FindDocnos(text), searched));  // from the memo
      with_docnos += !searched.empty();
    }
  }
  CHECK(with_docnos > 100);
}

TEST_CASE("a bare number after a 文号 shares its agency and year, or its agency", "[docno]") {
  CHECK(Found("京政发〔2005〕30号、31号和第32号") ==
        std::vector<std::string>{"京政发〔2005〕30号", "京政发〔2005〕31号", "京政发〔2005〕32号"});
  CHECK(Found("北京市人民政府令第12号、13号") == std::vector<std::string>{"北京市人民政府令第12号", "北京市人民政府令第13号"});
  const std::string text = "(京政发〔2005〕30号 、 31号)";
  auto found = FindDocnos(text);
  REQUIRE(found.size() == 2);
  CHECK_FALSE(found[0].elided);
  CHECK(found[1].elided);
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == " 、 31号");
  CHECK(found[1].seq == 31);
  CHECK(found[1].year == 2005);
  // Not a number of the same series: a building, a date, a number without 号.
  CHECK(Found("京政发〔2005〕30号、3楼") == std::vector<std::string>{"京政发〔2005〕30号"});
  CHECK(Found("京政发〔2005〕30号和2023年") == std::vector<std::string>{"京政发〔2005〕30号"});
  CHECK(Found("京政发〔2005〕30号、京政发〔2006〕15号") ==
        std::vector<std::string>{"京政发〔2005〕30号", "京政发〔2006〕15号"});
  // Its agency alone, with a year of its own: 〔1994〕6号. Not after an order (no agency before a year).
  found = FindDocnos("京政发〔1993〕5号、〔1994〕6号文件");
  REQUIRE(found.size() == 2);
  CHECK(found[1].normalized == "京政发〔1994〕6号");
  CHECK(found[1].year == 1994);
  CHECK(found[1].elided);
  CHECK(Found("北京市人民政府令第12号、〔1994〕6号") == std::vector<std::string>{"北京市人民政府令第12号"});
}

TEST_CASE("a number printed with leading zeros is the same 文号 (GB/T 9704 prints none)", "[docno]") {
  CHECK(Found("京政发〔2023〕024号") == std::vector<std::string>{"京政发〔2023〕24号"});
  CHECK(Found("京政发〔2005〕030号、031号") == std::vector<std::string>{"京政发〔2005〕30号", "京政发〔2005〕31号"});
  CHECK(Found("北京市人民政府令第012号") == std::vector<std::string>{"北京市人民政府令第12号"});
}

TEST_CASE("the 1980s forms: a two-digit year after the code, a year before it in any brackets, a year in Chinese numerals", "[docno]") {
  auto found = [](const char* printed) { return Found(NormalizeText(printed)); };
  CHECK(found("京政发〔87〕120号") == std::vector<std::string>{"京政发〔87〕120号"});
  CHECK(found("京政发(87)第112号") == std::vector<std::string>{"京政发〔87〕112号"});
  CHECK(found("（87）京政发字第112号") == std::vector<std::string>{"〔87〕京政发字第112号"});
  CHECK(found("根据(86)京政发第45号文件") == std::vector<std::string>{"〔86〕京政发第45号"});
  CHECK(found("（1987）京政发字第112号") == std::vector<std::string>{"〔1987〕京政发字第112号"});
  CHECK(found("京政办发（一九八七）31号") == std::vector<std::string>{"京政办发〔1987〕31号"});
  CHECK(found("京政发(一九八八)第12号") == std::vector<std::string>{"京政发〔1988〕12号"});
  // A list item's number before an order, and a number line of an announcement, are no such year.
  CHECK(found("(12)市政府令第5号") == std::vector<std::string>{"市政府令第5号"});
  CHECK(found("〔2015〕第3号").empty());
  // A court's or arbitration's case number, a list item before a code without a year: no 文号 year.
  CHECK(found("北京市第一中级人民法院(2015)一中行终字第1234号行政判决书").empty());
  CHECK(found("(13)京政发第12号文件已废止。").empty());
}

TEST_CASE("a year printed in two digits is the same 文号 as in four, and an order as its series", "[docno]") {
  CHECK(AliasKey("京政发〔87〕120号") == "京政发〔1987〕120号");
  // The year printed first, as the 1980s did, is the same 文号 as in the standard form (a later
  // clean-up list cites (88)京政发第45号 as 京政发〔1988〕45号).
  CHECK(AliasKey("〔87〕市劳险字第224号") == "市劳险字〔1987〕224号");
  CHECK(AliasKey("〔1988〕京政发第45号") == "京政发〔1988〕45号");
  CHECK(AliasKey("京政发〔1987〕120号").empty());
  CHECK(AliasKey("北京市人民政府令第12号") == "市政府令第12号");
  for (const char* cut : {"〔", "〔8", "〔87", "京政发〔87", "〔87〕", "〔87〕京"}) CHECK(AliasKey(cut).empty());  // found by fuzzing
}

TEST_CASE("a code in brackets before 字 is part of the 文号, and cited with or without them", "[docno]") {
  // Price and finance bureaus numbered 京价(收)字〔1998〕第112号 into the 1990s; a citation may
  // print it 京价收字. The standard form alone had read 字〔1998〕112号, another bureau's too.
  auto found = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& d : FindDocnos(text)) out.push_back(d.normalized);
    return out;
  };
  CHECK(found("京价(收)字〔1998〕第112号") == std::vector<std::string>{"京价(收)字〔1998〕112号"});
  CHECK(found("根据京财(综)字〔1996〕第30号文件") == std::vector<std::string>{"京财(综)字〔1996〕30号"});
  CHECK(NormalizeDocno("京价（收）字〔1996〕第30号") == "京价(收)字〔1996〕30号");
  CHECK(AliasKey("京价(收)字〔1996〕30号") == "京价收字〔1996〕30号");
  CHECK(AliasKey("京价(收)字〔96〕30号") == "京价收字〔1996〕30号");
  CHECK(AliasKey("京价收字〔1996〕30号").empty());
}

TEST_CASE("a document is named by another form of its number, as status takes it", "[docno]") {
  Document order;
  order.id = order.docno = "中华人民共和国国务院令第158号";
  CHECK(NamesDocument("国务院令第158号", order));
  CHECK(NamesDocument("中华人民共和国国务院令第158号", order));
  CHECK_FALSE(NamesDocument("国务院令第159号", order));
  Document old_style;
  old_style.id = old_style.docno = "京政发〔1987〕120号";
  CHECK(NamesDocument("〔87〕京政发第120号", old_style));
  CHECK(NamesDocument("京政发〔87〕120号", old_style));
  CHECK_FALSE(NamesDocument("京政发〔1988〕120号", old_style));
}

TEST_CASE("an order numbered by year with its year in brackets is the year-numbered order", "[docno]") {
  CHECK(Found("河北省人民政府令〔2003〕第5号") == std::vector<std::string>{"河北省人民政府令2003年第5号"});
  CHECK(Found("京政发〔2003〕5号") == std::vector<std::string>{"京政发〔2003〕5号"});
}

TEST_CASE("an article number before an order's number is no part of its issuer", "[docno]") {
  for (const char* text : {"按照《中华人民共和国税收征收管理法》第三十三条和国务院令第588号的规定办理",
                           "按照税收征收管理法第三十三条、国务院令第588号的规定办理",
                           "《实施细则》(国务院令第362号)第四十三条及国务院令第588号"}) {
    INFO(text);
    const auto found = Found(text);
    CHECK(found.back() == "国务院令第588号");  // 第三十三条和国务院令第588号 before
  }
}

// Characters OCR reads for others, repaired where they stand: 笫 for 第 before a number, 曰 for 日
// after a month's day, 絛 (or traditional 條) for 条 after 第N.
#include <catch2/catch.hpp>

#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;

TEST_CASE("笫 before a number is 第; 曰 after a month's day is 日", "[normalize]") {
  CHECK(NormalizeText("笫四条 本办法自公布之日起施行。") == NormalizeText("第四条 本办法自公布之日起施行。"));
  CHECK(NormalizeText("北京市人民政府令 笫 205 号") == NormalizeText("北京市人民政府令 第 205 号"));
  CHECK(NormalizeText("2006年2月13曰") == "2006年2月13日");
  CHECK(NormalizeText("二〇〇六年二月十三曰") == "二〇〇六年二月十三日");
  // Elsewhere they are the characters printed.
  CHECK(NormalizeText("床笫之间") == "床笫之间");
  CHECK(NormalizeText("子曰:学而时习之。") == "子曰:学而时习之。");
}

TEST_CASE("an order numbered 笫N号 and an article 笫四条 are read as printed with 第", "[normalize][segment]") {
  const auto lines = Normalize("北京市人民政府令\n\n笫 205 号\n\n笫四条 本办法自2008年6月3曰起施行。\n", "t.txt").lines;
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].text == NormalizeText("第 205 号"));
  CHECK(lines[2].text == NormalizeText("第四条 本办法自2008年6月3日起施行。"));
}

TEST_CASE("絛 or 條 after 第N is 条: the article is read", "[normalize]") {
  CHECK(NormalizeText("第二絛 本市行政区域内制定和实施城乡规划,适用本条例。") ==
        NormalizeText("第二条 本市行政区域内制定和实施城乡规划,适用本条例。"));
  CHECK(NormalizeText("第四條区人民政府负责") == NormalizeText("第四条区人民政府负责"));
  CHECK(NormalizeText("第12條") == "第12条");
  CHECK(NormalizeText("具備條件") == "具備條件");  // elsewhere as printed
}

TEST_CASE("a number line in Chinese numerals is numbered in digits", "[normalize]") {
  CHECK(NormalizeText("第一百二十号") == "第120号");
  CHECK(NormalizeText("〔十五届〕第二十三号") == "〔十五届〕第23号");
  CHECK(NormalizeText("（第一百二十号）") == "(第120号)");
  CHECK(NormalizeText("中华人民共和国主席令 第三十一号") == "中华人民共和国主席令第31号");
  CHECK(NormalizeText("请于第一时间报送。") == "请于第一时间报送。");  // no number line
  CHECK(NormalizeText("一九九四年第十二号") == "1994年第12号");  // its year too
}

TEST_CASE("a dash then 、 opening a line is 一、", "[normalize]") {
  CHECK(NormalizeText("-、落实安全生产责任制") == "一、落实安全生产责任制");
  CHECK(NormalizeText("—、落实安全生产责任制") == "一、落实安全生产责任制");
  CHECK(NormalizeText("2024-、") == "2024-、");  // not at a line's start
}

TEST_CASE("a dash read for 一 in an item's brackets or inside an article's number is 一", "[normalize]") {
  CHECK(NormalizeText("（—）指导思想。") == "(一)指导思想。");
  CHECK(NormalizeText("(-)加强组织领导。") == "(一)加强组织领导。");
  CHECK(NormalizeText("第十—条　本条例自2010年3月1日起施行。") == "第十一条本条例自2010年3月1日起施行。");
  CHECK(NormalizeText("第—条 为了加强管理") == "第一条为了加强管理");
  CHECK(NormalizeText("第二十-章 附则") == "第二十一章附则");
  // A range of articles, a range of numbers, a negative number: as printed.
  CHECK(NormalizeText("第一条-第三条") == "第一条-第三条");
  CHECK(NormalizeText("第10-12条") == "第10-12条");
  CHECK(NormalizeText("(-1)") == "(-1)");
  // The fast path refuses what the full one would change.
  CHECK(NormalizeInline("第十-条") == "第十一条");
}

TEST_CASE("letters OCR read for a date's digits are digits: 2O15年3月l日", "[normalize][ocr]") {
  CHECK(NormalizeText("2O15年3月1日") == "2015年3月1日");
  CHECK(NormalizeText("2015年3月l日") == "2015年3月1日");
  CHECK(NormalizeText("二○一五年三月一日") == "二○一五年三月一日");  // Chinese numerals: no letter to mend
  // Not a word before 年 (Hello年), nor a date whose digits hold no letter.
  CHECK(NormalizeText("Hello年") == "Hello年");
  CHECK(NormalizeInline("2O15年3月1日") == normalize_internal::NormalizeInlineInFull("2O15年3月1日"));
}

TEST_CASE("a number line OCR damaged is read in digits: 第l2号, 第1 2号, 2OO8年第3号, 2OO8年第l2期", "[normalize][ocr]") {
  CHECK(NormalizeText("第l2号") == "第12号");
  CHECK(NormalizeText("第I2号") == "第12号");
  CHECK(NormalizeText("第1 2号") == "第12号");
  CHECK(NormalizeText("（第l2号）") == "(第12号)");
  CHECK(NormalizeText("1994年第l2号") == "1994年第12号");
  CHECK(NormalizeText("2OO8年第3号") == "2008年第3号");
  CHECK(NormalizeText("北京市人民政府令第1O5号") == "北京市人民政府令第105号");
  // An issue's masthead line: the issue had not been read, its ids named after the file.
  CHECK(NormalizeText("2OO8年第l2期（总第210期）") == "2008年第12期(总第210期)");
  CHECK(NormalizeText("2O08年第I2期") == "2008年第12期");
  // A run without a digit is no number; prose is as printed.
  CHECK(NormalizeText("第I号") == "第I号");
  CHECK(NormalizeText("见附表l第3号") == "见附表l第3号");
}

TEST_CASE("an order numbered in a damaged or Chinese-numeral line under its name is a document", "[normalize][segment]") {
  for (const std::string number : {"第l2号", "第1 2号", "（第I2号）", "一九九四年第十二号"}) {
    INFO(number);
    Issue issue = BuildIssue({"t.txt", "UTF-8",
                              "北京市人民政府公报\n1994年第7期\n\n北京市人民政府令\n" + number +
                                  "\n\n　　《北京市城市道路挖掘管理暂行规定》已经市人民政府常务会议通过，现予发布，自1994年5月1日起施行。\n\n"
                                  "市长　李其炎\n1994年4月2日\n\n北京市城市道路挖掘管理暂行规定\n\n第一条　为了加强城市道路管理，制定本规定。\n"});
    REQUIRE_FALSE(issue.documents.empty());
    CHECK(issue.documents[0].docno.find("12号") != std::string::npos);
    CHECK(issue.documents[0].issuers == std::vector<std::string>{"北京市人民政府"});
  }
}

TEST_CASE("an order headed with its number before 令 (北京市人民政府第12号令) is a document of its series", "[normalize][segment]") {
  CHECK(NormalizeText("北京市人民政府第12号令") == "北京市人民政府令第12号");
  CHECK(NormalizeText("北京市人民政府第十二号令") == "北京市人民政府令第12号");
  CHECK(NormalizeText("各单位要认真执行市政府第12号令") == "各单位要认真执行市政府第12号令");  // prose a wrap ended
  for (const std::string head : {"北京市人民政府第12号令", "北京市人民政府第1O号令"}) {
    INFO(head);
    Issue issue = BuildIssue({"t.txt", "UTF-8",
                              "北京市人民政府公报\n1994年第7期\n\n" + head +
                                  "\n\n　　《北京市城市道路挖掘管理暂行规定》已经市人民政府常务会议通过，现予发布，自1994年5月1日起施行。\n\n"
                                  "市长　李其炎\n1994年4月2日\n\n北京市城市道路挖掘管理暂行规定\n\n第一条　为了加强城市道路管理，制定本规定。\n"});
    REQUIRE(issue.documents.size() == 1);
    CHECK(issue.documents[0].docno.find("北京市人民政府令第1") == 0);
    CHECK(issue.documents[0].date.has_value());
  }
}

TEST_CASE("a header's 文号 in OCR's other brackets, or with its 号 read as 亏, is read whole", "[normalize][segment]") {
  // A letter for a digit in the year within [ ] or ( ): the document had been lost.
  for (const std::string printed : {"京政发{2016}20号", "京政发〈2016〉20号", "京政发〔2016〕20亏", "京政发(2016)20亏",
                                    "京政发[2O16]20号", "京政发(2O16)20号", "京政发［2O16］20号", "京政发[2Ol6]2O号"}) {
    INFO(printed);
    CHECK(NormalizeText(printed) == "京政发〔2016〕20号");
    Issue issue = BuildIssue({"t.txt", "UTF-8",
                              "北京市人民政府关于同意昌平区调整部分行政区划的批复\n\n京政函〔2016〕31号\n\n昌平区人民政府:\n\n"
                              "经研究,同意你区调整部分行政区划。\n\n北京市人民政府\n2016年5月10日\n\n"
                              "北京市人民政府关于加强城市绿化管理的通知\n\n" + printed +
                                  "\n\n各区人民政府,市政府各委、办、局:\n\n为加强城市绿化管理,现通知如下。\n\n北京市人民政府\n2016年5月12日\n"});
    REQUIRE(issue.documents.size() == 2);
    CHECK(issue.documents[1].docno == "京政发〔2016〕20号");
  }
  // In prose a number is a count and 亏 a loss: as printed.
  CHECK(NormalizeText("2016年经营亏损20") == "2016年经营亏损20");
  CHECK(NormalizeText("全年累计亏") == "全年累计亏");
  // A cell wrapped before its 号 (a narrow column) and a row's cells are not made 文号.
  CHECK(NormalizeText("京政办发〔2011〕8") == "京政办发〔2011〕8");
  CHECK(NormalizeText("专项资金〔2016〕\t20亏") == "专项资金〔2016〕\t20亏");
  CHECK(NormalizeText("型号(lOOI)20号") == "型号(lOOI)20号");  // letters alone are no year
}

TEST_CASE("an article's number with OCR's letters for digits or a space is read: 第1O条, 第lO条, 第1 1条, 第一百O一条", "[normalize][ocr]") {
  CHECK(NormalizeText("第1O条　本规定自2021年9月1日起施行。") == "第10条本规定自2021年9月1日起施行。");
  CHECK(NormalizeText("第l1条　本规定施行前已签订的合同,按原合同执行。") == "第11条本规定施行前已签订的合同,按原合同执行。");
  CHECK(NormalizeText("第一百O一条　本条例所称事项") == "第一百〇一条本条例所称事项");
  // No real digit (l or I before O: never a Roman numeral), or OCR's space between two digits: they
  // had been 款 of the article before.
  CHECK(NormalizeText("第lO条　本规定自公布之日起施行。") == "第10条本规定自公布之日起施行。");
  CHECK(NormalizeText("第IOl条　附则") == "第101条附则");
  CHECK(NormalizeText("第1 1条　本办法自2020年1月1日起施行。") == "第11条本办法自2020年1月1日起施行。");
  CHECK(NormalizeText("第2 0条") == "第20条");
  // Letters alone, Roman numerals, a space after the number, or a space in a count, are as printed.
  CHECK(NormalizeText("第II章") == "第II章");
  CHECK(NormalizeText("第3 条　申请人") == "第3条申请人");
  CHECK(NormalizeText("第I条") == "第I条");
  CHECK(NormalizeText("第三条　符合ISO标准的产品") == "第三条符合ISO标准的产品");
}

TEST_CASE("號 after a number's digits is 号 (traditional print, OCR trained on both scripts)", "[normalize][ocr]") {
  // The 文号 had been dropped, the document named by its place.
  CHECK(NormalizeText("京政函〔2008〕45號") == "京政函〔2008〕45号");
  CHECK(NormalizeText("（第3號）") == "(第3号)");
  CHECK(NormalizeText("號召全市人民") == "號召全市人民");
}

// One test per normalization rule, each with a real example from the sample corpus.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "grammar/grammar_internal.hpp"
#include "normalize/docno_ocr.hpp"  // kMaxOcrDateLine
#include "normalize/normalizer.hpp"
#include "../support.hpp"
#include "util/text.hpp"

using namespace gazette;

TEST_CASE("NFKC turns full-width forms into their plain forms", "[normalize]") {
  // 2023-42.txt:110 "各区人民政府，市政府各委、办、局，各市属机构："
  CHECK(NormalizeText("各区人民政府，市政府各委、办、局，各市属机构：") == "各区人民政府,市政府各委、办、局,各市属机构:");
  // 2024-16.txt:9 "第 16 期（总第 844 期）"
  CHECK(NormalizeText("第 16 期（总第 844 期）") == "第16期(总第844期)");
}

TEST_CASE("circled item numbers survive NFKC", "[normalize]") {
  CHECK(NormalizeText("①身份证明") == "①身份证明");
}

TEST_CASE("bracket variants around a 文号 year become 〔〕", "[normalize]") {
  // 2024-38.txt:29 "(京人社评发[2024]11号)"
  CHECK(NormalizeText("(京人社评发[2024]11号)") == "(京人社评发〔2024〕11号)");
  CHECK(NormalizeText("京政发（2023）20号") == "京政发〔2023〕20号");
  // Brackets that are not around a 文号 year stay: 2024-38.txt:84 "(1.0 版)"
  CHECK(NormalizeText("(1.0 版)") == "(1.0版)");
}

TEST_CASE("dash variants become one dash", "[normalize]") {
  // 2024-38.txt:314 "从事 1—4 年会议活动"; 2024-38.txt:358 "HCIE—AI Solution Architect"
  CHECK(NormalizeText("从事 1—4 年会议活动") == "从事1-4年会议活动");
  CHECK(NormalizeText("HCIE—AI Solution Architect") == "HCIE-AI Solution Architect");
}

TEST_CASE("OCR spaces between CJK characters go, Latin words keep theirs", "[normalize]") {
  // 2024-38.txt:221 "对 外 贸 易 银 行 业 者 协 会 Bankers Association for Foreign Trade"
  CHECK(NormalizeText("对 外 贸 易 银 行 业 者 协 会 Bankers Association for Foreign Trade") ==
        "对外贸易银行业者协会 Bankers Association for Foreign Trade");
  // 2023-42.txt:108 "京政发〔2023〕20 号"
  CHECK(NormalizeText("京政发〔2023〕20 号") == "京政发〔2023〕20号");
  // 2024-38.txt:251 "基于国际标准 ISO 26262,从事 2 年以上"
  CHECK(NormalizeText("基于国际标准 ISO 26262,从事 2 年以上") == "基于国际标准 ISO 26262,从事2年以上");
  // tabs separate table cells and are kept
  CHECK(RemoveCjkSpacing("1\tIEEE 会士证书") == "1\tIEEE 会士证书");
}

TEST_CASE("markdown debris is stripped", "[normalize]") {
  int heading = 0;
  bool bold = false;
  // 2024-38.txt:104 "## **二、吸引急需紧缺专业人员来京工作**"
  CHECK(StripMarkdown("## **二、吸引急需紧缺专业人员来京工作**", &heading, &bold) == "二、吸引急需紧缺专业人员来京工作");
  CHECK(heading == 2);
  CHECK(bold);
  // 2024-38.txt:32 "- 资源市场若干措施(试行)的补充通知  "
  CHECK(StripMarkdown("- 资源市场若干措施(试行)的补充通知  ", &heading, &bold) == "资源市场若干措施(试行)的补充通知");
  // 2024-38.txt:570 "**第一条** 为提升…": bold label, line not wholly bold
  CHECK(StripMarkdown("**第一条** 为提升灵活就业社会保险补贴政策效果", &heading, &bold) == "第一条 为提升灵活就业社会保险补贴政策效果");
  CHECK_FALSE(bold);
  // 2023-42.txt "[www.beijing.gov.cn](http://www.beijing.gov.cn)"
  CHECK(StripMarkdown("网 址：[www.beijing.gov.cn](http://www.beijing.gov.cn)", &heading, &bold) == "网 址：www.beijing.gov.cn");
  // 2024-38.txt:373 "(<http://rsj.beijing.gov.cn>)"
  CHECK(StripMarkdown("网站(<http://rsj.beijing.gov.cn>)上", &heading, &bold) == "网站(http://rsj.beijing.gov.cn)上");
}

TEST_CASE("page furniture is dropped", "[normalize]") {
  // 2023-42.txt:142 and :807 running heads; 2023-42.txt:55 a rule; :1250 "政府公报网络版"
  CHECK(IsFurniture("北京市人民政府公报"));
  CHECK(IsFurniture("---"));
  CHECK(IsFurniture("政府公报网络版"));
  CHECK(IsFurniture("12"));
  CHECK_FALSE(IsFurniture("2024"));  // 2024-38.txt:7, the year of the masthead
  // A running head with the issue's running number (总第), on either facing page.
  CHECK(IsFurniture(NormalizeText("北京市人民政府公报　　　　2012年第21期（总第342期）")));
  CHECK(IsFurniture(NormalizeText("第21期（总第342期）　　　　北京市人民政府公报")));
  // A table's 续表 over its rows on the next page, in the forms it is printed.
  for (const char* continued : {"续表", "续表2", "(续表)", "附件续表", "续 表"}) CHECK(IsFurniture(continued));
  CHECK_FALSE(IsFurniture("续表所列事项按原规定执行。"));
  auto text = Normalize("前文。\n\n北京市人民政府公报\n\n# 北京市生态环境局\n", "t.txt");
  REQUIRE(text.lines.size() == 2);
  CHECK(text.lines[1].text == "北京市生态环境局");
  CHECK(text.lines[1].line == 5);
}

TEST_CASE("a line cut by a page break is rejoined, with its provenance", "[normalize]") {
  // 2024-38.txt:108-110: "…择优聘" / blank / "任相应级别专业技术职务。"
  auto text = Normalize(
      "1. 可对应具备相应系列(专业)副高级职称,并可作为申报本市正高级职称的条件;本市用人单位可根据工作需要,择优聘\n"
      "\n"
      "任相应级别专业技术职务。\n",
      "t.txt");
  REQUIRE(text.lines.size() == 1);
  CHECK(text.lines[0].text.find("择优聘任相应级别专业技术职务。") != std::string::npos);
  CHECK(text.lines[0].line == 1);
  CHECK(text.lines[0].last_line == 3);
  CHECK(text.lines[0].LineAt(text.lines[0].text.find("任相应级别")) == 3);
}

TEST_CASE("a line ending in an enumeration comma is continued", "[normalize]") {
  // 2021-44.txt:1201-1203 "第十八条 投诉受理机构对投诉事项应及时办理受理登记、" / "建档、存档…"
  auto text = Normalize("第十八条 投诉受理机构对投诉事项应及时办理受理登记、\n\n建档、存档和分析。\n", "t.txt");
  REQUIRE(text.lines.size() == 1);
  CHECK(text.lines[0].text == "第十八条投诉受理机构对投诉事项应及时办理受理登记、建档、存档和分析。");
}

TEST_CASE("a 文号 cut by a line break is rejoined", "[normalize]") {
  auto text = Normalize("废止《关于印发〈目录〉的通知》(京人社事业发〔2023〕\n24号)同时废止。\n", "t.txt");
  REQUIRE(text.lines.size() == 1);
  CHECK(text.lines[0].text == "废止《关于印发〈目录〉的通知》(京人社事业发〔2023〕24号)同时废止。");
}

TEST_CASE("a 文号 cut after a year in OCR's brackets is rejoined, its year in 〔〕, its lines kept", "[normalize]") {
  for (const char* cut : {"(京建法[2015]\n12号)同时废止。\n", "(京建法(2015)\n12号)同时废止。\n", "(京建法【2015】\n12号)同时废止。\n"}) {
    auto text = Normalize(std::string("第二条　本规定自2019年10月1日起施行。《北京市扬尘治理暂行规定》") + cut, "t.txt");
    INFO(cut);
    REQUIRE(text.lines.size() == 1);
    const std::string& line = text.lines[0].text;
    CHECK(line == "第二条本规定自2019年10月1日起施行。《北京市扬尘治理暂行规定》(京建法〔2015〕12号)同时废止。");
    CHECK(text.lines[0].LineAt(line.find("12号")) == 2);
    CHECK(text.lines[0].LineAt(line.find("〔2015〕")) == 1);
  }
}

TEST_CASE("a year in parentheses after a word that ends no 文号 code, over a line opening 17号线, stays apart", "[normalize]") {
  auto text = Normalize("国家发展改革委批复了北京城市轨道交通第二期建设规划(2015)\n17号线、19号线等线路于2021年底开通运营。\n", "t.txt");
  REQUIRE(text.lines.size() == 2);
  CHECK(text.lines[0].text == "国家发展改革委批复了北京城市轨道交通第二期建设规划(2015)");
}

TEST_CASE("structure, issuers and titles are never joined", "[normalize]") {
  // 2024-38.txt:517-520 issuers, then the title, each on its own line
  auto text = Normalize(
      "北京市科学技术委员会、中关村科技园区管理委员会\n北京市人力资源和社会保障局\n\n关于进一步发挥猎头机构引才融智作用\n", "t.txt");
  CHECK(text.lines.size() == 3);
  // 2021-44.txt:624-626 an instrument title on two lines, then its first paragraph
  auto title = Normalize("北京市外经贸发展资金支持\n\n北京市外贸企业提升国际化经营能力实施方案\n\n根据《北京市商务委员会》有关规定,现制定本方案。\n", "t.txt");
  CHECK(title.lines.size() == 3);
  // a numbered item is never glued to the line above
  auto items = Normalize("持有《目录》内职业资格与在京单位建立人事劳动关系的人员享受以下便利化服务\n1. 中国籍人员可纳入本市工作居住证办理范围。\n", "t.txt");
  CHECK(items.lines.size() == 2);
}

TEST_CASE("CJK spacing: runs at the ends, ideographic spaces, tabs and bytes that are not UTF-8", "[normalize]") {
  CHECK(RemoveCjkSpacing("  北 京  ") == "北京");
  CHECK(RemoveCjkSpacing("北\u3000\u3000京 市") == "北京市");
  CHECK(RemoveCjkSpacing("ISO  26262 标准") == "ISO 26262标准");
  CHECK(RemoveCjkSpacing("序号 \t 名称") == "序号\t名称");
  CHECK(RemoveCjkSpacing("a b") == "a b");
  // Bytes that are not UTF-8 become U+FFFD where a line holds spaces (as ToU32 reads them).
  CHECK(RemoveCjkSpacing("a\xFF b") == "a\xEF\xBF\xBD b");
  CHECK(RemoveCjkSpacing("a\xFF") == "a\xFF");
}

TEST_CASE("NormalizeText is RemoveCjkSpacing of NormalizeInline, a text without spaces handed on uncopied", "[normalize]") {
  std::vector<std::string> texts = {"", " ", "\u3000", "a\xFF", "a\xFF b", "京政发[2023]20 号", "京政发〔2023〕20号"};
  for (const char* issue : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    std::ifstream raw(testing::Path(std::string("tests/corpus/") + issue + ".txt"));
    std::stringstream text;
    text << raw.rdbuf();
    std::istringstream lines(text.str());
    for (std::string line; std::getline(lines, line);) texts.push_back(line);
  }
  for (const auto& text : texts) {
    INFO(text);
    CHECK(NormalizeText(text) == RemoveCjkSpacing(NormalizeInline(text)));
  }
}

// The shortcut at the top of NormalizeInline (IsOwnNormalForm) holds of each character it
// admits: the full path leaves it as it is, alone and between other text (no admitted character
// composes with another under NFKC), and NormalizeText is then RemoveCjkSpacing alone.
TEST_CASE("the characters of a text that is its own normal form", "[normalize]") {
  std::vector<std::string> admitted;
  for (char c = 0x20; c < 0x7F; ++c)
    if (c != '(' && c != ')' && c != '[' && c != ']' && c != '{' && c != '}') admitted.emplace_back(1, c);
  for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
    if (c != U'笫' && c != U'曰' && c != U'絛' && c != U'條' && c != U'號')  // OCR's 第, 日, 条 and 号 (條, 號 traditional)
      admitted.push_back(ToUtf8(std::u32string(1, c)));
  for (const char* p : {"、", "。", "《", "》", "“", "”", "√"}) admitted.emplace_back(p);
  for (const auto& c : admitted) {
    INFO(c);
    REQUIRE(normalize_internal::IsOwnNormalForm(c));
    for (const std::string& text : {c, "a " + c + " 中", "京政发" + c + "2023" + c + "20号"}) {
      REQUIRE(normalize_internal::NormalizeInlineInFull(text) == text);
      REQUIRE(NormalizeText(text) == RemoveCjkSpacing(text));
    }
  }
  // What it refuses: brackets, full-width forms, other punctuation, controls, a cut sequence.
  for (const char* refused : {"(一)", "[2024]", "〔 2024〕", "１２", "，", "（", "—", "\t", "a\u3000b", "\u00a0", "㈠", "\xe4\xb8", "笫", "曰", "絛", "條", "號"})
    CHECK_FALSE(normalize_internal::IsOwnNormalForm(refused));
  CHECK(normalize_internal::IsOwnNormalForm(""));
}

// A 文号's 〔〕 are admitted in a text holding no space: docno_brackets rewrites a year in 〔〕 only
// where white space stands beside a bracket or the year. Each other admitted character inside and
// around a 文号 so printed, then random texts of 文号 pieces, spaces and brackets: wherever the
// shortcut is taken, the full path leaves the text as it is.
TEST_CASE("a text holding 〔〕 and no space is its own normal form", "[normalize]") {
  std::vector<std::string> admitted;
  // Not O, o, l, I: beside 〔〕 they may be a year's digits as OCR read them (RepairDocnoDigits).
  for (char c = 0x21; c < 0x7F; ++c)
    if (c != '(' && c != ')' && c != '[' && c != ']' && c != '{' && c != '}' && c != 'O' && c != 'o' && c != 'l' && c != 'I') admitted.emplace_back(1, c);
  // Not a Chinese numeral: before 号 it may be a number line's (第一百二十号 is 第120号).
  for (char32_t c = 0x4E00; c <= 0x9FFF; c += 5)
    if (std::u32string_view(U"〇零一二两三四五六七八九十百千").find(c) == std::u32string_view::npos)
      admitted.push_back(ToUtf8(std::u32string(1, c)));
  for (const char* p : {"、", "。", "《", "》", "“", "”", "√", "〔", "〕", "号", "第"}) admitted.emplace_back(p);
  for (const auto& c : admitted)
    for (const std::string& text : {"京政发〔2023〕" + c + "号", c + "〔2023〕20号", "京政发〔" + c + "〕20号",
                                    "京政发〔2023" + c + "〕20号", "〔87〕" + c + "第224号", "京政发〔2023〕20号" + c}) {
      INFO(text);
      // A short one ending in 亏 may be a 文号 line whose 号 OCR read so (京政发〔2016〕20亏).
      const bool cut = text.size() <= normalize_internal::kMaxOcrDateLine && EndsWith(text, "亏");
      REQUIRE(normalize_internal::IsOwnNormalForm(text) == !cut);
      REQUIRE(normalize_internal::NormalizeInlineInFull(text) == text);
      REQUIRE(NormalizeText(text) == RemoveCjkSpacing(text));
    }
  for (const char* refused : {"京政发 〔2023〕20号", "京政发〔2023〕 20号", "京政发〔 2023〕20号", "京政发〔2023 〕20号",
                              "〔2023〕20号 ", " 〕", "京政发〔2O23〕20号", "京政发〔2023〕l2号", "第一百二十号"})
    CHECK_FALSE(normalize_internal::IsOwnNormalForm(refused));
  // A 文号 with a space or none at each place docno_brackets allows one, amid random pieces.
  const std::vector<std::string> pieces = {"京", "政发", "〔", "〕", "2023", "87", "20", "号", "第", " ", "、", "a", "《", "1", "O", "l"};
  std::mt19937 random(1415);
  auto some = [&](int most) {
    std::string text;
    for (int parts = static_cast<int>(random() % most); parts > 0; --parts) text += pieces[random() % pieces.size()];
    return text;
  };
  auto space = [&] { return random() % 4 == 0 ? std::string(" ") : std::string(); };
  size_t own = 0, changed = 0;  // changed: texts refused that the full path does change
  for (int k = 0; k < 20000; ++k) {
    const std::string text = some(4) + "京政发" + space() + "〔" + space() + (random() % 2 ? "2023" : "87") + space() +
                             "〕" + space() + "20号" + some(4);
    INFO(text);
    if (!normalize_internal::IsOwnNormalForm(text)) {
      changed += normalize_internal::NormalizeInlineInFull(text) != text;
      continue;
    }
    ++own;
    REQUIRE(normalize_internal::NormalizeInlineInFull(text) == text);
  }
  CHECK(own > 1000);
  CHECK(changed > 1000);
}

// NormalizeInline, shortcut and all, is the full path over every example and sample line.
TEST_CASE("NormalizeInline against its full path over every sample line", "[normalize]") {
  size_t own = 0;
  for (const auto& line : testing::ExamplesAndSampleLines()) {
    INFO(line);
    own += normalize_internal::IsOwnNormalForm(line);
    REQUIRE(NormalizeInline(line) == normalize_internal::NormalizeInlineInFull(line));
  }
  CHECK(own > 100);  // the shortcut is taken, not only the way around it
}

// The spacing of a line known to be UTF-8 is RemoveCjkSpacing's, over every sample line; an issue
// that holds bytes that are not UTF-8 takes RemoveCjkSpacing itself (each such byte as U+FFFD).
TEST_CASE("CJK spacing of a text known to be UTF-8", "[normalize]") {
  for (const auto& line : testing::ExamplesAndSampleLines()) {
    if (!IsValidUtf8(line)) continue;
    INFO(line);
    REQUIRE(normalize_internal::RemoveCjkSpacingOfUtf8(line) == RemoveCjkSpacing(line));
  }
  const NormalizedText bad = Normalize("北 京\na\xFF b\n", "t.txt");
  REQUIRE(bad.lines.size() == 2);
  CHECK(bad.lines[0].text == "北京");
  CHECK(bad.lines[1].text == RemoveCjkSpacing(NormalizeInline("a\xFF b")));
  CHECK(bad.lines[1].text == "a\xEF\xBF\xBD b");
}

// StripMarkdown searches a line for a link only where LinkOpeners::MayHoldLink: the line holds one
// of the compiled patterns' first characters. No line where md_link or md_autolink matches is passed
// over (every example and sample line), and most lines are.
TEST_CASE("a line holding a markdown link may hold one, as StripMarkdown asks", "[normalize]") {
  for (const char* link : {"md_link", "md_autolink"}) REQUIRE_FALSE(grammar_internal::Compiled(link).starts.empty());
  const normalize_internal::LinkOpeners links;
  size_t found = 0, passed_over = 0;
  for (const auto& line : testing::ExamplesAndSampleLines()) {
    const bool may = links.MayHoldLink(line);
    passed_over += !may;
    for (const char* link : {"md_link", "md_autolink"})
      if (!RxAll(line, link).empty()) {
        ++found;
        INFO(line);
        CHECK(may);
      }
  }
  CHECK(found > 0);
  CHECK(passed_over > 1000);
  CHECK_FALSE(links.MayHoldLink("北京市人民政府(2024)第1号"));
  CHECK(links.MayHoldLink("见 [网站]"));
  CHECK(links.MayHoldLink("(<http://rsj.beijing.gov.cn>)"));
  int heading = 0;
  bool bold = false;
  CHECK(StripMarkdown("见 [网站](http://www.beijing.gov.cn) 和 <http://rsj.beijing.gov.cn>", &heading, &bold) ==
        "见 网站 和 http://rsj.beijing.gov.cn");
}

// NormalizeTextWithoutSpaces, shortcut and all, is StripSpaces of NormalizeText over every sample
// line and each admitted character between spaces.
TEST_CASE("NormalizeTextWithoutSpaces is NormalizeText without its spaces", "[normalize]") {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  for (char32_t c = 0x4E00; c <= 0x9FFF; c += 7) texts.push_back("a " + ToUtf8(std::u32string(1, c)) + "  中 ");
  for (const auto& text : texts) {
    INFO(text);
    REQUIRE(NormalizeTextWithoutSpaces(text) == StripSpaces(NormalizeText(text)));
  }
}

TEST_CASE("tabs that only indent a label or set it off from its text are spaces, not cells", "[normalize]") {
  auto lines = Normalize("第一条\t为加强城市道路管理,制定本规定。\n"
                         "\t第二条 本规定适用于本市。\n"
                         "(一)\t车行道\n"
                         "一、\t加强值班。\n",
                         "t.txt")
                   .lines;
  REQUIRE(lines.size() == 4);
  for (const auto& l : lines) CHECK_FALSE(l.has_tab);
  CHECK(lines[0].text == "第一条为加强城市道路管理,制定本规定。");
  CHECK(lines[3].text == "一、加强值班。");
  // A table's rows keep their cells: a tab after the text begins, or a row numbered 1.
  auto rows = Normalize("序号\t文件名称\t文号\n1\t北京市甲办法\t京政发〔2001〕3号\n\t一、继续有效的规范性文件(4件)\t\t\n", "t.txt").lines;
  REQUIRE(rows.size() == 3);
  for (const auto& l : rows) CHECK(l.has_tab);
  // Under a table's header or row, a label then a tab is a row: a decision's table of amendments.
  auto amendments = Normalize("条款\t修改内容\n第五条\t删除第二款。\n第十二条\t将“市”修改为“本市”。\n(一)\t每车每小时10元\n", "t.txt").lines;
  REQUIRE(amendments.size() == 4);
  for (const auto& l : amendments) CHECK(l.has_tab);
}

TEST_CASE("the marks GB/T 9704 prints over a 版头 (份号, 密级, 紧急程度) are no text of the title", "[normalize]") {
  auto lines = Normalize("000123\n机密★1年\n特急\n北京市人民政府办公厅文件\n京政办发〔2020〕5号\n", "t.txt").lines;
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "北京市人民政府办公厅文件");
  CHECK_FALSE(IsFurniture("特急通知"));
}

// The XML writers: safe text, the gazette schema's structure over hand-made and sample
// documents, the Akoma Ntoso flavor, and XPath queries over the corpus XML.
#include <catch2/catch.hpp>
#include <algorithm>
#include <functional>
#include <random>
#include <sstream>

#include "../support.hpp"
#include "export/akn.hpp"
#include "export/query.hpp"
#include "export/xml.hpp"
#include "export/xml_records.hpp"
#include "export/xml_text.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

std::string Serialize(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw);
  return out.str();
}

std::vector<std::string> Values(const pugi::xml_document& doc, const std::string& xpath) {
  auto r = RunQuery(doc, xpath);
  REQUIRE(r.ok());
  std::vector<std::string> out;
  for (const auto& m : r.value()) out.push_back(m.value);
  return out;
}

/// A small issue built by hand: one document with an article tree, a table, a deadline and a
/// reference, so the writer is tested without the extractors.
Issue HandMadeIssue() {
  Issue issue;
  issue.source = "t.txt";
  issue.name = "2024-1";
  issue.header = {2024, 1, 900, ParseIsoDate("2024-01-05"), 3};
  Document d;
  d.id = d.docno = "京政发〔2024〕1号";
  d.docno_printed = "京政发[2024]1 号";
  d.title = "关于印发《某办法》的通知";
  d.issuers = {"北京市人民政府"};
  d.date = ParseIsoDate("2024-01-02");
  d.line = 10;
  d.docno_line = 12;
  d.body = Normalize("第一条 本办法自2024年2月1日起施行。\n", "t.txt").lines;
  d.articles.push_back({"某办法", "chp_1", NodeKind::kChapter, 1, "第一章", "总则", "", 14, -1});
  d.articles.push_back({"某办法", "chp_1__art_1", NodeKind::kArticle, 1, "第一条", "", "本办法自2024年2月1日起施行。", 15, 0});
  Table t;
  t.schema = "generic";
  t.headers = {"序号", "领域"};
  t.keys = {"seq", "field"};
  TableRow row;
  row.seq = "1";
  row.seq_num = 1;
  row.cells = {{"seq", "1"}, {"field", "金融\x01"}};
  row.line = 21;
  TableSection section;
  section.title = "清单";
  section.declared = 1;
  section.line = 20;
  section.rows.push_back(row);
  t.sections.push_back(section);
  d.tables.push_back(t);
  d.deadlines.push_back({DateKind::kEffective, ParseIsoDate("2024-02-01"), 0, TimeUnit::kNone, "", "本办法自2024年2月1日起施行。", 15, true});
  Reference r;
  r.type = Relation::kRepeals;
  r.to = "京政发〔2020〕9号";
  r.line = 16;
  d.references.push_back(r);
  issue.documents.push_back(d);
  return issue;
}

/// TEXT decoded and its characters XML allows kept: what XmlSafe must give.
std::string KeptByDecoding(const std::string& text) {
  std::u32string kept;
  for (char32_t c : ToU32(text))
    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF))
      kept.push_back(c);
  return ToUtf8(kept);
}

/// The bytes where UTF-8's rules change: controls, continuation ranges, overlong and surrogate
/// leads, U+FFFE/U+FFFF, the end of Unicode.
const std::vector<unsigned char> kEdgeBytes = {0x00, 0x09, 0x0A, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0x8F,
                                               0x90, 0x9F, 0xA0, 0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                               0xE0, 0xE4, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};

/// LENGTH bytes of safe text: LENGTH % 3 ASCII letters, then Chinese characters.
std::string SafeText(size_t length) {
  std::string text(length % 3, 'x');
  for (size_t i = 0; i < length / 3; ++i) text += i % 2 ? "京" : "，";  // E4 BA AC, EF BC 8C
  return text;
}

}  // namespace

TEST_CASE("XmlSafe drops characters XML 1.0 forbids and keeps the rest", "[xml]") {
  CHECK(XmlSafe("a\x01" "b\x0b" "c") == "abc");
  CHECK(XmlSafe("a\tb\nc") == "a\tb\nc");
  CHECK(XmlSafe("京\xEF\xBF\xBE人") == "京人");  // U+FFFE
  CHECK(XmlSafe("第一条") == "第一条");
}

// XmlSafe's one-pass test of a text that needs no change must agree with decoding it: every
// sequence of up to four bytes drawn from the bytes where UTF-8's rules change (controls,
// continuation ranges, overlong and surrogate leads, U+FFFE/U+FFFF, the end of Unicode).
TEST_CASE("XmlSafe keeps a text whole exactly when decoding would keep it", "[xml]") {
  auto decoded = KeptByDecoding;
  const std::vector<unsigned char>& bytes = kEdgeBytes;
  size_t checked = 0, mismatches = 0;
  std::string text;
  std::function<void(size_t)> each = [&](size_t left) {
    if (XmlSafe(text) != decoded(text)) ++mismatches;
    ++checked;
    if (left == 0) return;
    for (unsigned char b : bytes) {
      text.push_back(char(b));
      each(left - 1);
      text.pop_back();
    }
  };
  each(4);
  CHECK(checked > 500000);
  CHECK(mismatches == 0);
}

// Long texts are tested 32 bytes at a time where the CPU can (AVX2): every sequence of up to
// three edge bytes, at the places where a block begins or ends and at the end of the text, must
// still give what decoding gives; so must random texts of those bytes and Chinese characters.
TEST_CASE("XmlSafe agrees with decoding inside long texts", "[xml]") {
  size_t checked = 0, mismatches = 0;
  std::string sequence;
  std::function<void(size_t)> each = [&](size_t left) {
    for (size_t before : {2, 31, 32, 33, 62})
      for (size_t after : {0, 1, 37}) {
        std::string text = SafeText(before) + sequence + SafeText(after);
        if (XmlSafe(text) != KeptByDecoding(text)) ++mismatches;
        ++checked;
      }
    if (left == 0) return;
    for (unsigned char b : kEdgeBytes) {
      sequence.push_back(char(b));
      each(left - 1);
      sequence.pop_back();
    }
  };
  each(3);
  std::mt19937 random(15);
  for (int k = 0; k < 20000; ++k) {
    std::string text;
    for (size_t length = 34 + random() % 80; text.size() < length;) {
      if (random() % 4) text += random() % 2 ? "京" : "a";
      else text.push_back(char(kEdgeBytes[random() % kEdgeBytes.size()]));
    }
    if (XmlSafe(text) != KeptByDecoding(text)) ++mismatches;
    ++checked;
  }
  CHECK(checked > 300000);
  CHECK(mismatches == 0);
  CHECK(XmlSafe(SafeText(90)) == SafeText(90));
  CHECK(XmlSafe(SafeText(89) + "\xEF\xBF\xBF") == SafeText(89));
}

// IndentOneLevel must give what pugixml prints one level deeper, whatever the texts hold: line
// breaks at their start, end or alone, spaces after a break, '<' '>' '/' and breaks in values.
TEST_CASE("IndentOneLevel equals pugixml's print one level deeper", "[xml]") {
  const std::vector<std::string> texts = {"",  "plain", "\n", "\n  ", "a\nb", "\nfoo", "foo\n", "a\n\n  b\n",
                                          "x > y < z", "  </p>", "第一条\n  <x>", "a/\n/>"};
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("issue");
  SetAttr(root, "name", "a > b / \" c\nd");
  root.append_child("empty");
  for (const auto& t : texts) {
    pugi::xml_node item = root.append_child("item");
    SetAttr(item, "printed", t);
    SetText(item.append_child("text"), t);
    SetText(root.append_child("p"), t);
    pugi::xml_node nested = item.append_child("nested");
    nested.append_child("leaf").append_attribute("v").set_value("/");
    SetText(nested.append_child("q"), t + "\n");
  }
  auto print = [&](unsigned depth) {
    std::ostringstream out;
    root.print(out, "  ", pugi::format_default | pugi::format_no_declaration, pugi::encoding_utf8, depth);
    return out.str();
  };
  CHECK(IndentOneLevel(print(0)) == print(1));
  pugi::xml_document alone;
  alone.append_child("issue").append_attribute("name").set_value("x");
  std::ostringstream out0, out1;
  alone.first_child().print(out0, "  ", pugi::format_default, pugi::encoding_utf8, 0);
  alone.first_child().print(out1, "  ", pugi::format_default, pugi::encoding_utf8, 1);
  CHECK(IndentOneLevel(out0.str()) == out1.str());
}

TEST_CASE("the issue XML carries every model field with provenance", "[xml]") {
  std::vector<Issue> issues = {HandMadeIssue()};
  CorpusStatus corpus(issues, "2024-06-01");
  pugi::xml_document doc;
  BuildIssueXml(issues[0], corpus, doc);
  CHECK(Values(doc, "/issue/@total-number") == std::vector<std::string>{"900"});
  CHECK(Values(doc, "//document/@id") == std::vector<std::string>{"京政发〔2024〕1号"});
  CHECK(Values(doc, "//document/docno/@printed") == std::vector<std::string>{"京政发[2024]1 号"});
  CHECK(Values(doc, "//document/docno/@line") == std::vector<std::string>{"12"});
  CHECK(Values(doc, "//articles/@instrument") == std::vector<std::string>{"某办法"});
  CHECK(Values(doc, "//chapter/article/@eId") == std::vector<std::string>{"chp_1__art_1"});
  CHECK(Values(doc, "//chapter/heading") == std::vector<std::string>{"总则"});
  CHECK(Values(doc, "//row[cell[@column='领域']='金融']/@line") == std::vector<std::string>{"21"});
  CHECK(Values(doc, "//table/section/@declared") == std::vector<std::string>{"1"});
  CHECK(Values(doc, "//deadline[@kind='effective']/@date") == std::vector<std::string>{"2024-02-01"});
  CHECK(Values(doc, "//reference[@type='repeals']/@resolved") == std::vector<std::string>{"false"});
  CHECK(Values(doc, "//document/status/@as-of") == std::vector<std::string>{"2024-06-01"});
  CHECK(Serialize(doc).find('\x01') == std::string::npos);
}

TEST_CASE("the corpus XML lists cited documents with the status the inputs give them", "[xml]") {
  std::vector<Issue> issues = {HandMadeIssue()};
  CorpusStatus corpus(issues, "2024-06-01");
  pugi::xml_document doc;
  BuildCorpusXml(issues, corpus, doc);
  CHECK(Values(doc, "/corpus/@documents") == std::vector<std::string>{"1"});
  CHECK(Values(doc, "/corpus/cited/document[@printed='false']/@id") == std::vector<std::string>{"京政发〔2020〕9号"});
  CHECK(Values(doc, "//document[status/@value='repealed']/@id") == std::vector<std::string>{"京政发〔2020〕9号"});
  CHECK(Values(doc, "//document[@id='京政发〔2020〕9号']/status/event/@by") ==
        std::vector<std::string>{"京政发〔2024〕1号"});
}

TEST_CASE("the sample issue 2024-38 in XML", "[xml]") {
  const Issue& issue = testing::SampleIssue("2024-38");
  std::vector<Issue> issues = {issue};
  CorpusStatus corpus(issues, "2025-01-01");
  pugi::xml_document doc;
  BuildIssueXml(issue, corpus, doc);
  CHECK(Values(doc, "count(//document)") == std::vector<std::string>{"7"});  // 2024-38.txt: 7 文号 lines
  // 2024-38.txt:86 京人社事业发〔2024〕10号
  CHECK(Values(doc, "//document[1]/docno/@line") == std::vector<std::string>{"86"});
  // 2024-38.txt:9 第 38 期（总第 866 期）
  CHECK(Values(doc, "/issue/@number") == std::vector<std::string>{"38"});
  // 2024-38.txt:146 …(京人社事业发〔2023〕24 号)同时废止。
  auto repealed = Values(doc, "//reference[@type='repeals']/@to");
  CHECK(std::find(repealed.begin(), repealed.end(), "京人社事业发〔2023〕24号") != repealed.end());
  // 2024-38.txt:164 (一) 急需紧缺境外职业资格清单(8 项)
  CHECK(Values(doc, "//table/section[1]/@declared") == std::vector<std::string>{"8"});
}

TEST_CASE("the AKN flavor carries the FRBR number, the articles and the repeals", "[xml][akn]") {
  const Issue& issue = testing::SampleIssue("2024-38");
  std::vector<Issue> issues = {issue};
  CorpusStatus corpus(issues, "2025-01-01");
  pugi::xml_document doc;
  BuildAknDocument(issue, issue.documents[0], 1, corpus, doc);
  CHECK(Values(doc, "//FRBRWork/FRBRnumber/@value") == std::vector<std::string>{"京人社事业发〔2024〕10号"});
  CHECK(Values(doc, "//FRBRWork/FRBRuri/@value") ==
        std::vector<std::string>{"/akn/cn-bj/act/2024/jingrensheshiyefa-10"});
  // 2024-38.txt:146 the notice repeals 京人社事业发〔2023〕24号
  CHECK(Values(doc, "//activeModifications/textualMod[@type='repeal']/destination/@href") ==
        std::vector<std::string>{"/akn/cn-bj/act/2023/jingrensheshiyefa-24"});
  pugi::xml_document measures;
  BuildAknDocument(issue, testing::DocumentByDocno(issue, "京人社评发〔2024〕11号"), 2, corpus, measures);
  // 2024-38.txt:413-515: 6 chapters, 23 articles (第一条 … 第二十三条)
  CHECK(Values(measures, "count(//chapter)") == std::vector<std::string>{"6"});
  CHECK(Values(measures, "count(//chapter/article)") == std::vector<std::string>{"23"});
  CHECK(Values(measures, "//article[num='第十二条']/@eId").size() == 1);
}

TEST_CASE("the AKN record of a repealed cited document has the passive repeal", "[xml][akn]") {
  std::vector<Issue> issues = {HandMadeIssue()};
  CorpusStatus corpus(issues, "2024-06-01");
  auto cited = corpus.CitedOnly();
  REQUIRE(cited.size() == 1);
  pugi::xml_document doc;
  BuildAknCited(*cited[0], corpus, doc);
  CHECK(Values(doc, "//passiveModifications/textualMod[@type='repeal']/source/@href") ==
        std::vector<std::string>{"/akn/cn-bj/act/2024/jingzhengfa-1"});
  CHECK(Values(doc, "//lifecycle/eventRef[@type='repeal']/@date") == std::vector<std::string>{"2024-02-01"});
}

TEST_CASE("queries: node sets, scalars, and one-line errors for bad XPath", "[xml][query]") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<corpus><issue source='a.txt'><document id='X' line='3'><title>T  one\n two</title>"
                          "</document></issue></corpus>"));
  auto r = RunQuery(doc, "//document/title");
  REQUIRE(r.ok());
  REQUIRE(r->size() == 1);
  CHECK(r->at(0).value == "T one two");
  CHECK(r->at(0).document == "X");
  CHECK(r->at(0).source == "a.txt");
  CHECK(r->at(0).line == 3);
  CHECK(Values(doc, "count(//document)") == std::vector<std::string>{"1"});
  CHECK(Values(doc, "//document/@id") == std::vector<std::string>{"X"});
  auto bad = RunQuery(doc, "//document[");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("bad XPath") == 0);
  CHECK(bad.error().message.find('\n') == std::string::npos);
}

TEST_CASE("PrintXml appends what pugixml prints to a stream, past its 2 KB chunks, at any depth", "[xml]") {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("corpus");
  for (int i = 0; i < 400; ++i) {  // about 30 KB: many of pugixml's 2 KB chunks, a CJK character across their seams
    pugi::xml_node item = root.append_child("item");
    SetAttr(item, "n", std::to_string(i));
    SetText(item, "第" + std::to_string(i) + "条　北京市人民政府 <&> \"公报\"");
  }
  std::ostringstream saved;
  doc.save(saved, "  ", kXmlPrintFlags, pugi::encoding_utf8);
  std::string printed = "head:";
  PrintXml(printed, doc);
  CHECK(printed == "head:" + saved.str());
  CHECK(printed.size() > 8 * 2048);
  for (unsigned depth : {1u, 2u}) {
    std::ostringstream out;
    root.first_child().print(out, "  ", kXmlPrintFlags, pugi::encoding_utf8, depth);
    std::string text;
    PrintXml(text, root.first_child(), kXmlPrintFlags, depth);
    CHECK(text == out.str());
  }
  std::string raw;
  PrintXml(raw, root.first_child(), pugi::format_raw);
  CHECK(raw == "<item n=\"0\">第0条　北京市人民政府 &lt;&amp;&gt; \"公报\"</item>");
}

}  // namespace gazette

namespace {

// The article tree AppendArticles should print, from the parent links alone: node I's children
// are the nodes J whose parent is I (J != I, in range), in input order; a node without one is a
// root, grouped by instrument in order of first appearance; nothing below depth 64 is printed.
std::string ExpectedTree(const std::vector<gazette::ArticleNode>& nodes) {
  auto has_parent = [&](size_t j) { return nodes[j].parent >= 0 && nodes[j].parent < int(nodes.size()) && nodes[j].parent != int(j); };
  std::function<std::string(size_t, int)> node = [&](size_t i, int depth) {
    std::string s = "(" + nodes[i].id;
    for (size_t j = 0; j < nodes.size() && depth <= 64; ++j)
      if (has_parent(j) && size_t(nodes[j].parent) == i) s += node(j, depth + 1);
    return s + ")";
  };
  std::vector<std::string> order;
  for (size_t i = 0; i < nodes.size(); ++i)
    if (!has_parent(i) && std::find(order.begin(), order.end(), nodes[i].instrument) == order.end())
      order.push_back(nodes[i].instrument);
  std::string s;
  for (const auto& ins : order) {
    s += "[";
    for (size_t i = 0; i < nodes.size(); ++i)
      if (!has_parent(i) && nodes[i].instrument == ins) s += node(i, 0);
    s += "]";
  }
  return s;
}

std::string PrintedTree(pugi::xml_node n) {
  std::string s = "(" + std::string(n.attribute("eId").value());
  for (pugi::xml_node c : n.children())
    if (c.attribute("eId")) s += PrintedTree(c);
  return s + ")";
}

}  // namespace

TEST_CASE("the article tree nests each node under its parent, whatever order the links come in", "[xml]") {
  std::mt19937 rng(15);
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<gazette::ArticleNode> nodes(rng() % 40);
    for (size_t i = 0; i < nodes.size(); ++i) {
      nodes[i].id = "n" + std::to_string(i);
      nodes[i].instrument = rng() % 4 == 0 ? "《办法》" : "";
      nodes[i].parent = int(rng() % (nodes.size() + 3)) - 2;  // none, out of range, itself, a cycle
    }
    pugi::xml_document doc;
    pugi::xml_node d = doc.append_child("document");
    gazette::AppendArticles(d, nodes);
    std::string printed;
    for (pugi::xml_node group : d.children("articles")) {
      printed += "[";
      for (pugi::xml_node n : group.children()) printed += PrintedTree(n);
      printed += "]";
    }
    INFO(trial);
    CHECK(printed == ExpectedTree(nodes));
  }
}

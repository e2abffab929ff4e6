// The XPath planner: which expressions `query` evaluates part by part (each child of the root
// alone) and which need the whole document. Whether the plans are right is checked by running
// both ways (query_stream_test, and the xpath fuzz target on every input).
#include <catch2/catch.hpp>

#include "export/xpath_plan.hpp"
#include "export/xpath_tokens.hpp"

namespace gazette {
namespace {

using Kind = XPathPlan::Kind;

Kind KindOf(const std::string& xpath) { return PlanXPath(xpath, "corpus").kind; }

TEST_CASE("the tokens of XPath: names told apart by what precedes and follows them", "[xpath]") {
  auto t = TokenizeXPath("//a[b * 2 div c]/child::d | count(text()) and '>' != 1.5");
  REQUIRE(t);
  std::vector<XPathToken> kinds;
  for (const auto& x : *t) kinds.push_back(x.kind);
  using T = XPathToken;
  CHECK(kinds == std::vector<T>{T::kDoubleSlash, T::kNameTest, T::kLeftBracket, T::kNameTest, T::kMultiply,
                                T::kNumber, T::kOperatorName, T::kNameTest, T::kRightBracket, T::kSlash,
                                T::kAxisName, T::kAxisSeparator, T::kNameTest, T::kUnion, T::kFunctionName,
                                T::kLeftParen, T::kNodeType, T::kLeftParen, T::kRightParen, T::kRightParen,
                                T::kOperatorName, T::kLiteral, T::kNotEqual, T::kNumber, T::kEnd});
  CHECK(t->at(21).text == ">");
  CHECK(TokenizeXPath("//*[@x = *]")->at(6).kind == XPathToken::kNameTest);  // after '=': a name test
  CHECK(TokenizeXPath("//文件[@文号]")->at(1).text == "文件");
  CHECK_FALSE(TokenizeXPath("//a['open"));
  CHECK_FALSE(TokenizeXPath("//a#"));
}

TEST_CASE("the README's queries and others whose matches lie in one part go part by part", "[xpath]") {
  for (const char* xpath : {
           "//document[status/@value='repealed']/@id",
           "//document[@id='京知局〔2020〕171号']/status/event[@relation='repealed-by']/@by",
           "//article[contains(., '工作日')]/@label",
           "//row[cell[@column='领域'][contains(., '金融')]]/@seq",
           "//document[starts-with(signed, '2024-09')]/@id",
           "//articles[@instrument='X']/chapter[heading='认定程序']/article/@label",
           "//table/section[@declared != @found]/title",
           "//issue/document[status/@value='expired']/@id",
           "//issue[@name='2024-38']/contents/entry[@page='35']/docno",
           "//document[deadlines/deadline[@unit='workday']]/@id",
           "//issue/document[1]/@id",                        // a position inside one part
           "//issue/descendant::article[last()]/@label",     // the same
           "//document[../@name='2024-38']/@id",             // up to the part
           "//document[ancestor::corpus/@as-of='2025-01-01']/@id",  // the root's attributes are in every part
           "//document[@date > /corpus/@as-of]/@id",
           "/corpus/@as-of | //issue/@name",
           "(//document)[@printed='false']/@id",             // a filter that is not a position
           "//text()[contains(., '废止')]",
           "//@*",
           "/corpus/issue",
           "*/issue/document",
           "//document[ancestor::*/@as-of='2025-01-01']",  // up from a part inside a predicate
           "//issue/document/../@name",               // up, but within the part
           "id('x') | //issue/@name",                 // pugixml's id() is always empty
           "//document[id(//reference/@target)]",     // its argument is never read
       }) {
    INFO(xpath);
    CHECK(KindOf(xpath) == Kind::kEachPart);
  }
  auto plan = PlanXPath("/corpus/@as-of | //issue/@name", "corpus");
  CHECK(plan.matches.xpath == "/corpus/@as-of | //issue/@name");
  CHECK(plan.matches.root_attributes);
  CHECK_FALSE(PlanXPath("//issue/@name", "corpus").matches.root_attributes);
}

TEST_CASE("expressions that count, number or compare across parts need the whole document", "[xpath]") {
  for (const char* xpath : {
           "(//document)[1]/@id | (//x)[2]",  // two positions in sets drawn from several parts
           "//*[last()]",                  // the root element among the nodes numbered
           "/corpus/descendant::x[1] | //y[2]",  // two positions
           "//*/descendant::y[1]",         // from the root among others, every descendant numbered
           "//document[(//x)[1]/@id = @id]",  // a position inside a predicate
           "count((//document)[1])",       // a position among matches added up
           "(//@*)[1]",                    // the root's attributes: each part's copy holds them
           "(//a | //b)[1]",               // not in document order
           "((//a)[1]/..)[2]",
           "//*[position() = 2]",
           "//issue[following-sibling::issue]/@name",
           "//article[following::article]/@label",
           "//article[preceding::article]/@label",
           "//document[@id = //reference[@to = //x]/@to]/@id",  // a gathered set inside another
           "//document[count(//reference/@to | //x/@to) > 2]",  // a union's every value: not in document order
           "//document[@id = ancestor::corpus//x]",    // a climb, not an absolute path
           "//document[name(//x) = 'x']",             // gathered values have no names
           "/corpus[issue]/@as-of",                   // the root tested for its parts
           "//*[contains(., 'x')]",                   // the root's string value is every part's
           "//*[string-length() > 5]",
           "//document[ancestor::*='x']",
           "//document[ancestor::corpus//reference]",
           "/corpus",                                 // the root itself as a match
           "/",
           "//node()",
           "count(//document) > count(/corpus/issue[1]/document)",
           "string(/corpus/issue[1])",
           "sum(//document/../@n)",                   // a climb: the root's attributes from some parts
           "string(/corpus)",                         // the root's string value
           "$x",
           "/corpus/issue/../cited",                  // up from a part, down into the others
           "//issue/../@as-of",                       // the root's attributes, from some parts only
           "//x/ancestor::*//y",
           "sum(//a/@n | //b/@n)",                    // pugixml adds a union's nodes in its own order
           "sum(//*/b)",                              // the root's children first, then the others'
           "sum(//a[1]/b)",                           // //a[1] is not one descendant step: the root's a first
           "//a[",                                    // what the planner cannot read
       }) {
    INFO(xpath);
    CHECK(KindOf(xpath) == Kind::kWhole);
  }
}

TEST_CASE("a number, string or boolean is computed once from count() and sum() taken part by part", "[xpath]") {
  auto plan = PlanXPath("count( //a | //b )", "corpus");
  REQUIRE(plan.kind == Kind::kScalar);
  REQUIRE(plan.aggregates.size() == 1);
  CHECK_FALSE(plan.aggregates[0].sum);
  CHECK(plan.aggregates[0].of.xpath == "//a | //b ");
  CHECK(plan.scalar == " $aggregate0 ");
  plan = PlanXPath("sum(//section/@found)div count(//section)>3", "corpus");
  REQUIRE(plan.kind == Kind::kScalar);
  REQUIRE(plan.aggregates.size() == 2);
  CHECK(plan.aggregates[0].sum);
  CHECK(plan.aggregates[0].of.xpath == "//section/@found");
  CHECK(plan.aggregates[1].of.xpath == "//section");
  CHECK(plan.scalar == " $aggregate0 div  $aggregate1 >3");  // spaced: `$aggregate0div` would be one name
  CHECK(PlanXPath("count(//@*)", "corpus").aggregates.at(0).of.root_attributes);
  for (const char* xpath : {
           "count(//issue/document)",
           "sum(//document[@id='京人社事业发〔2024〕10号']//table/section/@found)",
           "count(//document) > 3",
           "count(//a) + count(//b)",
           "concat(/corpus/@as-of, ': ', count(//issue))",  // the root's attributes are in the head
           "not(count(//cited)) or -sum(//@n) < 0",
           "sum(//a/ancestor::b/@n)",   // each part's in pugixml's order, part after part, as whole
           "sum(//a/b) + sum(/corpus//b) + sum(//b[@x]) + sum(/corpus/*/b)",
           "string(/corpus/@as-of)",                        // no aggregate: the head alone
           "1 + 1",
           "count(/corpus/issue)",
       }) {
    INFO(xpath);
    CHECK(KindOf(xpath) == Kind::kScalar);
  }
}

TEST_CASE("node sets tested across parts are gathered in a first reading", "[xpath]") {
  auto plan = PlanXPath("//document[@id = //reference/@to]/@id", "corpus");
  REQUIRE(plan.kind == Kind::kEachPart);
  REQUIRE(plan.gathered.size() == 1);
  CHECK(plan.gathered[0].of.xpath == "//reference/@to");
  CHECK(plan.gathered[0].keep == XPathGathered::Keep::kDistinct);  // compared: each value once
  CHECK(plan.matches.xpath == "//document[@id =  $gathered0 ]/@id");
  plan = PlanXPath("count(//document[count(//document) > 3]) + count(//x)", "corpus");
  REQUIRE(plan.kind == Kind::kScalar);
  REQUIRE(plan.gathered.size() == 1);
  CHECK(plan.aggregates.at(0).of.xpath == "//document[count( $gathered0 ) > 3]");
  CHECK(plan.aggregates.at(1).of.xpath == "//x");
  CHECK(plan.scalar == " $aggregate0 +  $aggregate1 ");
  plan = PlanXPath("concat(string(//a), //b and true())", "corpus");
  REQUIRE(plan.gathered.size() == 2);
  CHECK(plan.gathered[0].keep == XPathGathered::Keep::kFirst);  // converted: the first node's value
  CHECK(plan.gathered[1].keep == XPathGathered::Keep::kFirst);  // a boolean: whether there is one
  CHECK(plan.scalar == "concat(string( $gathered0 ),  $gathered1 and true())");
  CHECK(PlanXPath("//issue[//cited]/@name", "corpus").gathered.at(0).keep == XPathGathered::Keep::kFirst);
  CHECK(PlanXPath("//a[count(//b) = 2]", "corpus").gathered.at(0).keep == XPathGathered::Keep::kAll);
  CHECK(PlanXPath("boolean(//document)", "corpus").kind == Kind::kScalar);
}

TEST_CASE("a gathered set compared with `=` to the part's own nodes only is narrowed in each part", "[xpath]") {
  auto matched = [](const char* xpath) {
    std::vector<bool> out;
    for (const XPathGathered& g : PlanXPath(xpath, "corpus").gathered) out.push_back(g.matched);
    return out;
  };
  using Flags = std::vector<bool>;
  CHECK(matched("//document[@id = //reference/@to]/@id") == Flags{true});
  CHECK(matched("//document[//reference/@to = @id]/@id") == Flags{true});
  CHECK(matched("//a[b/c = //d/@e][@f = //g]") == Flags{true, true});
  CHECK(matched("count(//a[. = //b])") == Flags{true});  // in an aggregate, evaluated in the parts
  CHECK(matched("/corpus/@as-of = //issue/@date") == Flags{true});  // the root's attributes: in every part
  CHECK(matched("//a[@x != //b/@y]") == Flags{false});  // not equal: any value may differ
  CHECK(matched("//a[@x = 'b' or @x = //b]") == Flags{true});
  CHECK(matched("//a[count(//b) = 2]") == Flags{false});  // a number
  CHECK(matched("//a[string(//b) = @x]") == Flags{false});  // a string: the first value
  CHECK(matched("//a[//b = //c]") == Flags{false, false});  // neither side the part's
  CHECK(matched("//a[@x = //b/@y = true()]") == Flags{true});  // (@x = //b/@y) = true()
}

TEST_CASE("a union is gathered for a comparison or a conversion, which read no order", "[xpath]") {
  auto plan = PlanXPath("//document[@id = //reference/@to | //x/@to]/@id", "corpus");
  REQUIRE(plan.kind == Kind::kEachPart);
  REQUIRE(plan.gathered.size() == 1);
  CHECK(plan.gathered[0].of.xpath == "//reference/@to | //x/@to");
  CHECK(plan.gathered[0].keep == XPathGathered::Keep::kDistinct);
  CHECK_FALSE(plan.gathered[0].of.in_pugixml_order);  // sorted in each part: the first is the document's
  CHECK(KindOf("string(//a | //b)") == Kind::kScalar);
  CHECK(KindOf("//a[sum(//b | //c) > 2]") == Kind::kWhole);  // every value, added in pugixml's order
}

TEST_CASE("a position among the parts is numbered from the parts before, last() counted first", "[xpath]") {
  auto plan = PlanXPath("(//document)[1]/@id", "corpus");
  REQUIRE(plan.kind == Kind::kEachPart);
  REQUIRE(plan.positions);
  CHECK(plan.positions->counted == "(//document)");
  CHECK_FALSE(plan.positions->total);
  CHECK(plan.matches.xpath == "(//document)[ (position() + $position_offset ) = (1) ]/@id");
  plan = PlanXPath("/corpus/issue[@name][position() = last()]/@name", "corpus");
  REQUIRE(plan.positions);
  CHECK(plan.positions->counted == "/corpus/issue[@name]");
  CHECK(plan.positions->total);
  CHECK(plan.matches.xpath == "/corpus/issue[@name][ (position() + $position_offset ) =  $position_total ]/@name");
  plan = PlanXPath("//issue[last()]/@name", "corpus");  // from the root and from nodes in the parts
  REQUIRE(plan.positions);
  CHECK(plan.positions->counted == "/*/issue");
  CHECK(plan.matches.xpath ==  // the offset and the count only where the parent is the root element
        "//issue[ (position() + $position_offset  * not(../../..)) = "
        "( (last() + ( $position_total - last()) * not(../../..)) ) ]/@name");
  plan = PlanXPath("(//a[@x = //b/@x])[last() - 1]", "corpus");
  CHECK(plan.kind == Kind::kWhole);  // last() counted first, the gathered set first too: three readings
  plan = PlanXPath("(//a[@x = //b/@x])[2]", "corpus");
  REQUIRE(plan.positions);
  CHECK(plan.positions->counted == "(//a[@x =  $gathered0 ])");
}

TEST_CASE("the root element's name decides whether a name test can reach it", "[xpath]") {
  CHECK(PlanXPath("//gazette[@x]/@id", "corpus").kind == Kind::kEachPart);
  CHECK(PlanXPath("//gazette[@x]/@id", "gazette").kind == Kind::kEachPart);  // an attribute test only
  CHECK(PlanXPath("//gazette[issue]/@id", "gazette").kind == Kind::kWhole);
  CHECK(PlanXPath("//gazette[issue]/@id", "corpus").kind == Kind::kEachPart);
  std::string deep(300, '(');
  CHECK(PlanXPath(deep + "1" + std::string(300, ')'), "corpus").kind == Kind::kWhole);
}

}  // namespace
}  // namespace gazette

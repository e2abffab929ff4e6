// The lead run of a pattern (grammar/lead_run.hpp): which sources have one, and that a search
// trying only the ends of the runs finds every match Boost's own search finds, groups and all.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "grammar/lead_run.hpp"
#include "grammar/literals.hpp"
#include "util/text.hpp"
#include "../support.hpp"

using namespace gazette;

namespace {

// Texts of the characters a 文号 and the prose around it are made of, runs of Han longer and
// shorter than the agency's bounds among them.
std::vector<std::string> RandomTexts(size_t count) {
  const std::vector<std::string> pieces = {"京", "政", "发", "市", "令", "第", "号", "〔", "〕", " ", "\u3000", "2",
                                           "0", "1", "9", "年", "、", "a", "(", ")", "〇", "，", "字", "人民政府"};
  std::mt19937 random(11);
  std::vector<std::string> texts;
  for (size_t i = 0; i < count; ++i) {
    std::string text;
    const size_t length = random() % 70;
    for (size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    texts.push_back(text);
  }
  for (size_t run = 20; run <= 95; ++run)  // the agency's 30 characters, passed and not
    for (const char* tail : {"〔2023〕5号", " 〔2023〕5号", "令第5号", "令 第 5 号", "、市令第5号", "第5号令", "〔2023〕号"}) {
      std::string text = "见";
      for (size_t k = 0; k < run; ++k) text += k % 7 == 3 ? "〇" : "政";
      texts.push_back(text + tail);
      texts.push_back(text + tail + "和" + text + tail);
    }
  return texts;
}

// Every match of RE in TEXT as Boost's iterator over UTF-8 finds them, each as its groups' byte
// positions and lengths (-1 for a group that did not take part).
std::vector<std::vector<long>> BoostMatches(const std::string& text, const boost::u32regex& re) {
  std::vector<std::vector<long>> out;
  auto it = boost::make_u32regex_iterator(text, re);
  for (decltype(it) end; it != end; ++it) {
    std::vector<long> groups;
    for (size_t g = 0; g < it->size(); ++g) {
      groups.push_back((*it)[g].matched ? it->position(g) : -1);
      groups.push_back((*it)[g].matched ? it->length(g) : -1);
    }
    out.push_back(groups);
  }
  return out;
}

std::vector<std::vector<long>> OurMatches(const std::string& text, const std::string& name) {
  std::vector<std::vector<long>> out;
  for (const Match& m : RxAll(text, name)) {
    std::vector<long> groups;
    for (size_t g = 0; g < m.size(); ++g) {
      groups.push_back(m[g].matched ? m.position(g) : -1);
      groups.push_back(m[g].matched ? m.length(g) : -1);
    }
    out.push_back(groups);
  }
  return out;
}

}  // namespace

TEST_CASE("AnalyzeLeadRun reads a class run and a rest that cannot continue it", "[grammar]") {
  const LeadRun docno = Grammars().Find("docno")->compiled().lead;
  REQUIRE(docno.known());
  CHECK(docno.min == 1);
  CHECK(docno.max == 30);
  CHECK(docno.Holds(U'京'));
  CHECK(docno.Holds(U'〇'));
  CHECK_FALSE(docno.Holds(U'〔'));
  CHECK(docno.rest_starts == std::u32string{U'〔', kAnyWhitespace});

  const LeadRun plain = AnalyzeLeadRun("[\\x{4E00}-\\x{4E0F}一-丁]{2,5}?x");
  REQUIRE(plain.known());
  CHECK(plain.ranges.size() == 2);
  CHECK(plain.min == 2);
  CHECK(plain.max == 5);
  CHECK(plain.rest_starts == U"x");
  CHECK(AnalyzeLeadRun("(?:[甲-癸]{1,3}?)\\s*x").known());
  CHECK(AnalyzeLeadRun("(?<g>[甲-癸]{1,3}?)(?<h>x)").known());
  CHECK(AnalyzeLeadRun("[甲-癸]{1,3}?(?=x)[x-z](?:[(|)]|y)").known());

  for (const char* refused : {
           "[甲-癸]{1,3}?x|y",          // a match without the run
           "(?:[甲-癸]{1,3}?x|y)",      // the same, inside a group
           "(?<g>[甲-癸]{1,3}?)x\\1",   // the rest refers to the run
           "(?<g>[甲-癸]{1,3}?)x\\k<g>",
           "[甲-癸]{0,3}?x",            // a match may start with the rest
           "[甲-癸]{1,3}?申x",          // the rest may continue the run
           "[甲-癸]{1,3}x",             // greedy: Boost restarts a failed search otherwise
           "[甲-癸]{1,3}+x",            // possessive
           "[a-c]{1,3}?x",              // below U+0100
           "[甲-癸a]{1,3}?x",
           "[甲-癸]{1,3}?(?i)x",        // flags
           "[甲-癸]{1,3}?x(*COMMIT)y",  // a verb
           "(?<g>[甲-癸]{1,3}?)*x",     // the group is repeated
           "(?<g>[甲-癸]{1,3}?)x)",     // a parenthesis closing nothing
           "[甲-癸]{1,3}?",             // no rest
           "[甲-癸]{1,3}?\\d*",         // a rest that may be empty
           "[^甲-癸]{1,3}?x",           // a negated class
           "[\\w]{1,3}?x",              // a class of classes
           "([甲-癸]{1,3}?)x",          // a numbered group (not read)
           "(?<=a)[甲-癸]{1,3}?x",      // lookbehind first
           "[甲-癸]+?x",                // unbounded
           "[甲-癸]{3,1}?x",
           "[甲-癸]{1,2}?x",            // n < m+2: Boost restarts elsewhere
       }) {
    INFO(refused);
    CHECK_FALSE(AnalyzeLeadRun(refused).known());
  }
}

TEST_CASE("a lead run is not used where its class holds a digit or a space the rest may start with, or the starts are known", "[grammar]") {
  auto set = GrammarSet::Parse({{"t.grammar",
                                 "pattern spaced  [\\x{4E00}-\\x{9FFF}\\x{3000}]{1,3}?\\s*x\n"
                                 "pattern digits  [\\x{4E00}-\\x{9FFF}\\x{FF10}]{1,3}?\\d\n"
                                 "pattern plain   [\\x{4E00}-\\x{9FFF}]{1,3}?\\s*\\d\n"
                                 "pattern few     [甲乙丙]{1,3}?\\s*\\d\n"}});
  REQUIRE(set);
  CHECK_FALSE(set->Find("spaced")->compiled().lead.known());  // U+3000, the ideographic space, is \\s
  CHECK_FALSE(set->Find("digits")->compiled().lead.known());  // U+FF10, the full-width 0, is \\d
  CHECK(set->Find("plain")->compiled().lead.known());
  CHECK_FALSE(set->Find("few")->compiled().lead.known());  // its starts known: FindFrom tries each
}

TEST_CASE("AnalyzeLeadAlphabet reads the characters before an anchor and the rest after it", "[grammar]") {
  const LeadAlphabet order = Grammars().Find("docno_order")->compiled().alphabet;
  REQUIRE(order.known());
  CHECK(order.anchor == U"令");
  CHECK(order.Holds(U'、'));
  CHECK(order.Holds(U'京'));
  std::u32string order_rest = order.rest_starts;  // 令第261号, 令(第261号), 令 第261号
  std::sort(order_rest.begin(), order_rest.end());
  std::u32string expected_rest{U'(', U'第', kAnyWhitespace};
  std::sort(expected_rest.begin(), expected_rest.end());
  CHECK(order_rest == expected_rest);
  const LeadAlphabet after = Grammars().Find("docno_order_after")->compiled().alphabet;
  REQUIRE(after.known());
  CHECK(after.anchor.empty());
  std::u32string after_rest = after.rest_starts;  // 第12号令, 以第136号令 (市政府以第136号令发布)
  std::sort(after_rest.begin(), after_rest.end());
  std::u32string expected_after{U'第', U'以', kAnyWhitespace};
  std::sort(expected_after.begin(), expected_after.end());
  CHECK(after_rest == expected_after);

  const LeadAlphabet plain = AnalyzeLeadAlphabet("(?:[a-c]{1,3}?,)*[d-f]?xy\\s*z");
  REQUIRE(plain.known());
  CHECK(plain.anchor == U"xy");
  CHECK(plain.Holds(U','));
  CHECK(plain.Holds(U'e'));
  CHECK_FALSE(plain.Holds(U'x'));
  CHECK(plain.rest_starts == std::u32string{U'z', kAnyWhitespace});
  CHECK(AnalyzeLeadAlphabet("(?<g>(?:a+)*b?c)d").anchor == U"c");
  CHECK(AnalyzeLeadAlphabet("(?<g>(?:a+)*c?)d").known());
  CHECK(AnalyzeLeadAlphabet("(?<g>(?:a+)*c?)d").anchor.empty());
  CHECK(AnalyzeLeadAlphabet("[甲-癸](?:[甲-癸]{1,3}?、)x\\s*y").known());  // a class first, unquantified

  for (const char* refused : {
           "[甲-癸]{1,3}?x",             // a leading repeat: Boost restarts its search elsewhere
           "a*(?:b)c",
           "(?:[甲-癸]{1,3}?、)x",        // a repeat first inside an unquantified group: leading too
           "(?:[甲-癸]|x)*y",            // an alternative among the items
           "(?:a)*x|y",                  // an alternative in the rest
           "(?<g>(?:a)*b)\\k<g>",        // the rest refers to the lead
           "(?:a)*(?i)x",                // flags
           "(?:a)*",                     // no rest
           "(?:a)*\\d*",                 // a rest that may be empty
           "(?:a)*+x",                   // possessive
           "(?<g>(?:a)*\\w)x",           // a class of classes: the group does not end as read
       }) {
    INFO(refused);
    CHECK_FALSE(AnalyzeLeadAlphabet(refused).known());
  }
}

TEST_CASE("a search at the ends of lead runs, or from their alphabet to the anchor, finds Boost's matches", "[grammar]") {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  const std::vector<std::string> random = RandomTexts(20000);
  texts.insert(texts.end(), random.begin(), random.end());
  size_t patterns = 0, matches = 0;
  for (const auto& p : Grammars().patterns()) {
    if (!p.compiled().lead.known() && !p.compiled().alphabet.known()) continue;
    ++patterns;
    for (const auto& text : texts) {
      INFO(p.file << ":" << p.line << " pattern " << p.name << " on: " << text);
      const auto expected = BoostMatches(text, p.regex());
      REQUIRE(OurMatches(text, p.name) == expected);
      matches += expected.size();
    }
  }
  CHECK(patterns >= 3);  // docno; docno_order and docno_order_after by their alphabet
  CHECK(matches > 400);
}

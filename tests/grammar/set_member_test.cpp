// The matcher over code points tests a character against a set past 255 its own way
// (grammar/set_member.hpp: ranges without copying it, single characters in one comparison, no
// class asked of a set without one): it finds what Boost's own code finds, searching the same
// text as UTF-8 (a matcher of another iterator, which keeps Boost's re_is_set_member).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/set_member.hpp"
#include "util/text.hpp"

namespace {

/// Every match of RE in TEXT as Boost's search over UTF-8 finds it, each match as its text.
std::vector<std::string> OverUtf8(const std::string& text, const boost::u32regex& re) {
  std::vector<std::string> found;
  for (auto it = boost::make_u32regex_iterator(text, re), end = decltype(it)(); it != end; ++it) found.push_back(it->str());
  return found;
}

/// The same searched over TEXT's code points (the specialization's matcher).
std::vector<std::string> OverCodePoints(const std::string& text, const boost::u32regex& re) {
  std::vector<UChar32> points;
  for (char32_t c : gazette::ToU32(text)) points.push_back(static_cast<UChar32>(c));
  const UChar32* first = points.data();
  const UChar32* last = first + points.size();
  std::vector<std::string> found;
  boost::match_results<const UChar32*> m;
  boost::match_flag_type flags = boost::match_default;
  for (const UChar32* from = first; boost::regex_search(from, last, m, re, flags, first);) {
    std::u32string match;
    for (const UChar32* p = m[0].first; p != m[0].second; ++p) match += static_cast<char32_t>(*p);
    found.push_back(gazette::ToUtf8(match));
    from = m[0].second;
    flags = m.length() == 0 ? boost::regex_constants::match_not_initial_null : boost::match_default;
  }
  return found;
}

}  // namespace

TEST_CASE("A set past 255 (ranges, single characters, classes) tested in place finds what Boost finds", "[grammar]") {
  const std::vector<std::string> patterns = {
      "[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}]{1,16}?\\s*〔\\s*\\d{4}\\s*〕",
      "[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}]+",
      "[^\\x{4E00}-\\x{9FFF}]+",
      "[a-z\\x{4E00}-\\x{4E0F}]+",
      "(?i)[a-z\\x{4E00}-\\x{9FFF}]+",
      "[\\x{4E00}-\\x{9FFF}\\d]+",
      "[^\\x{4E00}-\\x{9FFF}\\s]",
      "[①-⑳][\\x{4E00}-\\x{9FFF}]",
      "[\\x{100}-\\x{10FFFF}]",
      "[〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟]+",
      "[^〔〕\\x{4E00}-\\x{9FFF}]+",
      "(?i)[ÀÉäb\\x{4E00}]+",
  };
  const std::vector<std::string> texts = {
      "",
      "京人社事业发〔2024〕10号",
      "〇一二 三〇 ABC abc 123 \u4DBF\u4E00\u9FFF\uA000\uF900\uFAFF\uFB00",
      "北京市 2024 年 Beijing ISO 26262 ①项 ⑳条 \u4E0F\u4E10",
      "\U00020000𠀀 Ünïcödé ÀÉ àé",
  };
  for (const auto& pattern : patterns) {
    const boost::u32regex re = boost::make_u32regex(pattern);
    for (const auto& text : texts) {
      INFO(pattern << " in " << text);
      CHECK(OverCodePoints(text, re) == OverUtf8(text, re));
    }
  }
}

TEST_CASE("A set of ranges past 255 tested in place answers as Boost at the ends of its ranges", "[grammar]") {
  const boost::u32regex re = boost::make_u32regex("[\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}]");
  const std::vector<std::string> inside = {"\u4E00", "\u9FFF", "\uF900", "\uFAFF", "\u5000"};
  const std::vector<std::string> outside = {"\u4DFF", "\uA000", "\uF8FF", "\uFB00", "a", "\U00020000"};
  for (const auto& c : inside) CHECK(OverCodePoints(c, re) == std::vector<std::string>{c});
  for (const auto& c : outside) CHECK(OverCodePoints(c, re).empty());
}

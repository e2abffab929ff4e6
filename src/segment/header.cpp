#include "segment/header.hpp"

#include <chrono>
#include <cstdio>

#include "util/numerals.hpp"
#include "grammar/grammar.hpp"

namespace gazette {
namespace {

std::string Iso(int y, int m, int d) {
  std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{unsigned(m)}, std::chrono::day{unsigned(d)}};
  if (!date.ok() || y < 1900 || y > 2200) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string FindIsoDate(const std::string& text) {
  Match m;
  if (RxSearch(text, "date_arabic", m))
    return Iso(std::stoi(Group(m, "y")), std::stoi(Group(m, "m")), std::stoi(Group(m, "d")));
  if (RxSearch(text, "date_chinese", m)) {
    auto year = ParseChineseNumeral(Group(m, "y"));  // 二〇二三, digit by digit
    auto month = ParseChineseNumeral(Group(m, "m"));
    auto day = ParseChineseNumeral(Group(m, "d"));
    if (!year || !month || !day) return "";
    return Iso(*year, *month, *day);
  }
  return "";
}

bool IsDateLine(const std::string& line) { return RxFull(line, "date_line"); }

IssueHeader ParseIssueHeader(const std::vector<TextLine>& lines, size_t end) {
  IssueHeader h;
  for (size_t i = 0; i < end && i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    Match m;
    if (h.number == 0 && RxSearch(t, "issue_number", m)) {
      h.number = std::stoi(Group(m, "num"));
      if (!h.line) h.line = lines[i].line;
    }
    if (h.total_number == 0 && RxSearch(t, "issue_number", m) && !Group(m, "total").empty())
      h.total_number = std::stoi(Group(m, "total"));
    if (h.date.empty()) h.date = FindIsoDate(t);
    if (h.year == 0 && t.size() == 4 && std::isdigit(static_cast<unsigned char>(t[0])))
      h.year = std::stoi(t);
  }
  if (h.year == 0 && h.date.size() >= 4) h.year = std::stoi(h.date.substr(0, 4));
  return h;
}

}  // namespace gazette

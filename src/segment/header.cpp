#include "segment/header.hpp"

#include <cstdio>

#include "extract/numerals.hpp"
#include "grammar/grammar.hpp"

namespace gazette {
namespace {

// A year printed digit by digit in Chinese: 二〇二三 → 2023.
int ChineseYear(const std::string& text) {
  static const char* kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  int year = 0;
  for (size_t i = 0; i < text.size();) {
    bool found = false;
    for (int d = 0; d < 10; ++d) {
      std::string digit = kDigits[d];
      if (text.compare(i, digit.size(), digit) == 0) {
        year = year * 10 + d;
        i += digit.size();
        found = true;
        break;
      }
    }
    if (!found) {
      if (text.compare(i, 3, "零") == 0) {
        year *= 10;
        i += 3;
      } else {
        return 0;
      }
    }
  }
  return year;
}

std::string Iso(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return "";
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return "";
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
    auto month = ParseChineseNumeral(Group(m, "m"));
    auto day = ParseChineseNumeral(Group(m, "d"));
    if (!month || !day) return "";
    return Iso(ChineseYear(Group(m, "y")), *month, *day);
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

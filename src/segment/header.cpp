#include "segment/header.hpp"

#include <cctype>

#include "grammar/grammar.hpp"
#include "util/numerals.hpp"
#include "util/number.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

std::optional<Date> DayOf(int y, int m, int d) {
  Day day{std::chrono::year{y}, std::chrono::month{unsigned(m)}, std::chrono::day{unsigned(d)}};
  if (!day.ok() || y < 1900 || y > 2200) return std::nullopt;
  return Date{day, Precision::kDay};
}

}  // namespace

std::optional<Date> FindDate(const std::string& text) {
  Match m;
  if (RxSearch(text, "date_arabic", m))
    return DayOf(DecimalOr(GroupView(m, "y"), 0), DecimalOr(GroupView(m, "m"), 0), DecimalOr(GroupView(m, "d"), 0));
  if (RxSearch(text, "date_chinese", m)) {
    auto year = ParseChineseNumeral(GroupView(m, "y"));  // 二〇二三, digit by digit
    auto month = ParseChineseNumeral(GroupView(m, "m"));
    auto day = ParseChineseNumeral(GroupView(m, "d"));
    if (!year || !month || !day) return std::nullopt;
    return DayOf(*year, *month, *day);
  }
  return std::nullopt;
}

bool IsDateLine(const std::string& line) { return RxFull(line, "date_line"_rx); }

bool IsSignedDateLine(const std::string& line) { return EndsWith(line, "日") && RxFull(line, "signed_date_line"_rx); }

namespace {

// True if LINE is the masthead's publisher or date line (北京市人民政府办公厅编印 2015年3月30日,
// 2016年2月20日 …主办).
bool IsMastheadLine(const std::string& line) {
  return RxFull(line, "masthead_dated_line"_rx) || RxFull(line, "masthead_publisher_line"_rx);
}

// True if LINE is of the body, not the masthead (body_line: a title, a 文号, an article …).
bool BeginsBody(const std::string& line) { return RxFind(line, "body_line"_rx) && !IsMastheadLine(line); }

}  // namespace

IssueHeader ParseIssueHeader(const std::vector<TextLine>& lines, size_t end) {
  IssueHeader h;
  for (size_t i = 0; i < end && i < lines.size() && !BeginsBody(lines[i].text); ++i) {
    const std::string& t = lines[i].text;
    Match m;
    if (RxSearch(t, "issue_number", m)) {
      if (h.number == 0) {
        h.number = ParseChineseNumeral(GroupView(m, "num")).value_or(0);  // 10 or 十
        h.last_number = ParseChineseNumeral(GroupView(m, "last")).value_or(0);  // 第1-2期 (合刊)
        if (h.last_number <= h.number) h.last_number = 0;
        h.supplement = m["supplement"].matched;  // 增刊第1期
        if (!h.line) h.line = lines[i].line;
      }
      if (h.total_number == 0) h.total_number = ParseChineseNumeral(GroupView(m, "total")).value_or(0);  // 80 or 八十
      if (h.year == 0) h.year = DecimalOr(GroupView(m, "year"), 0);  // 2015年第10期
      if (h.year == 0) h.year = ParseChineseNumeral(GroupView(m, "cyear")).value_or(0);  // 二〇一五年第十期
    } else if (h.total_number == 0 && RxFull(t, "issue_total"_rx, m)) {  // (总第352期) on its own line
      h.total_number = ParseChineseNumeral(GroupView(m, "total")).value_or(0);
    }
    if (!h.date) h.date = FindDate(t);
    if (h.year == 0 && t.size() == 4 && std::isdigit(static_cast<unsigned char>(t[0])))
      h.year = DecimalOr(t, 0);
  }
  if (h.number == 0) return {};  // no masthead (第N期): not an issue, nothing to invent
  if (h.year == 0 && h.date) h.year = static_cast<int>(h.date->day.year());
  return h;
}

size_t MastheadEnd(const std::vector<TextLine>& lines, size_t end) {
  size_t after = 0;
  // An issue line after the body begins is not the masthead's.
  for (size_t i = 0; i < end && i < lines.size() && !BeginsBody(lines[i].text); ++i)
    if (RxFind(lines[i].text, "issue_number")) after = i + 1;
  // The publisher's line under it (2016年2月20日 北京市人民政府办公厅主办): the masthead's too.
  while (after > 0 && after < end && after < lines.size() && IsMastheadLine(lines[after].text)) ++after;
  return after;
}

size_t EditionMarkLength(std::string_view text) {
  if (!StartsWith(text, "(")) return 0;
  size_t at = 1;
  while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) ++at;
  if (at > 1 && at - 1 != 4) return 0;  // a year, in four digits
  if (at > 1 && StartsWith(text.substr(at), "年")) at += std::string_view("年").size();
  for (std::string_view verb : {"修订", "修正"})
    if (StartsWith(text.substr(at), verb) && StartsWith(text.substr(at + verb.size()), ")")) return at + verb.size() + 1;
  return 0;
}

}  // namespace gazette

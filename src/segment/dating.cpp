#include "segment/dating.hpp"

#include "grammar/grammar.hpp"
#include "segment/header.hpp"
#include "util/numerals.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// The kind of date a dating line's VERB gives, ADOPTED when a clause before recorded the adoption.
DateKind KindOfVerb(const std::string& verb, bool adopted) {
  if (verb == "批准" && adopted) return DateKind::kApproved;  // the province's approval of what was adopted
  if (verb == "通过" || verb == "批准") return adopted ? DateKind::kAmended : DateKind::kAdopted;
  if (verb == "公布" || verb == "发布") return DateKind::kPromulgated;
  if (verb == "施行" || verb == "实施" || verb == "试行") return DateKind::kEffective;
  if (verb == "失效") return DateKind::kExpires;  // …起失效: the day before is the last in force
  return DateKind::kAmended;
}

// The day a clause dated by the one before names (同日公布, 自同年12月1日起施行, 自次年一月一日起施行),
// that clause's day being BEFORE; none when it is neither form or BEFORE is unknown.
std::optional<Date> DatedByClauseBefore(const std::string& clause, const std::optional<Date>& before, Match& m) {
  if (RxFull(clause, "dating_same_day"_rx, m)) return before;
  if (!RxFull(clause, "dating_same_year"_rx, m) || !before) return std::nullopt;
  const std::chrono::year year = before->day.year() + std::chrono::years(Group(m, "year") == "次年" ? 1 : 0);
  const std::optional<int> month = ParseChineseNumeral(GroupView(m, "month")), day = ParseChineseNumeral(GroupView(m, "day"));
  if (!month || !day || *month < 1 || *day < 1) return std::nullopt;
  const Day on{year, std::chrono::month(static_cast<unsigned>(*month)), std::chrono::day(static_cast<unsigned>(*day))};
  return on.ok() ? std::optional<Date>(Date{on, Precision::kDay}) : std::nullopt;
}

// The clauses of a dating line that holds several, each a dating line of its own (…通过 根据…修正
// 根据…第二次修正); the whole line when it holds one or a piece does not read as one.
std::vector<std::string> DatingClauses(const std::string& text) {
  std::vector<size_t> starts{0};
  for (const auto& m : RxAll(text, "dating_clause_start")) starts.push_back(static_cast<size_t>(m.position(size_t(0))));
  if (starts.size() == 1) return {text};
  std::vector<std::string> out;
  for (size_t k = 0; k < starts.size(); ++k) {
    size_t stop = k + 1 < starts.size() ? starts[k + 1] : text.size();
    std::string piece = RxReplace(Trim(text.substr(starts[k], stop - starts[k])), "dating_clause_lead", "");
    if (!RxFull(piece, "dating_line"_rx) && !RxFull(piece, "dating_from_promulgation"_rx) &&
        !RxFull(piece, "dating_valid_until"_rx) && !RxFull(piece, "dating_same_day"_rx) &&
        !RxFull(piece, "dating_same_year"_rx))
      return {text};
    out.push_back(piece);
  }
  return out;
}

}  // namespace

std::vector<DatingLine> ReadDatingLines(const std::vector<TextLine>& body, size_t from) {
  std::vector<DatingLine> out;
  bool adopted = false;
  for (size_t i = from; i < body.size(); ++i) {
    if (!RxFull(body[i].text, "dating_line"_rx)) break;
    std::optional<Date> promulgated, before;  // the promulgation's day, the clause before's
    for (const auto& clause : DatingClauses(body[i].text)) {
      Match m;
      DatingLine d;
      d.index = i;
      if (std::optional<Date> date = DatedByClauseBefore(clause, before, m)) {
        d.kind = KindOfVerb(Group(m, "verb"), adopted);
        d.date = *date;
        d.rest = clause;
        if (d.kind == DateKind::kPromulgated) promulgated = d.date;
        out.push_back(d);
        continue;
      }
      if (RxFull(clause, "dating_valid_until"_rx, m) || (promulgated && RxFull(clause, "dating_from_promulgation"_rx))) {
        // 有效期至DATE: the end; 自公布之日起施行: in force from the promulgation's day.
        const std::optional<Date> date = m.empty() ? promulgated : FindDate(Group(m, "date"));
        d.kind = m.empty() ? DateKind::kEffective : DateKind::kExpires;
        if (date) out.push_back({i, *date, d.kind, clause});
        continue;
      }
      if (!RxFull(clause, "dating_line"_rx, m)) continue;
      std::optional<Date> date = FindDate(Group(m, "date"));
      d.kind = KindOfVerb(Group(m, "verb"), adopted);
      adopted = adopted || d.kind == DateKind::kAdopted;
      d.rest = clause.substr(static_cast<size_t>(m.position("date") + m.length("date")));
      if (!date) continue;
      before = date;
      d.date = d.kind == DateKind::kExpires ? Date{AddDays(date->day, -1)} : *date;
      if (d.kind == DateKind::kPromulgated) promulgated = d.date;
      out.push_back(d);
    }
  }
  return out;
}

std::optional<Date> LatestDating(const std::vector<DatingLine>& dating, size_t* index) {
  std::optional<Date> latest;
  for (const auto& d : dating) {
    if (d.kind == DateKind::kEffective || d.kind == DateKind::kExpires || (latest && d.date < *latest)) continue;
    latest = d.date;
    if (index) *index = d.index;
  }
  return latest;
}

}  // namespace gazette

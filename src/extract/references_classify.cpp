// The relation a clause gives a citation, the date it takes effect, and comparable titles.

#include <array>
#include <string_view>

#include "extract/dates.hpp"
#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/number.hpp"
#include "util/text.hpp"

namespace gazette {
namespace refs {

namespace {

// TEXT cut at each masked title 《》 (vehicles, masked 〈〉, stay inside the pieces).
std::vector<std::string> PiecesBetweenTitles(const std::string& text) {
  return Split(text, "《》");
}

// False when TEXT holds no repeal verb (refs_repeal_gate: 废止, 执行 or 失效, which each of
// refs_repeal's forms holds), found by three literal searches instead of a summary of TEXT.
bool MayRepeal(const std::string& text) { return RxMayMatch(text, "refs_repeal_gate"_rx); }

// True when AFTER (the masked sentence after a title) holds the verb that repeals it: the titles
// coordinated with it, then a repeal verb that ends its clause (《A》，…发布的《B》和《C》同时废止。).
bool VerbAfterRepeals(const std::string& after) {
  Match verb;
  if (!MayRepeal(after) || !RxSearch(after, "refs_repeal", verb)) return false;
  auto at = static_cast<size_t>(verb.position(size_t(0)));
  if (!RxFind(after.substr(at + static_cast<size_t>(verb.length(0))), "refs_repeal_end")) return false;
  if (ProposedOnly(std::string_view(after).substr(0, at))) return false;  // 《A》(…),建议予以废止
  auto pieces = PiecesBetweenTitles(after.substr(0, at));
  for (size_t i = 0; i + 1 < pieces.size(); ++i)
    if (!RxFull(pieces[i], "refs_coordination")) return false;
  return RxFull(pieces.back(), "refs_repeal_tail");
}

// True when BEFORE (the masked sentence before a title) ends with a repeal verb and the titles
// coordinated after it: 决定废止2001年发布的《A》、《B》.
bool VerbBeforeRepeals(const std::string& before) {
  if (!MayRepeal(before)) return false;
  Match verb;
  size_t start = std::string::npos, end = std::string::npos;
  for (size_t from = 0; from < before.size() && RxSearchFrom(before, from, "refs_repeal", verb);) {
    if (verb.length(0) == 0) break;  // a pattern from --grammars that matches nothing
    start = from + static_cast<size_t>(verb.position(size_t(0)));
    end = start + static_cast<size_t>(verb.length(0));
    from = end;
  }
  if (end == std::string::npos || ProposedOnly(std::string_view(before).substr(0, start))) return false;
  auto pieces = PiecesBetweenTitles(before.substr(end));
  if (!RxFull(pieces.front(), "refs_repeal_lead")) return false;
  for (size_t i = 1; i < pieces.size(); ++i)
    if (!RxFull(pieces[i], "refs_coordination")) return false;
  return true;
}

// True when the clause repeals part of the title (《A》第五条废止, 《A》中…的规定同时废止).
bool PartRepealed(const Surroundings& s) {
  return (RxFind(s.suffix, "refs_part_of"_rx) && RxFind(s.suffix, "refs_repeal")) ||
         RxFind(s.suffix, "refs_part_after_verb"_rx) || RxFind(s.after, "refs_part_then_repeal"_rx) ||
         (RxFind(s.after, "refs_part_except"_rx) && RxFind(s.after, "refs_repeal"));
}

// The offset of the next title in TEXT at or after FROM (npos when none), past a short title the
// citation defines (以下简称《暂行规定》), which names the same document.
size_t NextTitle(const std::string& text, size_t from) {
  size_t title = text.find("《", from);
  while (title != std::string::npos && EndsWith(std::string_view(text).substr(0, title), "简称"))
    title = text.find("《", title + 1);
  return title;
}

// True when the clause extends the cited document's period of validity: its 有效期 right after
// it, then the verb (refs_extend_after), or the verb right before it (refs_extend_before) and its
// 有效期 after it, or its old end then the verb in the next clause (refs_extend_after_old). What
// follows it is cut at the next title, whose 有效期 is its own.
bool Extends(const Surroundings& s) {
  if (!RxMayMatch(s.after, "refs_extend_gate"_rx)) return false;  // most sentences hold no 有效期
  // …再延长一年,至…的申请不予批准: asked up to the next title (《B》不再执行 is B's).
  if (RxFind(s.after.substr(0, NextTitle(s.after, 0)), "refs_extend_refused"_rx)) return false;
  // Past the titles coordinated with it (《A》(…)和《B》(…)有效期…): their 有效期 is its too.
  size_t from = 0;
  for (size_t title = s.suffix.find("《"); title != std::string::npos; title = s.suffix.find("《", from)) {
    const size_t end = s.suffix.find("》", title);
    if (end == std::string::npos || !RxFull(s.suffix.substr(from, title - from), "refs_extend_coordinated"_rx)) break;
    from = end + std::string_view("》").size();
  }
  const std::string after = s.suffix.substr(from, NextTitle(s.suffix, from) - from);
  if (RxFind(after, "refs_extend_after"_rx) ||
      (RxFind(s.prefix, "refs_extend_before"_rx) && RxFind(after, "refs_extend_subject"_rx)))
    return true;
  // 《A》(…)继续有效,有效期延长至…; 试行期满后继续执行,执行至…: the suffix is a prefix of the sentence
  // after (both begin at the citation), so FROM is past the coordinated titles there too.
  const std::string sentence_after = s.after.substr(from, NextTitle(s.after, from) - from);
  // 《A》(…),有效期延长至…: its 有效期 past the comma that ends the clause; not a title applied
  // (按照《A》(…),有效期延长至…的许可证, …,继续执行至…的项目: what it governs is extended).
  if (RxFind(sentence_after, "refs_after_comma"_rx) && RxFind(s.prefix, "refs_implement_lead"_rx)) return false;
  if (RxFind(sentence_after, "refs_extend_continue"_rx) || RxFind(sentence_after, "refs_extend_after_kept"_rx) ||
      RxFind(sentence_after, "refs_extend_kept_term"_rx) || RxFind(sentence_after, "refs_extend_after"_rx))
    return true;
  // 原有效期至…,现延长至…: the extension in the clause after.
  return RxFind(s.after.substr(0, NextTitle(s.after, 0)), "refs_extend_after_old"_rx);
}

// True when the clause suspends the cited document for a time: the verb right after it
// (《A》(…)暂缓实施, …的施行日期推迟至…: refs_suspend_after) or ending the clause before it
// (决定暂缓实施《A》: refs_suspend_before).
bool Suspends(const Surroundings& s) {
  // Not a title the clause applies (依据《A》自即日起暂停执行该单位的…资格: what A provides).
  return (RxFind(s.suffix, "refs_suspend_after"_rx) && !RxFind(s.prefix, "refs_implement_lead"_rx)) ||
         RxFind(s.prefix, "refs_suspend_before"_rx);
}

// True when the clause puts a suspended document in force again: the verb right after it (自…起
// 恢复执行) or ending the clause before it (决定恢复执行《A》).
// Not after a verb of applying it (依照《行政强制法》恢复执行: the enforcement the law provides), nor
// of a measure the title provides (恢复执行《A》规定的收费标准).
bool Resumes(const Surroundings& s) {
  // After the citation in its sentence: the clause after it may open with a comma (…(文号),自…起恢复执行).
  const bool resumed = RxFind(s.after, "refs_resume_after"_rx) ||
                       (RxFind(s.prefix, "refs_resume_before"_rx) && !RxFind(s.suffix, "refs_resume_provided"_rx));
  return resumed && !RxFind(s.prefix, "refs_resume_applied"_rx);  // the rare verb asked first
}

}  // namespace

bool ProposedOnly(std::string_view text) {
  Match m;
  const std::string before(text);
  if (!RxSearch(before, "refs_repeal_proposed"_rx, m)) return false;
  return !RxFind(before.substr(0, static_cast<size_t>(m.position(size_t(0)))), "refs_repeal_granted"_rx);
}

Relation ClassifyRelation(const Surroundings& s) {
  if (s.vehicle) return Relation::kCites;
  if (PartRepealed(s)) return Relation::kAmends;
  // A title its own clause applies (各区要认真执行《A》《B》,《C》同时废止) is no object of a verb after it.
  if (VerbAfterRepeals(s.after) && !RxFind(s.prefix, "refs_implement_lead"_rx))
    return RxFind(s.before, "refs_repeal_pending") ? Relation::kCites : Relation::kRepeals;
  if (VerbBeforeRepeals(s.before)) {
    if (RxFind(s.suffix, "refs_part_named")) return Relation::kAmends;  // 依法撤销《A》第八条: a part of it
    // 决定废止《A》,新修订的《B》已对…作出规定: B, the subject of a clause of its own, is only cited.
    if (RxFind(s.suffix, "refs_repeal_object_subject"_rx)) return Relation::kCites;
    if (!RxFind(s.suffix, "refs_repeal_modifies")) return Relation::kRepeals;  // not 撤销《A》确定的开发区
  }
  if (MayRepeal(s.after) && RxFind(s.before, "refs_repeal_topic_before") &&
      (RxFind(s.after, "refs_repeal_topic_after") || RxFind(s.after, "refs_repeal_topic_after_dated"_rx)))
    return Relation::kRepeals;  // 经审查,《A》已不适应…,市政府决定予以废止。
  // The clause's three patterns asked only when it holds what one of them needs (most clauses
  // hold none); the implementing verb, which decides last, asked last.
  const std::string clause = s.prefix + s.suffix;
  const bool may_relate = RxMayMatch(clause, "refs_clause_gate"_rx);
  if (may_relate && RxFind(clause, "refs_revise")) return Relation::kRevises;
  // Its start moved to a later day (的实施时间调整为DATE) suspends it till then: no amendment.
  if (RxFind(s.suffix, "refs_amend"_rx) && !RxFind(s.suffix, "refs_start_moved"_rx)) return Relation::kAmends;
  if (RxFind(s.suffix, "refs_amend_drafting"_rx) && !RxFind(s.prefix, "refs_implement"_rx)) return Relation::kAmends;
  if (s.amending && RxFind(s.prefix, "refs_amend_before"_rx)) return Relation::kAmends;  // 一、修改《A》第十条。
  if (may_relate && RxFind(clause, "refs_supplement")) return Relation::kSupplements;
  if (may_relate && RxFind(clause, "refs_replace") && !RxFind(s.prefix, "refs_replace_agent"_rx)) return Relation::kReplaces;
  if (Suspends(s)) return RxFind(s.before, "refs_suspend_narrated"_rx) ? Relation::kCites : Relation::kSuspends;
  if (Resumes(s)) return Relation::kResumes;
  if (Extends(s)) return Relation::kExtends;
  if (RxFind(s.prefix, "refs_implement"_rx)) return Relation::kImplements;
  return Relation::kCites;
}

// The day match M names: its group date as printed (ParsePrintedDate; at 24时, the day after), or
// its groups year, month and day (年底 without the two: December 31; 2月底 without the day: the
// month's last), validated (no 2月30日).
std::optional<Date> DateIn(const Match& m) {
  if (const std::string printed = Group(m, "date"); !printed.empty()) {
    std::optional<Date> date = ParsePrintedDate(printed);
    if (date && date->precision == Precision::kDay && IsDayEndHour(GroupView(m, "hour")))
      date->day = AddDays(date->day, 1);  // 2018年12月31日24时起失效: in force all of the 31st
    return date;
  }
  const std::chrono::year year(DecimalOr(Group(m, "year"), 0));
  const std::string month = Group(m, "month"), day_of_month = Group(m, "day");
  const Day day = month.empty()          ? Day{year / 12 / 31}
                  : day_of_month.empty() ? Day{year / std::chrono::month(DecimalOr(month, 0)) / std::chrono::last}
                                         : Day{year / DecimalOr(month, 0) / DecimalOr(day_of_month, 0)};
  if (!day.ok()) return std::nullopt;
  return Date{day, Precision::kDay};
}

namespace {

// The day the first match of NAME in TEXT names (DateIn).
std::optional<Date> DateOf(const std::string& text, const RxName& name) {
  Match m;
  if (!RxSearch(text, name, m)) return std::nullopt;
  return DateIn(m);
}

}  // namespace

std::optional<Date> FromDate(const std::string& text) { return DateOf(text, "refs_from_date"_rx); }

std::optional<Date> LastFromDate(const std::string& text) {
  const std::vector<Match> all = RxAll(text, "refs_from_date"_rx);
  return all.empty() ? std::nullopt : DateIn(all.back());
}

std::optional<Date> RelationDate(const std::string& text, const TextSpans& spans,
                                 std::pair<size_t, size_t> sentence, std::pair<size_t, size_t> clause) {
  std::optional<Date> own = FromDate(text.substr(clause.first, clause.second - clause.first));
  if (own) return own;
  std::string whole = text.substr(sentence.first, sentence.second - sentence.first);
  if (!RxFind(whole, "refs_same_time")) return FromDate(whole);
  // 同日: the day named last before the clause in its sentence (《乙》自2020年6月30日起废止,《丙》同日废止).
  if (whole.find("同日") != std::string::npos && clause.first > sentence.first)
    if (std::optional<Date> named = LastFromDate(text.substr(sentence.first, clause.first - sentence.first))) return named;
  // The sentence before, past those dating a part (其中第五条自…起施行: the document's start is
  // the one before them).
  for (int back = 0; back < 3 && sentence.first > 0; ++back) {
    const size_t stop = CharacterStart(text, sentence.first - 1);  // the 。 that ends the sentence before
    sentence = spans.SentenceAround(stop);
    const std::string before = text.substr(sentence.first, sentence.second - sentence.first);
    if (!RxFind(before, "refs_part_start"_rx)) return FromDate(before);
  }
  return std::nullopt;
}

std::optional<Date> ListFromDate(const std::string& caption) { return DateOf(caption, "refs_list_from"_rx); }

std::optional<Date> ExtensionEndIn(const std::string& text) {
  if (auto end = DateOf(text, "refs_extended_to"_rx)) return end;
  return DateOf(text, "refs_extended_to_term"_rx);
}

std::pair<size_t, size_t> Respective(const std::string& text, const std::vector<Citation>& cites,
                                     std::pair<size_t, size_t> sentence, const Citation& at) {
  // The titles before 分别, in the clauses leading to it (not one after it: …,《C》同时废止).
  const size_t respectively = text.find("分别", at.end);
  if (respectively == std::string::npos || respectively >= sentence.second) return {0, 0};
  std::pair<size_t, size_t> place{0, 0};
  for (const auto& c : cites) {
    if (c.begin < sentence.first || c.begin >= respectively) continue;
    if (&c == &at) place.first = place.second;
    ++place.second;
  }
  return place;
}

std::optional<Date> ExtensionEnd(const std::string& text, std::pair<size_t, size_t> sentence,
                                 std::pair<size_t, size_t> clause, const ExtensionContext& context) {
  const std::string own = text.substr(clause.first, clause.second - clause.first);
  const std::string said = text.substr(sentence.first, sentence.second - sentence.first);
  if (const size_t respectively = said.find("分别"); respectively != std::string::npos) {
    const std::string ends = said.substr(respectively);  // not a start before it (自2024年1月1日起,…)
    const auto dates = RxAll(ends, "refs_end_date"_rx);
    if (dates.size() > 1) {  // 分别延长至X和Y: the date at the title's place, when as many
      const auto [index, count] = context.respective;
      return dates.size() == count && index < count ? DateIn(dates[index]) : std::nullopt;
    }
  }
  if (auto end = ExtensionEndIn(own)) return end;  // the clause first: another title's is its own
  if (auto end = ExtensionEndIn(said)) return end;
  return context.listed;
}

}  // namespace refs

namespace {

// The bytes TitleKey looks at: those that may start a space StripSpaces removes (ASCII white
// space is at most ' ', U+00A0 starts with C2, U+3000 with E3) and those of the marks it makes
// 《》 (<, >, and E3, which starts 〈 and 〉). A Chinese character (E4 to E9) is none of them.
constexpr std::array<bool, 256> kTitleKeyBytes = [] {
  std::array<bool, 256> bytes{};
  for (size_t b = 0; b <= ' '; ++b) bytes[b] = true;
  bytes[0xC2] = bytes[0xE3] = bytes['<'] = bytes['>'] = true;
  return bytes;
}();

// The 《 or 》 that the mark at byte I of TEXT becomes in a title key (*LEN its length), or "" if
// no mark starts there.
std::string_view UnifiedMarkAt(std::string_view text, size_t i, size_t* len) {
  *len = 1;
  if (text[i] == '<') return "《";
  if (text[i] == '>') return "》";
  *len = 3;
  if (text.substr(i, 3) == "〈") return "《";
  if (text.substr(i, 3) == "〉") return "》";
  return {};
}

// TITLE with 〈〉 and <> made 《》, into KEY, in one pass, for a title holding no space that
// StripSpaces removes; false (KEY unfinished) for one that holds a space. StripSpaces then
// returned the title as it was, and the four ReplaceAll calls that replaced the marks in turn
// replaced what one pass from the left replaces: none of the four can start inside another or
// be made by a replacement.
bool UnifyMarksWithoutSpaces(const std::string& title, std::string& key) {
  const std::string_view text = title;
  key.reserve(text.size());
  size_t run = 0;  // the first byte not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    if (!kTitleKeyBytes[static_cast<unsigned char>(text[i])]) continue;
    if (SkipSpaces(text.substr(i)) > 0) return false;
    size_t len = 0;
    const std::string_view mark = UnifiedMarkAt(text, i, &len);
    if (mark.empty()) continue;
    key.append(text, run, i - run);
    key += mark;
    run = i + len;
    i = run - 1;
  }
  key.append(text, run);
  return true;
}

}  // namespace

std::string TitleKey(const std::string& title) {
  // One string, replaced and cut in place (each step copied it before); most titles hold no
  // space, and their marks are made 《》 in the pass that finds there is none.
  std::string key;
  if (!UnifyMarksWithoutSpaces(title, key)) {
    key = StripSpaces(title);
    key = ReplaceAll(ReplaceAll(std::move(key), "〈", "《"), "〉", "》");
    key = ReplaceAll(ReplaceAll(std::move(key), "<", "《"), ">", "》");
  }
  if (StartsWith(key, "《") && EndsWith(key, "》")) {
    key.resize(key.size() - 3);
    key.erase(0, 3);
  }
  while (EndsWith(key, "。")) key.resize(key.size() - 3);
  return key;
}

std::string IssuedTitleKey(const std::string& title) { return refs::IssuedOfKey(TitleKey(title)); }

std::string refs::IssuedOfKey(const std::string& key) {
  Match m;
  if (!RxSearch(key, "refs_issuing_title"_rx, m)) return "";
  return TitleKey(Group(m, "inner"));
}

std::vector<std::string> refs::IssuedOfKeys(const std::string& key) {
  std::string inner = IssuedOfKey(key);
  if (inner.find("》") == std::string::npos) return inner.empty() ? std::vector<std::string>{} : std::vector{inner};
  std::vector<std::string> parts;
  size_t from = 0;
  for (const auto& m : RxAll(inner, "refs_issued_joiner"_rx)) {
    parts.push_back(inner.substr(from, static_cast<size_t>(m.position(size_t(0))) - from));
    from = static_cast<size_t>(m.position(size_t(0)) + m.length(0));
  }
  parts.push_back(inner.substr(from));
  // Each piece a title of its own: a title nested in one (关于印发《A》的通知) is no list of two.
  for (const auto& p : parts)
    if (p.empty() || p.find("《") != std::string::npos || p.find("》") != std::string::npos) return {inner};
  return parts;
}

std::string BaseTitleKey(const std::string& title) {
  return RxReplace(TitleKey(title), "refs_version_suffix"_rx, "");
}

}  // namespace gazette

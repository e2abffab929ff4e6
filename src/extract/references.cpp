// The references extractor: walks a document's body, finds citations line by line (joining a
// title cut by a page break), and types each by its clause, its list or its list table.
#include "extract/references.hpp"
#include "segment/docno.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <stdexcept>

#include "extract/references_internal.hpp"
#include "extract/references_joined.hpp"
#include "extract/references_lists.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

using refs::Citation;
using refs::Joined;
using refs::PrintedDocnos;

// What a document is, to tell its own titles from citations of others.
struct Context {
  const Document& doc;
  std::vector<std::string> own_keys;   // its title and the instruments it issues (TitleKey)
  std::vector<std::string> own_bases;  // the same without version marks
  std::map<std::string, Citation> aliases;  // short title → the citation that introduced it
  refs::ListIntro list;  // the list being read
  bool amending = false;  // its title says it amends others (关于修改《A》等规章的决定)
  std::vector<std::string> repealed_by_title;  // the titles its title repeals (关于废止《A》的决定), TitleKey
  std::vector<std::string> extended_by_title;  // the titles its title extends (关于延长《A》试行期的通知), TitleKey
  std::vector<std::string> resumed_by_title;   // the titles its title resumes (关于恢复执行《A》的通知), TitleKey
  std::string listed_title;  // an entry's bare title over its 文号 on the next line, in a list
  size_t line_index = 0;     // the body line being read (its first, when lines are joined)
};

// The day 同日 refers to when its own line names none: the last day the lines above it name (…自
// 2020年6月30日起废止。 / 第三条 《丙》同日废止。), looked for in the three before it.
std::optional<Date> SameDayAbove(const Context& ctx) {
  for (size_t back = 1; back <= 3 && back <= ctx.line_index; ++back)
    if (auto day = refs::LastFromDate(ctx.doc.body[ctx.line_index - back].text)) return day;
  return std::nullopt;
}

// TEXT from its first 关于 on (the title without its issuers), or TEXT.
std::string FromGuanyu(const std::string& key) {
  size_t at = key.find("关于");
  return at == std::string::npos ? key : key.substr(at);
}

Context MakeContext(const Document& doc) {
  Context ctx{doc, {}, {}, {}, {}, false, {}, {}, {}, {}};
  auto add = [&ctx](std::string key) {  // moved in, once its base is made
    if (key.empty()) return;
    ctx.own_bases.push_back(BaseTitleKey(key));
    ctx.own_keys.push_back(std::move(key));
  };
  add(FromGuanyu(TitleKey(doc.title)));
  for (auto& issued : refs::IssuedOfKeys(TitleKey(doc.title))) add(std::move(issued));
  for (const auto& in : doc.instruments) add(TitleKey(in.title));
  // An order promulgating 关于修改…的决定 amends as the decision does.
  ctx.amending = RxFind(doc.title, "refs_amending_title") ||
                 std::any_of(doc.instruments.begin(), doc.instruments.end(),
                             [](const Instrument& in) { return RxFind(in.title, "refs_amending_title"); });
  ctx.repealed_by_title = refs::TitlesRepealedBy(doc);
  ctx.extended_by_title = refs::TitlesExtendedBy(doc);
  ctx.resumed_by_title = refs::TitlesResumedBy(doc);
  return ctx;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  for (const auto& x : v)
    if (x == s) return true;
  return false;
}

// True when R names DOC itself or an instrument it issues.
// TitleKey of a reference's title, made the first time it is asked for and then kept: the
// tests of one citation asked it of the same title up to four times.
class LazyKey {
 public:
  explicit LazyKey(const Reference& r) : r_(r) {}
  const std::string& Get() {
    if (!key_) key_ = TitleKey(r_.title);
    return *key_;
  }

 private:
  const Reference& r_;  // its title is not changed while the key is asked for
  std::optional<std::string> key_;
};

// True when 文号 A and B end with the same number before 号 (…第442号, …442号): they may be one.
bool SameSerial(std::string_view a, std::string_view b) {
  auto serial = [](std::string_view s) {
    const size_t sign = s.rfind("号");
    size_t begin = sign == std::string_view::npos ? 0 : sign;
    while (begin > 0 && s[begin - 1] >= '0' && s[begin - 1] <= '9') --begin;
    return sign == std::string_view::npos ? std::string_view() : s.substr(begin, sign - begin);
  };
  const std::string_view x = serial(a);
  return !x.empty() && x == serial(b);
}

bool IsSelf(const Context& ctx, const Reference& r, LazyKey& title_key) {
  if (!r.to.empty())  // its own 文号 in another form (国务院令第442号) ends with the same number: asked only then
    return r.to == ctx.doc.docno || Contains(ctx.doc.joint_docnos, r.to) || (SameSerial(r.to, ctx.doc.docno) && NamesDocument(r.to, ctx.doc));
  const std::string& key = title_key.Get();
  return Contains(ctx.own_keys, FromGuanyu(key)) || Contains(ctx.own_keys, key);
}

// True when R names an older or newer version of an instrument DOC issues: the same title with
// another version mark, or the same title under another 文号.
bool IsOtherVersion(const Context& ctx, const Reference& r, LazyKey& title_key) {
  const std::string issued = refs::IssuedOfKey(title_key.Get());  // IssuedTitleKey(r.title)
  const std::string& key = issued.empty() ? title_key.Get() : issued;
  if (key.empty() || !Contains(ctx.own_bases, BaseTitleKey(key))) return false;
  return !Contains(ctx.own_keys, key) || (!r.to.empty() && r.to != ctx.doc.docno);
}

// The title printed without 《》 before a bare 文号 in parentheses, the 文号 possibly dated:
// 关于…的通知(京…〔2020〕1号); in a list item, any instrument's title:
// 1.北京市城市道路管理办法(1994年12月1日北京市人民政府令第20号发布).
std::string TitleBefore(const std::string& text, size_t clause_begin, const Citation& c) {
  std::string before = Trim(text.substr(clause_begin, c.begin - clause_begin));
  Match open;
  if (!RxSearch(before, "refs_bare_open", open)) return "";
  before = Trim(before.substr(0, static_cast<size_t>(open.position(size_t(0)))));
  bool listed = RxFind(before, "refs_item_marker");
  before = RxReplace(std::move(before), "refs_item_marker", "");
  before = ReplaceAll(ReplaceAll(before, "“", ""), "”", "");
  Match m;
  if (RxSearch(before, "refs_bare_title", m)) return Trim(before.substr(static_cast<size_t>(m.position(size_t(0)))));
  return listed && RxFull(before, "refs_listed_title") ? before : "";
}

// The reference citation C makes, before its relation is known.
Reference ReferenceOf(const Context& ctx, const std::string& text, const Citation& c, size_t clause_begin) {
  Reference r;
  r.title = c.bare ? TitleBefore(text, clause_begin, c) : c.title;
  r.to = c.docno;
  r.to_printed = c.docno_printed;
  if (!c.bare && c.docno.empty()) {
    auto alias = ctx.aliases.find(TitleKey(c.title));
    if (alias != ctx.aliases.end()) {
      r.alias = c.title;
      r.title = alias->second.title;
      r.to = alias->second.docno;
      r.to_printed = alias->second.docno_printed;
    }
  }
  return r;
}

bool IsListItem(const std::string& text) { return RxFind(text, "refs_item_marker"); }

// True when TEXT holds at most N code points: a code point takes one to four bytes, so only a
// text of N + 1 to 4N bytes is counted.
bool AtMostCodePoints(std::string_view text, size_t n) {
  if (text.size() <= n) return true;
  if (text.size() > 4 * n) return false;
  return CodePointCount(text) <= n;
}

// The relation of a list run into the line TEXT (its sentences SPANS), for the citation at POS
// whose clause PREFIX is only an item marker: 下列文件同时废止:1.《A》(…);2.《B》(…)。 → the
// caption before the colon.
std::optional<Relation> RunInListRelation(const std::string& text, const refs::TextSpans& spans, size_t pos,
                                          const std::string& prefix, const std::vector<Citation>& cites) {
  if (!RxFull(prefix, "refs_item_marker")) return std::nullopt;
  size_t colon = text.rfind(':', pos);
  if (colon == std::string::npos || text.find("。", colon) < pos) return std::nullopt;
  auto intro = spans.SentenceAround(colon);
  return refs::ListRelation(refs::Masked(text, intro.first, colon, cites));
}

// True when the use of a short title at byte AT of TEXT stands where a name opens a clause: at the
// line's start, after punctuation, or after a preposition, conjunction or verb of applying it (原办法同时
// 废止, 将33号文…, 按照原办法执行).
bool OpensClauseAt(const std::string& text, size_t at) {
  if (at == 0) return true;
  for (std::string_view before : {"，", ",", "。", "；", ";", "：", ":", "、", "将", "对", "与", "和", "及", "把", "按照", "依照", "根据", "执行"})
    if (EndsWith(std::string_view(text).substr(0, at), before)) return true;
  return false;
}

// Uses of short titles (以下简称“若干措施”, 以下简称原办法) printed in quotes, or bare where a name
// opens a clause when the short title is a name of three characters or more (原办法同时废止; a
// bare 办法 would be every 本办法's).
void AddAliasUses(const Context& ctx, const std::string& text, std::vector<Citation>& cites) {
  auto add = [&](const std::string& alias, const std::string& printed, bool bare) {
    for (size_t at = text.find(printed); at != std::string::npos; at = text.find(printed, at + printed.size())) {
      bool inside = false;
      for (const auto& c : cites) inside = inside || (at >= c.begin && at < c.end);
      if (inside || (bare && !OpensClauseAt(text, at))) continue;
      Citation c;
      c.begin = at;
      c.end = at + printed.size();
      c.title = alias;
      cites.push_back(c);
    }
  };
  for (const auto& [alias, intro] : ctx.aliases) {
    add(alias, "“" + alias + "”", false);
    if (CodePointCount(alias) >= 3) add(alias, alias, true);
  }
  std::sort(cites.begin(), cites.end(), [](const Citation& a, const Citation& b) { return a.begin < b.begin; });
}

// Reads one (joined) line of text: every citation in it, typed.
void ReadText(Context& ctx, const Joined& line, std::vector<Reference>& out) {
  const std::string& text = line.text();
  const std::vector<DocnoMatch> docnos = FindDocnos(text);
  auto cites = refs::FindCitations(text, docnos);
  PrintedDocnos printed_docnos(line, docnos);
  for (const auto& c : cites)  // a short title is used from its own line on (…,以下简称原办法)。…原办法同时废止
    if (!c.alias.empty()) ctx.aliases[TitleKey(c.alias)] = c;
  AddAliasUses(ctx, text, cites);
  const refs::TextSpans spans(text);  // the line's sentences and clauses, found at the first citation
  std::pair<size_t, size_t> last_sentence{std::string::npos, 0};
  std::optional<Relation> last_type;  // relation of the citation before, in the same sentence
  for (const auto& c : cites) {
    auto sentence = spans.SentenceAround(c.begin);
    auto clause = spans.ClauseAround(c.begin);
    Reference r = ReferenceOf(ctx, text, c, clause.first);
    LazyKey title_key(r);
    if (!c.bare && r.to.empty() && r.alias.empty() && RxFind(title_key.Get(), "refs_not_document"_rx)) continue;
    refs::Surroundings around;
    around.prefix = refs::Masked(text, clause.first, c.begin, cites);
    around.suffix = refs::Masked(text, c.end, clause.second, cites);
    around.before = refs::Masked(text, sentence.first, c.begin, cites);
    around.after = refs::Masked(text, c.end, sentence.second, cites);
    around.vehicle = c.vehicle;
    around.amending = ctx.amending;
    const std::string& prefix = around.prefix;
    r.type = refs::ClassifyRelation(around);
    if (sentence != last_sentence) last_type.reset();
    if (r.type == Relation::kCites && last_type == Relation::kImplements && RxFind(prefix, "refs_continuation"))
      r.type = *last_type;
    last_sentence = sentence;
    last_type = r.type;
    bool listed = false;  // typed by the list it is an item of
    // A vehicle of a change in an item's history (…令第100号公布,根据…令第190号第一次修改) is no entry.
    // An item's own title may hold a verb of implementing (北京市实施《…》办法, …条例实施办法): no
    // relation of the item's, whose list gives it; a title quoted inside that title (《…水法》办法) is
    // cited by it, no item.
    const bool in_item = ctx.list.relation() && IsListItem(text), nested = in_item && refs::InsideUnquotedTitle(text, c);
    if (nested && r.type == Relation::kImplements) r.type = Relation::kCites;
    if ((r.type == Relation::kCites || (in_item && r.type == Relation::kImplements)) && !nested && !c.vehicle && ctx.list.relation() &&
        (IsListItem(text) || refs::IsCitationLine(text, cites))) {
      if (refs::ItemFits(ctx.list, text)) {
        r.type = *ctx.list.relation();
        // An item naming the part of it that stops ((京建发〔2017〕120号)第三条、第六条;): amended.
        if (r.type == Relation::kRepeals && RxFind(around.suffix, "refs_part_named"_rx)) r.type = Relation::kAmends;
        listed = true;
        if (c.bare && r.title.empty()) r.title = ctx.listed_title;  // the title over it
      } else {
        ctx.list.End();  // 三、 after the list's 1. 2.: the next item of what holds the list
      }
    }
    if (r.type == Relation::kCites && !c.vehicle)
      if (auto listed = RunInListRelation(text, spans, c.begin, prefix, cites)) r.type = *listed;
    // 《A》…有效期至2023年12月31日。现将其有效期延长至…: the next sentence gives the relation and its end.
    // An item of a list of extensions too (三、《A》…有效期至2023年12月31日。…现将其有效期延长至…): the
    // old end in its own sentence is no new one.
    std::optional<std::pair<size_t, size_t>> through;
    if ((r.type == Relation::kCites || (listed && r.type == Relation::kExtends)) &&
        (through = refs::AnaphoricExtension(text, spans, sentence, cites, c, around.after,
                                            !ctx.extended_by_title.empty() && Contains(ctx.extended_by_title, title_key.Get()))))
      r.type = Relation::kExtends;
    else if (r.type == Relation::kCites && !ctx.repealed_by_title.empty() &&
             Contains(ctx.repealed_by_title, title_key.Get()) &&
             (through = refs::AnaphoricDecision(text, spans, sentence, c, "refs_repeal_anaphora"_rx)))
      r.type = Relation::kRepeals;  // 关于废止《A办法》的决定: 《A办法》(…)施行以来…。…决定,该办法自…起废止
    else if (!IsSupersession(r.type) && !ctx.resumed_by_title.empty() && Contains(ctx.resumed_by_title, title_key.Get()) &&
             (through = refs::AnaphoricDecision(text, spans, sentence, c, "refs_resume_anaphora"_rx)))
      r.type = Relation::kResumes;  // 关于恢复执行《A》的通知: 《A》(…)暂停执行。经研究,该办法自…起恢复施行
    // Its own 文号 (a dating line's …令第442号公布…第一次修订) is itself; its own title may be another version's.
    if (IsSelf(ctx, r, title_key) && (!IsSupersession(r.type) || !r.to.empty())) continue;
    if (!IsSupersession(r.type) && IsOtherVersion(ctx, r, title_key)) r.type = Relation::kReplaces;
    if (r.type == Relation::kExtends)
      r.date = through ? refs::ExtensionEnd(text, *through, *through, {})
                       : refs::ExtensionEnd(text, sentence, clause, {listed ? ctx.list.date() : std::nullopt,
                                                                     refs::Respective(text, cites, sentence, c)});
    else if (r.type == Relation::kSuspends)  // the day it resumes, when printed (推迟至2017年1月1日)
      r.date = refs::SuspensionEndIn(text.substr(sentence.first, sentence.second - sentence.first), ctx.doc.date);
    else if (r.type == Relation::kResumes)  // 于2008年10月1日起恢复执行
      r.date = refs::ResumptionDateIn(text.substr(sentence.first, (through ? through->second : sentence.second) - sentence.first));
    else if (IsSupersession(r.type) && !(r.date = refs::RepealAfterIssue(
                                             text.substr(clause.first, clause.second - clause.first), ctx.doc.date)))
      r.date = through ? refs::RelationDate(text, spans, *through, *through)
                       : refs::RelationDate(text, spans, sentence, clause);
    if (listed && !r.date) r.date = ctx.list.date();  // 下列文件自2022年1月1日起废止: 1.《A》
    if (!r.date && IsSupersession(r.type) && !through && sentence.first == 0 &&
        std::string_view(text).substr(sentence.first, sentence.second - sentence.first).find("同日") != std::string_view::npos)
      r.date = SameDayAbove(ctx);
    const std::string_view quoted(text.data() + sentence.first, (through ? through->second : sentence.second) - sentence.first);
    r.text = QuotedAround(quoted, c.begin - sentence.first, c.end - c.begin);
    r.line = line.LineAt(c.begin);
    if (!r.to.empty()) r.to_printed = PrintedIn(line, printed_docnos, r.to, r.to_printed);
    const size_t at = out.size();
    out.push_back(std::move(r));
    for (const auto& d : c.extra) {
      Reference e;
      e.type = d.elided ? out[at].type : Relation::kCites;  // …30号、31号 同时废止: both repealed
      e.date = d.elided ? out[at].date : std::nullopt;
      e.to = d.normalized;
      e.to_printed = text.substr(d.begin, d.end - d.begin);
      e.text = out[at].text;
      e.line = line.LineAt(d.begin);
      e.to_printed = PrintedIn(line, printed_docnos, e.to, e.to_printed);
      out.push_back(std::move(e));
    }
  }
  // A bare item (its title printed without 《》), cited by its dating alone or with the decision
  // that amended it in 《》 there (…发布,根据…《国务院关于修改〈A〉的决定》修订): the vehicle only cited.
  if (std::all_of(cites.begin(), cites.end(), [](const refs::Citation& c) { return c.vehicle; })) {
    if (auto item = refs::BareItem(ctx.list, text)) {
      item->line = line.LineAt(0);
      out.push_back(std::move(*item));
      return;
    }
  }
  // A line introducing a list (…废止的文件如下: / 一、废止的规范性文件) types the items under it.
  // An entry of the list being read, dated in its parentheses, whose title could not be read (no
  // instrument's kind) is no intro either: the list goes on under it. A caption counting its rows
  // (一、决定废止的规范性文件(2件)) is one, under a sentence that introduced the list too.
  bool intro = cites.empty() && (EndsWith(text, ":") || line.part(0).second->heading > 0 || AtMostCodePoints(text, 40)) &&
               !(EndsWith(refs::WithoutItemEnd(TrimmedView(text)), ")") && ctx.list.relation() && IsListItem(text) &&
                 !(RxFind(text, "table_caption_count"_rx) && refs::ListRelation(text)) && refs::ItemFits(ctx.list, text));
  // A title under a list's caption (…废止的规范性文件目录 / title / 文号): an entry, not a new intro;
  // nor is the caption's count on the line under it ((共2件)).
  if (intro && ctx.list.relation() && refs::ListEntryPart(text, &ctx.listed_title)) return;
  if (intro && RxFull(text, "list_count_line"_rx)) return;
  if (intro) {
    ctx.list.Introduce(text, line.single());
  } else if (!cites.empty() && EndsWith(text, ":")) {
    // …印发给你们。本通知自…起施行,下列文件同时废止: the sentences after the last citation's introduce
    // the list under the line, when they end in a caption (refs_caption_ending).
    // The caption may share the last citation's sentence: …施行,《A》(…)和下列文件同时废止:.
    size_t rest = spans.SentenceAround(cites.back().begin).second;
    if (rest >= text.size()) rest = cites.back().end;
    if (rest < text.size() && RxFind(text.substr(rest), "refs_caption_ending"_rx)) ctx.list.Introduce(text.substr(rest), false);
  } else if (cites.empty() && ctx.list.relation() && !IsListItem(text) && !refs::ListEntryPart(text, &ctx.listed_title)) {
    ctx.list.End();  // the list's relation asked first (its three patterns' literals), then the item marker
  }
  if (!cites.empty()) ctx.listed_title.clear();
}

bool IsInstrumentTitle(const Document& doc, size_t at) {
  for (const auto& in : doc.instruments)
    if (in.first == at) return true;
  return false;
}

}  // namespace

std::vector<Reference> ExtractReferences(const Document& doc) {
  std::vector<Reference> out;
  Context ctx = MakeContext(doc);
  refs::ListTable table;
  refs::RepairedTables repaired(doc);
  for (size_t i = 0; i < doc.body.size(); ++i) {
    if (IsInstrumentTitle(doc, i)) continue;
    if (doc.body[i].has_tab) {
      if (size_t last = refs::ReadRepairedList(doc, i, repaired, out); last != std::string::npos) {
        i = last;  // the list's rows as the tables read them
        table = {};
        continue;
      }
      if (refs::ReadListRow(doc, i, table, out)) continue;
    }
    table.last_row = SIZE_MAX;  // no line but a row's wraps on its name
    size_t last = i;
    Joined line = refs::JoinCutTitle(doc, i, &last);
    ctx.line_index = i;
    ReadText(ctx, line, out);
    i = last;
  }
  refs::AddWrappedDocnos(doc, repaired, out);
  refs::RepealRecalled(doc, out);
  return out;
}

}  // namespace gazette

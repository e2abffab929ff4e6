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
#include "extract/references_lists.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

using refs::Citation;

// What a document is, to tell its own titles from citations of others.
struct Context {
  const Document& doc;
  std::vector<std::string> own_keys;   // its title and the instruments it issues (TitleKey)
  std::vector<std::string> own_bases;  // the same without version marks
  std::map<std::string, Citation> aliases;  // short title → the citation that introduced it
  refs::ListIntro list;  // the list being read
  bool amending = false;  // its title says it amends others (关于修改《A》等规章的决定)
  std::vector<std::string> repealed_by_title;  // the titles its title repeals (关于废止《A》的决定), TitleKey
  std::string listed_title;  // an entry's bare title over its 文号 on the next line, in a list
};

// TEXT from its first 关于 on (the title without its issuers), or TEXT.
std::string FromGuanyu(const std::string& key) {
  size_t at = key.find("关于");
  return at == std::string::npos ? key : key.substr(at);
}

Context MakeContext(const Document& doc) {
  Context ctx{doc, {}, {}, {}, {}, false, {}, {}};
  auto add = [&ctx](std::string key) {  // moved in, once its base is made
    if (key.empty()) return;
    ctx.own_bases.push_back(BaseTitleKey(key));
    ctx.own_keys.push_back(std::move(key));
  };
  add(FromGuanyu(TitleKey(doc.title)));
  for (auto& issued : refs::IssuedOfKeys(TitleKey(doc.title))) add(std::move(issued));
  for (const auto& in : doc.instruments) add(TitleKey(in.title));
  ctx.amending = RxFind(doc.title, "refs_amending_title");
  ctx.repealed_by_title = refs::TitlesRepealedBy(doc);
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

bool IsSelf(const Context& ctx, const Reference& r, LazyKey& title_key) {
  if (!r.to.empty()) return r.to == ctx.doc.docno;
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

// A line of text made of one body line and the lines joined to it (a title cut by a page break).
// Most lines are joined to none: their text is the body line's own, read in place, and the
// parts are kept in place too (at most four: the line, two more while a 《 stays open, a (文号)).
class Joined {
 public:
  static constexpr size_t kMaxParts = 4;
  using Part = std::pair<size_t, const TextLine*>;  // byte offset where each line starts
  explicit Joined(const TextLine& first) : first_(&first.text), parts_{Part{0, &first}} {}

  /// The text: the first line's, or the lines joined.
  const std::string& text() const { return joined_ ? own_ : *first_; }
  /// True when text() is the first line's own (it lives as long as the document).
  bool single() const { return !joined_; }
  size_t size() const { return count_; }
  const Part& part(size_t k) const { return parts_[k]; }

  /// Appends LINE. JoinCutTitle joins at most kMaxParts lines; a fifth would be a programming
  /// error, refused rather than written past the parts (one compare, never taken).
  void Append(const TextLine& line) {
    if (count_ == kMaxParts) throw std::logic_error("Joined: more than kMaxParts lines");
    if (!joined_) own_ = *first_;
    joined_ = true;
    parts_[count_++] = Part{own_.size(), &line};
    own_ += line.text;
  }

  int LineAt(size_t offset) const {
    const Part* at = &parts_[0];
    for (size_t k = 0; k < count_; ++k)
      if (offset >= parts_[k].first) at = &parts_[k];
    return at->second->LineAt(offset - at->first);
  }

 private:
  const std::string* first_;
  std::string own_;  // the lines joined, once there are two
  bool joined_ = false;
  std::array<Part, kMaxParts> parts_;
  size_t count_ = 1;
};

// The 文号 of each printed line of a joined line (FindDocnos of its inline text), each searched
// once: PrintedIn asks once per citation, and a line citing a dozen 文号 was searched a dozen
// times. A line printed as the text the citations were read from takes the 文号 found there.
class PrintedDocnos {
 public:
  PrintedDocnos(const Joined& line, const std::vector<DocnoMatch>& of_text) : line_(line), of_text_(of_text) {}
  /// FindDocnos of part K's inline text.
  const std::vector<DocnoMatch>& Of(size_t k) {
    const std::string& printed = line_.part(k).second->inline_text;
    if (printed == line_.text()) return of_text_;
    if (!found_[k]) found_[k] = FindDocnos(printed);
    return *found_[k];
  }

 private:
  const Joined& line_;
  const std::vector<DocnoMatch>& of_text_;
  std::array<std::optional<std::vector<DocnoMatch>>, Joined::kMaxParts> found_;  // by part
};

// DOCNO as one of J's printed lines prints it, spacing kept; FALLBACK if none does (PrintedDocno
// of each line in turn, from the 文号 PRINTED_DOCNOS found in it).
std::string PrintedIn(const Joined& j, PrintedDocnos& printed_docnos, const std::string& docno,
                      const std::string& fallback) {
  for (size_t k = 0; k < j.size(); ++k) {
    std::string printed = PrintedDocnoAmong(j.part(k).second->inline_text, printed_docnos.Of(k), docno, "");
    if (!printed.empty()) return printed;
  }
  return fallback;
}

// True when NEXT is only the (文号) of the title TEXT ends with, printed on a line of its own
// (a list of titles: 北京市人民政府关于加强城市管理的通知 / (京政发〔2010〕3号)).
bool NumbersTitleAbove(const std::string& text, const std::string& next) {
  if (!StartsWith(next, "(") || !IsDocnoLine(next)) return false;
  return EndsWith(text, "》") || RxFind(text, "refs_bare_title");
}

// Body line AT, with up to two following lines joined while a 《 stays open, and the line after
// when it is only the title's (文号). Sets *LAST.
Joined JoinCutTitle(const Document& doc, size_t at, size_t* last) {
  Joined j(doc.body[at]);
  *last = at;
  while (refs::UnclosedTitle(j.text()) != std::string::npos && *last + 1 < doc.body.size() &&
         *last < at + 2 && !doc.body[*last + 1].has_tab) {
    ++*last;
    j.Append(doc.body[*last]);
  }
  if (*last + 1 < doc.body.size() && NumbersTitleAbove(j.text(), doc.body[*last + 1].text)) {
    ++*last;
    j.Append(doc.body[*last]);
  }
  return j;
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

// Uses of short titles introduced with quotes (以下简称“若干措施”) printed as “若干措施”.
void AddQuotedAliases(const Context& ctx, const std::string& text, std::vector<Citation>& cites) {
  for (const auto& [alias, intro] : ctx.aliases) {
    std::string quoted = "“" + alias + "”";
    for (size_t at = text.find(quoted); at != std::string::npos; at = text.find(quoted, at + quoted.size())) {
      bool inside = false;
      for (const auto& c : cites) inside = inside || (at >= c.begin && at < c.end);
      if (inside) continue;
      Citation c;
      c.begin = at;
      c.end = at + quoted.size();
      c.title = alias;
      cites.push_back(c);
    }
  }
  std::sort(cites.begin(), cites.end(), [](const Citation& a, const Citation& b) { return a.begin < b.begin; });
}

// Reads one (joined) line of text: every citation in it, typed.
void ReadText(Context& ctx, const Joined& line, std::vector<Reference>& out) {
  const std::string& text = line.text();
  const std::vector<DocnoMatch> docnos = FindDocnos(text);
  auto cites = refs::FindCitations(text, docnos);
  PrintedDocnos printed_docnos(line, docnos);
  AddQuotedAliases(ctx, text, cites);
  const refs::TextSpans spans(text);  // the line's sentences and clauses, found at the first citation
  std::pair<size_t, size_t> last_sentence{std::string::npos, 0};
  std::optional<Relation> last_type;  // relation of the citation before, in the same sentence
  for (const auto& c : cites) {
    auto sentence = spans.SentenceAround(c.begin);
    auto clause = spans.ClauseAround(c.begin);
    Reference r = ReferenceOf(ctx, text, c, clause.first);
    if (!c.alias.empty()) ctx.aliases[TitleKey(c.alias)] = c;
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
    if (r.type == Relation::kCites && !c.vehicle && ctx.list.relation() &&
        (IsListItem(text) || refs::IsCitationLine(text, cites))) {
      if (refs::ItemFits(ctx.list, text)) {
        r.type = *ctx.list.relation();
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
        (through = refs::AnaphoricExtension(text, spans, sentence, cites, c, around.after)))
      r.type = Relation::kExtends;
    else if (r.type == Relation::kCites && !ctx.repealed_by_title.empty() &&
             Contains(ctx.repealed_by_title, title_key.Get()) && (through = refs::AnaphoricRepeal(text, spans, sentence, c)))
      r.type = Relation::kRepeals;  // 关于废止《A办法》的决定: 《A办法》(…)施行以来…。…决定,该办法自…起废止
    if (IsSelf(ctx, r, title_key) && !IsSupersession(r.type)) continue;
    if (!IsSupersession(r.type) && IsOtherVersion(ctx, r, title_key)) r.type = Relation::kReplaces;
    if (r.type == Relation::kExtends)
      r.date = through ? refs::ExtensionEnd(text, *through, *through, {})
                       : refs::ExtensionEnd(text, sentence, clause, {listed ? ctx.list.date() : std::nullopt,
                                                                     refs::Respective(text, cites, sentence, c)});
    else if (r.type == Relation::kSuspends)  // the day it resumes, when printed (推迟至2017年1月1日)
      r.date = refs::SuspensionEndIn(text.substr(sentence.first, sentence.second - sentence.first));
    else if (r.type == Relation::kResumes)  // 于2008年10月1日起恢复执行
      r.date = refs::ResumptionDateIn(text.substr(sentence.first, sentence.second - sentence.first));
    else if (IsSupersession(r.type))
      r.date = through ? refs::RelationDate(text, spans, *through, *through)
                       : refs::RelationDate(text, spans, sentence, clause);
    if (listed && !r.date) r.date = ctx.list.date();  // 下列文件自2022年1月1日起废止: 1.《A》
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
  if (cites.empty()) {
    if (auto item = refs::BareItem(ctx.list, text)) {
      item->line = line.LineAt(0);
      out.push_back(std::move(*item));
      return;
    }
  }
  // A line introducing a list (…废止的文件如下: / 一、废止的规范性文件) types the items under it.
  bool intro = cites.empty() && (EndsWith(text, ":") || line.part(0).second->heading > 0 || AtMostCodePoints(text, 40));
  // A title under a list's caption (…废止的规范性文件目录 / title / 文号): an entry, not a new intro.
  if (intro && ctx.list.relation() && refs::ListEntryPart(text, &ctx.listed_title)) return;
  if (intro) ctx.list.Introduce(text, line.single());
  // The list's relation first (its three patterns' literals), then the item marker (decoded and
  // matched), asked only in a list.
  else if (cites.empty() && ctx.list.relation() && !IsListItem(text) && !refs::ListEntryPart(text, &ctx.listed_title)) ctx.list.End();
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
    Joined line = JoinCutTitle(doc, i, &last);
    ReadText(ctx, line, out);
    i = last;
  }
  refs::AddWrappedDocnos(doc, repaired, out);
  refs::RepealRecalled(doc, out);
  return out;
}

}  // namespace gazette

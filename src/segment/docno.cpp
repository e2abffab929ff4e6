#include "segment/docno.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>

#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"
#include "normalize/normalizer.hpp"
#include "segment/text_memo.hpp"
#include "util/text.hpp"
#include "util/number.hpp"
#include "util/numerals.hpp"

namespace gazette {
namespace {

struct Candidate {
  DocnoMatch match;
  bool found = false;
};

// The forms of a 文号 (grammars/docno.grammar) and whether the agency is a code (京政发) rather
// than an issuer's full name (公安部令).
// A form is searched only where the grammar's prefilter allows (its literals: 〔 and 号, 年 and
// 号, 令 and 号).
struct Form {
  const char* pattern;
  bool code;
  bool year_first = false;  // the match opens with the year, not the agency
};
constexpr Form kForms[] = {{"docno", true},
                           {"docno_coded", true},
                           {"docno_old", true},
                           {"docno_annual", false},
                           {"docno_annual_before", false, true},
                           {"docno_annual_before_after", false, true},
                           {"docno_annual_after", false},
                           {"docno_order", false},
                           {"docno_order_after", false}};

// AGENCY without the prose before it: cut after the last docno_agency_break, then drop
// docno_agency_prefix and (for a CODE) docno_issuer_before_code while two characters remain.
std::string AgencyAtBoundary(std::string agency, bool code) {
  Match m;
  size_t cut = 0;
  for (size_t from = 0; from < agency.size() && RxSearchFrom(agency, from, "docno_agency_break", m);) {
    if (m.length(0) == 0) break;  // a pattern from --grammars that matches nothing
    cut = from + static_cast<size_t>(m.position(size_t(0)) + m.length(0));
    from = cut;
  }
  if (cut > 0 && CodePointCount(agency.substr(cut)) >= 2) agency = agency.substr(cut);
  for (bool changed = true; changed;) {
    changed = false;
    for (const char* strip : {"docno_agency_prefix", "docno_issuer_before_code"}) {
      if (!code && std::string_view(strip) == "docno_issuer_before_code") continue;
      if (!RxSearch(agency, strip, m) || m.length(0) == 0) continue;
      std::string shorter = agency.substr(static_cast<size_t>(m.length(0)));
      if (CodePointCount(shorter) < 2) continue;
      agency = shorter;
      changed = true;
    }
  }
  return agency;
}

// The pieces joined into one string, allocated once.
std::string Joined(std::initializer_list<std::string_view> pieces) {
  size_t size = 0;
  for (std::string_view piece : pieces) size += piece.size();
  std::string out;
  out.reserve(size);
  for (std::string_view piece : pieces) out += piece;
  return out;
}

// The id of a 文号 of FORM from its parts.
std::string NormalizedOf(std::string_view form, std::string_view agency, std::string_view year, std::string_view seq) {
  if (form == "docno" || form == "docno_coded") return Joined({agency, "〔", year, "〕", seq, "号"});
  if (form == "docno_old") return Joined({"〔", year, "〕", agency, "第", seq, "号"});
  if (form == "docno_annual" || form == "docno_annual_before") return Joined({agency, year, "年第", seq, "号"});
  if (form == "docno_annual_after" || form == "docno_annual_before_after") return Joined({agency, "令", year, "年第", seq, "号"});
  if (form == "docno_order_after") return Joined({agency, "令第", seq, "号"});
  return Joined({agency, "第", seq, "号"});
}

// The number SEQ of a 文号 as printed: digits, digits OCR read as letters (1O5, l2: an order's, the
// only form whose number may hold them) or Chinese numerals (主席令第七号).
std::optional<int> ParseSeq(std::string_view seq) {
  if (seq.empty() || static_cast<unsigned char>(seq[0]) >= 0x80) return ParseChineseNumeral(seq);
  std::string digits(seq);
  for (char& c : digits) c = OcrDigitRead(c) ? OcrDigitRead(c) : c;
  return ParseDecimal(digits);
}

// The 文号 that FORM matched at M, starting at byte BEGIN of the text.
DocnoMatch ToDocno(const Form& form, const Match& m, size_t begin) {
  DocnoMatch d;
  d.begin = begin;
  d.end = begin + static_cast<size_t>(m.length(0));
  std::string agency = StripSpaces(GroupView(m, "agency"));
  const size_t stripped = agency.size();
  d.agency = AgencyAtBoundary(std::move(agency), form.code);
  if (std::string_view(form.pattern) != "docno_old" && !form.year_first) d.begin += stripped - d.agency.size();
  const std::string_view year = GroupView(m, "year"), seq = GroupView(m, "seq");
  auto parsed_year = ParseDecimal(year), parsed_seq = ParseSeq(seq);
  d.year = parsed_year.value_or(0);
  d.seq = parsed_seq.value_or(0);
  d.number_ok = (year.empty() || parsed_year) && parsed_seq;
  // GB/T 9704 prints no leading zero (不编虚位): 〔2023〕024号 is 〔2023〕24号.
  const std::string number = parsed_seq ? std::to_string(*parsed_seq) : std::string(seq);
  d.normalized = NormalizedOf(form.pattern, d.agency, year, number);
  d.by_issuer = !form.code;
  // An order numbered by year printed with its year in brackets (河北省人民政府令〔2003〕第5号): the
  // year-numbered order …令2003年第5号, as its own header prints it.
  if (d.by_issuer == false && year.size() == 4 && d.agency.ends_with("令") && std::string_view(form.pattern) == "docno") {
    d.normalized = NormalizedOf("docno_annual", d.agency, year, number);
    d.by_issuer = true;
  }
  return d;
}

// The first match of each form at or after the last position searched: a form is searched again
// only once the scan has passed its match, so a long text costs one pass per form, not one per 文号.
// A form whose prefilter rules the text out is known to match nowhere in it without a search.
struct FormMatches {
  Match match[std::size(kForms)];
  size_t begin[std::size(kForms)];  // npos: no match up to the end of the text
  bool searched[std::size(kForms)] = {};
};

// The earliest match of any 文号 form at or after FROM.
Candidate NextDocno(const std::string& text, size_t from, FormMatches& cache) {
  Candidate best;
  for (size_t k = 0; k < std::size(kForms); ++k) {
    const Form& form = kForms[k];
    if (!cache.searched[k] || (cache.begin[k] != std::string::npos && cache.begin[k] < from)) {
      cache.searched[k] = true;
      bool found = RxSearchFrom(text, from, form.pattern, cache.match[k]);
      cache.begin[k] = found ? from + static_cast<size_t>(cache.match[k].position(size_t(0))) : std::string::npos;
    }
    size_t begin = cache.begin[k];
    if (begin == std::string::npos || (best.found && begin >= best.match.begin)) continue;
    best.match = ToDocno(form, cache.match[k], begin);
    best.found = true;
  }
  return best;
}

// True when TEXT from byte AT holds, after spaces, a character docno_elided may go on with (a
// mark joining a 文号 to the next: 、 , 和 及): the only texts it is searched in.
bool JoinsAt(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  size_t len = 0;
  return at < text.size() && RxMayStartWith("docno_elided"_rx, CodePointAt(text, at, &len));
}

// The 文号 printed after D as bare numbers, its agency and year left out (京政发〔2005〕30号、31号:
// 京政发〔2005〕31号) or its agency alone (京政发〔1993〕5号、〔1994〕6号: 京政发〔1994〕6号), appended to
// OUT; the byte where the last ends (D.end when none is).
size_t AddElided(const std::string& text, const DocnoMatch& d, std::vector<DocnoMatch>& out) {
  // The normalized form before its number: every form's ends in the number and 号.
  std::string_view prefix = d.normalized;
  if (!EndsWith(prefix, "号")) return d.end;
  prefix.remove_suffix(std::string_view("号").size());
  while (!prefix.empty() && prefix.back() >= '0' && prefix.back() <= '9') prefix.remove_suffix(1);
  // The agency before its year, for a number printed with a year of its own (a 文号 of the
  // standard form only: 京政发〔1993〕5号).
  const size_t open = d.by_issuer ? std::string_view::npos : d.normalized.find("〔");
  const std::string_view agency = open == 0 || open == std::string_view::npos ? std::string_view() : prefix.substr(0, open);
  size_t end = d.end;
  Match m;
  while (JoinsAt(text, end) && RxSearchFrom(text, end, "docno_elided", m) && m.position(size_t(0)) == 0) {
    const std::string_view year = GroupView(m, "year");
    if (!year.empty() && agency.empty()) break;
    DocnoMatch e = d;
    e.begin = end;
    e.end = end + static_cast<size_t>(m.length(0));
    const std::string_view seq = GroupView(m, "seq");
    auto parsed = ParseDecimal(seq);
    e.seq = parsed.value_or(0);
    e.number_ok = d.number_ok && parsed.has_value();
    const std::string number = parsed ? std::to_string(*parsed) : std::string(seq);
    e.normalized = year.empty() ? Joined({prefix, number, "号"}) : Joined({agency, "〔", year, "〕", number, "号"});
    if (!year.empty()) e.year = ParseDecimal(year).value_or(0);
    e.elided = true;
    end = e.end;
    out.push_back(std::move(e));
  }
  return end;
}

// Texts longer than this (paragraphs) are searched each time, not remembered.
constexpr size_t kMaxRememberedText = 2048;

}  // namespace

namespace docno_internal {

std::vector<DocnoMatch> SearchDocnos(const std::string& text) {
  std::vector<DocnoMatch> out;
  // One literal search for what every form needs, then each form's own prefilter, up to the first
  // that lets the text through: a form ruled out before it needs no search (RxSearchFrom from 0
  // would ask the same prefilter and find nothing).
  if (!RxMayMatch(text, "docno_gate"_rx)) return out;
  FormMatches cache;
  size_t first = 0;
  for (; first < std::size(kForms) && !RxMayMatch(text, kForms[first].pattern); ++first) {
    cache.searched[first] = true;
    cache.begin[first] = std::string::npos;
  }
  if (first == std::size(kForms)) return out;
  // The coded form needs its code's bracket before 字 (京价(收)字): one search for that, not its
  // prefilter's, turns most texts away.
  constexpr size_t kCoded = 1;
  static_assert(std::string_view(kForms[kCoded].pattern) == "docno_coded");
  if (!cache.searched[kCoded] && text.find(")字") == std::string::npos) {
    cache.searched[kCoded] = true;
    cache.begin[kCoded] = std::string::npos;
  }
  size_t from = 0;
  while (from < text.size()) {
    Candidate c = NextDocno(text, from, cache);
    if (!c.found) break;
    out.push_back(c.match);
    from = AddElided(text, c.match, out);
  }
  return out;
}

}  // namespace docno_internal

std::vector<DocnoMatch> FindDocnos(const std::string& text) {
  // Most texts lack what every 文号 needs: turned away by one literal search, before the memo.
  if (!RxMayMatch(text, "docno_gate"_rx)) return {};
  if (text.size() > kMaxRememberedText) return docno_internal::SearchDocnos(text);
  // The same few are asked again and again: a document's 文号 by the contents, its anchor, its
  // romanization and the references; a table's header row with each of its rows.
  thread_local TextMemo<std::vector<DocnoMatch>> memo;
  return memo.Get(text, [&] { return docno_internal::SearchDocnos(text); });
}

std::string NormalizeDocno(const std::string& text) {
  auto found = FindDocnos(NormalizeText(text));
  return found.empty() ? "" : found.front().normalized;
}

bool OnlyDocnos(const std::string& text, const std::vector<DocnoMatch>& found) {
  if (found.size() < 2) return false;
  static constexpr std::u32string_view kSeparators = U"、,，;； 和及　";
  size_t at = 0;
  auto separators_only = [&](size_t from, size_t to) {
    for (size_t i = from, len = 0; i < to; i += len)
      if (kSeparators.find(CodePointAt(text, i, &len)) == std::u32string_view::npos) return false;
    return true;
  };
  for (const auto& d : found) {
    if (d.begin < at || !separators_only(at, d.begin)) return false;
    at = d.end;
  }
  return separators_only(at, text.size());
}

std::string NormalizeDocnoList(const std::string& text) {
  const std::string normalized = NormalizeText(text);
  auto found = FindDocnos(normalized);
  if (found.empty()) return "";
  if (!OnlyDocnos(normalized, found)) return found.front().normalized;
  std::string out;
  for (const auto& d : found) out += (out.empty() ? "" : "、") + d.normalized;
  return out;
}

int FullYear(int year) { return year >= 0 && year < 100 ? year + (year >= 50 ? 1900 : 2000) : year; }

std::string PrintedDocnoAmong(const std::string& printed, const std::vector<DocnoMatch>& found,
                              const std::string& normalized, const std::string& fallback) {
  for (const auto& d : found)
    if (d.normalized == normalized) return Trim(printed.substr(d.begin, d.end - d.begin));
  return fallback;
}

std::string PrintedDocno(const TextLine& line, const std::string& normalized, const std::string& fallback) {
  return PrintedDocnoAmong(line.inline_text, FindDocnos(line.inline_text), normalized, fallback);
}

bool NamesDocument(const std::string& wanted, const Document& doc) {
  if (wanted.empty()) return true;
  std::string norm = NormalizeDocno(wanted);
  if (doc.id == wanted || doc.docno == wanted || (!norm.empty() && doc.docno == norm)) return true;
  // Another form of the same number, as status takes it: 国务院令第158号 for 中华人民共和国国务院令第158号,
  // 〔87〕京政发第120号 for 京政发〔1987〕120号.
  if (norm.empty() || doc.docno.empty()) return false;
  const std::string wanted_key = AliasKey(norm), doc_key = AliasKey(doc.docno);
  return (!wanted_key.empty() && (wanted_key == doc.docno || wanted_key == doc_key)) || (!doc_key.empty() && doc_key == norm);
}

namespace {

// What a line that is one 文号 ends with once stripped of its spaces (and of a ')' around it): one
// of the endings every match of a form has where it ends the text (grammar/literals.hpp's
// RequiredEndings of the form's pattern before \z: 号, or 号令 for docno_order_after), read from the
// grammar set in use. Empty when a form's ending is not known: then no line is ruled out.
struct DocnoEndings {
  const GrammarSet* grammars = nullptr;  // the set they were read from
  std::vector<std::string> endings;
  size_t longest = 0;  // bytes
};

const DocnoEndings& EndingsOfDocnos() {
  // Each job reads them once per grammar set (--grammars replaces the set before any line is read).
  thread_local DocnoEndings memo;
  const GrammarSet& grammars = Grammars();
  if (memo.grammars == &grammars) return memo;
  memo = DocnoEndings{&grammars, {}, 0};
  for (const Form& form : kForms) {
    const GrammarPattern* p = grammars.Find(form.pattern);
    auto endings = p ? RequiredEndings("(?:" + p->source + ")\\z") : std::vector<std::string>{};
    if (endings.empty()) {
      memo.endings.clear();
      break;
    }
    memo.endings.insert(memo.endings.end(), endings.begin(), endings.end());
  }
  std::sort(memo.endings.begin(), memo.endings.end());
  memo.endings.erase(std::unique(memo.endings.begin(), memo.endings.end()), memo.endings.end());
  for (const auto& e : memo.endings) memo.longest = std::max(memo.longest, e.size());
  return memo;
}

// False if LINE, stripped of its spaces, cannot be a 文号 (in parentheses or not) for how it ends:
// only its last few characters are stripped and looked at.
bool MayEndAsDocno(std::string_view line) {
  const DocnoEndings& e = EndingsOfDocnos();
  if (e.endings.empty()) return true;
  // Most lines end in a character no ending ends with (。): ruled out by it, before any stripping,
  // when it is not a space (StripSpaces keeps it last) nor the ')' an ending may stand before.
  if (!line.empty()) {
    std::string_view last = line.substr(CharacterStart(line, line.size() - 1));
    bool space = SkipSpaces(last) == last.size();
    auto ends_so = [&](const std::string& ending) { return ending.empty() || EndsWith(ending, last); };
    if (!space && last != ")" && std::none_of(e.endings.begin(), e.endings.end(), ends_so)) return false;
  }
  const size_t want = e.longest + 1;  // the longest ending and a ')'
  size_t begin = line.size();
  std::string tail;  // the stripped line's last WANT bytes (or all of it)
  do {
    begin = begin > want ? begin - want : 0;
    begin = CharacterStart(line, begin);
    tail = StripSpaces(line.substr(begin));
  } while (begin > 0 && tail.size() < want);
  std::string_view end = tail;
  for (const auto& ending : e.endings)
    if (EndsWith(end, ending) || (EndsWith(end, ")") && EndsWith(end.substr(0, end.size() - 1), ending))) return true;
  return false;
}

}  // namespace

namespace {

// True when LINE is a 文号 alone (IsDocnoLine), in parentheses or not.
bool IsBareDocnoLine(const std::string& line) {
  // Most lines end as no 文号 can: they are ruled out before the whole line is stripped and searched.
  if (!MayEndAsDocno(line)) return false;
  std::string t = StripSpaces(line);
  // Parentheses around the line are allowed: (京政发〔2023〕20号).
  if (StartsWith(t, "(") && EndsWith(t, ")")) t = t.substr(1, t.size() - 2);
  // The one 文号 found must span T, so its form matches T whole: a title ending in its 文号 fails
  // that at its first characters, where the search would try every start in the line.
  if (std::none_of(std::begin(kForms), std::end(kForms), [&](const Form& f) { return RxFull(t, f.pattern); }))
    return false;
  auto found = FindDocnos(t);
  return found.size() == 1 && found[0].begin == 0 && found[0].end == t.size();
}

}  // namespace

bool IsDocnoLine(const std::string& line) {
  if (IsBareDocnoLine(line)) return true;
  if (IsJointDocnoLine(line)) return true;  // 京财教育〔2019〕1500号　京教财〔2019〕60号
  // A 文号 dated on its line, as compilations and older issues print it under the title
  // ((京政发〔1996〕5号 1996年1月15日)), or with its 签发人 (京政文〔2004〕12号 签发人:王岐山).
  if (!EndsWith(line, "日") && !EndsWith(line, ")") && !EndsWith(line, "号") && line.find("签发人") == std::string::npos)
    return false;
  Match m;
  if (!EndsWith(line, "号") && RxFull(line, "docno_line_dated"_rx, m) && IsBareDocnoLine(Group(m, "docno"))) return true;
  // Dated before it: (二○○四年一月十五日 京政发〔2004〕2号).
  return (EndsWith(line, "号") || EndsWith(line, "号)")) && RxFull(line, "docno_line_date_first"_rx, m) &&
         IsBareDocnoLine(Group(m, "docno"));
}

}  // namespace gazette

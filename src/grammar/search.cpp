// The searches over a grammar's patterns (RxSearch, RxFull, RxAll, RxReplace): the literal
// prefilter first, then Boost.Regex over the text's code points, decoded once.
#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <unordered_map>

#include "grammar/decoded.hpp"
#include "grammar/grammar.hpp"
#include "grammar/grammar_internal.hpp"
#include "grammar/literals.hpp"
#include "grammar/set_member.hpp"  // before any matcher over code points is made
#include "util/text.hpp"

namespace gazette {

using grammar_internal::Admits;
using grammar_internal::CanStart;
using grammar_internal::Compiled;

// Each search first asks the pattern's literal prefilter: text holding none of the literals
// every match contains cannot match, and never reaches the regex engine.
//
// A text that passes is decoded to UTF-32 once (DecodeOnce keeps the last few texts, and a line
// is searched by several patterns in a row), the engine runs over the code points, and each
// match is copied back to byte positions in the text, as Boost's icu.hpp copies a match over
// its UTF-8 iterators. The engine over UTF-8 decodes at every step and throws std::out_of_range
// at a byte that is not UTF-8: text that is not valid UTF-8 still goes that way, and such a
// search ends there as if nothing more matched (BadUtf8), so text from any caller is safe.

namespace {

using Match32 = boost::match_results<const UChar32*>;

// A copy of IN, a match found searching from FROM in a text that starts at BASE, with each
// position mapped by AT: the prefix runs from FROM and positions count from BASE, as
// boost::regex_iterator leaves them.
template <typename Out, typename At>
void CopyMatch(const Match32& in, const UChar32* from, const UChar32* base, const boost::u32regex& re, At at,
               Out& out) {
  out.set_size(in.size(), at(from), at(in.suffix().second));
  out.set_base(at(base));
  out.set_named_subs(re.get_named_subs());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i].matched || i == 0) {
      out.set_first(at(in[i].first), i);
      out.set_second(at(in[i].second), i, in[i].matched);
    }
  }
}

// IN as a match over the bytes of TEXT, which D decodes.
void CopyToBytes(const Match32& in, const UChar32* from, const UChar32* base, const DecodedText& d,
                 const std::string& text, const boost::u32regex& re, Match& out) {
  auto at = [&](const UChar32* q) { return text.cbegin() + d.offsets[static_cast<size_t>(q - d.begin())]; };
  CopyMatch(in, from, base, re, at, out);
}

// FindFrom of P, which opens with a lazy lead run C{m,n}? (P.lead) and whose starts are not
// known, as boost::regex_search finds it. A match starting at S takes k of m..n characters of C,
// and its rest then starts with a character outside C: S+k is the end E of the run of C holding S
// (or starting at FROM), and the character at E may start the rest. Boost tries a run's first
// position A; there it fails unless E−A ≤ n and the rest matches at E. Failing, Boost restarts
// (perl_matcher's `restart`, set as a leading lazy repeat grows while shorter than n) past the
// last position the run reached, A+n−1 (n ≥ m+2: the repeat grew to n−1). So the positions Boost
// tries in a run are A, A+n, A+2n, … until one is at most n from E; there it answers as at E.
// Each run is tried once, at that position, anchored there (the same match as Boost's at that
// place); every other position Boost tries fails, or, past E, is another run's. C holds no code
// point below U+0100: Boost's start maps admit every character of a run, so its search skips no
// position of one and its repeat grows one character at a time.
bool FindAtLeadRuns(const UChar32* from, const UChar32* last, const UChar32* base, const CompiledPattern& p,
                    boost::match_flag_type flags, Match32& m) {
  const LeadRun& lead = p.lead;
  for (const UChar32* at = from; at != last;) {
    if (!lead.Holds(static_cast<char32_t>(*at))) {
      ++at;
      continue;
    }
    const UChar32* end = at + 1;
    while (end != last && lead.Holds(static_cast<char32_t>(*end))) ++end;
    const auto length = static_cast<size_t>(end - at);
    const size_t skipped = (length - 1) / lead.max * lead.max;  // A+kn, at most n from E
    const UChar32* start = at + skipped;
    if (end != last && static_cast<size_t>(end - start) >= lead.min &&
        grammar_internal::CanStartRest(p, lead.rest_starts, static_cast<char32_t>(*end)) &&
        boost::regex_search(start, last, m, p.regex, flags | boost::match_continuous, base))
      return true;
    at = end;
  }
  return false;
}

// FindFrom of P, whose matches open with characters of an alphabet A, then the anchor K, then a
// rest (P.alphabet), and whose first item is no repeat of one class or character: Boost's search
// tries every position. A match can start at S only if some Q ≥ S has [S, Q) in A, K at Q and a
// character the rest may start with after K. Each run of A (with the position past it) is read
// for its last such Q, and only the positions from the run's start to Q are tried, in order, each
// anchored there: every position passed over fails, so the first to match is Boost's match.
bool FindInLeadAlphabet(const UChar32* from, const UChar32* last, const UChar32* base, const CompiledPattern& p,
                        boost::match_flag_type flags, Match32& m) {
  const LeadAlphabet& lead = p.alphabet;
  const size_t k = lead.anchor.size();
  auto anchored_at = [&](const UChar32* q) {
    if (static_cast<size_t>(last - q) <= k) return false;
    for (size_t i = 0; i < k; ++i)
      if (static_cast<char32_t>(q[i]) != lead.anchor[i]) return false;
    return grammar_internal::CanStartRest(p, lead.rest_starts, static_cast<char32_t>(q[k]));
  };
  for (const UChar32* at = from; at != last;) {
    const UChar32* end = at;
    while (end != last && lead.Holds(static_cast<char32_t>(*end))) ++end;
    const UChar32* q = end;  // the last Q in [AT, END]
    while (q != at && !anchored_at(q)) --q;
    if (anchored_at(q))
      for (const UChar32* s = at; s <= q; ++s)
        if (boost::regex_search(s, last, m, p.regex, flags | boost::match_continuous, base)) return true;
    at = end == last ? last : end + 1;
  }
  return false;
}

// True if [FROM, LAST) starts with a code point below U+0100 and holds few above it (an English
// line, its quotation marks “” and dashes aside: at most one in 16): Boost's start map rules out
// each code point below 256 that no match starts with, and its one search tries the few others
// for less than a call per candidate position (an English contents entry with its “”: each of its
// spaces tried by a call of its own, contents_page opening with \s*). Stops at the first code
// point when it is above U+00FF (a Chinese text's, mostly), else once too many are.
bool MostlyInStartMap(const UChar32* from, const UChar32* last) {
  if (from == last || static_cast<uint32_t>(*from) > 0xFF) return from == last;
  size_t allowed = static_cast<size_t>(last - from) / 16;
  for (; from != last; ++from)
    if (static_cast<uint32_t>(*from) > 0xFF && allowed-- == 0) return false;
  return true;
}

// The first match of P in [FROM, LAST), the text starting at BASE (for ^, \b, lookbehind), as
// boost::regex_search(FROM, LAST, M, regex, FLAGS, BASE) finds it. Boost tries every position
// whose code point its start map does not rule out, and that map only knows code points below
// 256: in Chinese text it tries them all. Where the pattern's first characters are known, only
// the positions holding one are tried, each anchored there (match_continuous): the first to
// match is the search's match, its positions counted from that position (CopyMatch fixes that).
// Where the text holds (nearly) only code points below 256, Boost's own search rules out as much, in one
// call: a call per position tried (the matcher set up each time, \s asked of ICU for each
// character by CanStart) cost contents_page some 90 calls on an English contents entry.
bool FindFrom(const UChar32* from, const UChar32* last, const UChar32* base, const CompiledPattern& p,
              boost::match_flag_type flags, Match32& m) {
  if (p.lead.known()) return FindAtLeadRuns(from, last, base, p, flags, m);
  if (p.alphabet.known()) return FindInLeadAlphabet(from, last, base, p, flags, m);
  if (p.starts.empty() || MostlyInStartMap(from, last)) return boost::regex_search(from, last, m, p.regex, flags, base);
  for (const UChar32* at = from; at != last; ++at)
    if (CanStart(p, static_cast<char32_t>(*at)) && boost::regex_search(at, last, m, p.regex, flags | boost::match_continuous, base))
      return true;
  return false;
}

// True if every match of P ends the text (or a line of it): its endings are known, or the
// characters and classes one of which ends every match (doc_type's 通知\s*$, contents_page's
// page number then \s*$).
bool EndsTheText(const CompiledPattern& p) { return !p.endings.empty() || !p.last_characters.classes.empty(); }

// Whether P matches anywhere in [FROM, LAST) (the text starting at FROM), for a search where only
// the answer counts and P's every match ends the text (EndsTheText): as FindFrom, the known
// starts tried each anchored there, but from the last one back, since such a match in a line
// mostly starts among its last characters (。 at a sentence's end, where FindFrom tried every
// : and 。 before it; a page number's '(' or a title's 通知, where it tried every space, 公 and
// 通 before). Which match is found differs, whether one is found does not.
bool MatchesFromTheEnd(const UChar32* from, const UChar32* last, const CompiledPattern& p, Match32& m) {
  for (const UChar32* at = last; at != from;) {
    --at;
    if (CanStart(p, static_cast<char32_t>(*at)) &&
        boost::regex_search(at, last, m, p.regex, boost::match_default | boost::match_continuous, from))
      return true;
  }
  return false;
}

// True if A holds the code points [FIRST, LAST).
bool SameCodePoints(std::u32string_view a, const UChar32* first, const UChar32* last) {
  return a.size() == static_cast<size_t>(last - first) &&
         std::equal(a.begin(), a.end(), first, [](char32_t x, UChar32 y) { return x == static_cast<char32_t>(y); });
}

// The match over code points each search of this job fills: its vector of groups keeps its
// capacity, so a search allocates nothing for it (a fresh one allocated at every search that
// passed the prefilter). No search runs inside another, so one per job does.
Match32& Scratch() {
  thread_local Match32 m;
  return m;
}

// Calls VISIT(m, from) for every match of P in [FIRST, LAST), in order, as boost::regex_iterator
// finds them; FROM is where the search that found M began.
template <typename Visit>
void ForEachMatch(const UChar32* first, const UChar32* last, const CompiledPattern& p, Visit visit) {
  const UChar32* from = first;
  boost::match_flag_type flags = boost::match_default;
  Match32& m = Scratch();
  while (FindFrom(from, last, first, p, flags, m)) {
    visit(m, from);
    from = m[0].second;
    flags = m.length() == 0 ? boost::regex_constants::match_not_initial_null : boost::match_default;
  }
}

// TEXT decoded, with the index of the code point at byte FROM; nullptr if TEXT is not valid
// UTF-8 or no code point starts at FROM (the caller then searches the bytes as before).
const DecodedText* DecodedFrom(const std::string& text, size_t from, size_t& start) {
  const DecodedText& d = DecodeOnce(text);
  if (!d.valid) return nullptr;
  start = from == 0 ? 0 : d.IndexOfByte(from);
  return start == SIZE_MAX ? nullptr : &d;
}

// True if TEXT (searched for P, only whether it holds a match) ends with one of P's sufficient
// endings (a branch of strings then $ matches there) and is UTF-8 (the search would read all of it).
bool EndsSufficiently(std::string_view text, const CompiledPattern& p) {
  return std::any_of(p.sufficient_endings.begin(), p.sufficient_endings.end(),
                     [&](const std::string& e) { return EndsWith(text, e); }) &&
         IsValidUtf8(text);
}

template <typename Search>
bool SearchSafely(Match& m, Search search) {
  try {
    return search();
  } catch (const std::out_of_range&) {  // BadUtf8
    m = Match();
    return false;
  }
}

// Searches (or, with WHOLE, matches all of) TEXT from byte FROM for P; *M as the engine over
// UTF-8 leaves it (unchanged when nothing matches). M may be null when only the answer counts:
// no match over bytes is made then.
bool Run(const std::string& text, size_t from, const CompiledPattern& p, Match* m, bool whole) {
  if (!m && !whole && EndsSufficiently(std::string_view(text).substr(from), p)) return true;
  size_t start = 0;
  if (const DecodedText* d = DecodedFrom(text, from, start)) {
    Match32& m32 = Scratch();
    const UChar32* first = d->begin() + start;
    bool found = whole                                            ? boost::regex_match(first, d->end(), m32, p.regex)
                 : !m && !p.starts.empty() && EndsTheText(p)     ? MatchesFromTheEnd(first, d->end(), p, m32)
                                                                 : FindFrom(first, d->end(), first, p, boost::match_default, m32);
    if (found && m) CopyToBytes(m32, first, first, *d, text, p.regex, *m);
    return found;
  }
  Match unused;
  Match& out = m ? *m : unused;
  return SearchSafely(out, [&] {
    auto first = text.cbegin() + static_cast<long>(from);
    return whole ? boost::u32regex_match(first, text.cend(), out, p.regex)
                 : boost::u32regex_search(first, text.cend(), out, p.regex);
  });
}

// P searched for (or, with WHOLE, matched against) TEXT from byte FROM, after its prefilter; *M
// cleared when the prefilter rules a match out (M may be null, as for Run).
bool Prefiltered(const std::string& text, size_t from, const CompiledPattern& p, Match* m, bool whole) {
  if (!Admits(text, from, p, whole)) {
    if (m) *m = Match();
    return false;
  }
  return Run(text, from, p, m, whole);
}

// FORMAT's code points, converted once per job for each format: the formats are a few constants
// of the code ("", "$1", "〔$1〕"), and RxReplace runs on every line.
const std::vector<UChar32>& FormatPoints(const std::string& format) {
  thread_local std::unordered_map<std::string, std::vector<UChar32>> converted;
  auto it = converted.find(format);
  if (it != converted.end()) return it->second;
  if (converted.size() >= 64) converted.clear();  // formats built at run time: keep the memo small
  std::vector<UChar32> points;
  for (char32_t c : ToU32(format)) points.push_back(static_cast<UChar32>(c));
  return converted.emplace(format, std::move(points)).first->second;
}

// Every match of P in TEXT, in order (RxAll).
std::vector<Match> AllMatches(const std::string& text, const CompiledPattern& p) {
  std::vector<Match> out;
  if (!Admits(text, 0, p, false)) return out;
  size_t start = 0;
  if (const DecodedText* d = DecodedFrom(text, 0, start)) {
    ForEachMatch(d->begin(), d->end(), p, [&](const Match32& m, const UChar32* from) {
      out.emplace_back();
      CopyToBytes(m, from, d->begin(), *d, text, p.regex, out.back());
    });
    return out;
  }
  try {
    auto begin = boost::make_u32regex_iterator(text, p.regex);
    for (decltype(begin) end; begin != end; ++begin) out.push_back(*begin);
  } catch (const std::out_of_range&) {  // BadUtf8: the matches before the bad byte
  }
  return out;
}

// As boost::u32regex_replace: the text between matches copied, each match replaced by FORMAT
// (formatted by Boost's own formatter, as u32regex_replace does).
std::string Replaced(std::string text, const CompiledPattern& p, const std::string& format) {
  if (!Admits(text, 0, p, false)) return text;
  size_t start = 0;
  if (const DecodedText* d = DecodedFrom(text, 0, start)) {
    const std::vector<UChar32>& fmt = FormatPoints(format);
    const UChar32* fmt_begin = fmt.empty() ? nullptr : fmt.data();
    // Each match formatted into REPLACEMENT; OUT begun only at the first match replaced by
    // something else (md_link's [$1]($1) of a link to its own text is not), so a text
    // whose matches are all replaced by themselves allocates nothing. Both buffers are the job's:
    // no search runs inside another.
    thread_local std::u32string replacement;
    thread_local Match32 fixed;
    std::u32string out;
    const UChar32* copied = d->begin();  // the text before this is in OUT, or, OUT not begun, unchanged
    bool changed = false;
    ForEachMatch(d->begin(), d->end(), p, [&](const Match32& m, const UChar32* from) {
      CopyMatch(m, from, d->begin(), p.regex, [](const UChar32* q) { return q; }, fixed);
      replacement.clear();
      boost::BOOST_REGEX_DETAIL_NS::regex_format_imp(std::back_inserter(replacement), fixed, fmt_begin,
                                                     fmt_begin + fmt.size(), boost::format_perl, p.regex.get_traits());
      if (!changed && SameCodePoints(replacement, fixed[0].first, fixed[0].second)) return;
      if (!changed) out.reserve(d->size() + replacement.size() + 16);  // appending grew it some four times a line
      changed = true;
      out.append(copied, fixed[0].first);
      out += replacement;
      copied = fixed[0].second;
    });
    // As it was, without encoding its code points again: nothing matched, or each match was
    // replaced by itself.
    if (!changed) return text;
    out.append(copied, d->end());
    return ToUtf8(out);
  }
  try {
    return boost::u32regex_replace(text, p.regex, format, boost::format_perl);
  } catch (const std::out_of_range&) {  // BadUtf8: left as it is
    return text;
  }
}

}  // namespace

bool RxSearch(const std::string& text, std::string_view name, Match& m) {
  return Prefiltered(text, 0, Compiled(name), &m, false);
}
bool RxSearch(const std::string& text, const RxName& name, Match& m) {
  return Prefiltered(text, 0, name.compiled(), &m, false);
}

bool RxSearchFrom(const std::string& text, size_t from, std::string_view name, Match& m) {
  return Prefiltered(text, from, Compiled(name), &m, false);
}
bool RxSearchFrom(const std::string& text, size_t from, const RxName& name, Match& m) {
  return Prefiltered(text, from, name.compiled(), &m, false);
}

bool RxFind(const std::string& text, std::string_view name) { return Prefiltered(text, 0, Compiled(name), nullptr, false); }
bool RxFind(const std::string& text, const RxName& name) { return Prefiltered(text, 0, name.compiled(), nullptr, false); }

bool RxFull(const std::string& text, std::string_view name, Match& m) {
  return Prefiltered(text, 0, Compiled(name), &m, true);
}
bool RxFull(const std::string& text, const RxName& name, Match& m) {
  return Prefiltered(text, 0, name.compiled(), &m, true);
}

bool RxFull(const std::string& text, std::string_view name) { return Prefiltered(text, 0, Compiled(name), nullptr, true); }
bool RxFull(const std::string& text, const RxName& name) { return Prefiltered(text, 0, name.compiled(), nullptr, true); }

std::vector<Match> RxAll(const std::string& text, std::string_view name) { return AllMatches(text, Compiled(name)); }
std::vector<Match> RxAll(const std::string& text, const RxName& name) { return AllMatches(text, name.compiled()); }

std::string RxReplace(std::string text, std::string_view name, const std::string& format) {
  return Replaced(std::move(text), Compiled(name), format);
}
std::string RxReplace(std::string text, const RxName& name, const std::string& format) {
  return Replaced(std::move(text), name.compiled(), format);
}

}  // namespace gazette

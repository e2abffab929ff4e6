#include "normalize/seams.hpp"

#include <cctype>

#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// Lines shorter than this many code points are not taken for a wrapped line of prose (titles,
// issuers and headings are short; a body line cut by the page edge is long).
constexpr size_t kMinWrappedLine = 20;

// True for an ASCII digit.
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

bool OpensUnit(const std::string& line) {
  return RxFind(line, "line_start_marker"_rx) || RxFind(line, "line_start_docno"_rx) || RxFind(line, "line_start_dating"_rx);
}

namespace {

// How line A's end meets line B's start: apart; running on (a 文号 or date cut in two, a seam of
// prose, A unfinished or long: B opening a unit or an agency line may still stop it, Continues);
// or cut inside a cross-reference (第 / (二)项规定的), one line whatever B opens like.
enum class Seam { kApart, kRunsOn, kCut };

Seam RunsOn(const TextLine& a, const TextLine& b) {
  // A's end first: docno_cut_head, anchored at B's start, seeks B's line separators (after which
  // ^ matches too) wherever B's first character cannot start it, and that is most lines.
  if (RxFind(a.text, "docno_cut_tail"_rx) && RxFind(b.text, "docno_cut_head"_rx) && !RxFull(a.text, "docno_cut_tail"_rx))
    return Seam::kRunsOn;
  char32_t last = LastCodePoint(a.text), first = FirstCodePoint(b.text);
  // Latin prose (the English contents) continues only into a lower-case word; Latin text
  // never runs on into a CJK line or the other way round.
  bool latin_seam = last < 0x80 && !IsDigit(last) && first < 0x80;
  if (latin_seam) return first >= 'a' && first <= 'z' ? Seam::kRunsOn : Seam::kApart;
  if ((last < 0x80 && !IsDigit(last) && IsHan(first)) || (IsCjk(last) && first < 0x80 && std::isalpha(int(first))))
    return Seam::kApart;
  // A closed end (most lines of prose end a sentence) is never an open one, their last characters
  // differ (the tests hold the patterns to it): asked first, it answers for most lines alone.
  if (RxFind(a.text, "line_closed_end"_rx)) return Seam::kApart;
  // A date cut after its year or month (自2015年 / 8月1日起施行), however short A is; a
  // cross-reference cut after its 第 (第 / (二)项规定的), whatever B opens like.
  if (RxFind(a.text, "date_cut_tail"_rx) && RxFind(b.text, "date_cut_head"_rx)) return Seam::kRunsOn;
  if (RxFind(a.text, "crossref_cut_tail"_rx) && RxFind(b.text, "crossref_cut_head"_rx)) return Seam::kCut;
  // A contents entry's page number printed bare after its dot leaders (……3) closes it as (3) does.
  if (IsDigit(last) && RxFind(a.text, "contents_page_bare"_rx)) return Seam::kApart;
  if (RxFind(a.text, "line_open_end"_rx)) return Seam::kRunsOn;
  // Past an open end, only a long line runs on: a short one (a title, an issuer) is refused
  // before the patterns over its whole text are asked.
  if (!MoreCodePointsThan(a.text, kMinWrappedLine - 1)) return Seam::kApart;
  return !RxFull(a.text, "line_complete"_rx) && !RxFind(a.text, "line_title_end"_rx) ? Seam::kRunsOn : Seam::kApart;
}

}  // namespace

namespace normalize_internal {

bool LeftOpen(const TextLine& a) {
  if (a.has_tab || RxFind(a.text, "line_closed_end"_rx)) return false;
  if (RxFind(a.text, "line_open_end"_rx)) return true;
  return MoreCodePointsThan(a.text, kMinWrappedLine - 1) && !RxFull(a.text, "line_complete"_rx) &&
         !RxFind(a.text, "line_title_end"_rx);
}

// Every test is a condition the join needs, so they are asked cheapest first: the ends of the
// lines (most lines of prose end a sentence) before the patterns tried at the start of B and over
// the whole of each line.
bool Continues(const TextLine& a, AgencyLine& a_agency, const TextLine& b, AgencyLine& b_agency) {
  if (a.has_tab || b.has_tab || a.heading || b.heading || a.bold || b.bold) return false;
  const Seam seam = RunsOn(a, b);
  if (seam == Seam::kApart) return false;
  if (seam == Seam::kRunsOn && OpensUnit(b.text)) return false;
  // An agency on a line of its own (issuers, signatories) is never part of a wrapped sentence.
  return !a_agency.Of(a.text) && !b_agency.Of(b.text);
}

}  // namespace normalize_internal

bool ContinuesLine(const TextLine& a, const TextLine& b) {
  normalize_internal::AgencyLine a_agency, b_agency;
  return normalize_internal::Continues(a, a_agency, b, b_agency);
}

}  // namespace gazette

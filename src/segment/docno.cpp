#include "segment/docno.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <iterator>
#include <memory>

#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"
#include "util/number.hpp"

namespace gazette {
namespace {

struct Candidate {
  DocnoMatch match;
  bool found = false;
};

std::string StripAgencyPrefix(const std::string& agency) {
  Match m;
  if (RxSearch(agency, "docno_agency_prefix", m)) {
    std::string rest = agency.substr(static_cast<size_t>(m.length(0)));
    if (CodePointCount(rest) >= 2) return rest;
  }
  return agency;
}

constexpr const char* kForms[] = {"docno", "docno_old", "docno_annual", "docno_order"};

// The first match of each form at or after the last position searched: a form is searched again
// only once the scan has passed its match, so a long text costs one pass per form, not one per 文号.
struct FormMatches {
  Match match[std::size(kForms)];
  size_t begin[std::size(kForms)];  // npos: no match up to the end of the text
  bool searched[std::size(kForms)] = {};
};

// The 文号 that FORM matched at M, starting at byte BEGIN of the text.
DocnoMatch ToDocno(const char* form, const Match& m, size_t begin) {
  DocnoMatch d;
  d.begin = begin;
  d.end = begin + static_cast<size_t>(m.length(0));
  std::string agency = StripSpaces(Group(m, "agency"));
  std::string stripped = StripAgencyPrefix(agency);
  d.begin += agency.size() - stripped.size();
  d.agency = stripped;
  std::string year = Group(m, "year"), seq = Group(m, "seq");
  d.year = year.empty() ? 0 : DecimalOr(year, 0);
  d.seq = seq.empty() ? 0 : DecimalOr(seq, 0);
  std::string form_name = form;
  if (form_name == "docno") d.normalized = d.agency + "〔" + year + "〕" + seq + "号";
  else if (form_name == "docno_old") d.normalized = "〔" + year + "〕" + d.agency + "第" + seq + "号";
  else if (form_name == "docno_annual") d.normalized = d.agency + year + "年第" + seq + "号";
  else d.normalized = d.agency + "第" + seq + "号";
  return d;
}

// The earliest match of any 文号 form at or after FROM.
Candidate NextDocno(const std::string& text, size_t from, FormMatches& cache) {
  Candidate best;
  for (size_t k = 0; k < std::size(kForms); ++k) {
    if (!cache.searched[k] || (cache.begin[k] != std::string::npos && cache.begin[k] < from)) {
      cache.searched[k] = true;
      bool found = boost::u32regex_search(text.cbegin() + static_cast<long>(from), text.cend(), cache.match[k],
                                          Rx(kForms[k]));
      cache.begin[k] = found ? from + static_cast<size_t>(cache.match[k].position(size_t(0))) : std::string::npos;
    }
    size_t begin = cache.begin[k];
    if (begin == std::string::npos || (best.found && begin >= best.match.begin)) continue;
    best.match = ToDocno(kForms[k], cache.match[k], begin);
    best.found = true;
  }
  return best;
}

}  // namespace

std::vector<DocnoMatch> FindDocnos(const std::string& text) {
  std::vector<DocnoMatch> out;
  FormMatches cache;
  size_t from = 0;
  while (from < text.size()) {
    Candidate c = NextDocno(text, from, cache);
    if (!c.found) break;
    out.push_back(c.match);
    from = c.match.end;
  }
  return out;
}

std::string NormalizeDocno(const std::string& text) {
  auto found = FindDocnos(NormalizeText(text));
  return found.empty() ? "" : found.front().normalized;
}

std::string PrintedDocno(const TextLine& line, const std::string& normalized, const std::string& fallback) {
  for (const auto& d : FindDocnos(line.inline_text))
    if (d.normalized == normalized) return Trim(line.inline_text.substr(d.begin, d.end - d.begin));
  return fallback;
}

bool NamesDocument(const std::string& wanted, const Document& doc) {
  if (wanted.empty()) return true;
  std::string norm = NormalizeDocno(wanted);
  return doc.id == wanted || doc.docno == wanted || (!norm.empty() && doc.docno == norm);
}

bool IsDocnoLine(const std::string& line) {
  std::string t = StripSpaces(line);
  // Parentheses around the line are allowed: (京政发〔2023〕20号).
  if (StartsWith(t, "(") && EndsWith(t, ")")) t = t.substr(1, t.size() - 2);
  auto found = FindDocnos(t);
  return found.size() == 1 && found[0].begin == 0 && found[0].end == t.size();
}

std::string RomanizeCompact(const std::string& han) {
  static std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Han-Latin; Latin-ASCII; Lower; [:^Letter:] Remove", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (!tr) return "";
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(han);
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string RomanizeDocno(const std::string& docno) {
  auto found = FindDocnos(docno);
  if (found.empty()) return "";
  const auto& d = found.front();
  std::string agency = RomanizeCompact(d.agency);
  if (!agency.empty()) agency[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(agency[0])));
  return agency + "〔" + std::to_string(d.year) + "〕No. " + std::to_string(d.seq);
}

}  // namespace gazette

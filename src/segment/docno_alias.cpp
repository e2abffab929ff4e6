// The other key a 文号 is known by (AliasKey, segment/docno.hpp): the forms the 1980s and the
// price and finance bureaus printed beside the standard one, made one; an order's key whatever form
// of its issuer is printed (OrderKey), a year-numbered order without its year (YearlessOrder), and
// its romanized form (RomanizeDocno).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "segment/docno.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// YEAR as four digits: a two-digit one (87) made whole, "" when YEAR is neither.
std::string WholeYear(std::string_view year) {
  if (year.empty() || year.size() > 4 || !std::all_of(year.begin(), year.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return "";
  if (year.size() == 4) return std::string(year);
  if (year.size() != 2) return "";
  return std::to_string(FullYear((year[0] - '0') * 10 + (year[1] - '0')));
}

}  // namespace

std::string OrderKey(const std::string& normalized) {
  if (normalized.find("令") == std::string::npos && normalized.find("告") == std::string::npos) return "";
  auto found = FindDocnos(normalized);
  if (found.size() != 1 || !found[0].by_issuer) return "";
  const DocnoMatch& d = found[0];
  std::string issuer = RxReplace(d.agency, "docno_issuer_qualifier", "");
  return issuer + normalized.substr(d.begin + d.agency.size());
}

std::string YearlessOrder(const std::string& normalized, int* year) {
  if (normalized.find("令") == std::string::npos || normalized.find("年第") == std::string::npos) return "";
  auto found = FindDocnos(normalized);
  if (found.size() != 1 || !found[0].by_issuer || !EndsWith(found[0].agency, "令") || found[0].year == 0) return "";
  const DocnoMatch& d = found[0];
  if (d.begin != 0 || d.end != normalized.size()) return "";
  *year = d.year;
  return d.agency + "第" + std::to_string(d.seq) + "号";
}

std::string AliasKey(const std::string& normalized) {
  if (std::string order = OrderKey(normalized); !order.empty()) return order;
  const std::string_view text(normalized), open_mark("〔"), close_mark("〕");
  const size_t open = text.find(open_mark), close = text.find(close_mark);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return "";
  // The standard form with a four-digit year and no code in brackets (most): its own key.
  if (open > 0 && close - open - open_mark.size() == 4 && text.find('(') == std::string_view::npos) return "";
  const std::string year = WholeYear(text.substr(open + open_mark.size(), close - open - open_mark.size()));
  if (year.empty()) return "";
  std::string_view agency, number;  // number: from the serial to 号
  if (open == 0) {  // the year first, as the 1980s printed it: 〔88〕京政发第45号
    const std::string_view rest = text.substr(close + close_mark.size());
    const size_t di = rest.rfind("第");
    if (di == std::string_view::npos) return "";
    agency = rest.substr(0, di);
    number = rest.substr(di + std::string_view("第").size());
  } else {
    agency = text.substr(0, open);
    number = text.substr(close + close_mark.size());
  }
  // A code in brackets (京价(收)字) as citations also print it, without them (京价收字).
  std::string whole;
  for (char c : agency)
    if (c != '(' && c != ')') whole += c;
  whole += "〔" + year + "〕";
  whole += number;
  return whole == normalized ? "" : whole;
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

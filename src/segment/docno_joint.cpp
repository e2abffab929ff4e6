// The 文号 of a joint document (联合行文): each issuer numbers it, and GB/T 9704 prints the numbers
// side by side on the 文号 line or one above the other. The first is the document's id; the others
// are its own numbers too, by which later documents cite, extend or repeal it.
#include <string>
#include <vector>

#include "segment/docno.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// The longest line read as a joint document's 文号 (bytes): four numbers and the spaces between.
constexpr size_t kMaxJointDocnoLine = 160;

// True when LINE holds 〔 twice: two 文号's years.
bool HoldsTwoBracketedYears(const std::string& line) {
  const size_t first = line.find("〔");
  return first != std::string::npos && line.find("〔", first + 1) != std::string::npos;
}

}  // namespace

std::vector<std::string> JointDocnos(const std::string& text) {
  const std::string normalized = NormalizeText(text);  // spaces between CJK characters removed
  std::vector<DocnoMatch> found = FindDocnos(normalized);
  if (found.size() < 2 || found.size() > 4) return {};
  std::vector<std::string> out;
  for (size_t i = 0; i < found.size(); ++i) {
    const DocnoMatch& d = found[i];
    // One after the other, parted by spaces at most (…号、…号 lists documents); numbers of one year
    // by different agencies.
    const size_t from = i == 0 ? 0 : found[i - 1].end;
    if (SkipSpaces(std::string_view(normalized).substr(from)) != d.begin - from) return {};
    if (!d.number_ok || d.elided || d.by_issuer || d.year != found[0].year) return {};
    for (size_t k = 0; k < i; ++k)
      if (found[k].agency == d.agency) return {};
    out.push_back(d.normalized);
  }
  if (SkipSpaces(std::string_view(normalized).substr(found.back().end)) != normalized.size() - found.back().end) return {};
  return out;
}

std::vector<std::string> OtherJointDocnos(const std::string& docno, const std::string& printed) {
  std::vector<std::string> all = JointDocnos(printed);
  std::vector<std::string> others;
  for (auto& d : all)
    if (d != docno) others.push_back(std::move(d));
  return others.size() + 1 == all.size() ? others : std::vector<std::string>{};
}

bool IsJointDocnoLine(const std::string& line) {
  // A short line ending in 号 holding two years in brackets, asked first: many lines of prose end in 号.
  return EndsWith(line, "号") && line.size() <= kMaxJointDocnoLine && HoldsTwoBracketedYears(line) &&
         !JointDocnos(line).empty();
}

}  // namespace gazette

#include "xref/parts.hpp"

#include <algorithm>

#include "extract/references.hpp"

namespace gazette {
namespace {

bool Holds(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

std::vector<std::string> IssuedParts(const CorpusDocument& doc) {
  // Two titles need two marks (most titles hold one or none): asked before the title's key is made.
  const size_t first = doc.title.find("《");
  if (first == std::string::npos || doc.title.find("《", first + 1) == std::string::npos) return {};
  // The title's alone: the attachments printed with one instrument (its forms, its catalog) are
  // that instrument's, and go with it.
  std::vector<std::string> parts = refs::IssuedOfKeys(TitleKey(doc.title));
  if (parts.size() < 2) parts.clear();
  return parts;
}

std::string PartNamed(const std::vector<std::string>& parts, const CorpusReference& r) {
  if (parts.empty() || r.title.empty()) return "";
  std::string key = TitleKey(r.title);
  if (Holds(parts, key)) return key;
  // Cited with another version mark (《A(试行)》 for A): the part of that base title.
  const std::string base = BaseTitleKey(key);
  for (const auto& part : parts)
    if (BaseTitleKey(part) == base) return part;
  return "";
}

std::string PartAsked(const std::vector<std::string>& parts, const std::string& typed) {
  if (parts.empty()) return "";
  for (const auto& key : TypedTitleKeys(typed))
    if (Holds(parts, key)) return key;
  return "";
}

}  // namespace gazette

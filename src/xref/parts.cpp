#include "xref/parts.hpp"

#include <algorithm>

#include "extract/references.hpp"

namespace gazette {
namespace {

bool Holds(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

std::vector<std::string> IssuedParts(const CorpusDocument& doc) {
  std::vector<std::string> parts = refs::IssuedOfKeys(TitleKey(doc.title));
  for (const auto& title : doc.instruments)
    if (std::string key = TitleKey(title); !key.empty() && !Holds(parts, key)) parts.push_back(std::move(key));
  if (parts.size() < 2) parts.clear();
  return parts;
}

std::string PartNamed(const std::vector<std::string>& parts, const CorpusReference& r) {
  if (parts.empty() || r.title.empty()) return "";
  std::string key = TitleKey(r.title);
  return Holds(parts, key) ? key : "";
}

std::string PartAsked(const std::vector<std::string>& parts, const std::string& typed) {
  if (parts.empty()) return "";
  for (const auto& key : TypedTitleKeys(typed))
    if (Holds(parts, key)) return key;
  return "";
}

}  // namespace gazette

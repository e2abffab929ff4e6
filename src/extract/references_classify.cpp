// The relation a clause gives a citation, the date it takes effect, and comparable titles.

#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "segment/header.hpp"
#include "util/text.hpp"

namespace gazette {
namespace refs {

namespace {

// True when REST (the masked sentence after the clause) repeals, with no other citation before
// the repealing word: 《A》、《B》,自本办法施行之日起废止.
bool RestRepeals(const std::string& rest) {
  Match m;
  if (!RxSearch(rest, "refs_repeal", m)) return false;
  return rest.substr(0, static_cast<size_t>(m.position(size_t(0)))).find("《》") == std::string::npos;
}

}  // namespace

std::string ClassifyRelation(const std::string& prefix, const std::string& suffix, const std::string& rest) {
  std::string clause = prefix + suffix;
  bool implements = RxFind(prefix, "refs_implement");
  if (RxFind(clause, "refs_repeal")) return "repeals";
  if (!implements && RxFull(suffix, "refs_list_joiner") && RestRepeals(rest)) return "repeals";
  if (RxFind(clause, "refs_revise")) return "revises";
  if (RxFind(suffix, "refs_amend")) return "amends";
  if (RxFind(clause, "refs_supplement")) return "supplements";
  if (RxFind(clause, "refs_replace")) return "replaces";
  if (implements) return "implements";
  return "cites";
}

std::string FromDate(const std::string& text) {
  Match m;
  if (!RxSearch(text, "refs_from_date", m)) return "";
  return FindIsoDate(m.str(0));  // validated: no 2月30日
}

}  // namespace refs

std::string TitleKey(const std::string& title) {
  std::string key = StripSpaces(title);
  key = ReplaceAll(ReplaceAll(key, "〈", "《"), "〉", "》");
  key = ReplaceAll(ReplaceAll(key, "<", "《"), ">", "》");
  if (StartsWith(key, "《") && EndsWith(key, "》")) key = key.substr(3, key.size() - 6);
  while (EndsWith(key, "。")) key.resize(key.size() - 3);
  return key;
}

std::string IssuedTitleKey(const std::string& title) {
  Match m;
  std::string key = TitleKey(title);
  if (!RxSearch(key, "refs_issuing_title", m)) return "";
  return TitleKey(Group(m, "inner"));
}

std::string BaseTitleKey(const std::string& title) {
  return RxReplace(TitleKey(title), "refs_version_suffix", "");
}

}  // namespace gazette

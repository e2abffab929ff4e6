// Spellings of the model's closed sets that are not one-to-one with an enum's table.
#include "model/kinds.hpp"

namespace gazette {

std::string PassiveOf(Relation relation) {
  static constexpr Spelling<Relation> kPassive[] = {
      {Relation::kRepeals, "repealed-by"},         {Relation::kAmends, "amended-by"},
      {Relation::kRevises, "revised-by"},          {Relation::kSupplements, "supplemented-by"},
      {Relation::kReplaces, "replaced-by"},        {Relation::kExtends, "extended-by"},
      {Relation::kSuspends, "suspended-by"},        {Relation::kResumes, "resumed-by"},
      {Relation::kImplements, "implements-by"},
      {Relation::kCites, "cites-by"}};
  for (const auto& s : kPassive)
    if (s.value == relation) return std::string(s.text);
  return "";
}

}  // namespace gazette

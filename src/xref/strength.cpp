#include "xref/strength.hpp"

namespace gazette {

int Strength(Relation type) {
  switch (type) {
    case Relation::kRepeals: return 5;
    case Relation::kReplaces:
    case Relation::kRevises: return 3;
    case Relation::kAmends: return 2;
    case Relation::kSupplements: return 1;
    case Relation::kExtends:  // decides the end of validity, not a standing (Extension)
    case Relation::kSuspends:  // decides for a time, beside the others (SuspensionOn)
    case Relation::kResumes:   // ends a suspension (SuspensionOn)
    case Relation::kImplements:
    case Relation::kCites: break;
  }
  return 0;
}

LegalStatus StatusOf(Relation type) {
  switch (type) {
    case Relation::kRepeals: return LegalStatus::kRepealed;
    case Relation::kReplaces:
    case Relation::kRevises: return LegalStatus::kReplaced;
    case Relation::kAmends: return LegalStatus::kAmended;
    case Relation::kSupplements: return LegalStatus::kSupplemented;
    case Relation::kSuspends: return LegalStatus::kSuspended;
    case Relation::kResumes:
    case Relation::kExtends:
    case Relation::kImplements:
    case Relation::kCites: break;
  }
  return LegalStatus::kInForce;
}

}  // namespace gazette

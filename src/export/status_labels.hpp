// The Chinese words legal staff use for a document's status (时效性), beside the English codes
// that ToString(LegalStatus) spells (in-force, repealed …).
#pragma once
#include <string>

#include "model/kinds.hpp"

namespace gazette {

/// The Chinese label of STATUS (in-force → 有效, repealed → 已废止 …).
std::string StatusLabelZh(LegalStatus status);

}  // namespace gazette

// References: every citation of another document (《title》 and/or 文号), classified by the
// clause around it (repeals, amends, revises, supplements, replaces, implements, cites).
#pragma once
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// Every citation in DOC, in document order. `resolved` is left false: resolution is the
/// corpus' job (src/xref).
std::vector<Reference> ExtractReferences(const Document& doc);

}  // namespace gazette

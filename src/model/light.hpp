// Helpers for keeping a corpus of light records: what an issue can give up once the outputs
// that print it are written.
#pragma once
#include <string>

#include "model/issue.hpp"

namespace gazette {

/// Clears the clause (`text`) of every reference of ISSUE that cannot change a status (implements,
/// cites): a status's evidence and events quote only the others.
inline void DropCitationClauses(Issue& issue) {
  for (auto& doc : issue.documents)
    for (auto& r : doc.references)
      if (!IsSupersession(r.type)) std::string().swap(r.text);
}

}  // namespace gazette

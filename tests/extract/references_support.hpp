// Shared by the references tests: the references of a text read as one document's body.
#pragma once
#include <string>
#include <vector>

#include "extract/references.hpp"
#include "normalize/normalizer.hpp"

namespace gazette::refs_tests {

/// The references of TEXT, normalized and read as the body of one document.
inline std::vector<Reference> RefsOfText(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  return ExtractReferences(d);
}

}  // namespace gazette::refs_tests

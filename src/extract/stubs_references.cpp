// Placeholder until the references extractor lands (issue #6).
#include "extract/references.hpp"
namespace gazette {
std::vector<Reference> ExtractReferences(const Document&) { return {}; }
}  // namespace gazette

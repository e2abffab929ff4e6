// Placeholder until the dates extractor lands (issue #5).
#include "extract/validity.hpp"
namespace gazette {
DateStatus StatusByDate(const Document&, const std::string&) { return {"unknown", "", "", 0, ""}; }
}  // namespace gazette

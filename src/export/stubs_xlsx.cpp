// Placeholder until the xlsx exporter lands (issue #8).
#include "export/xlsx.hpp"
namespace gazette {
Status WriteWorkbook(const std::vector<Issue>&, const std::string& path, const WorkbookOptions&) {
  return Error{path + ": xlsx export not yet implemented"};
}
}  // namespace gazette

#include "util/embedded.hpp"

namespace gazette {

std::string_view EmbeddedData(std::string_view path) {
  for (const auto& f : EmbeddedFiles())
    if (f.path == path) return f.data;
  return {};
}

}  // namespace gazette

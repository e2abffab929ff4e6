#include "model/text.hpp"

namespace gazette {

int TextLine::LineAt(size_t offset) const {
  int result = line;
  for (const auto& [start, printed_line] : joins)
    if (offset >= start) result = printed_line;
  return result;
}

}  // namespace gazette

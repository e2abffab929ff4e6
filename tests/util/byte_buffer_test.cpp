// ByteBuffer: what is appended, in order, across growth and clearing.
#include <catch2/catch.hpp>
#include <string>

#include "util/byte_buffer.hpp"

namespace gazette {
namespace {

TEST_CASE("ByteBuffer holds what is appended, in order, however it grows", "[util]") {
  ByteBuffer buffer;
  CHECK(buffer.view().empty());
  std::string expected;
  for (int i = 0; i < 2000; ++i) {
    const std::string piece(size_t(i % 37), char('a' + i % 26));
    if (i % 3 == 0) {
      buffer.Append(piece);
    } else {
      char* at = buffer.Extend(piece.size() + 1);
      at[0] = '|';
      piece.copy(at + 1, piece.size());
      expected += '|';
    }
    expected += piece;
  }
  CHECK(buffer.view() == expected);
  buffer.Clear();
  CHECK(buffer.view().empty());
  buffer.Reserve(10);
  buffer.Append("after");
  CHECK(buffer.view() == "after");
}

}  // namespace
}  // namespace gazette

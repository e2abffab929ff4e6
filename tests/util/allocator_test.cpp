// glibc's malloc thresholds, fixed by the program at start: set where glibc's own malloc runs.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "util/allocator.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gazette {
namespace {

TEST_CASE("allocator: the thresholds are fixed where glibc's malloc runs", "[util]") {
  const bool fixed = FixAllocatorThresholds();
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
  return;  // clang's ASan brings its own malloc, which ignores mallopt
#endif
#endif
  CHECK(fixed);
  void* large = malloc(8u << 20);  // below the fixed mmap threshold: from the heap, and reusable
  REQUIRE(large != nullptr);
  free(large);
#else
  CHECK_FALSE(fixed);
#endif
}

}  // namespace
}  // namespace gazette

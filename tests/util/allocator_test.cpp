// glibc's malloc thresholds, fixed by the program at start: set where glibc's own malloc runs;
// free memory given back on request.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <vector>

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

TEST_CASE("allocator: free memory is given back to whichever allocator runs", "[util]") {
  // The test binary is not linked with mimalloc (only the gazette binary is): glibc's malloc_trim
  // runs, or the sanitizer's, and the heap stays usable afterwards.
  CHECK_FALSE(UsingMimalloc());
  std::vector<void*> blocks;
  for (int i = 0; i < 64; ++i) blocks.push_back(malloc(64u << 10));
  for (void* b : blocks) free(b);
  ReleaseFreeMemory();
  void* again = malloc(1u << 20);
  REQUIRE(again != nullptr);
  free(again);
}

}  // namespace
}  // namespace gazette

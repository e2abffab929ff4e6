// glibc's malloc thresholds, fixed by the program at start: set where glibc's own malloc runs;
// free memory given back on request; mimalloc's huge-page arena, given to whichever function
// manages it (the test binary has no mimalloc: a recording stand-in takes its place).
#include <sys/mman.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
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

TEST_CASE("allocator: no huge-page heap without mimalloc", "[util]") {
  CHECK_FALSE(UseHugePagesForHeap());  // the test binary allocates with the C library's malloc
  void* block = malloc(1u << 20);
  REQUIRE(block != nullptr);
  free(block);
}

/// What the stand-in for mi_manage_os_memory was given, and whether it accepts.
struct ManageCall {
  int calls = 0;
  void* start = nullptr;
  std::size_t size = 0;
  bool is_committed = false, is_large = true, is_zero = false;
  int numa_node = 0;
  bool accept = true;
};
ManageCall manage_call;

bool RecordManage(void* start, std::size_t size, bool is_committed, bool is_large, bool is_zero, int numa_node) {
  manage_call.calls++;
  manage_call.start = start;
  manage_call.size = size;
  manage_call.is_committed = is_committed;
  manage_call.is_large = is_large;
  manage_call.is_zero = is_zero;
  manage_call.numa_node = numa_node;
  return manage_call.accept;
}

/// True when the kernel maps something at ADDRESS.
bool Mapped(void* address) {
  unsigned char resident = 0;
  return mincore(address, 4096, &resident) == 0 || errno != ENOMEM;
}

/// The VmFlags line of /proc/self/smaps for the mapping that starts at ADDRESS ("" if none).
std::string VmFlagsAt(void* address) {
  std::ifstream smaps("/proc/self/smaps");
  std::ostringstream start;
  start << std::hex << reinterpret_cast<std::uintptr_t>(address) << "-";
  bool in_mapping = false;
  for (std::string line; std::getline(smaps, line);) {
    if (line.rfind(start.str(), 0) == 0) in_mapping = true;
    if (in_mapping && line.rfind("VmFlags:", 0) == 0) return line;
  }
  return "";
}

bool TransparentHugePagesBuiltIn() {
  return std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled").good();
}

TEST_CASE("allocator: the huge-page arena is reserved aligned, advised and handed over", "[util]") {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  manage_call = ManageCall{};
  void* start = InstallHugePageArena(80 * kMiB, RecordManage);  // rounded down to two 32 MiB blocks
  if (start == nullptr) {  // only where the kernel has no transparent huge pages: the advice is refused
    CHECK_FALSE(TransparentHugePagesBuiltIn());
    return;
  }
  CHECK(manage_call.calls == 1);
  CHECK(manage_call.start == start);
  CHECK(reinterpret_cast<std::uintptr_t>(start) % (32 * kMiB) == 0);
  CHECK(manage_call.size == 64 * kMiB);
  CHECK(manage_call.is_committed);  // so mimalloc never decommits it (a split huge page)
  CHECK_FALSE(manage_call.is_large);  // else mimalloc would offer it only to large-page requests
  CHECK(manage_call.is_zero);
  CHECK(manage_call.numa_node == -1);
  CHECK(VmFlagsAt(start).find(" hg") != std::string::npos);  // advised to huge pages
  static_cast<char*>(start)[64 * kMiB - 1] = 1;  // usable to its end
  CHECK_FALSE(Mapped(static_cast<char*>(start) + 64 * kMiB + 4096));  // nothing kept past it
  munmap(start, 64 * kMiB);
}

TEST_CASE("allocator: no huge-page arena without a manager, a block, or the manager's consent", "[util]") {
  manage_call = ManageCall{};
  CHECK(InstallHugePageArena(std::size_t{64} << 20, nullptr) == nullptr);
  CHECK(InstallHugePageArena(std::size_t{31} << 20, RecordManage) == nullptr);  // under one block
  CHECK(manage_call.calls == 0);
  manage_call.accept = false;
  CHECK(InstallHugePageArena(std::size_t{32} << 20, RecordManage) == nullptr);
  if (manage_call.calls == 1) CHECK_FALSE(Mapped(manage_call.start));  // the refused region is unmapped
}

}  // namespace
}  // namespace gazette

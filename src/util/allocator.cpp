#include "util/allocator.hpp"

#include <dlfcn.h>

#include <cstdlib>  // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gazette {
namespace {

/// mimalloc's mi_collect where the process has it (looked up once), else null.
using CollectFn = void (*)(bool);
CollectFn MimallocCollect() {
  static const CollectFn collect = reinterpret_cast<CollectFn>(dlsym(RTLD_DEFAULT, "mi_collect"));
  return collect;
}

}  // namespace

bool FixAllocatorThresholds() {
#if defined(__GLIBC__)
  if (UsingMimalloc()) return false;  // mallopt would reach glibc's malloc, which no one calls
  constexpr int kMmapThreshold = 32 << 20;  // glibc's DEFAULT_MMAP_THRESHOLD_MAX on 64-bit systems
  constexpr int kTrimThreshold = 2 * kMmapThreshold;  // glibc sets twice the mmap threshold when it raises it
  const bool mmap_set = mallopt(M_MMAP_THRESHOLD, kMmapThreshold) == 1;
  const bool trim_set = mallopt(M_TRIM_THRESHOLD, kTrimThreshold) == 1;
  return mmap_set && trim_set;
#else
  return false;
#endif
}

bool UsingMimalloc() { return MimallocCollect() != nullptr; }

void ReleaseFreeMemory() {
  if (CollectFn collect = MimallocCollect()) return collect(true);
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace gazette

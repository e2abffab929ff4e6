#include "util/allocator.hpp"

#include <dlfcn.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>  // defines __GLIBC__ where the C library is glibc
#include <fstream>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if __has_include(<mimalloc.h>)
#include <mimalloc.h>  // only for the option's number: the functions are looked up
#define GAZETTE_HAVE_MIMALLOC_H 1
#endif

namespace gazette {
namespace {

/// A function of mimalloc's where the process has it, else null.
template <typename Fn>
Fn Mimalloc(const char* name) {
  return reinterpret_cast<Fn>(dlsym(RTLD_DEFAULT, name));
}

/// mimalloc's mi_collect where the process has it (looked up once), else null.
using CollectFn = void (*)(bool);
CollectFn MimallocCollect() {
  static const CollectFn collect = Mimalloc<CollectFn>("mi_collect");
  return collect;
}

/// mimalloc 2.0's arena blocks and segments (32 MiB): a segment's header is found by masking a
/// pointer, so an arena's blocks must start at multiples of it.
constexpr std::size_t kSegmentBytes = std::size_t{32} << 20;

/// Reserves BYTES of address space at a multiple of kSegmentBytes, no memory behind it until
/// touched; null when the kernel refuses.
void* ReserveSegmentAligned(std::size_t bytes) {
  const std::size_t padded = bytes + kSegmentBytes;
  void* raw = mmap(nullptr, padded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const auto base = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t start = (base + kSegmentBytes - 1) & ~(kSegmentBytes - 1);
  const std::uintptr_t end = start + bytes;
  if (start > base) munmap(raw, start - base);
  if (base + padded > end) munmap(reinterpret_cast<void*>(end), base + padded - end);
  return reinterpret_cast<void*>(start);
}

/// True when the kernel gives huge pages to memory advised to have them (transparent huge pages
/// "always" or "madvise"; "never" would leave the arena's pinned pages without the gain).
bool HugePagesOnAdvice() {
  std::ifstream enabled("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string setting;
  return std::getline(enabled, setting) && setting.find("[never]") == std::string::npos;
}

/// Advises the segment holding a block the calling thread allocates now to huge pages (the
/// advice only makes untouched 2 MiB ranges eligible; it changes no data, so a wrong guess costs
/// nothing).
void AdviseCurrentSegment() {
  void* probe = std::malloc(1);
  const std::uintptr_t segment = reinterpret_cast<std::uintptr_t>(probe) & ~(kSegmentBytes - 1);
  madvise(reinterpret_cast<void*>(segment), kSegmentBytes, MADV_HUGEPAGE);
  std::free(probe);
}

/// Makes mimalloc keep the freed pages of a segment committed (its decommit delay, read at each
/// free, made endless); a segment left empty is still given back.
void KeepFreedPagesCommitted() {
#if defined(GAZETTE_HAVE_MIMALLOC_H)
  using OptionSetFn = void (*)(mi_option_t, long);
  if (auto set = Mimalloc<OptionSetFn>("mi_option_set")) set(mi_option_decommit_delay, 1L << 40);  // ms: never
#endif
}

}  // namespace

void* InstallHugePageArena(std::size_t bytes, ManageOsMemoryFn manage) {
  bytes = bytes / kSegmentBytes * kSegmentBytes;
  if (manage == nullptr || bytes == 0) return nullptr;
  void* start = ReserveSegmentAligned(bytes);
  if (start == nullptr) return nullptr;
  if (madvise(start, bytes, MADV_HUGEPAGE) != 0 || !manage(start, bytes, true, false, true, -1)) {
    munmap(start, bytes);
    return nullptr;
  }
  return start;
}

bool UseHugePagesForHeap() {
  if (!UsingMimalloc() || !HugePagesOnAdvice()) return false;
  if (InstallHugePageArena(kHeapArenaBytes, Mimalloc<ManageOsMemoryFn>("mi_manage_os_memory")) == nullptr) {
    return false;
  }
  AdviseCurrentSegment();
  KeepFreedPagesCommitted();
  return true;
}

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

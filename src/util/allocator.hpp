// How the program asks its allocator to behave: glibc's malloc, or mimalloc where the gazette
// binary is linked with it (see CMakeLists.txt: GAZETTE_MIMALLOC). Nothing here depends on which:
// mimalloc's functions are looked up in the running process.
#pragma once

#include <cstddef>

namespace gazette {

/// Fixes glibc's mmap and trim thresholds at the values its own adaptive rule reaches after the
/// first large block is freed (32 MiB and 64 MiB on 64-bit systems), instead of letting them start
/// at 128 KiB and move. Started low, they made glibc give the top of the heap back to the kernel
/// after one issue and fault it in again for the next (a fresh `index` over 100 MB: 60,000 page
/// faults instead of 31,000), and a change of allocation sizes anywhere moved `summary`'s system
/// time by 5–10×. Returns false where the C library does not take these settings (not glibc, or
/// a sanitizer's allocator): then nothing changes.
bool FixAllocatorThresholds();

/// Backs mimalloc's heap with transparent huge pages (2 MiB), where the process allocates with
/// mimalloc: a first touch of heap memory is then one page fault per 2 MiB instead of one per
/// 4 KiB (page faults are dear on a paravirtualized VM: shadow page tables). `xml` over the 100 MB
/// bench corpus: 18,800–30,300 page faults → about 1,000. Three things, all from the process:
///  - an arena (InstallHugePageArena, kHeapArenaBytes) mimalloc takes its segments from before it
///    asks the system: every segment made from now on (each thread's, and the calling thread's
///    next ones) is in it;
///  - the calling thread's first segment, made by mimalloc before main(), advised to huge pages
///    too (mimalloc's segments are 32 MiB blocks at multiples of 32 MiB: the one holding a block
///    just allocated is the thread's);
///  - freed pages kept committed (mimalloc's decommit delay made endless): giving back part of a
///    huge page splits it, and the part is faulted in again 4 KiB at a time.
/// So what a segment has touched stays resident until the segment is left empty (the arena's
/// memory: until the process exits), ReleaseFreeMemory included, and a touched 2 MiB page counts
/// whole: peaks grow by a few MB (`xml` 79 → 88 MB). Not for a command whose phases should not
/// carry each other's peak (a fresh `index`: 93 → 120 MB). Returns false, and nothing changes,
/// where mimalloc is not there, transparent huge pages are "never", or the arena is refused.
bool UseHugePagesForHeap();

/// The address space the heap arena reserves (no memory until touched): segments past it come
/// from the system as before.
inline constexpr std::size_t kHeapArenaBytes = std::size_t{256} << 20;

/// mimalloc's mi_manage_os_memory (start, size, is_committed, is_large, is_zero, numa_node).
using ManageOsMemoryFn = bool (*)(void*, std::size_t, bool, bool, bool, int);

/// Reserves BYTES (rounded down to mimalloc's 32 MiB arena blocks) of address space at a multiple
/// of 32 MiB (MAP_NORESERVE), advises it to huge pages and gives it to MANAGE as committed, zero
/// and not "large" (mimalloc offers "large" arenas only to requests that allow large OS pages;
/// committed memory it counts pinned, and never resets or decommits a page of it). Returns its
/// start, or null (nothing kept) when BYTES is under a block, MANAGE is null or refuses it, or the
/// kernel refuses the mapping or the advice (no transparent huge pages).
void* InstallHugePageArena(std::size_t bytes, ManageOsMemoryFn manage);

/// True when the process allocates with mimalloc (the gazette binary linked with it).
bool UsingMimalloc();

/// Gives the memory the allocator keeps free back to the system (glibc: malloc_trim; mimalloc: a
/// forced collection), before a phase that should not carry the previous one's peak.
void ReleaseFreeMemory();

}  // namespace gazette

// How the program asks its allocator to behave: glibc's malloc, or mimalloc where the gazette
// binary is linked with it (see CMakeLists.txt: GAZETTE_MIMALLOC). Nothing here depends on which:
// mimalloc's functions are looked up in the running process.
#pragma once

namespace gazette {

/// Fixes glibc's mmap and trim thresholds at the values its own adaptive rule reaches after the
/// first large block is freed (32 MiB and 64 MiB on 64-bit systems), instead of letting them start
/// at 128 KiB and move. Started low, they made glibc give the top of the heap back to the kernel
/// after one issue and fault it in again for the next (a fresh `index` over 100 MB: 60,000 page
/// faults instead of 31,000), and a change of allocation sizes anywhere moved `summary`'s system
/// time by 5–10×. Returns false where the C library does not take these settings (not glibc, or
/// a sanitizer's allocator): then nothing changes.
bool FixAllocatorThresholds();

/// True when the process allocates with mimalloc (the gazette binary linked with it).
bool UsingMimalloc();

/// Gives the memory the allocator keeps free back to the system (glibc: malloc_trim; mimalloc: a
/// forced collection), before a phase that should not carry the previous one's peak.
void ReleaseFreeMemory();

}  // namespace gazette

// How the program asks glibc's malloc to behave, set once when it starts.
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

}  // namespace gazette

// What the processor running the program offers, for the code paths that take SIMD instructions
// only where the CPU has them (the prefilter's literal search, the XML writer's character check).
#pragma once

namespace gazette {

/// True if the CPU runs AVX2 instructions (x86-64 built with GCC or clang); false elsewhere.
bool CpuHasAvx2();

/// CpuHasAvx2(), asked once when the program starts, for the paths that take AVX2 where the CPU has
/// it. Code run before that by another file's static initializer finds it still false and takes the
/// plain path: the same answer, more slowly.
inline const bool kHasAvx2 = CpuHasAvx2();

}  // namespace gazette

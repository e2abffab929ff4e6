// What the processor running the program offers, for the code paths that take SIMD instructions
// only where the CPU has them (the prefilter's literal search, the XML writer's character check).
#pragma once

namespace gazette {

/// True if the CPU runs AVX2 instructions (x86-64 built with GCC or clang); false elsewhere.
bool CpuHasAvx2();

}  // namespace gazette

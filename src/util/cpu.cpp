#include "util/cpu.hpp"

namespace gazette {

bool CpuHasAvx2() {
#if defined(__GNUC__) && defined(__x86_64__)
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
#else
  return false;
#endif
}

}  // namespace gazette

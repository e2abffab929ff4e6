// Where the program's own read-only memory lies: a pattern's name given as a string literal is
// there, and its bytes never change, so the name cache may know it by its address.
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

#ifdef __linux__
#include <link.h>
#endif

#include "grammar/grammar_internal.hpp"

namespace gazette::grammar_internal {

namespace {

// The address ranges of the program's own segments that are mapped without write access (its
// code and its constants, string literals among them), read once from its program headers: the
// first object dl_iterate_phdr visits is the program. None known off Linux.
struct ReadOnlyRanges {
  std::array<std::pair<uintptr_t, uintptr_t>, 8> ranges{};
  size_t count = 0;
};

const ReadOnlyRanges& ProgramReadOnlyRanges() {
  static const ReadOnlyRanges kRanges = [] {
    ReadOnlyRanges out;
#ifdef __linux__
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
          auto& ranges = *static_cast<ReadOnlyRanges*>(data);
          for (size_t i = 0; i < info->dlpi_phnum; ++i) {
            const auto& header = info->dlpi_phdr[i];
            if (header.p_type == PT_LOAD && !(header.p_flags & PF_W) && ranges.count < ranges.ranges.size()) {
              const uintptr_t start = info->dlpi_addr + header.p_vaddr;
              ranges.ranges[ranges.count++] = {start, start + header.p_memsz};
            }
          }
          return 1;  // the program alone
        },
        &out);
#endif
    return out;
  }();
  return kRanges;
}

}  // namespace

bool InReadOnlyMemory(std::string_view text) {
  const ReadOnlyRanges& known = ProgramReadOnlyRanges();
  const auto start = reinterpret_cast<uintptr_t>(text.data());
  for (size_t i = 0; i < known.count; ++i)
    if (start >= known.ranges[i].first && start <= known.ranges[i].second &&
        text.size() <= known.ranges[i].second - start)
      return true;
  return false;
}

}  // namespace gazette::grammar_internal

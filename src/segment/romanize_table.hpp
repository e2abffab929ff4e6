// The table of Han readings RomanizeCompact looks up (src/segment/romanize.cpp): generated at build
// time by tools/romanize_table.cpp with ICU's own transliterator (kRomanizeTransliterator), into
// <build>/generated/romanize_table.cpp.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace gazette::romanize_table {

/// Bits of an entry that hold its reading's index; the code point is in the bits above.
inline constexpr int kReadingBits = 11;

/// A context rule of Han-Latin: FIRST directly before NEXT reads READING (重 before 庆: chong).
struct ContextRule {
  char32_t first;   ///< 重
  char32_t next;    ///< 庆
  uint32_t reading; ///< index of the reading
};

/// The generated table.
struct Table {
  /// One entry per covered code point, sorted: (code point << kReadingBits) | reading index.
  std::span<const uint32_t> entries;
  /// Reading K is text.substr(starts[K], starts[K + 1] - starts[K]).
  std::string_view text;
  std::span<const uint32_t> starts;
  /// Han-Latin's context rules, in the order of its rule text.
  std::span<const ContextRule> context;
};

/// The table of the ICU this build was linked with.
extern const Table kTable;

}  // namespace gazette::romanize_table

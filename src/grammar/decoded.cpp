#include "grammar/decoded.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace gazette {
namespace {

constexpr size_t kCached = 4;  // ContinuesLine alone searches two lines in turn

void Decode(std::string_view text, DecodedText& out) {
  out.bytes.assign(text);
  out.points.clear();
  out.offsets.clear();
  out.valid = true;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    out.offsets.push_back(static_cast<uint32_t>(i));
    UChar32 c;
    U8_NEXT(s, i, n, c);  // strict: no surrogates, overlong forms or values past U+10FFFF
    if (c < 0) {
      out.valid = false;
      out.points.clear();
      out.offsets.clear();
      return;
    }
    out.points.push_back(c);
  }
  out.offsets.push_back(static_cast<uint32_t>(n));
  out.points.push_back(0);
}

}  // namespace

size_t DecodedText::IndexOfByte(size_t offset) const {
  auto it = std::lower_bound(offsets.begin(), offsets.end(), static_cast<uint32_t>(offset));
  if (it == offsets.end() || *it != offset) return SIZE_MAX;
  return static_cast<size_t>(it - offsets.begin());
}

const DecodedText& DecodeOnce(std::string_view text) {
  struct Entry {
    bool filled = false;
    DecodedText text;
  };
  thread_local std::array<Entry, kCached> cache;
  thread_local size_t next = 0;
  for (const auto& entry : cache)
    if (entry.filled && entry.text.bytes.size() == text.size() &&
        std::memcmp(entry.text.bytes.data(), text.data(), text.size()) == 0)
      return entry.text;
  Entry& slot = cache[next];
  next = (next + 1) % kCached;
  Decode(text, slot.text);
  slot.filled = true;
  return slot.text;
}

}  // namespace gazette

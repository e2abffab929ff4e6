#include "grammar/decoded.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace gazette {
namespace {

constexpr size_t kCached = 8;  // ContinuesLine alone searches two lines in turn

void Decode(std::string_view text, DecodedText& out) {
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

namespace {

// A text of this job's cache: its bytes (what a lookup compares), and what has been asked of it.
struct Entry {
  std::string bytes;
  bool filled = false;
  bool summarized = false;
  bool decoded = false;
  CharacterSummary summary;
  DecodedText text;
};

// The entry of TEXT in this job's cache; a text not there takes the place of the oldest entry.
Entry& CachedEntry(std::string_view text) {
  thread_local std::array<Entry, kCached> cache;
  thread_local size_t next = 0, last = 0;
  auto holds = [&](const Entry& e) {
    return e.filled && e.bytes.size() == text.size() && std::memcmp(e.bytes.data(), text.data(), text.size()) == 0;
  };
  if (holds(cache[last])) return cache[last];  // most often: the text the last pattern asked
  for (size_t i = 0; i < kCached; ++i)
    if (holds(cache[i])) return cache[last = i];
  Entry& slot = cache[last = next];
  next = (next + 1) % kCached;
  slot.bytes.assign(text);
  slot.filled = true;
  slot.summarized = slot.decoded = false;
  return slot;
}

}  // namespace

const DecodedText& DecodeOnce(std::string_view text) {
  Entry& entry = CachedEntry(text);
  if (!entry.decoded) Decode(text, entry.text);
  entry.decoded = true;
  return entry.text;
}

const CharacterSummary& SummaryOnce(std::string_view text) {
  Entry& entry = CachedEntry(text);
  if (!entry.summarized) Summarize(text, entry.summary);
  entry.summarized = true;
  return entry.summary;
}

}  // namespace gazette

#include "grammar/decoded.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace gazette {
namespace {

constexpr size_t kCached = 8;  // ContinuesLine alone searches two lines in turn

// TEXT's code points and their offsets into OUT. Both vectors are first sized for one code point
// per byte and each point written in place, then cut to the count: a resize up fills only what
// lies past the vector's size before, and a resize down costs nothing. ASCII and the three-byte
// sequences of Chinese text are read in the loop, with the tests U8_NEXT makes (its table of each
// lead byte's valid first continuation bytes rules out overlong forms and surrogates); any other
// sequence goes to U8_NEXT itself, strict as before (no surrogates, overlong forms or values past
// U+10FFFF), which on its own took some 35 instructions a Chinese character.
void Decode(std::string_view text, DecodedText& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  out.points.resize(text.size() + 1);
  out.offsets.resize(text.size() + 1);
  UChar32* points = out.points.data();
  uint32_t* offsets = out.offsets.data();
  size_t count = 0;
  int32_t i = 0;
  while (i < n) {
    offsets[count] = static_cast<uint32_t>(i);
    const UChar32 lead = s[i];
    if (lead < 0x80) {
      points[count++] = lead;
      ++i;
      continue;
    }
    if ((lead & 0xF0) == 0xE0 && n - i >= 3 && U8_IS_VALID_LEAD3_AND_T1(lead, s[i + 1]) && (s[i + 2] & 0xC0) == 0x80) {
      points[count++] = (lead & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
      i += 3;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out.valid = false;
      out.points.clear();
      out.offsets.clear();
      return;
    }
    points[count++] = c;
  }
  offsets[count] = static_cast<uint32_t>(n);
  points[count] = 0;
  out.points.resize(count + 1);
  out.offsets.resize(count + 1);
  out.valid = true;
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

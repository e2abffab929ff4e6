#include "io/repair.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "util/cpu.hpp"
#include "util/swar.hpp"
#include "util/text.hpp"

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

namespace gazette {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

#if defined(__GNUC__) && defined(__x86_64__)
// FindBinaryByte's pass 32 bytes at a time (AVX2), from byte *I of S (N bytes) while 32 are
// left: the offset of the first control character plain text does not hold, else npos with *I
// where the pass stopped. The same tests as the 16-byte pass, on twice the bytes.
__attribute__((target("avx2"))) size_t BinaryIn32s(const unsigned char* s, size_t n, size_t* i) {
  const __m256i last_control = _mm256_set1_epi8(0x1F), tab = _mm256_set1_epi8('\t'), four = _mm256_set1_epi8(4);
  const __m256i del = _mm256_set1_epi8(0x7F);
  for (; n - *i >= 32; *i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + *i));
    const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(v, last_control), v);      // below 0x20
    const __m256i from_tab = _mm256_sub_epi8(v, tab);                                      // 0 to 4: tab to CR
    const __m256i spacing = _mm256_cmpeq_epi8(_mm256_min_epu8(from_tab, four), from_tab);  // tab, LF, VT, FF, CR
    const __m256i binary = _mm256_or_si256(_mm256_andnot_si256(spacing, control), _mm256_cmpeq_epi8(v, del));
    if (const auto at = static_cast<uint32_t>(_mm256_movemask_epi8(binary))) return *i + size_t(std::countr_zero(at));
  }
  return std::string::npos;
}
#endif

// True for a control character plain text does not hold (all but tab, LF, CR, FF and VT).
bool IsBinaryByte(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
}

}  // namespace

void Replacements::Add(size_t offset, std::string_view text) {
  const bool new_line = count++ == 0 || text.substr(last_, offset - last_).find('\n') != std::string_view::npos;
  last_ = offset;
  if (!new_line) return;
  if (offsets.size() < kPlacesKept) offsets.push_back(offset);
  else more_lines = true;
}

namespace {

// TEXT with each bad piece replaced with U+FFFD, counted in *REPLACED: FIND(text, from) is the
// offset of the next at or after FROM (npos when none), LENGTH(text, at) its length in bytes (at
// least one). TEXT itself when it holds none.
template <class Find, class Length>
std::string ReplaceEach(std::string text, Replacements* replaced, Find find, Length length) {
  size_t bad = find(text, 0);
  if (bad == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 16);
  size_t done = 0;
  for (; bad != std::string::npos; bad = find(text, done)) {
    out.append(text, done, bad - done);
    replaced->Add(out.size(), out);
    out += kReplacement;
    done = bad + length(text, bad);
  }
  out.append(text, done, std::string::npos);
  return out;
}

}  // namespace

std::string ReplaceInvalidUtf8(std::string text, Replacements* replaced) {
  auto find = [](const std::string& t, size_t from) {
    const size_t at = FirstInvalidUtf8(std::string_view(t).substr(from));
    return at == std::string::npos ? at : from + at;
  };
  auto length = [](const std::string& t, size_t at) {  // the maximal subpart U8_NEXT steps over
    auto i = static_cast<int32_t>(at);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, static_cast<int32_t>(t.size()), c);
    return static_cast<size_t>(i) - at;
  };
  return ReplaceEach(std::move(text), replaced, find, length);
}

Replacements ReplacementsIn(std::string_view text, size_t count) {
  Replacements out;
  for (size_t at = text.find(kReplacement); at != std::string::npos && !out.more_lines;
       at = text.find(kReplacement, at + kReplacement.size()))
    out.Add(at, text);
  out.count = std::max(count, out.count);
  return out;
}

size_t FindBinaryByte(std::string_view text, size_t from) {
  const size_t n = text.size();
  size_t i = std::min(from, n);
#if defined(__GNUC__) && defined(__x86_64__)
  if (kHasAvx2) {
    const size_t at = BinaryIn32s(reinterpret_cast<const unsigned char*>(text.data()), n, &i);
    if (at != std::string::npos) return at;
  }
  const __m128i last_control = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8('\t'), four = _mm_set1_epi8(4);
  const __m128i del = _mm_set1_epi8(0x7F);
  for (; n - i >= 16; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v);      // below 0x20
    const __m128i from_tab = _mm_sub_epi8(v, tab);                                   // 0 to 4: tab to CR
    const __m128i spacing = _mm_cmpeq_epi8(_mm_min_epu8(from_tab, four), from_tab);  // tab, LF, VT, FF, CR
    const __m128i binary = _mm_or_si128(_mm_andnot_si128(spacing, control), _mm_cmpeq_epi8(v, del));
    if (const int at = _mm_movemask_epi8(binary)) return i + size_t(std::countr_zero(unsigned(at)));
  }
#endif
  while (i < n) {
    uint64_t eight = 0;
    if (n - i >= 8) {
      std::memcpy(&eight, text.data() + i, 8);
      if (swar::BytesBelow(eight, 0x20) == 0 && swar::BytesEqual(eight, 0x7F) == 0) {
        i += 8;
        continue;
      }
    }
    for (size_t end = std::min(n, i + 8); i < end; ++i)
      if (IsBinaryByte(static_cast<unsigned char>(text[i]))) return i;
  }
  return std::string::npos;
}

std::string ReplaceControlCharacters(std::string text, Replacements* replaced) {
  return ReplaceEach(
      std::move(text), replaced, [](const std::string& t, size_t from) { return FindBinaryByte(t, from); },
      [](const std::string&, size_t) { return size_t{1}; });
}

size_t NonAsciiCharacters(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0xC0;
  }));
}

bool FewEnoughToMend(size_t replaced, size_t good) { return replaced > 0 && replaced * 100 <= good; }

std::vector<int> LinesAt(std::string_view text, const std::vector<size_t>& offsets) {
  std::vector<int> lines;
  size_t at = 0;
  int line = 1;
  for (size_t offset : offsets) {
    offset = std::min(offset, text.size());
    line += static_cast<int>(std::count(text.begin() + static_cast<long>(at), text.begin() + static_cast<long>(offset), '\n'));
    at = offset;
    if (lines.empty() || lines.back() != line) lines.push_back(line);
  }
  return lines;
}

}  // namespace gazette

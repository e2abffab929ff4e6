#include "util/text.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

#include "util/utf8_blocks.hpp"

namespace gazette {

bool IsValidUtf8(std::string_view text) { return FirstInvalidUtf8(text) == std::string_view::npos; }

size_t FirstInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // The long part by 32-byte blocks where the CPU allows; the rest, or all, a character at a time.
  for (size_t i = Utf8CheckedPrefix(s, n); i < n;) {
    if (s[i] < 0x80) {
      uint64_t eight = 0;
      if (n - i >= 8 && (std::memcpy(&eight, s + i, 8), (eight & 0x8080808080808080u) == 0)) i += 8;
      else ++i;
      continue;
    }
    const size_t length = Utf8SequenceAt(s, i, n);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::u32string ToU32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

void AppendUtf8(std::string& out, char32_t c) {
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, static_cast<UChar32>(c), error);
  if (error) return;
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) AppendUtf8(out, c);
  return out;
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FFFF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

bool IsCjk(char32_t c) {
  return IsHan(c) || (c >= 0x3000 && c <= 0x303F && c != 0x3000) ||  // CJK punctuation
         (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFE30 && c <= 0xFE4F) ||
         c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
}

size_t CodePointCount(std::string_view utf8) {
  size_t n = 0;
  for (unsigned char ch : utf8)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

size_t DisplayWidth(std::string_view utf8) {
  // Decoded in place, as ToU32 decodes (an ill-formed sequence is U+FFFD, which is wide).
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  size_t w = 0;
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++w;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const char32_t cp = c < 0 ? 0xFFFD : static_cast<char32_t>(c);
    w += (IsCjk(cp) || cp >= 0x2E80) ? 2 : 1;
  }
  return w;
}

// The spaces StripSpaces removes: ASCII white space, the ideographic space, the no-break space.
constexpr std::string_view kIdeographicSpace = "\u3000";
constexpr std::string_view kNoBreakSpace = "\u00a0";

// True for ASCII white space: ' ' and \t \n \v \f \r (9 to 13).
static bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  if (IsAsciiSpace(s[i])) {
    *len = 1;
    return true;
  }
  for (std::string_view space : {kIdeographicSpace, kNoBreakSpace})
    if (s.substr(i, space.size()) == space) {
      *len = space.size();
      return true;
    }
  return false;
}

std::string QuotedAround(std::string_view sentence, size_t at, size_t length) {
  if (sentence.size() <= kMaxQuotedBytes) return Trim(sentence);
  constexpr size_t kSide = 900;  // bytes each side: some 300 Han characters
  auto boundary = [&](size_t i) {  // back to the start of the character holding byte I
    while (i > 0 && i < sentence.size() && (static_cast<unsigned char>(sentence[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  at = std::min(at, sentence.size());
  const size_t begin = boundary(at > kSide ? at - kSide : 0);
  const size_t end = boundary(std::min(sentence.size(), at + std::min(length, kMaxQuotedBytes) + kSide));
  std::string out = begin > 0 ? "…" : "";
  out += TrimmedView(sentence.substr(begin, end - begin));
  if (end < sentence.size()) out += "…";
  return out;
}

std::string Trim(std::string_view s) { return std::string(TrimmedView(s)); }

void TrimOwned(std::string& s) {
  const std::string_view kept = TrimmedView(s);
  if (kept.size() == s.size()) return;
  const size_t begin = static_cast<size_t>(kept.data() - s.data());
  s.resize(begin + kept.size());
  s.erase(0, begin);
}

std::string_view TrimmedView(std::string_view s) {
  // Most texts neither start with a byte a space starts with (ASCII white space, E3 of U+3000, C2
  // of U+00A0) nor end with a byte one ends with (ASCII white space, 80, A0): nothing to trim.
  if (s.empty()) return s;
  const auto first = static_cast<unsigned char>(s.front()), last = static_cast<unsigned char>(s.back());
  if (first > ' ' && first != 0xE3 && first != 0xC2 && last > ' ' && last != 0x80 && last != 0xA0) return s;
  size_t b = 0, len = 0;
  while (b < s.size() && IsSpaceAt(s, b, &len)) b += len;
  size_t e = s.size();
  while (e > b) {
    const size_t p = CharacterStart(s, e - 1, b);  // one code point back
    if (!IsSpaceAt(s, p, &len) || p + len != e) break;
    e = p;
  }
  return s.substr(b, e - b);
}

std::vector<std::string> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.emplace_back(s.substr(start));
      return out;
    }
    out.emplace_back(s.substr(start, pos - start));
    start = pos + sep.size();
  }
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view affix) { return s.substr(0, affix.size()) == affix; }
bool EndsWith(std::string_view s, std::string_view affix) {
  return s.size() >= affix.size() && s.substr(s.size() - affix.size()) == affix;
}

std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  if (from.empty()) return s;
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

std::string NestedTitleMarksAsOuter(std::string s) {
  return ReplaceAll(ReplaceAll(std::move(s), "〈", "《"), "〉", "》");
}

// True if byte C may start a space StripSpaces removes (ASCII white space is at most ' ';
// U+3000 starts with E3, U+00A0 with C2): only these bytes are asked of IsSpaceAt.
static bool MayStartSpace(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b <= ' ' || b == 0xE3 || b == 0xC2;
}

std::string StripSpaces(std::string_view s) {
  // One pass; the bytes between spaces are copied as runs, not byte by byte. Most texts (a 文号,
  // a date, a cell) hold no space and are copied whole.
  std::string out;
  size_t run = 0, len = 0;  // RUN: the first byte not yet copied
  for (size_t i = 0; i < s.size();) {
    if (MayStartSpace(s[i]) && IsSpaceAt(s, i, &len)) {
      out.append(s.substr(run, i - run));
      i += len;
      run = i;
    } else {
      ++i;
    }
  }
  if (run == 0) return std::string(s);
  out.append(s.substr(run));
  return out;
}

std::string StripSpaces(std::string&& s) {
  size_t len = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if (MayStartSpace(s[i]) && IsSpaceAt(s, i, &len)) return StripSpaces(std::string_view(s));
  return std::move(s);
}

size_t SkipSpaces(std::string_view s) {
  size_t i = 0, len = 0;
  while (i < s.size() && MayStartSpace(s[i]) && IsSpaceAt(s, i, &len)) i += len;
  return i;
}

char32_t CodePointAt(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    *len = 1;
    return 0;
  }
  const auto lead = static_cast<unsigned char>(s[i]);
  size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (n > s.size() - i) n = 1;
  *len = n;
  if (n == 1) return lead < 0x80 ? lead : 0xFFFD;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + i);
  int32_t at = 0;
  UChar32 c;
  U8_NEXT(bytes, at, static_cast<int32_t>(n), c);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

char32_t LastCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  const size_t p = CharacterStart(s, s.size() - 1);
  size_t len = 0;
  return CodePointAt(s, p, &len);
}

char32_t FirstCodePoint(std::string_view s) {
  size_t len = 0;
  return CodePointAt(s, 0, &len);
}

}  // namespace gazette

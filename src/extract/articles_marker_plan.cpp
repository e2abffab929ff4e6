// What the active grammar's marker patterns let the article extractor skip, read from the
// patterns themselves (a --grammars set that changes them is followed): the patterns a line's
// first character may open, and which patterns may be asked of a line's head alone.
#include <array>
#include <cstring>
#include <string>
#include <string_view>

#include "extract/articles_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::articles {
namespace {

constexpr std::string_view kRestToEnd = "(?<rest>.*)$";

/// True for the characters MarkerHead stops at.
bool IsHeadStop(char32_t c) { return c == U',' || c == U';' || c == U':' || c == U'。'; }

/// True if the escape \C (C after the backslash) matches only characters other than the head's
/// stops: \d, \s, or an escaped punctuation mark that is not one. Any other letter's escape
/// (\S, \w, \p{…}, \x…, \b) is not known to, and says no.
bool EscapeAvoidsStops(char32_t c) {
  if (c == U'd' || c == U's') return true;
  const bool alnum = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
  return !alnum && !IsHeadStop(c);
}

/// The first characters the marker patterns open with, per code point, remembered for the
/// grammar generation they were read under. Direct-mapped by StartBit: a line's first
/// character is one of a few hundred.
struct CandidateCache {
  struct Slot {
    char32_t c = 0;
    unsigned mask = 0;
    bool filled = false;
  };
  unsigned generation = ~0u;
  std::array<Slot, 256> slots{};
  std::array<bool, kMarkerCount> head_matchable{};

  void Refresh() {
    const unsigned now = GrammarGeneration();
    if (generation == now) return;
    generation = now;
    slots = {};
    for (size_t i = 0; i < kMarkerCount; ++i) {
      const GrammarPattern* p = Grammars().Find(kMarkerPatterns[i]);
      head_matchable[i] = p != nullptr && HeadMatchableSource(p->source);
    }
  }
};

CandidateCache& Cache() {
  thread_local CandidateCache cache;
  cache.Refresh();
  return cache;
}

}  // namespace

bool LabelAvoidsHeadStops(std::string_view label) {
  const std::u32string s = ToU32(label);
  bool in_class = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (c == U'\\') {
      if (i + 1 == s.size() || !EscapeAvoidsStops(s[++i])) return false;
      continue;
    }
    if (IsHeadStop(c)) return false;
    if (in_class) {
      if (c == U']') in_class = false;
      // A range: every stop must fall outside it (its ends are plain characters, else no).
      if (c == U'-' && i > 0 && i + 1 < s.size() && s[i + 1] != U']') {
        const char32_t from = s[i - 1], to = s[i + 1];
        if (to == U'\\' || from == U'[') return false;
        for (char32_t stop : {U',', U';', U':', U'。'})
          if (from <= stop && stop <= to) return false;
      }
      continue;
    }
    if (c == U'.' || c == U'$') return false;  // any character; the end of a line
    if (c == U'(' && i + 2 < s.size() && s[i + 1] == U'?' && s[i + 2] == U':') {  // a group, not a colon
      i += 2;
      continue;
    }
    if (c == U'{') {  // a quantifier's bounds ({1,3}) hold a comma but match nothing
      size_t j = i + 1;
      while (j < s.size() && ((s[j] >= U'0' && s[j] <= U'9') || s[j] == U',')) ++j;
      if (j < s.size() && s[j] == U'}') i = j;
      continue;
    }
    if (c == U'[') {
      if (i + 1 < s.size() && s[i + 1] == U'^') return false;  // a negated class
      in_class = true;
    }
  }
  return !in_class;
}

bool HeadMatchableSource(std::string_view source) {
  return source.ends_with(kRestToEnd) && LabelAvoidsHeadStops(source.substr(0, source.size() - kRestToEnd.size()));
}

bool HeadMatchable(size_t marker) { return Cache().head_matchable[marker]; }

size_t MarkerHead(const std::string& text) {
  // strcspn reads 16 bytes at a time; a NUL stops it early and the scan goes on past it. 0xE3
  // leads 。 (E3 80 82) and 、 (E3 80 81, which labels hold) alike.
  for (size_t i = 0; i < text.size(); ++i) {
    i += std::strcspn(text.c_str() + i, ",;:\xE3");
    if (i >= text.size()) break;
    if (text[i] == ',' || text[i] == ';' || text[i] == ':') return i;
    if (text.compare(i, 3, "。") == 0) return i;
  }
  return text.size();
}

unsigned MarkerCandidates(std::string_view text) {
  if (text.empty()) return 0;
  size_t len = 0;
  const char32_t first = CodePointAt(text, 0, &len);
  if (first == U'\uFFFD') return (1u << kMarkerCount) - 1;  // not UTF-8 (or U+FFFD): the engine decides
  CandidateCache::Slot& slot = Cache().slots[StartBit(first)];
  if (!slot.filled || slot.c != first) {
    slot = {first, 0, true};
    for (size_t i = 0; i < kMarkerCount; ++i)
      if (RxMayStartWith(kMarkerPatterns[i], first)) slot.mask |= 1u << i;
  }
  return slot.mask;
}

}  // namespace gazette::articles

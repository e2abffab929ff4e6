// What the active grammar's table patterns let the table reader answer without the engine, read
// from the patterns themselves (a --grammars set that changes them is followed): a 序号 of plain
// digits (table_seq, table_seq_number) and the characters a 合计 starts with (table_total_row).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"
#include "util/text.hpp"

namespace gazette::tables {
namespace {

/// The first alternative of table_seq and table_seq_number that the shortcuts rely on.
constexpr std::string_view kFiveDigits = "\\d{1,5}";

/// Sets byte B's bit in BITS.
void SetBit(std::array<uint64_t, 4>& bits, char b) {
  const auto u = static_cast<unsigned char>(b);
  bits[u >> 6] |= uint64_t{1} << (u & 63);
}

/// True if byte B's bit is set in BITS.
bool HasBit(const std::array<uint64_t, 4>& bits, char b) {
  const auto u = static_cast<unsigned char>(b);
  return (bits[u >> 6] >> (u & 63)) & 1;
}

/// The shortcuts' preconditions, read once per grammar generation.
struct TableShortcuts {
  unsigned generation = ~0u;
  bool seq_digits = false;         ///< table_seq matches every one to five ASCII digits
  bool seq_number_digits = false;  ///< table_seq_number's match of such digits is their first five
  /// The characters every match of table_total_row starts with, as UTF-8 (empty: not known, or
  /// a class among them such as \d).
  std::vector<std::string> total_starts;
  std::array<uint64_t, 4> total_first_bytes{};  ///< the first byte of each, a bit each
  std::array<uint64_t, 4> total_last_bytes{};   ///< the last byte of each, a bit each

  /// Read again if the grammar set has changed since.
  void Refresh() {
    const unsigned now = GrammarGeneration();
    if (generation != now) Read(now);
  }

  /// Read from the grammar set of generation NOW.
  [[gnu::noinline]] void Read(unsigned now) {
    generation = now;
    const GrammarPattern* seq = Grammars().Find("table_seq");
    const GrammarPattern* number = Grammars().Find("table_seq_number");
    const GrammarPattern* total = Grammars().Find("table_total_row");
    seq_digits = seq && GroupOpensWith(seq->source, "^(?:", kFiveDigits, "$");
    seq_number_digits = number && GroupOpensWith(number->source, "(?<num>", kFiveDigits, "");
    total_starts.clear();
    total_first_bytes = total_last_bytes = {};
    for (const char32_t c : total ? total->compiled().starts : std::u32string()) {
      if (c >= kAnyDecimalDigit || c == U'\uFFFD') {  // a class, or what a bad byte decodes to
        total_starts.clear();
        break;
      }
      total_starts.push_back(ToUtf8(std::u32string(1, c)));
      SetBit(total_first_bytes, total_starts.back().front());
      SetBit(total_last_bytes, total_starts.back().back());
    }
  }
};

const TableShortcuts& Shortcuts() {
  thread_local TableShortcuts shortcuts;
  shortcuts.Refresh();
  return shortcuts;
}

/// The index past the escape, class or character at I of SOURCE, with DEPTH moved by a group's
/// parenthesis; SOURCE.size() + 1 for syntax this reading does not follow (\Q…\E, a comment).
size_t StepOver(std::string_view source, size_t i, int& depth) {
  const char c = source[i];
  if (c == '\\') {
    if (i + 1 >= source.size() || source[i + 1] == 'Q') return source.size() + 1;
    return i + 2;
  }
  if (c == '[') {  // a class: its parentheses are characters; a ] first in it is one too
    size_t j = i + 1;
    if (j < source.size() && source[j] == '^') ++j;
    if (j < source.size() && source[j] == ']') ++j;
    for (; j < source.size() && source[j] != ']'; ++j)
      if (source[j] == '\\' || (source[j] == '[' && j + 1 < source.size() && source[j + 1] == ':'))
        return source.size() + 1;  // an escape or a POSIX class inside: not followed
    return j < source.size() ? j + 1 : source.size() + 1;
  }
  if (c == '(') {
    if (source.substr(i, 3) == "(?#") return source.size() + 1;
    ++depth;
  } else if (c == ')') {
    --depth;
  }
  return i + 1;
}

}  // namespace

bool GroupOpensWith(std::string_view source, std::string_view opener, std::string_view first,
                    std::string_view after) {
  if (opener.empty() || opener.back() == ')' || source.size() < opener.size() + first.size() + 1 + after.size() + 1)
    return false;
  if (!source.starts_with(opener) || source.substr(opener.size(), first.size()) != first ||
      source[opener.size() + first.size()] != '|' || !source.ends_with(after))
    return false;
  // The group OPENER opens must close at the end, before AFTER: then FIRST is one of its
  // alternatives, the first, and the whole pattern is that group.
  const size_t close = source.size() - after.size() - 1;
  int depth = 1;
  for (size_t i = opener.size(); i < close;) {
    i = StepOver(source, i, depth);
    if (i > close || depth < 1) return false;
  }
  return depth == 1 && source[close] == ')';
}

bool DigitsAreSeqKey() { return Shortcuts().seq_digits; }

bool DigitsLeadSeqNumber() { return Shortcuts().seq_number_digits; }

bool KeyMayReadTotal(std::string_view key) {
  // A match of the whole key starts where it does.
  const TableShortcuts& s = Shortcuts();
  if (s.total_starts.empty() || key.empty()) return true;
  if (!HasBit(s.total_first_bytes, key.front())) return false;
  return std::any_of(s.total_starts.begin(), s.total_starts.end(),
                     [&](const std::string& start) { return key.starts_with(start); });
}

bool RawMayReadTotal(std::string_view raw) {
  // Cleaning keeps some of RAW's characters, in order: the text cleaned starts with one of them.
  // Each byte is asked whether it may end one (the last bytes of 合, 总, 小, 共 are four of 256).
  const TableShortcuts& s = Shortcuts();
  if (s.total_starts.empty()) return true;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (!HasBit(s.total_last_bytes, raw[i])) continue;
    const std::string_view upto = raw.substr(0, i + 1);
    for (const std::string& start : s.total_starts)
      if (upto.ends_with(start)) return true;
  }
  return false;
}

}  // namespace gazette::tables

// Named Boost.Regex patterns loaded from grammars/*.grammar (embedded at build time, or from
// --grammars DIR). File format, one directive per line:
//   # comment
//   define NAME  body      a macro; {NAME} in later bodies is replaced by body
//   pattern NAME body      a named pattern (Unicode-aware, ICU)
//   example+ text          must match the pattern above (searched anywhere in text)
//   example- text          must not match it
#pragma once
#include <boost/regex/icu.hpp>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "grammar/lead_run.hpp"
#include "grammar/literals.hpp"
#include "util/result.hpp"

namespace gazette {

/// What a pattern compiles to: the regex and its prefilter (grammar/literals.hpp).
struct CompiledPattern {
  boost::u32regex regex;
  std::vector<LiteralSearch> searches;  ///< every match holds a literal of each (RequiredLiteralSets), fewest literals first
  std::vector<std::string> endings;   ///< every match ends the text with one of these (or none known)
  /// The last bytes of ENDINGS, a bit each (every bit where one is empty): a text whose last byte
  /// is none of them ends with none of them.
  std::array<uint64_t, 4> ending_last_bytes{};
  std::u32string starts;  ///< every match starts with one of these code points, sorted (empty: not known)
  std::array<uint64_t, 4> start_bits{};  ///< starts hashed to 256 bits by StartBit (not kAnyDecimalDigit, kAnyWhitespace)
  bool line_start = false;  ///< every match passes a ^ (or \A): in a text of one line it begins at the search's start
  /// One per ending: bit I set when that ending holds a literal of searches[I] (I < 32), so a text
  /// ending with it holds one too and that set need not be searched for.
  std::vector<uint32_t> sets_in_ending;
  /// Where every match ends the text but ENDINGS cannot say how (some end with a \d or \s): the
  /// characters and classes one of which ends every match (classes empty: nothing known).
  LastCharacters last_characters;
  /// A text that ends with one of these (and is UTF-8) holds a match: a search that only asks
  /// whether there is one needs no engine (empty: none known).
  std::vector<std::string> sufficient_endings;
  /// Where the pattern opens with a run of one class that its rest cannot continue (docno's
  /// agency): the only places a match can start (grammar/lead_run.hpp). Not known: none.
  LeadRun lead;
  /// Where the pattern opens with characters of one alphabet up to an anchor (docno_order's
  /// agency and 令), its lead run not known and its starts not either: where a match may start.
  LeadAlphabet alphabet;
};

/// The bit of START_BITS a code point C hashes to.
inline unsigned StartBit(char32_t c) { return FibonacciBits(static_cast<uint32_t>(c), 8); }

/// One named pattern with its source and examples. The embedded grammars compile each pattern
/// on its first use (a command uses a few dozen of some 900: compiling them all cost a query
/// 150 M instructions); a grammar file given by the user is compiled whole as it is read, so
/// its errors are reported at once.
struct GrammarPattern {
  std::string name;
  std::string source;  ///< after macro expansion
  std::string file;
  int line = 0;
  std::vector<std::string> positives;
  std::vector<std::string> negatives;

  /// The compiled pattern and its prefilter, compiled now if not yet (safe from several jobs).
  const CompiledPattern& compiled() const;
  /// The compiled regex.
  const boost::u32regex& regex() const { return compiled().regex; }

  struct Lazy;                  ///< compile-once state, shared by copies of the set
  std::shared_ptr<Lazy> lazy;   ///< set by GrammarSet::Parse
};

/// A set of named patterns. Names are unique across files.
class GrammarSet {
 public:
  /// When patterns compile: all as the files are read (errors returned, naming file and line), or
  /// each on first use (for grammars already known to compile: the embedded ones, tested at build).
  enum class Compile { now, on_first_use };
  /// Parse grammar files (path → text). Errors name the file and line.
  static Result<GrammarSet> Parse(const std::vector<std::pair<std::string, std::string>>& files,
                                  Compile when = Compile::now);
  /// The pattern called NAME, or nullptr.
  const GrammarPattern* Find(std::string_view name) const;
  /// Every pattern, in file order.
  const std::vector<GrammarPattern>& patterns() const { return patterns_; }

 private:
  std::vector<GrammarPattern> patterns_;
  /// Hashes names as string_view, so Find looks a name up without copying it.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, size_t, NameHash, std::equal_to<>> index_;  ///< name → position in patterns_
};

/// The active grammar set: the embedded grammars unless UseGrammarDir() replaced them.
const GrammarSet& Grammars();

/// Replace the active grammars with DIR/*.grammar (names not in DIR keep their embedded
/// definition). Returns an error naming the file and line of a bad pattern.
Status UseGrammarDir(const std::string& dir);

/// How many times UseGrammarDir has replaced the active grammars: a cache of what their patterns
/// found keeps the count it was filled under, and is stale once the count moves on.
unsigned GrammarGeneration();

/// A pattern's name held by the code that searches for it (one constant per name), which finds
/// its compiled pattern once and again only when the active grammars change (GrammarGeneration):
/// a search given one neither hashes nor compares the name. Declared at namespace scope, it is
/// initialized before any code runs (constexpr); it is safe from several jobs at once.
class RxName {
 public:
  constexpr explicit RxName(std::string_view name) : name_(name) {}
  RxName(const RxName&) = delete;
  RxName& operator=(const RxName&) = delete;
  /// The name, as given.
  std::string_view name() const { return name_; }
  /// The pattern called so in the active grammars, compiled. Throws std::logic_error if no
  /// grammar defines it.
  const CompiledPattern& compiled() const;

 private:
  const CompiledPattern& Find(unsigned now) const;  ///< COMPILED_ found for generation NOW - 1
  std::string_view name_;
  mutable std::atomic<unsigned> found_in_{0};  ///< GrammarGeneration() + 1 when COMPILED_ was found; 0: not yet
  mutable std::atomic<const CompiledPattern*> compiled_{nullptr};
};

namespace grammar_detail {
/// GrammarGeneration's count, read by RxName on every search.
extern std::atomic<unsigned> generation;
}  // namespace grammar_detail

inline const CompiledPattern& RxName::compiled() const {
  const unsigned now = grammar_detail::generation.load(std::memory_order_acquire) + 1;
  if (found_in_.load(std::memory_order_acquire) == now) [[likely]]
    return *compiled_.load(std::memory_order_relaxed);
  return Find(now);
}

namespace grammar_detail {
/// A string literal as a template argument (operator""_rx).
template <size_t N>
struct NameLiteral {
  char chars[N];
  constexpr NameLiteral(const char (&s)[N]) {  // NOLINT: implicit, as a literal operator's argument
    for (size_t i = 0; i < N; ++i) chars[i] = s[i];
  }
  constexpr std::string_view view() const { return {chars, N - 1}; }
};
}  // namespace grammar_detail

/// "name"_rx: the program's one RxName for the pattern called name, written where it is searched
/// for (RxFind(line, "back_matter"_rx)): a call site that asks on every line, with no constant of
/// its own to declare.
template <grammar_detail::NameLiteral S>
const RxName& operator""_rx() {
  static constinit const RxName name{S.view()};
  return name;
}

/// The compiled pattern called NAME. Throws std::logic_error if no grammar defines it
/// (a programming error: every name used in code is tested to exist).
const boost::u32regex& Rx(std::string_view name);

/// Match type over UTF-8 std::string; positions are byte offsets. The searches below never throw
/// on their text: where it is not valid UTF-8, a search ends at the first bad byte (RxSearch,
/// RxFull: no match; RxAll: the matches before it; RxReplace: TEXT unchanged).
using Match = boost::smatch;

/// Search TEXT for pattern NAME anywhere. TEXT must outlive M.
bool RxSearch(const std::string& text, std::string_view name, Match& m);
/// Search TEXT from byte FROM on (FROM is the start for ^ and lookbehind, as if TEXT began
/// there); positions in M are counted from FROM. TEXT must outlive M.
bool RxSearchFrom(const std::string& text, size_t from, std::string_view name, Match& m);
/// False if pattern NAME's prefilter (its literals, its endings) rules out a match in TEXT:
/// the cheap test every search below makes before the regex engine runs.
bool RxMayMatch(std::string_view text, std::string_view name);
/// RxMayMatch(PART, NAME) where PART lies in the text SUMMARY summarizes (Summarize, literals.hpp):
/// each literal set is ruled out by the summary's bits before any search of PART, so the many
/// parts of one line (the deadlines' sentences) ask one summary, made once.
bool RxMayMatchWithin(std::string_view part, std::string_view name, const CharacterSummary& summary);
/// False if no match of pattern NAME can begin with the code point C, by the first characters
/// the engine found in it (true where it found none): a caller asking many patterns of texts
/// that open with few distinct characters rules most out once per character, from the grammar.
bool RxMayStartWith(std::string_view name, char32_t c);
bool RxMayStartWith(const RxName& name, char32_t c);
/// True if pattern NAME occurs anywhere in TEXT.
bool RxFind(const std::string& text, std::string_view name);
/// True if pattern NAME matches the whole of TEXT.
bool RxFull(const std::string& text, std::string_view name, Match& m);
bool RxFull(const std::string& text, std::string_view name);
/// Every match of pattern NAME in TEXT, in order. TEXT must outlive the result.
std::vector<Match> RxAll(const std::string& text, std::string_view name);
/// TEXT with every match of NAME replaced by FORMAT ($1, $<name> …; Perl syntax). Where nothing
/// matches, TEXT itself comes back: a caller that gives it up (std::move) has it without a copy.
std::string RxReplace(std::string text, std::string_view name, const std::string& format);
// The searches above given the pattern's RxName instead of its name: the same answers, without
// the name's lookup on every call.
bool RxSearch(const std::string& text, const RxName& name, Match& m);
bool RxSearchFrom(const std::string& text, size_t from, const RxName& name, Match& m);
bool RxMayMatch(std::string_view text, const RxName& name);
bool RxMayMatchWithin(std::string_view part, const RxName& name, const CharacterSummary& summary);
bool RxFind(const std::string& text, const RxName& name);
bool RxFull(const std::string& text, const RxName& name, Match& m);
bool RxFull(const std::string& text, const RxName& name);
std::vector<Match> RxAll(const std::string& text, const RxName& name);
std::string RxReplace(std::string text, const RxName& name, const std::string& format);
// A match points into its text: given a temporary text it would dangle once the call returns (a
// use after free that only the sanitizer saw), so these are compile errors.
bool RxSearch(std::string&& text, std::string_view name, Match& m) = delete;
bool RxSearch(std::string&& text, const RxName& name, Match& m) = delete;
bool RxSearchFrom(std::string&& text, size_t from, std::string_view name, Match& m) = delete;
bool RxSearchFrom(std::string&& text, size_t from, const RxName& name, Match& m) = delete;
bool RxFull(std::string&& text, std::string_view name, Match& m) = delete;
bool RxFull(std::string&& text, const RxName& name, Match& m) = delete;
std::vector<Match> RxAll(std::string&& text, std::string_view name) = delete;
std::vector<Match> RxAll(std::string&& text, const RxName& name) = delete;
/// Named group GROUP of M as a string ("" if it did not take part).
std::string Group(const Match& m, const char* group);
/// Named group GROUP of M as a view of the searched text ("" if it did not take part or is empty),
/// for a caller that only compares, trims or parses it. Valid while that text lives.
std::string_view GroupView(const Match& m, const char* group);

}  // namespace gazette

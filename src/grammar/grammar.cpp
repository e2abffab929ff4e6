#include "grammar/grammar.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "grammar/grammar_internal.hpp"
#include "grammar/literals.hpp"
#include "util/embedded.hpp"
#include "util/text.hpp"

namespace gazette {

// Compiled once, by whichever job asks first (or as the file is read): one atomic state, which
// later calls read with one load; a job that finds another compiling waits on it.
struct GrammarPattern::Lazy {
  enum State : int { empty, compiling, ready };
  std::atomic<int> state{empty};
  CompiledPattern value;
  void Set(CompiledPattern c) {
    value = std::move(c);
    state.store(ready, std::memory_order_release);
    state.notify_all();
  }
};

// Which grammar set is active: UseGrammarDir counts up, so a cache of patterns knows it is stale.
std::atomic<unsigned> grammar_detail::generation{0};

namespace {

using grammar_detail::generation;

// True if NAME is spelled as a define's name is (an upper-case letter, then upper-case letters,
// digits and _), so {NAME} cannot be a quantifier: {3}, {2,16}.
bool IsDefineName(std::string_view name) {
  return !name.empty() && name[0] >= 'A' && name[0] <= 'Z' &&
         name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string_view::npos;
}

// BODY with each {NAME} of MACROS replaced by its text; *UNDEFINED is set to the first {NAME}
// spelled as a define's name that no define before it gave (left as it is in the text).
std::string Expand(const std::string& body, const std::map<std::string, std::string>& macros, std::string* undefined) {
  std::string out;
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '{') {
      size_t close = body.find('}', i);
      if (close != std::string::npos) {
        const std::string name = body.substr(i + 1, close - i - 1);
        auto it = macros.find(name);
        if (it != macros.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
        const bool escape = i >= 2 && body[i - 2] == '\\';  // \x{F900}, \p{…}, \N{…}
        if (undefined->empty() && !escape && IsDefineName(name)) *undefined = name;
      }
    }
    out.push_back(body[i++]);
  }
  return out;
}

// Compiles a UTF-8 pattern. Boost 1.74's parser reads one code point past the end of a pattern
// that stops inside a bracket range ("[a-b", "[a-\\d": parse_set_literal reads *m_position
// after the range's end without checking m_end), and make_u32regex parses a copy that ends where
// its heap block ends. So the code points go into a buffer of exactly one more, a NUL, which the
// constructor from const pointers parses in place (basic_regex.hpp: assign(p1, p2) → parse(p1, p2);
// from non-const pointers the template overload would copy again): the stray read finds the NUL,
// which continues no range, and Boost reports the missing ']' as an error.
boost::u32regex CompilePattern(const std::string& utf8) {
  if (!IsValidUtf8(utf8)) throw std::invalid_argument("not valid UTF-8");
  const std::u32string points = ToU32(utf8);
  std::vector<UChar32> buffer(points.size() + 1, 0);
  std::copy(points.begin(), points.end(), buffer.begin());
  const UChar32* begin = buffer.data();
  return boost::u32regex(begin, begin + points.size(), boost::regex::perl);
}

// The pattern SOURCE compiled, with its prefilter. Throws what CompilePattern throws.
// For each of ENDINGS, the sets of SEARCHES (a bit each, the first 32) one of whose literals it holds.
std::vector<uint32_t> SetsInEachEnding(const std::vector<std::string>& endings, const std::vector<LiteralSearch>& searches) {
  std::vector<uint32_t> out;
  for (const auto& ending : endings) {
    uint32_t sets = 0;
    for (size_t i = 0; i < searches.size() && i < 32; ++i)
      for (const auto& literal : searches[i].literals)
        if (ending.find(literal) != std::string::npos) {
          sets |= uint32_t{1} << i;
          break;
        }
    out.push_back(sets);
  }
  return out;
}

CompiledPattern CompileWithPrefilter(const std::string& source) {
  CompiledPattern c;
  c.regex = CompilePattern(source);
  LiteralAnalysis analysis = AnalyzeLiterals(source);
  for (const auto& set : analysis.sets) c.searches.push_back(MakeLiteralSearch(set));
  std::stable_sort(c.searches.begin(), c.searches.end(),
                   [](const LiteralSearch& a, const LiteralSearch& b) { return a.literals.size() < b.literals.size(); });
  c.endings = std::move(analysis.endings);
  c.starts = std::move(analysis.starts);
  c.line_start = analysis.line_start;
  c.last_characters = std::move(analysis.last_characters);
  c.sufficient_endings = std::move(analysis.sufficient_endings);
  c.sets_in_ending = SetsInEachEnding(c.endings, c.searches);
  for (const auto& ending : c.endings) {
    if (ending.empty()) c.ending_last_bytes.fill(~uint64_t{0});
    else c.ending_last_bytes[static_cast<unsigned char>(ending.back()) >> 6] |= uint64_t{1} << (ending.back() & 63);
  }
  c.lead = AnalyzeLeadRun(source);
  // Where the starts are known, FindFrom tries each position holding one (not Boost's search).
  if (c.lead.known() && (!c.starts.empty() || !grammar_internal::LeadRunDisjoint(c))) c.lead = LeadRun{};
  if (!c.lead.known() && c.starts.empty()) c.alphabet = AnalyzeLeadAlphabet(source);
  for (char32_t start : c.starts)  // not kAnyDecimalDigit, kAnyWhitespace: CanStart asks for those itself
    if (start < kAnyDecimalDigit) c.start_bits[StartBit(start) >> 6] |= uint64_t{1} << (StartBit(start) & 63);
  return c;
}

// Splits "directive rest" into the directive word and the rest (trimmed).
std::pair<std::string, std::string> Directive(const std::string& line) {
  size_t sp = line.find_first_of(" \t");
  if (sp == std::string::npos) return {line, ""};
  return {line.substr(0, sp), Trim(line.substr(sp + 1))};
}

Status ParseFile(const std::string& path, const std::string& text, std::map<std::string, std::string>& macros,
                 GrammarSet::Compile when, std::vector<GrammarPattern>& out) {
  std::istringstream in(text);
  std::string raw;
  int lineno = 0;
  GrammarPattern* current = nullptr;
  while (std::getline(in, raw)) {
    ++lineno;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    auto [word, rest] = Directive(line);
    auto where = path + ":" + std::to_string(lineno);
    if (word == "define" || word == "pattern") {
      auto [name, body] = Directive(rest);
      if (name.empty() || body.empty()) return Error{where + ": " + word + " needs a name and a body"};
      std::string undefined;
      std::string expanded = Expand(body, macros, &undefined);
      if (!undefined.empty())
        return Error{where + ": " + word + " " + name + " uses {" + undefined + "}, which no define before it gives"};
      if (word == "define") {
        macros[name] = expanded;
        continue;
      }
      GrammarPattern p;
      p.name = name;
      p.source = expanded;
      p.file = path;
      p.line = lineno;
      p.lazy = std::make_shared<GrammarPattern::Lazy>();
      if (when == GrammarSet::Compile::now) {
        try {
          p.lazy->Set(CompileWithPrefilter(expanded));
        } catch (const std::exception& e) {
          return Error{where + ": pattern " + name + " does not compile: " + e.what()};
        }
      }
      out.push_back(std::move(p));
      current = &out.back();
    } else if (word == "example+" || word == "example-") {
      if (!current) return Error{where + ": example before any pattern"};
      (word == "example+" ? current->positives : current->negatives).push_back(rest);
    } else {
      return Error{where + ": unknown directive '" + word + "'"};
    }
  }
  return {};
}

std::vector<std::pair<std::string, std::string>> EmbeddedGrammarFiles() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : EmbeddedFiles())
    if (StartsWith(f.path, "grammars/") && EndsWith(f.path, ".grammar"))
      files.emplace_back(std::string(f.path), std::string(f.data));
  std::sort(files.begin(), files.end());
  return files;
}

std::unique_ptr<GrammarSet>& Active() {
  static std::unique_ptr<GrammarSet> active;
  return active;
}

}  // namespace

namespace {

// Gives up this job's claim to compile LAZY's pattern: the next call tries again, and the jobs
// waiting for it wake.
void Unclaim(GrammarPattern::Lazy& lazy) {
  lazy.state.store(GrammarPattern::Lazy::State::empty, std::memory_order_release);
  lazy.state.notify_all();
}

}  // namespace

const CompiledPattern& GrammarPattern::compiled() const {
  using State = Lazy::State;
  for (;;) {
    int now = lazy->state.load(std::memory_order_acquire);
    if (now == State::ready) return lazy->value;
    if (now == State::compiling) {
      lazy->state.wait(State::compiling, std::memory_order_acquire);
      continue;
    }
    if (lazy->state.compare_exchange_strong(now, State::compiling, std::memory_order_acquire)) break;
  }
  try {
    lazy->Set(CompileWithPrefilter(source));
  } catch (const std::exception& e) {  // only grammars tested to compile are read lazily
    Unclaim(*lazy);
    throw std::logic_error(file + ":" + std::to_string(line) + ": pattern " + name + " does not compile: " + e.what());
  } catch (...) {  // whatever it is, no job may wait for this pattern forever
    Unclaim(*lazy);
    throw;
  }
  return lazy->value;
}

Result<GrammarSet> GrammarSet::Parse(const std::vector<std::pair<std::string, std::string>>& files,
                                     Compile when) {
  GrammarSet set;
  std::map<std::string, std::string> macros;
  // Macros are global: a file may use defines from files sorted before it.
  for (const auto& [path, text] : files) {
    Status s = ParseFile(path, text, macros, when, set.patterns_);
    if (!s.ok()) return Error{s.message()};
  }
  for (size_t i = 0; i < set.patterns_.size(); ++i) {
    const auto& p = set.patterns_[i];
    auto [it, fresh] = set.index_.emplace(p.name, i);
    if (!fresh) {
      const auto& first = set.patterns_[it->second];
      return Error{p.file + ":" + std::to_string(p.line) + ": pattern " + p.name + " already defined at " +
                   first.file + ":" + std::to_string(first.line)};
    }
  }
  return set;
}

const GrammarPattern* GrammarSet::Find(std::string_view name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : &patterns_[it->second];
}

const GrammarSet& Grammars() {
  // Every search asks for the grammars: once they are loaded, one atomic load answers.
  static std::atomic<bool> loaded{false};
  if (loaded.load(std::memory_order_acquire)) return *Active();
  static std::once_flag once;  // the first use may come from several jobs at once
  std::call_once(once, [] {
    if (Active()) return;  // UseGrammarDir came first
    auto parsed = GrammarSet::Parse(EmbeddedGrammarFiles(), GrammarSet::Compile::on_first_use);
    if (!parsed.ok()) throw std::logic_error("embedded grammars: " + parsed.error().message);
    Active() = std::make_unique<GrammarSet>(std::move(parsed.value()));
  });
  loaded.store(true, std::memory_order_release);
  return *Active();
}

Status UseGrammarDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{dir + ": not a directory"};
  std::map<std::string, std::string> by_name;
  for (auto& [path, text] : EmbeddedGrammarFiles()) by_name[fs::path(path).filename().string()] = text;
  std::map<std::string, std::string> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".grammar") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    if (!in) return Error{entry.path().string() + ": cannot read"};
    std::ostringstream ss;
    ss << in.rdbuf();
    by_name[entry.path().filename().string()] = ss.str();
    paths[entry.path().filename().string()] = entry.path().string();
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (auto& [name, text] : by_name)
    files.emplace_back(paths.count(name) ? paths[name] : "grammars/" + name, text);
  auto parsed = GrammarSet::Parse(files);
  if (!parsed.ok()) return Error{parsed.error().message};
  Active() = std::make_unique<GrammarSet>(std::move(parsed.value()));
  generation.fetch_add(1, std::memory_order_release);
  return {};
}

unsigned GrammarGeneration() { return generation.load(std::memory_order_acquire); }

namespace grammar_internal {

namespace {

// The pattern called NAME and, once compiled, what it compiles to. Names are nearly always string
// literals, so each job remembers the pattern of the last name seen at an address (checked
// against the name itself): a pointer compare instead of hashing the name, on a call made for
// every line. A slot is only filled after Grammars() has loaded the set, and its generation tells
// whether that set is still the active one: a hit needs neither Grammars() nor the set.
struct Slot {
  const char* data = nullptr;
  size_t size = 0;
  const GrammarPattern* pattern = nullptr;
  const CompiledPattern* compiled = nullptr;  ///< set once the pattern has compiled
  unsigned gen = 0;
  bool fixed = false;  ///< the name's bytes cannot change (InReadOnlyMemory): its address and size say it
};

// SLOT filled for NAME in the grammars of generation NOW: out of line, so that the check made on
// every call (SlotOf) saves no registers for it.
[[gnu::noinline]] Slot& FillSlot(Slot& slot, std::string_view name, unsigned now) {
  const GrammarPattern* p = Grammars().Find(name);
  if (!p) throw std::logic_error("no grammar defines pattern '" + std::string(name) + "'");
  slot = Slot{name.data(), name.size(), p, nullptr, now, InReadOnlyMemory(name)};
  return slot;
}

// The 8 bytes at P.
inline uint64_t Word(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// True if A and B hold the same bytes, compared here by words of 8 (the last word ending with
// the name, overlapping the one before): a pattern's name is some 5 to 30 bytes, and a call of
// memcmp, with the registers saved around it, cost more than the comparison on every search.
inline bool SameName(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n < 8) {
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  for (size_t i = 0; i + 8 < n; i += 8)
    if (Word(a.data() + i) != Word(b.data() + i)) return false;
  return Word(a.data() + n - 8) == Word(b.data() + n - 8);
}

// This job's slot for NAME, filled for it (its pattern found) if it was another name's. A name
// that is a string literal of the program (nearly every one) is known by its address and size;
// any other is compared byte by byte with the slot's, since its buffer may hold another by now.
inline Slot& SlotOf(std::string_view name) {
  thread_local Slot slots[256];
  const unsigned now = generation.load(std::memory_order_acquire);
  Slot& slot = slots[(reinterpret_cast<uintptr_t>(name.data()) >> 3) & 255];
  if (slot.data == name.data() && slot.size == name.size() && slot.gen == now &&
      (slot.fixed || SameName(slot.pattern->name, name))) [[likely]]
    return slot;
  return FillSlot(slot, name, now);
}

}  // namespace

const GrammarPattern& Pattern(std::string_view name) { return *SlotOf(name).pattern; }

const CompiledPattern& Compiled(std::string_view name) {
  Slot& slot = SlotOf(name);
  if (!slot.compiled) [[unlikely]]
    slot.compiled = &slot.pattern->compiled();
  return *slot.compiled;
}

}  // namespace grammar_internal

using grammar_internal::Pattern;

// Found by the name cache of this job (the name is mostly a string literal: its address known),
// once per generation.
const CompiledPattern& RxName::Find(unsigned now) const {
  const CompiledPattern* found = &grammar_internal::Compiled(name_);
  compiled_.store(found, std::memory_order_relaxed);
  found_in_.store(now, std::memory_order_release);
  return *found;
}

const boost::u32regex& Rx(std::string_view name) { return Pattern(name).regex(); }

std::string_view GroupView(const Match& m, const char* group) {
  const auto& sub = m[group];
  if (!sub.matched || sub.first == sub.second) return {};
  return {&*sub.first, static_cast<size_t>(sub.second - sub.first)};
}

std::string Group(const Match& m, const char* group) { return std::string(GroupView(m, group)); }

}  // namespace gazette

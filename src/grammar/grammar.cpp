#include "grammar/grammar.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include <unicode/uchar.h>
#include <stdexcept>

#include "grammar/decoded.hpp"
#include "grammar/literals.hpp"
#include "util/embedded.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// Which grammar set is active: UseGrammarDir counts up, so a cache of patterns knows it is stale.
std::atomic<unsigned> generation{0};

std::string Expand(const std::string& body, const std::map<std::string, std::string>& macros) {
  std::string out;
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '{') {
      size_t close = body.find('}', i);
      if (close != std::string::npos) {
        auto it = macros.find(body.substr(i + 1, close - i - 1));
        if (it != macros.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
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

// Splits "directive rest" into the directive word and the rest (trimmed).
std::pair<std::string, std::string> Directive(const std::string& line) {
  size_t sp = line.find_first_of(" \t");
  if (sp == std::string::npos) return {line, ""};
  return {line.substr(0, sp), Trim(line.substr(sp + 1))};
}

Status ParseFile(const std::string& path, const std::string& text, std::map<std::string, std::string>& macros,
                 std::vector<GrammarPattern>& out) {
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
      std::string expanded = Expand(body, macros);
      if (word == "define") {
        macros[name] = expanded;
        continue;
      }
      GrammarPattern p;
      p.name = name;
      p.source = expanded;
      p.file = path;
      p.line = lineno;
      try {
        p.regex = CompilePattern(expanded);
      } catch (const std::exception& e) {
        return Error{where + ": pattern " + name + " does not compile: " + e.what()};
      }
      auto sets = RequiredLiteralSets(expanded);
      if (!sets.empty()) p.literals = sets.front();
      p.further_literals.assign(sets.size() > 1 ? sets.begin() + 1 : sets.end(), sets.end());
      p.endings = RequiredEndings(expanded);
      p.starts = FirstCharacters(expanded);
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

Result<GrammarSet> GrammarSet::Parse(const std::vector<std::pair<std::string, std::string>>& files) {
  GrammarSet set;
  std::map<std::string, std::string> macros;
  // Macros are global: a file may use defines from files sorted before it.
  for (const auto& [path, text] : files) {
    Status s = ParseFile(path, text, macros, set.patterns_);
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
    auto parsed = GrammarSet::Parse(EmbeddedGrammarFiles());
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

namespace {

// The pattern called NAME. Names are nearly always string literals, so each job remembers the
// pattern of the last name seen at an address (checked against the name itself): a pointer
// compare instead of hashing the name, on a call made for every line.
const GrammarPattern& Pattern(std::string_view name) {
  struct Slot {
    const char* data = nullptr;
    const GrammarPattern* pattern = nullptr;
    unsigned gen = 0;
  };
  thread_local Slot slots[256];
  const GrammarSet& set = Grammars();
  unsigned now = generation.load(std::memory_order_acquire);
  Slot& slot = slots[(reinterpret_cast<uintptr_t>(name.data()) >> 3) & 255];
  if (slot.data == name.data() && slot.gen == now && slot.pattern->name == name) return *slot.pattern;
  const GrammarPattern* p = set.Find(name);
  if (!p) throw std::logic_error("no grammar defines pattern '" + std::string(name) + "'");
  slot = Slot{name.data(), p, now};
  return *p;
}

}  // namespace

const boost::u32regex& Rx(std::string_view name) { return Pattern(name).regex; }

namespace {

// The pattern's prefilter: false if TEXT holds none of the literals every match contains, or
// does not end as every match must.
bool Admits(std::string_view text, const GrammarPattern& p) {
  if (!MayMatch(text, p.literals)) return false;
  for (const auto& set : p.further_literals)
    if (!MayMatch(text, set)) return false;
  return MayEnd(text, p.endings);
}

}  // namespace

bool RxMayMatch(std::string_view text, std::string_view name) { return Admits(text, Pattern(name)); }

// Each search first asks the pattern's literal prefilter: text holding none of the literals
// every match contains cannot match, and never reaches the regex engine.
//
// A text that passes is decoded to UTF-32 once (DecodeOnce keeps the last few texts, and a line
// is searched by several patterns in a row), the engine runs over the code points, and each
// match is copied back to byte positions in the text, as Boost's icu.hpp copies a match over
// its UTF-8 iterators. The engine over UTF-8 decodes at every step and throws std::out_of_range
// at a byte that is not UTF-8: text that is not valid UTF-8 still goes that way, and such a
// search ends there as if nothing more matched (BadUtf8), so text from any caller is safe.

namespace {

using Match32 = boost::match_results<const UChar32*>;

// A copy of IN, a match found searching from FROM in a text that starts at BASE, with each
// position mapped by AT: the prefix runs from FROM and positions count from BASE, as
// boost::regex_iterator leaves them.
template <typename Out, typename At>
void CopyMatch(const Match32& in, const UChar32* from, const UChar32* base, const boost::u32regex& re, At at,
               Out& out) {
  out.set_size(in.size(), at(from), at(in.suffix().second));
  out.set_base(at(base));
  out.set_named_subs(re.get_named_subs());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i].matched || i == 0) {
      out.set_first(at(in[i].first), i);
      out.set_second(at(in[i].second), i, in[i].matched);
    }
  }
}

// IN as a match over the bytes of TEXT, which D decodes.
void CopyToBytes(const Match32& in, const UChar32* from, const UChar32* base, const DecodedText& d,
                 const std::string& text, const boost::u32regex& re, Match& out) {
  auto at = [&](const UChar32* q) { return text.cbegin() + d.offsets[static_cast<size_t>(q - d.begin())]; };
  CopyMatch(in, from, base, re, at, out);
}

// True if a match of P may start with C (P.starts not empty).
bool CanStart(const GrammarPattern& p, UChar32 c) {
  if (std::binary_search(p.starts.begin(), p.starts.end(), static_cast<char32_t>(c))) return true;
  if (p.starts.back() != kAnyDecimalDigit) return false;
  return (c >= '0' && c <= '9') || (c >= 0x80 && u_isdigit(c));  // \d: general category Nd
}

// The first match of P in [FROM, LAST), the text starting at BASE (for ^, \b, lookbehind), as
// boost::regex_search(FROM, LAST, M, regex, FLAGS, BASE) finds it. Boost tries every position
// whose code point its start map does not rule out, and that map only knows code points below
// 256: in Chinese text it tries them all. Where the pattern's first characters are known, only
// the positions holding one are tried, each anchored there (match_continuous): the first to
// match is the search's match, its positions counted from that position (CopyMatch fixes that).
bool FindFrom(const UChar32* from, const UChar32* last, const UChar32* base, const GrammarPattern& p,
              boost::match_flag_type flags, Match32& m) {
  if (p.starts.empty()) return boost::regex_search(from, last, m, p.regex, flags, base);
  for (const UChar32* at = from; at != last; ++at)
    if (CanStart(p, *at) && boost::regex_search(at, last, m, p.regex, flags | boost::match_continuous, base))
      return true;
  return false;
}

// Calls VISIT(m, from) for every match of P in [FIRST, LAST), in order, as boost::regex_iterator
// finds them; FROM is where the search that found M began.
template <typename Visit>
void ForEachMatch(const UChar32* first, const UChar32* last, const GrammarPattern& p, Visit visit) {
  const UChar32* from = first;
  boost::match_flag_type flags = boost::match_default;
  Match32 m;
  while (FindFrom(from, last, first, p, flags, m)) {
    visit(m, from);
    from = m[0].second;
    flags = m.length() == 0 ? boost::regex_constants::match_not_initial_null : boost::match_default;
  }
}

// TEXT decoded, with the index of the code point at byte FROM; nullptr if TEXT is not valid
// UTF-8 or no code point starts at FROM (the caller then searches the bytes as before).
const DecodedText* DecodedFrom(const std::string& text, size_t from, size_t& start) {
  const DecodedText& d = DecodeOnce(text);
  if (!d.valid) return nullptr;
  start = from == 0 ? 0 : d.IndexOfByte(from);
  return start == SIZE_MAX ? nullptr : &d;
}

template <typename Search>
bool SearchSafely(Match& m, Search search) {
  try {
    return search();
  } catch (const std::out_of_range&) {  // BadUtf8
    m = Match();
    return false;
  }
}

// Searches (or, with WHOLE, matches all of) TEXT from byte FROM for P; M as the engine over
// UTF-8 leaves it (unchanged when nothing matches).
bool Run(const std::string& text, size_t from, const GrammarPattern& p, Match& m, bool whole) {
  size_t start = 0;
  if (const DecodedText* d = DecodedFrom(text, from, start)) {
    Match32 m32;
    const UChar32* first = d->begin() + start;
    bool found = whole ? boost::regex_match(first, d->end(), m32, p.regex)
                       : FindFrom(first, d->end(), first, p, boost::match_default, m32);
    if (found) CopyToBytes(m32, first, first, *d, text, p.regex, m);
    return found;
  }
  return SearchSafely(m, [&] {
    auto first = text.cbegin() + static_cast<long>(from);
    return whole ? boost::u32regex_match(first, text.cend(), m, p.regex)
                 : boost::u32regex_search(first, text.cend(), m, p.regex);
  });
}

}  // namespace

bool RxSearch(const std::string& text, std::string_view name, Match& m) {
  const GrammarPattern& p = Pattern(name);
  if (!Admits(text, p)) {
    m = Match();
    return false;
  }
  return Run(text, 0, p, m, false);
}

bool RxSearchFrom(const std::string& text, size_t from, std::string_view name, Match& m) {
  const GrammarPattern& p = Pattern(name);
  if (!Admits(std::string_view(text).substr(from), p)) {
    m = Match();
    return false;
  }
  return Run(text, from, p, m, false);
}

bool RxFind(const std::string& text, std::string_view name) {
  Match m;
  return RxSearch(text, name, m);
}

bool RxFull(const std::string& text, std::string_view name, Match& m) {
  const GrammarPattern& p = Pattern(name);
  if (!Admits(text, p)) {
    m = Match();
    return false;
  }
  return Run(text, 0, p, m, true);
}

bool RxFull(const std::string& text, std::string_view name) {
  Match m;
  return RxFull(text, name, m);
}

std::vector<Match> RxAll(const std::string& text, std::string_view name) {
  std::vector<Match> out;
  const GrammarPattern& p = Pattern(name);
  if (!Admits(text, p)) return out;
  size_t start = 0;
  if (const DecodedText* d = DecodedFrom(text, 0, start)) {
    ForEachMatch(d->begin(), d->end(), p, [&](const Match32& m, const UChar32* from) {
      out.emplace_back();
      CopyToBytes(m, from, d->begin(), *d, text, p.regex, out.back());
    });
    return out;
  }
  try {
    auto begin = boost::make_u32regex_iterator(text, p.regex);
    for (decltype(begin) end; begin != end; ++begin) out.push_back(*begin);
  } catch (const std::out_of_range&) {  // BadUtf8: the matches before the bad byte
  }
  return out;
}

// As boost::u32regex_replace: the text between matches copied, each match replaced by FORMAT
// (formatted by Boost's own formatter, as u32regex_replace does).
std::string RxReplace(const std::string& text, std::string_view name, const std::string& format) {
  const GrammarPattern& p = Pattern(name);
  if (!Admits(text, p)) return text;
  size_t start = 0;
  if (const DecodedText* d = DecodedFrom(text, 0, start)) {
    std::vector<UChar32> fmt;
    for (char32_t c : ToU32(format)) fmt.push_back(static_cast<UChar32>(c));
    const UChar32* fmt_begin = fmt.empty() ? nullptr : fmt.data();
    std::u32string out;
    auto sink = std::back_inserter(out);
    const UChar32* copied = d->begin();
    ForEachMatch(d->begin(), d->end(), p, [&](const Match32& m, const UChar32* from) {
      Match32 fixed;
      CopyMatch(m, from, d->begin(), p.regex, [](const UChar32* q) { return q; }, fixed);
      out.append(copied, fixed[0].first);
      sink = boost::BOOST_REGEX_DETAIL_NS::regex_format_imp(sink, fixed, fmt_begin, fmt_begin + fmt.size(),
                                                            boost::format_perl, p.regex.get_traits());
      copied = fixed[0].second;
    });
    out.append(copied, d->end());
    return ToUtf8(out);
  }
  try {
    return boost::u32regex_replace(text, p.regex, format, boost::format_perl);
  } catch (const std::out_of_range&) {  // BadUtf8: left as it is
    return text;
  }
}

std::string Group(const Match& m, const char* group) {
  const auto& sub = m[group];
  return sub.matched ? sub.str() : std::string();
}

}  // namespace gazette

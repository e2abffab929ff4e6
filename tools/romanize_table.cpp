// Build-time generator of the table RomanizeCompact looks Han readings up in
// (src/segment/romanize_table.hpp), so that no run of gazette parses ICU's Han-Latin rules.
//   romanize_table OUT.cpp
// ICU still says every reading: this program reads the rules of Han-Latin (Transliterator::toRules),
// which are `::Han-Spacedhan();`, context rules `{重}' '?庆 > chóng;` and per-character rules
// `[chars] > reading;`, and runs the whole chain kRomanizeTransliterator (Han-Latin, Latin-ASCII,
// Lower, non-letters removed) over
//   - every character of a per-character rule, alone: its reading;
//   - the two characters of a context rule: the reading of the first before the second;
//   - the separator an agency may hold (、), which it reads as nothing.
// A character that NFKC changes is left out (Han-Spacedhan normalizes before the rules match, so it
// could complete a context): RomanizeCompact hands a text holding one to ICU. A rule of any other
// shape stops the build: the table would no longer say what ICU says.
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uclean.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/uvernum.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "segment/romanize.hpp"
#include "segment/romanize_table.hpp"

namespace {

using gazette::romanize_table::kReadingBits;

std::unique_ptr<icu::Transliterator> Create(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("cannot create ") + id + ": " + u_errorName(status));
  return t;
}

std::string Utf8(const icu::UnicodeString& u) {
  std::string s;
  return u.toUTF8String(s);
}

// What the chain makes of TEXT.
std::string Run(const icu::Transliterator& chain, const icu::UnicodeString& text) {
  icu::UnicodeString u = text;
  chain.transliterate(u);
  return Utf8(u);
}

struct Context {
  UChar32 first, next;
};

// The rules of Han-Latin, read: the characters of its per-character rules and its context rules.
struct Rules {
  icu::UnicodeSet covered;
  std::vector<Context> context;
};

// LINE is `{A}' '?B > reading;`: its A and B.
Context ParseContext(const icu::UnicodeString& line) {
  const icu::UnicodeString between = u"}' '?";
  UChar32 first = line.char32At(1);
  int32_t at = line.moveIndex32(1, 1);
  if (line.compare(at, between.length(), between) != 0) throw std::runtime_error("context rule of an unknown shape: " + Utf8(line));
  at += between.length();
  UChar32 next = line.char32At(at);
  at = line.moveIndex32(at, 1);
  if (line.compare(at, 3, u" > ") != 0) throw std::runtime_error("context rule of an unknown shape: " + Utf8(line));
  return {first, next};
}

Rules ReadRules(const icu::Transliterator& han_latin) {
  icu::UnicodeString text;
  han_latin.toRules(text, false);
  Rules rules;
  for (int32_t start = 0; start < text.length();) {
    int32_t end = text.indexOf(u'\n', start);
    if (end < 0) end = text.length();
    icu::UnicodeString line = text.tempSubString(start, end - start);
    start = end + 1;
    if (line.isEmpty() || line == u"::Han-Spacedhan();") continue;
    if (line.startsWith(u"{")) {
      rules.context.push_back(ParseContext(line));
      continue;
    }
    int32_t arrow = line.lastIndexOf(u" > ");
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set(line.tempSubString(0, arrow < 0 ? 0 : arrow), status);
    if (!line.startsWith(u"[") || arrow < 0 || U_FAILURE(status)) throw std::runtime_error("rule of an unknown shape: " + Utf8(line));
    rules.covered.addAll(set);
  }
  return rules;
}

// Characters an agency holds besides Han ones (grammars/docno.grammar: a joint order names its
// issuers with 、, 食品药品监管局、海关总署令), covered too: ICU's chain reads each as nothing.
constexpr UChar32 kAgencySeparators[] = {U'、'};

// Every character of RULES.covered and kAgencySeparators with its reading; NFKC-changed
// characters left out.
std::map<UChar32, std::string> Readings(const icu::Transliterator& chain, const Rules& rules) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("no NFKC");
  icu::UnicodeSet covered = rules.covered;
  for (UChar32 c : kAgencySeparators) covered.add(c);
  std::map<UChar32, std::string> out;
  for (int32_t r = 0; r < covered.getRangeCount(); ++r)
    for (UChar32 c = covered.getRangeStart(r); c <= covered.getRangeEnd(r); ++c) {
      icu::UnicodeString one(c);
      if (!nfkc->isNormalized(one, status) || U_FAILURE(status)) continue;
      out[c] = Run(chain, one);
    }
  return out;
}

// The reading of each context rule's first character before its second, from the chain's reading
// of the pair (which ends with the second's own reading).
std::vector<std::string> ContextReadings(const icu::Transliterator& chain, const Rules& rules,
                                         const std::map<UChar32, std::string>& readings) {
  std::vector<std::string> out;
  for (const auto& rule : rules.context) {
    auto next = readings.find(rule.next);
    if (!readings.count(rule.first) || next == readings.end())
      throw std::runtime_error("a context rule names a character no rule reads");
    icu::UnicodeString pair(rule.first);
    pair.append(rule.next);
    std::string both = Run(chain, pair);
    if (both.size() < next->second.size() || both.compare(both.size() - next->second.size(), std::string::npos, next->second) != 0)
      throw std::runtime_error("a context pair does not end with its second character's reading: " + both);
    out.push_back(both.substr(0, both.size() - next->second.size()));
  }
  return out;
}

// The C++ string literal of S (readings are ASCII letters; anything else escaped).
std::string Literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

void Write(std::ostream& out, const Rules& rules, const std::map<UChar32, std::string>& readings,
           const std::vector<std::string>& context) {
  std::map<std::string, uint32_t> index;  // distinct readings, sorted
  for (const auto& [c, r] : readings) index[r] = 0;
  for (const auto& r : context) index[r] = 0;
  if (index.size() >= (size_t{1} << kReadingBits)) throw std::runtime_error("more readings than kReadingBits can index");
  out << "// Generated by tools/romanize_table.cpp from ICU " U_ICU_VERSION "'s Han-Latin: do not edit.\n"
      << "// " << readings.size() << " characters, " << index.size() << " distinct readings.\n"
      << "#include \"segment/romanize_table.hpp\"\n\nnamespace gazette::romanize_table {\nnamespace {\n\n"
      << "constexpr char kText[] =";
  uint32_t k = 0, offset = 0;
  std::vector<uint32_t> starts;
  for (auto& [r, i] : index) {
    i = k++;
    starts.push_back(offset);
    offset += static_cast<uint32_t>(r.size());
    out << (i % 12 == 0 ? "\n    " : " ") << Literal(r);
  }
  starts.push_back(offset);
  out << ";\n\nconstexpr uint32_t kStarts[] = {";
  for (size_t i = 0; i < starts.size(); ++i) out << (i % 16 == 0 ? "\n    " : " ") << starts[i] << ",";
  out << "\n};\n\nconstexpr uint32_t kEntries[] = {";
  size_t n = 0;
  char buf[16];
  for (const auto& [c, r] : readings) {
    std::snprintf(buf, sizeof buf, "0x%08x,", (static_cast<uint32_t>(c) << kReadingBits) | index[r]);
    out << (n++ % 8 == 0 ? "\n    " : " ") << buf;
  }
  out << "\n};\n\nconstexpr ContextRule kContext[] = {\n";
  for (size_t i = 0; i < rules.context.size(); ++i)
    out << "    {0x" << std::hex << rules.context[i].first << ", 0x" << rules.context[i].next << std::dec << ", "
        << index[context[i]] << "},  // " << context[i] << "\n";
  out << "};\n\n}  // namespace\n\n"
      << "const Table kTable{kEntries, std::string_view(kText, sizeof kText - 1), kStarts, kContext};\n\n"
      << "}  // namespace gazette::romanize_table\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: romanize_table OUT.cpp\n";
    return 2;
  }
  try {
    auto han_latin = Create("Han-Latin");
    auto chain = Create(gazette::kRomanizeTransliterator);
    Rules rules = ReadRules(*han_latin);
    auto readings = Readings(*chain, rules);
    auto context = ContextReadings(*chain, rules, readings);
    std::ostringstream text;  // written whole, so that a failed run leaves no half table behind
    Write(text, rules, readings, context);
    std::ofstream out(argv[1], std::ios::binary);
    if (!(out << text.str()) || !out.flush()) throw std::runtime_error(std::string("cannot write ") + argv[1]);
  } catch (const std::exception& e) {
    std::cerr << "romanize_table: " << e.what() << "\n";
    return 1;
  }
  u_cleanup();  // ICU's caches freed, so that a leak checker sees none
  return 0;
}

// Fuzz target: the grammar-file parser (what --grammars DIR reads): macros, patterns compiled by
// Boost.Regex with ICU, examples matched. A bad file must give an Error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "grammar/grammar.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto set = gazette::GrammarSet::Parse({{"fuzz.grammar", text}});
  if (set.ok())
    for (const auto& p : set->patterns()) set->Find(p.name);
  return 0;
}

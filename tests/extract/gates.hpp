// A check for the extractors' gate patterns (dates_gate_*, refs_header_*_gate): words or
// characters asked of a text with RxMayMatch before a group of patterns, so that a text without
// them skips the group without running it.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"

namespace gazette::testing {

/// True when the gate GATE turns away only texts that pattern NAME cannot match: for each of the
/// gate's literal sets, one of the pattern's sets holds only strings that contain a literal of it
/// (a text without any of the gate's literals then holds none of the pattern's strings either).
inline bool GateCovers(const std::string& gate, const std::string& name) {
  const auto gate_sets = RequiredLiteralSets(Grammars().Find(gate)->source);
  const auto sets = RequiredLiteralSets(Grammars().Find(name)->source);
  auto holds_one = [](const std::string& literal, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return literal.find(w) != std::string::npos; });
  };
  if (gate_sets.empty()) return false;
  return std::all_of(gate_sets.begin(), gate_sets.end(), [&](const std::vector<std::string>& words) {
    return std::any_of(sets.begin(), sets.end(), [&](const std::vector<std::string>& set) {
      return std::all_of(set.begin(), set.end(), [&](const std::string& l) { return holds_one(l, words); });
    });
  });
}

}  // namespace gazette::testing

// What Boost's own search finds, for the tests that hold the engine's shortcuts to it
// (decoded_test.cpp, find_test.cpp): where a match and its groups lie, and every match of a
// pattern in a text as Boost's iterator finds it and as RxAll finds it.
#pragma once
#include <boost/regex/icu.hpp>

#include <string>
#include <vector>

#include "grammar/grammar.hpp"

namespace gazette::testing {

/// Where M and its groups lie: the prefix and suffix lengths, then each group's offset and length
/// in bytes (-1 where a group did not take part).
inline std::vector<long> Positions(const Match& m) {
  std::vector<long> out{m.prefix().length(), m.suffix().length()};
  for (size_t i = 0; i < m.size(); ++i) {
    out.push_back(m[i].matched ? m.position(i) : -1);
    out.push_back(m[i].matched ? m.length(i) : -1);
  }
  return out;
}

/// The Positions of every match of PATTERN in TEXT, as Boost's own iterator finds them.
inline std::vector<std::vector<long>> BoostMatches(const std::string& text, const GrammarPattern& pattern) {
  std::vector<std::vector<long>> found;
  for (auto it = boost::make_u32regex_iterator(text, pattern.regex()), end = decltype(it)(); it != end; ++it)
    found.push_back(Positions(*it));
  return found;
}

/// The Positions of every match of PATTERN in TEXT, as the engine finds them (RxAll).
inline std::vector<std::vector<long>> EngineMatches(const std::string& text, const GrammarPattern& pattern) {
  std::vector<std::vector<long>> found;
  for (const auto& m : RxAll(text, pattern.name)) found.push_back(Positions(m));
  return found;
}

}  // namespace gazette::testing

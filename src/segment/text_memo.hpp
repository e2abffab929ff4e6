// A job's memo of what was worked out from a text with the grammars (internal to src/segment):
// the segmenter and its callers ask the same few short texts again and again (a document's 文号,
// its issuers' line above the title and again over the signature).
#pragma once
#include <string>
#include <unordered_map>

#include "grammar/grammar.hpp"

namespace gazette {

/// What COMPUTE gave for each text a job asked lately, keyed by the text. Filled under the
/// grammars of one generation only (GrammarGeneration), and cleared when it holds kMaxTexts, so
/// that a job's memory stays bounded however many issues it reads. Use one per job (thread_local).
template <typename Value>
class TextMemo {
 public:
  static constexpr size_t kMaxTexts = 1024;

  /// The value remembered for TEXT, or COMPUTE() remembered now.
  template <typename Compute>
  const Value& Get(const std::string& text, Compute compute) {
    const unsigned generation = GrammarGeneration();
    if (generation_ != generation || values_.size() >= kMaxTexts) {
      values_.clear();
      generation_ = generation;
    }
    auto it = values_.find(text);
    if (it == values_.end()) it = values_.emplace(text, compute()).first;
    return it->second;
  }

 private:
  unsigned generation_ = 0;
  std::unordered_map<std::string, Value> values_;
};

}  // namespace gazette

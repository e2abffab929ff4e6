// What a document decides through a pronoun in a sentence after the title it names (该办法, 其,
// 上述文件: extensions, repeals and resumptions), and the titles a document's own title names for
// each (关于废止《A》的决定, 关于延长《A》试行期的通知, 关于恢复执行《A》的通知).
#include <string>
#include <string_view>
#include <vector>

#include "extract/references.hpp"
#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::refs {

std::optional<std::pair<size_t, size_t>> AnaphoricExtension(const std::string& text, const TextSpans& spans,
                                                            std::pair<size_t, size_t> sentence,
                                                            const std::vector<Citation>& cites, const Citation& at,
                                                            const std::string& after, bool named) {
  if (sentence.second >= text.size() || !RxMayMatch(std::string_view(text).substr(sentence.second), "refs_extend_gate"_rx))
    return std::nullopt;
  for (const auto& c : cites)
    if (&c != &at && c.begin >= sentence.first && c.begin < sentence.second) return std::nullopt;
  if (!named && !RxFind(after, "refs_extend_own_end"_rx)) return std::nullopt;
  const auto next = spans.SentenceAround(sentence.second);
  if (!RxFind(Masked(text, next.first, next.second, cites), "refs_extend_anaphora"_rx)) return std::nullopt;
  return next;
}

namespace {

// Adds to KEYS the titles TITLE names when it matches PATTERN (关于废止《A》和《B》的决定: A and B, TitleKey).
void NamedByTitle(const std::string& title, const RxName& pattern, std::vector<std::string>* keys) {
  if (!RxFind(title, pattern)) return;
  for (size_t open = title.find("《"); open != std::string::npos; open = title.find("《", open + 1)) {
    const size_t close = title.find("》", open);
    if (close == std::string::npos) break;
    keys->push_back(TitleKey(title.substr(open, close + std::string_view("》").size() - open)));
  }
}

}  // namespace

std::vector<std::string> TitlesRepealedBy(const Document& doc) {
  std::vector<std::string> keys;
  NamedByTitle(doc.title, "refs_repealing_title"_rx, &keys);
  if (doc.type != "令") return keys;
  // The 决定 an order promulgates, printed under it as a title line of its own (an order's body
  // alone is read for it: a search of every line cost 28 M instructions over 100 issues).
  for (const auto& line : doc.body)
    if (line.text.find("废止《") != std::string::npos && RxFull(line.text, "refs_repealing_title_line"))
      NamedByTitle(line.text, "refs_repealing_title"_rx, &keys);
  return keys;
}

std::vector<std::string> TitlesResumedBy(const Document& doc) {
  std::vector<std::string> keys;
  NamedByTitle(doc.title, "refs_resuming_title"_rx, &keys);
  return keys;
}

std::vector<std::string> TitlesExtendedBy(const Document& doc) {
  std::vector<std::string> keys;
  NamedByTitle(doc.title, "refs_extending_title"_rx, &keys);
  return keys;
}

std::optional<std::pair<size_t, size_t>> AnaphoricDecision(const std::string& text, const TextSpans& spans,
                                                           std::pair<size_t, size_t> sentence, const Citation& at,
                                                           const RxName& decision) {
  if (at.bare || at.vehicle) return std::nullopt;
  constexpr int kSentencesAhead = 4;  // the reasons between the title and the decision are short
  auto next = sentence;
  for (int ahead = 0; ahead < kSentencesAhead && next.second < text.size(); ++ahead) {
    next = spans.SentenceAround(next.second);
    if (next.first >= next.second) break;
    const std::string_view words = std::string_view(text).substr(next.first, next.second - next.first);
    if (!RxMayMatch(words, decision)) continue;
    Match m;
    const std::string sentence_text(words);  // the match points into it
    if (!RxSearch(sentence_text, decision, m)) continue;
    if (!EndsWith(at.title, Group(m, "noun"))) return std::nullopt;  // 该办法: a title ending 办法
    return next;
  }
  return std::nullopt;
}

}  // namespace gazette::refs

// Helpers of the article tests (articles_test.cpp, articles_golden_test.cpp): documents made
// from a text, with or without an instrument, and a node found by its id.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "normalize/normalizer.hpp"

namespace gazette::article_tests {

/// A document whose body is TEXT (no instruments: everything is the notice).
inline Document Doc(const std::string& text) {
  Document d;
  d.body = Normalize(text, "t.txt").lines;
  return d;
}

/// A document whose body is NOTICE then an instrument titled TITLE holding REGULATION.
inline Document DocWithInstrument(const std::string& notice, const std::string& title, const std::string& regulation) {
  Document d = Doc(notice + "\n\n# " + title + "\n\n" + regulation);
  size_t first = 0;
  while (first < d.body.size() && d.body[first].text != title) ++first;
  d.instruments.push_back(Instrument{title, first, d.body.size(), d.body[first].line});
  return d;
}

/// The node of NODES with id ID, or null.
inline const ArticleNode* Find(const std::vector<ArticleNode>& nodes, const std::string& id) {
  for (const auto& n : nodes)
    if (n.id == id) return &n;
  return nullptr;
}

}  // namespace gazette::article_tests

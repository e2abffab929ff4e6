#include "extract/check.hpp"

#include <algorithm>

#include "extract/articles.hpp"
#include "extract/references.hpp"
#include "extract/tables.hpp"

namespace gazette {

std::vector<Finding> CheckIssue(const Issue& issue) {
  std::vector<Finding> all = issue.findings;
  for (const auto& d : issue.documents) {
    for (auto& f : CheckArticles(d, issue.source)) all.push_back(std::move(f));
    for (auto& f : CheckTables(d, issue.source)) all.push_back(std::move(f));
    for (auto& f : CheckReferences(d, issue.source)) all.push_back(std::move(f));
  }
  for (auto& f : all)
    if (f.source.empty()) f.source = issue.source;
  std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) { return a.line < b.line; });
  return all;
}

}  // namespace gazette

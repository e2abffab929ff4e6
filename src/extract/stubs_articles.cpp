// Placeholder until the articles extractor lands (issue #3).
#include "extract/articles.hpp"
namespace gazette {
std::vector<ArticleNode> ExtractArticles(const Document&) { return {}; }
std::vector<Finding> CheckArticles(const Document&, const std::string&) { return {}; }
}  // namespace gazette

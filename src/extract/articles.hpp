// Article trees: 编/章/节/条, paragraphs (款), items ((一), 1., (1), ①) and the numbered
// sections (一、二、) of notices, for the notice itself and each instrument it issues.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// Every structural node of DOC in document order (see ArticleNode).
std::vector<ArticleNode> ExtractArticles(const Document& doc);

/// Numbering gaps, repeats and out-of-order numbers among DOC's articles (doc.articles must be
/// filled), each naming SOURCE and the printed line.
std::vector<Finding> CheckArticles(const Document& doc, const std::string& source);

}  // namespace gazette

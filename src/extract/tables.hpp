// Catalog tables: tab-separated rows under a header row, pieces across page breaks merged,
// sections with declared counts, rows repaired, cells keyed by a schema from catalogs/.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// Every table of DOC (see Table).
std::vector<Table> ExtractTables(const Document& doc);

/// Declared versus found counts and 序号 gaps/repeats in DOC's tables (doc.tables filled, and
/// counts stated in the notice text such as 废止失效57件), naming SOURCE and the line.
std::vector<Finding> CheckTables(const Document& doc, const std::string& source);

/// The keys of a row's cells in T, in column order: the schema key of each column except the
/// 序号 column (that is the row's seq), a bilingual column followed by KEY_zh and KEY_en.
std::vector<std::string> TableCellKeys(const Table& t);

}  // namespace gazette

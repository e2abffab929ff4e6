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

/// The rows of SECTION that are items of their own, as a printed count counts them: not the
/// sub-rows printed under a numbered row (filled from its merged 序号), nor 合计/总计/小计 rows.
/// What `check`, the workbook's 核对 and the XML's `found` compare with a declared count.
int ItemRows(const TableSection& section);
/// ItemRows of every section of TABLE.
int ItemRows(const Table& table);

/// The keys of a row's cells in T, in column order: the schema key of each column except the
/// 序号 column (that is the row's seq), a bilingual column followed by KEY_zh and KEY_en.
std::vector<std::string> TableCellKeys(const Table& t);

}  // namespace gazette

// The catalog sheets of the workbook: one sheet per table schema and section title across all
// the inputs (not one per section per issue), its rows led by 期号 and 文号; and the 表格目录
// sheet, a row per table section of every issue with its declared and found counts.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "export/xlsx_sheets.hpp"

namespace gazette::xlsx {

/// One catalog sheet: the sections of one schema and title, from every issue.
struct CatalogSheet {
  std::string key;                ///< what its tables share (CatalogKey: schema, title, a generic header)
  std::string schema;             ///< Table::schema
  std::string title;              ///< the section's title as printed, else the table's caption, else the 《》 title
  SheetSpec spec;                 ///< name (after NameCatalogs: the sheet's name), headers
  bool seq = false;               ///< a 序号 column (some table of the catalog numbers its rows)
  std::vector<std::string> keys;  ///< the cell keys, in order of first appearance
  std::vector<std::string> key_headers;  ///< the printed header of each key (its first table's)
};

/// The rows one table section of an issue gives: to its catalog sheet, and to 表格目录.
struct SectionRows {
  size_t sheet = 0;              ///< index into TableCatalogs::sheets()
  std::vector<SheetRow> rows;    ///< the catalog sheet's rows (as read, from SectionsAsRead)
  SheetRow index;                ///< the 表格目录 row (its 核对 cell at kIndexCheckColumn; no name as read)
};

/// The 表格目录 column holding the counts' check, to which the writer adds cells it had to cut.
inline constexpr size_t kIndexCheckColumn = 8;

/// The catalog sheets of a workbook, planned over every input before any row is written.
class TableCatalogs {
 public:
  /// First pass: adds ISSUE's table sections to their catalogs (new catalogs in input order),
  /// widening a catalog's columns by the keys it had not seen.
  void Add(const Issue& issue);
  /// The catalogs, in order of first appearance.
  const std::vector<CatalogSheet>& sheets() const { return sheets_; }
  /// Gives each catalog its sheet name (NameCatalogs); call after the last Add.
  void SetNames(const std::vector<std::string>& names);
  /// ISSUE's table sections in document order, as rows. REQUIRES: ISSUE was Added; the rows
  /// have the columns of the catalogs as they stand (all of them after the last Add).
  std::vector<SectionRows> Sections(const Issue& issue) const;
  /// ISSUE's table sections as read, for rows written after the last Add: each row as read
  /// (for CatalogRow) and the 表格目录 row without its sheet's name (for NameIndexRow).
  /// REQUIRES: ISSUE was Added.
  std::vector<SectionRows> SectionsAsRead(const Issue& issue) const;
  /// The row of catalog SHEET from a row as read (SectionsAsRead), in the catalog's columns.
  SheetRow CatalogRow(size_t sheet, const SheetRow& as_read) const;
  /// Puts catalog SHEET's name in INDEX, a 表格目录 row as read (call after SetNames).
  void NameIndexRow(size_t sheet, SheetRow& index) const;

 private:
  std::vector<CatalogSheet> sheets_;
  std::map<std::string, size_t> by_key_;  // schema + '\t' + title → index
};

/// The 表格目录 sheet: sheet, 期号, 文号, 表题, 节, 本节声明, 本节找到, 行数, 核对 (the printed
/// counts — section, table 共计, notice text — against the rows found), 出处.
SheetSpec TableIndexSpec();

/// Sheet names for CATALOGS, stable across workbooks: the title when it is legal, fits in 31
/// characters and no other sheet wants it; else cut and tagged with a hash of schema and title
/// (StableSheetName). USED holds the names taken (the fixed sheets); the names are added to it.
/// Each change from the wanted name is appended to RENAMES as "sheet "X" named "Y"".
std::vector<std::string> NameCatalogs(const std::vector<CatalogSheet>& catalogs, std::set<std::string>& used,
                                      std::vector<std::string>& renames);

}  // namespace gazette::xlsx

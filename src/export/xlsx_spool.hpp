// The workbook's rows held on disk between reading the inputs and writing the sheets, so each
// issue is built once and memory stays flat: a compact binary record per row (not JSON, as
// record_spool.hpp keeps). Used by the workbook (src/export/xlsx.cpp); not a public interface.
#pragma once
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include "export/xlsx_sheets.hpp"
#include "util/result.hpp"

namespace gazette::xlsx {

/// Rows in an unlinked temporary file in $TMPDIR (gone however the process ends), each with
/// the caller's KIND and SHEET numbers, read back in the order they were added.
class RowSpool {
 public:
  /// Creates the temporary file (ok() says whether it could be).
  RowSpool();
  /// True while the file exists and every write to it succeeded.
  bool ok() const { return file_ != nullptr && !failed_; }
  /// Appends ROW with KIND and SHEET.
  void Add(uint8_t kind, uint32_t sheet, const SheetRow& row);
  /// Calls EACH with every row added, in order; an Error when the file could not be written
  /// or read back (nothing is passed to EACH after a write failure).
  Status ForEach(const std::function<void(uint8_t kind, uint32_t sheet, SheetRow& row)>& each);

 private:
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
  std::string buffer_;  ///< the record being encoded
  bool failed_ = false;
};

}  // namespace gazette::xlsx

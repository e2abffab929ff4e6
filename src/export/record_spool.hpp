// Records held in a temporary file until they can be written: for an output whose header is
// known only after the last input (CSV, TSV) or which must not begin before the inputs are known
// to hold what was asked for (--doc). Memory stays flat however many records there are.
#pragma once
#include <cstdio>
#include <functional>
#include <memory>

#include "export/records.hpp"
#include "util/result.hpp"

namespace gazette {

/// A temporary file of records, one JSON line each, read back in the order they were added.
class RecordSpool {
 public:
  /// Creates the temporary file (ok() says whether it could be).
  RecordSpool();
  /// True while the file exists and every write to it succeeded.
  bool ok() const { return file_ != nullptr && !failed_; }
  /// Appends RECORD.
  void Add(const Record& record);
  /// Calls EACH with every record added, in order; an Error when the file could not be written
  /// or read back (nothing is passed to EACH after a write failure).
  Status ForEach(const std::function<void(const Record&)>& each);

 private:
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
  bool failed_ = false;
};

}  // namespace gazette

// The publishing workbook written from the inputs in two passes, so memory stays flat: what
// `gazette xlsx` and `gazette tables --format xlsx` share.
#pragma once
#include <functional>

#include "cli/common.hpp"
#include "export/xlsx.hpp"

namespace gazette::cli {

/// Writes WORKBOOK to INPUT.output: a first pass plans it (PLAN: the extractors it needs), a
/// second writes each issue as it is read again (WRITE; only the inputs the first pass could
/// read). Standard input, which cannot be read twice, is held in memory. SELECT, when set, is
/// called on each issue before it is planned (PLANNING true) or written (false). PROCEED, when
/// set, is asked after the first pass: false writes nothing (the caller says why). Returns the
/// exit code.
int WriteWorkbookInPasses(const InputOptions& input, const WorkbookOptions& workbook, unsigned plan,
                          unsigned write, const std::function<void(Issue&, bool planning)>& select = {},
                          const std::function<bool()>& proceed = {});

}  // namespace gazette::cli

// The publishing workbook written from the inputs, each read once, memory flat: what
// `gazette xlsx` and `gazette tables --format xlsx` share.
#pragma once
#include <functional>

#include "cli/common.hpp"
#include "export/xlsx.hpp"

namespace gazette::cli {

/// Writes WORKBOOK to INPUT.output from INPUT's issues, each read once with the EXTRACTORS the
/// workbook needs (their rows wait in a temporary file until the last is read: WorkbookStream);
/// INPUT's --jobs read the issues and write the sheets. SELECT, when set, is called on each
/// issue before it is added. PROCEED, when set, is asked after the last issue: false writes
/// nothing (the caller says why). Returns the exit code.
int WriteWorkbookFromInputs(const InputOptions& input, const WorkbookOptions& workbook, unsigned extractors,
                            const std::function<void(Issue&)>& select = {},
                            const std::function<bool()>& proceed = {});

}  // namespace gazette::cli

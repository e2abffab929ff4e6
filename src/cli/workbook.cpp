#include "cli/workbook.hpp"

namespace gazette::cli {

int WriteWorkbookFromInputs(const InputOptions& input, const WorkbookOptions& workbook, unsigned extractors,
                            const std::function<void(Issue&)>& select, const std::function<bool()>& proceed) {
  WorkbookOptions options = workbook;
  options.jobs = input.run.jobs;
  WorkbookStream book(input.output, options);
  bool read = false;
  int code = ForEachIssue(input, [&](Issue& issue) {
    read = true;
    if (select) select(issue);
    book.Add(issue);
  }, Extracting(extractors));
  if (!read) return code == kOk ? int(kInputError) : code;  // nothing read: write nothing
  if (proceed && !proceed()) return code;  // the book is abandoned unwritten
  return Worst(code, OutputStatus(book.Finish()));
}

}  // namespace gazette::cli

#include "cli/workbook.hpp"

#include <algorithm>
#include <vector>

namespace gazette::cli {

int WriteWorkbookInPasses(const InputOptions& input, const WorkbookOptions& workbook, unsigned plan,
                          unsigned write, const std::function<void(Issue&, bool planning)>& select,
                          const std::function<bool()>& proceed) {
  WorkbookStream book(input.output, workbook);
  bool from_stdin = std::find(input.paths.begin(), input.paths.end(), "-") != input.paths.end();
  std::vector<Issue> held;
  std::vector<std::string> readable;
  int code = ForEachIssue(input, [&](Issue& issue) {
    readable.push_back(issue.source);
    if (select) select(issue, true);
    book.Plan(issue);
    if (from_stdin) held.push_back(std::move(issue));
  }, Extracting(from_stdin ? plan | write : plan));
  if (readable.empty()) return code == kOk ? int(kInputError) : code;  // nothing read: write nothing
  if (proceed && !proceed()) return code;  // the book is abandoned unwritten
  Status written;
  if (from_stdin) {
    for (const auto& issue : held)
      if (written.ok()) written = book.Write(issue);
  } else {
    int again = ForEachIssue(readable, input.run, [&](Issue& issue) {
      if (select) select(issue, false);
      if (written.ok()) written = book.Write(issue);
    }, Extracting(write));
    if (code == kOk) code = again;
  }
  if (written.ok()) written = book.Finish();
  return Worst(code, OutputStatus(written));
}

}  // namespace gazette::cli

// gazette xlsx: the publishing workbook (documents, catalog tables, deadlines, references, checks).
#include <algorithm>
#include <vector>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/xlsx.hpp"

namespace gazette::cli {
namespace {

struct XlsxCommand {
  InputOptions input;
  std::string sort = "document";
  std::string as_of;
};

/// The workbook in flat memory: a first pass plans it (corpus, catalogs), a second writes each
/// issue as it is read again (only the inputs the first pass could read). Standard input,
/// which cannot be read twice, is held in memory.
int WriteXlsx(const InputOptions& input, const WorkbookOptions& workbook) {
  WorkbookStream book(input.output, workbook);
  bool from_stdin = std::find(input.paths.begin(), input.paths.end(), "-") != input.paths.end();
  std::vector<Issue> held;
  std::vector<std::string> readable;
  int code = ForEachIssue(input, [&](Issue& issue) {
    book.Plan(issue);
    readable.push_back(issue.source);
    if (from_stdin) held.push_back(std::move(issue));
  }, Extracting(kTables | kReferences | kDeadlines));
  if (readable.empty()) return code == kOk ? int(kInputError) : code;  // nothing read: write nothing
  Status written;
  if (from_stdin) {
    for (const auto& issue : held)
      if (written.ok()) written = book.Write(issue);
  } else {
    int again = ForEachIssue(readable, input.run, [&](Issue& issue) {
      if (written.ok()) written = book.Write(issue);
    });
    if (code == kOk) code = again;
  }
  if (written.ok()) written = book.Finish();
  return Worst(code, OutputStatus(written));
}

int Run(const XlsxCommand& c) {
  WorkbookOptions workbook;
  workbook.sort_pinyin = c.sort == "pinyin";
  workbook.as_of = c.as_of;
  workbook.warn = [](const std::string& m) { PrintError("xlsx: " + m); };
  return WriteXlsx(c.input, workbook);
}

}  // namespace

void RegisterXlsx(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<XlsxCommand>(app, run,
      "xlsx", "The publishing workbook: sheets 文件 (documents), 表格目录 (table index), one per catalog "
              "across all issues, 期限 (deadlines), 引用 (references), 检查 (check findings)");
  AddInputOptions(cmd, c->input, false);
  cmd->add_option("-o,--output", c->input.output, "The .xlsx file to write (written to a temporary file, then renamed)")
      ->required();
  cmd->add_option("--sort", c->sort, "Row order: document (as printed, default) or pinyin (ICU zh collation)")
      ->check(CLI::IsMember({"document", "pinyin"}));
  AddAsOfOption(cmd, c->as_of, "Date (YYYY-MM-DD) the 状态 (status) column is computed for; default today");
}

}  // namespace gazette::cli

// gazette xlsx: the publishing workbook (documents, catalog tables, deadlines, references, checks).
#include <algorithm>
#include <vector>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/xlsx.hpp"
#include "export/xlsx_cells.hpp"

namespace gazette::cli {

namespace {

/// The workbook in flat memory: a first pass plans it (corpus, catalogs), a second writes each
/// issue as it is read again (only the inputs the first pass could read). Standard input,
/// which cannot be read twice, is held in memory.
int WriteXlsx(const std::vector<std::string>& paths, const std::string& output, const WorkbookOptions& workbook) {
  WorkbookStream book(output, workbook);
  bool from_stdin = std::find(paths.begin(), paths.end(), "-") != paths.end();
  std::vector<Issue> held;
  std::vector<std::string> readable;
  int code = ForEachIssue(paths, [&](Issue& issue) {
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
    int again = ForEachIssue(readable, [&](Issue& issue) {
      if (written.ok()) written = book.Write(issue);
    });
    if (code == kOk) code = again;
  }
  if (written.ok()) written = book.Finish();
  if (!written.ok()) {
    PrintError(written.message());
    return kOutputError;
  }
  return code;
}

}  // namespace

void RegisterXlsx(CLI::App& app, Runner& run) {
  static InputOptions options;
  static std::string sort = "document";
  static std::string as_of;
  auto* cmd = app.add_subcommand(
      "xlsx", "The publishing workbook: sheets 文件 (documents), 表格目录 (table index), one per catalog "
              "across all issues, 期限 (deadlines), 引用 (references), 检查 (check findings)");
  AddInputOptions(cmd, options, false);
  cmd->add_option("-o,--output", options.output, "The .xlsx file to write (written to a temporary file, then renamed)")
      ->required();
  cmd->add_option("--sort", sort, "Row order: document (as printed, default) or pinyin (ICU zh collation)")
      ->check(CLI::IsMember({"document", "pinyin"}));
  cmd->add_option("--as-of", as_of, "Date (YYYY-MM-DD) the 状态 (status) column is computed for; default today")
      ->check([](const std::string& s) {
        auto d = xlsx::ParseCellDate(s);
        return d && !d->month_only ? std::string() : "not a date YYYY-MM-DD: " + s;
      });
  cmd->callback([&run] {
    run = [] {
      WorkbookOptions workbook;
      workbook.sort_pinyin = sort == "pinyin";
      workbook.as_of = as_of;
      workbook.warn = [](const std::string& m) { PrintError("xlsx: " + m); };
      return WriteXlsx(options.paths, options.output, workbook);
    };
  });
}

}  // namespace gazette::cli

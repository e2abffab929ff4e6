// gazette xlsx: the publishing workbook (documents, catalog tables, deadlines, references, checks).
#include <vector>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/xlsx.hpp"
#include "export/xlsx_cells.hpp"

namespace gazette::cli {

void RegisterXlsx(CLI::App& app, Runner& run) {
  static InputOptions options;
  static std::string sort = "document";
  static std::string as_of;
  auto* cmd = app.add_subcommand(
      "xlsx", "The publishing workbook: sheets 文件 (documents), one per catalog table section, 期限 "
              "(deadlines), 引用 (references), 检查 (check findings)");
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
      std::vector<Issue> issues;
      int code = ForEachIssue(options.paths, [&](Issue& issue) { issues.push_back(std::move(issue)); });
      if (issues.empty()) return code == kOk ? int(kInputError) : code;
      WorkbookOptions workbook;
      workbook.sort_pinyin = sort == "pinyin";
      workbook.as_of = as_of;
      workbook.warn = [](const std::string& m) { PrintError("xlsx: " + m); };
      Status s = WriteWorkbook(issues, options.output, workbook);
      if (!s.ok()) {
        PrintError(s.message());
        return int(kOutputError);
      }
      return code;
    };
  });
}

}  // namespace gazette::cli

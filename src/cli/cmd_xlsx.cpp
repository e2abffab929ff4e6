// gazette xlsx: the publishing workbook (documents, catalog tables, deadlines, references, checks).
#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/workbook.hpp"
#include "export/xlsx.hpp"

namespace gazette::cli {
namespace {

struct XlsxCommand {
  InputOptions input;
  std::string sort = "document";
  std::string as_of;
};

int Run(const XlsxCommand& c) {
  WorkbookOptions workbook;
  workbook.sort_pinyin = c.sort == "pinyin";
  workbook.as_of = c.as_of;
  workbook.warn = [](const std::string& m) { PrintError("xlsx: " + m); };
  return WriteWorkbookFromInputs(c.input, workbook, kAllExtractors);
}

}  // namespace

void RegisterXlsx(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<XlsxCommand>(app, run,
      "xlsx", "The publishing workbook: sheets 文件 (documents), 表格目录 (table index), one per catalog "
              "across all issues, 期限 (deadlines), 引用 (references), 检查 (check findings)");
  AddInputOptions(cmd, c->input, false);
  cmd->add_option("-o,--output", c->input.output, "The .xlsx file to write (written to a temporary file, then renamed; never one of the inputs: refused, exit 2)")
      ->required();
  cmd->add_option("--sort", c->sort, "Row order: document (as printed, default) or pinyin (ICU zh collation)")
      ->check(CLI::IsMember({"document", "pinyin"}));
  AddAsOfOption(cmd, c->as_of, "Date (YYYY-MM-DD) the 状态 (status) column is computed for; default today");
}

}  // namespace gazette::cli

// gazette check: what does not add up in each issue, one finding a line; exit 1 when any.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/flat_records.hpp"
#include "extract/check.hpp"

namespace gazette::cli {
namespace {

struct CheckCommand {
  InputOptions input;
  std::string format = "text";
};

int Run(const CheckCommand& c) {
  bool any = false;
  int read = kOk;
  int written = WithOutput(c.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, RecordFormat::kJson, FindingRecordKeys());
    read = ForEachIssue<std::vector<Finding>>(c.input, CheckIssue, [&](Issue&, std::vector<Finding>& findings) {
      for (const auto& f : findings) {
        any = true;
        if (c.format == "json") writer.Write(FindingRecord(f));
        else out << f.source << ":" << f.line << ": " << f.kind << ": " << f.message << "\n";
      }
    }, Extracting(kArticles | kTables | kReferences));
    return int(kOk);
  });
  int code = Worst(read, written);
  return code == kOk && any ? int(kFindings) : code;
}

}  // namespace

void RegisterCheck(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<CheckCommand>(app, run,
      "check",
      "Check that each issue adds up: catalog tables (declared counts such as (8项), 共计149项 and counts the "
      "notice states such as 废止失效57件, against the rows found; 序号 gaps, repeats and jumps; rows that "
      "could not be repaired), article numbering (gaps, repeats, order), references (a 文号 whose number cannot be read, a "
      "repeal with no document as its object), and segmentation (contents versus body). One finding a line: FILE:LINE: KIND: MESSAGE. Exit 0 when everything adds up, 1 when "
      "anything does not, 3 when an input cannot be read.");
  AddInputOptions(cmd, c->input);
  cmd->add_option("--format", c->format, "text (default) or json (JSON Lines: source, line, kind, message)")
      ->check(CLI::IsMember({"text", "json"}));
}

}  // namespace gazette::cli

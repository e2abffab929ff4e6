// gazette summary: a line per issue, then a line per document.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "util/text.hpp"

namespace gazette::cli {
namespace {

void PrintIssue(std::ostream& out, const Issue& issue) {
  const auto& h = issue.header;
  out << issue.source << "\t";
  if (h.number) out << h.year << "年第" << h.number << "期(总第" << h.total_number << "期)";
  else out << "-";  // no masthead: not an issue
  out << "\t" << (h.date.empty() ? "-" : h.date) << "\t" << issue.documents.size() << " documents\n";
  for (const auto& d : issue.documents) {
    out << "  " << (d.docno.empty() ? d.id : d.docno) << "\t" << d.date << "\t" << Join(d.issuers, "、") << "\t"
        << d.title << "\n";
  }
  for (const auto& f : issue.findings) out << "  ! " << f.source << ":" << f.line << ": " << f.message << "\n";
}

}  // namespace

void RegisterSummary(CLI::App& app, Runner& run) {
  static InputOptions options;
  auto* cmd = app.add_subcommand("summary", "A first look: a line per issue (number, date, documents), then a "
                                            "line per document (文号, signing date, issuers, title)");
  AddInputOptions(cmd, options);
  cmd->callback([&run] {
    run = [] {
      return WithOutput(options.output, [](std::ostream& out) {
        return ForEachIssue(options.paths, [&](Issue& issue) { PrintIssue(out, issue); }, SegmentOnly());
      });
    };
  });
}

}  // namespace gazette::cli

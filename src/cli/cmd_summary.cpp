// gazette summary: a line per issue, then a line per document.
#include <ostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "util/text.hpp"

namespace gazette::cli {
namespace {

struct SummaryCommand {
  InputOptions input;
};

void PrintIssue(std::ostream& out, const Issue& issue) {
  const auto& h = issue.header;
  out << issue.source << "\t";
  if (h.number) {  // what the masthead prints: a year, a total number only where found
    if (h.year) out << h.year << "年";
    out << (h.supplement ? "增刊" : "") << "第" << h.number;
    if (h.last_number) out << "-" << h.last_number;  // a combined issue (合刊)
    out << "期";
    if (h.total_number) out << "(总第" << h.total_number << "期)";
  } else {
    out << "-";  // no masthead: not an issue
  }
  out << "\t" << (h.date ? ToIso(h.date) : "-") << "\t" << issue.documents.size() << " documents\n";
  for (const auto& d : issue.documents) {
    out << "  " << (d.docno.empty() ? d.id : d.docno) << "\t" << ToIso(d.date) << "\t" << Join(d.issuers, "、") << "\t"
        << d.title << "\n";
  }
  for (const auto& f : issue.findings) out << "  ! " << f.source << ":" << f.line << ": " << f.message << "\n";
}

/// ISSUE's lines, printed on the loading thread.
std::string PrintedIssue(Issue& issue) {
  std::ostringstream text;
  PrintIssue(text, issue);
  return std::move(text).str();
}

int Run(const SummaryCommand& c) {
  return WithOutput(c.input.output, [&](std::ostream& out) {
    return ForEachIssue<std::string>(c.input, PrintedIssue, [&](Issue&, std::string& text) { out << text; },
                                     SegmentOnly());
  });
}

}  // namespace

void RegisterSummary(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<SummaryCommand>(app, run, "summary",
                                              "A first look: a line per issue (number, date, documents), then a "
                                              "line per document (文号, signing date, issuers, title)");
  AddInputOptions(cmd, c->input);
}

}  // namespace gazette::cli

// gazette status: is a document in force on a date, and why (evidence file:line).
#include <ostream>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "export/status.hpp"
#include "store/reader.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"

namespace gazette::cli {
namespace {

struct StatusCommand {
  std::string docno;  ///< 文号 or title asked about
  InputOptions input;
  std::string as_of;
  std::string format = "text";
  std::string db;  ///< read from this index instead of PATH...
};

int Run(const StatusCommand& c) {
  bool is_docno = !NormalizeDocno(c.docno).empty();
  bool has_han = false;
  for (char32_t ch : ToU32(c.docno)) has_han = has_han || IsHan(ch);
  if (!is_docno && !has_han) {
    PrintError("status: '" + c.docno + "' is not a 文号 (expected e.g. 京政发〔2023〕20号) or a title");
    return kUsage;
  }
  if (!HasInput("status", c.input.paths, c.db)) return kUsage;
  DocumentStatus s;
  std::string date;
  int status = kOk;
  if (!c.db.empty()) {
    auto found = store::StatusFromIndex(c.db, c.docno, c.as_of);
    if (!found.ok()) {
      PrintError(found.error().message);
      return kInputError;
    }
    s = found->status;
    date = found->as_of;
  } else {
    Corpus corpus(c.as_of);
    status = ForEachIssue(c.input, [&](Issue& issue) { corpus.AddIssue(issue); },
                          Extracting(kReferences | kDeadlines));
    s = corpus.Status(c.docno, corpus.as_of());
    date = corpus.as_of();
  }
  if (!is_docno && !s.known) {
    PrintError("status: '" + c.docno + "' is not a 文号 (expected e.g. 京政发〔2023〕20号) and no document in "
               "the inputs has that title");
    return kUsage;
  }
  int written = WithOutput(c.input.output, [&](std::ostream& out) {
    if (c.format == "json") out << StatusRecord(s).dump() << "\n";
    else WriteStatusText(out, s, date);
    return int(kOk);
  });
  return Worst(status, written);
}

}  // namespace

void RegisterStatus(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<StatusCommand>(app, run,
      "status",
      "Is a document in force on a date, and why. DOCNO is a 文号 in any printed form (京政发[2023]20号) or "
      "a title. Status: in-force, not-yet-in-force, repealed, expired, replaced, amended, supplemented, or "
      "unknown (cited but nothing known, or not in the inputs). JSON keys: docno, status, by (文号 of the "
      "deciding document), date, evidence (array of {source, line, text})");
  cmd->add_option("docno", c->docno, "文号 (or title) of the document")->required();
  AddInputOptions(cmd, c->input);
  AddDbOption(cmd, c->db);
  AddAsOfOption(cmd, c->as_of, "Date to judge on, YYYY-MM-DD (default: today)");
  cmd->add_option("--format", c->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
}

}  // namespace gazette::cli

// gazette status: is a document in force on a date, and why (evidence file:line).
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
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

void WriteText(std::ostream& out, const DocumentStatus& s, const std::string& as_of) {
  out << s.docno << ": " << s.status;
  if (!s.by.empty()) out << " by " << s.by;
  if (!s.date.empty()) out << (s.status == "in-force" ? " since " : " on ") << s.date;
  out << " (as of " << as_of << ")\n";
  if (!s.known) out << "  not printed or cited in the inputs\n";
  else if (s.status == "unknown") out << "  not printed in the inputs and no relation known; cited at:\n";
  for (const auto& e : s.evidence) out << "  " << e.source << ":" << e.line << ": " << e.text << "\n";
}

void WriteJson(std::ostream& out, const DocumentStatus& s) {
  nlohmann::ordered_json j;
  j["docno"] = s.docno;
  j["status"] = s.status;
  j["by"] = s.by;
  j["date"] = s.date;
  j["evidence"] = nlohmann::ordered_json::array();
  for (const auto& e : s.evidence) j["evidence"].push_back({{"source", e.source}, {"line", e.line}, {"text", e.text}});
  out << j.dump() << "\n";
}

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
    if (c.format == "json") WriteJson(out, s);
    else WriteText(out, s, date);
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

// gazette status: is a document in force on a date, and why (evidence file:line).
#include <algorithm>
#include <ostream>
#include <string_view>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "export/status.hpp"
#include "segment/docno.hpp"
#include "store/reader.hpp"
#include "util/json_text.hpp"
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

// True when KEY has the shape of the id of a document without a 文号: <issue>#<n> (2024-38#3,
// val4#1), as every other command prints it.
bool IsDocumentId(std::string_view key) {
  const size_t hash = key.rfind('#');
  if (hash == std::string_view::npos || hash == 0 || hash + 1 == key.size()) return false;
  return std::all_of(key.begin() + static_cast<long>(hash) + 1, key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int Run(const StatusCommand& c) {
  bool is_docno = !NormalizeDocno(c.docno).empty();
  bool has_han = false;
  for (char32_t ch : ToU32(c.docno)) has_han = has_han || IsHan(ch);
  if (!is_docno && !has_han && !IsDocumentId(c.docno)) {
    PrintError("status: '" + c.docno + "' is not a 文号 (expected e.g. 京政发〔2023〕20号), a document id (2024-38#3) or a title");
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
    if (!is_docno && !s.known) {
      if (auto ids = corpus.IdsTitled(c.docno); ids.size() > 1) {
        PrintError("status: '" + c.docno + "' is the title of " + std::to_string(ids.size()) +
                   " documents in the inputs (" + Join(ids, ", ") + "): give the 文号 or id of one");
        return kUsage;
      }
    }
  }
  if (!is_docno && !s.known) {
    PrintError("status: '" + c.docno + "' is not a 文号 (expected e.g. 京政发〔2023〕20号) and no document in "
               "the inputs has that " + (IsDocumentId(c.docno) ? "id" : "title"));
    return kUsage;
  }
  int written = WithOutput(c.input.output, [&](std::ostream& out) {
    if (c.format == "json") out << JsonText(StatusRecord(s)) << "\n";
    else WriteStatusText(out, s, date);
    return int(kOk);
  });
  return Worst(status, written);
}

}  // namespace

void RegisterStatus(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<StatusCommand>(app, run,
      "status",
      "Is a document in force on a date, and why. DOCNO is a 文号 in any printed form (京政发[2023]20号), "
      "the id of a document without one (2024-38#3), or a title. Status: in-force, not-yet-in-force, repealed, expired, replaced, amended, supplemented, suspended, or "
      "unknown (cited but nothing known, or not in the inputs, or its end passed and a later document extended "
      "it to a date not read). A document's own end of validity counts as extended by a later document's "
      "有效期延长至…. A title one of several instruments a notice issues (关于印发《A》和《B》的通知) asks for that "
      "instrument alone. JSON keys: docno, instrument (the instrument asked for, else empty), status, by (文号 of "
      "the deciding document: the repealing one, or the extending one when an extension decides), date, evidence "
      "(array of {source, line, text})");
  cmd->add_option("docno", c->docno, "文号, id (2024-38#3) or title of the document")->required();
  AddInputOptions(cmd, c->input);
  AddDbOption(cmd, c->db);
  AddAsOfOption(cmd, c->as_of, "Date to judge on, YYYY-MM-DD (default: today)");
  cmd->add_option("--format", c->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
}

}  // namespace gazette::cli

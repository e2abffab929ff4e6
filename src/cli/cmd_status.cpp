// gazette status: is a document in force on a date, and why (evidence file:line).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "export/status.hpp"
#include "store/reader.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"
#include "util/number.hpp"

namespace gazette::cli {
namespace {

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int month = DecimalOr(s.substr(5, 2), 0), day = DecimalOr(s.substr(8, 2), 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

void RegisterStatus(CLI::App& app, Runner& run) {
  static std::string docno;
  static InputOptions options;
  static std::string as_of;
  static std::string format = "text";
  static std::string db;
  auto* cmd = app.add_subcommand(
      "status",
      "Is a document in force on a date, and why. DOCNO is a 文号 in any printed form (京政发[2023]20号) or "
      "a title. Status: in-force, not-yet-in-force, repealed, expired, replaced, amended, supplemented, or "
      "unknown (cited but nothing known, or not in the inputs). JSON keys: docno, status, by (文号 of the "
      "deciding document), date, evidence (array of {source, line, text})");
  cmd->add_option("docno", docno, "文号 (or title) of the document")->required();
  AddInputOptions(cmd, options);
  AddDbOption(cmd, db);
  cmd->add_option("--as-of", as_of, "Date to judge on, YYYY-MM-DD (default: today)");
  cmd->add_option("--format", format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([&run] {
    run = [] {
      if (!as_of.empty() && !IsIsoDate(as_of)) {
        PrintError("status: --as-of '" + as_of + "' is not a date (expected YYYY-MM-DD)");
        return int(kUsage);
      }
      bool is_docno = !NormalizeDocno(docno).empty();
      bool has_han = false;
      for (char32_t c : ToU32(docno)) has_han = has_han || IsHan(c);
      if (!is_docno && !has_han) {
        PrintError("status: '" + docno + "' is not a 文号 (expected e.g. 京政发〔2023〕20号) or a title");
        return int(kUsage);
      }
      if (!HasInput("status", options.paths, db)) return int(kUsage);
      DocumentStatus s;
      std::string date;
      int status = kOk;
      if (!db.empty()) {
        auto found = store::StatusFromIndex(db, docno, as_of);
        if (!found.ok()) {
          PrintError(found.error().message);
          return int(kInputError);
        }
        s = found->status;
        date = found->as_of;
      } else {
        Corpus corpus(as_of);
        status = ForEachIssue(options.paths, [&](Issue& issue) { corpus.AddIssue(issue); },
                              Extracting(kReferences | kDeadlines));
        s = corpus.Status(docno, corpus.as_of());
        date = corpus.as_of();
      }
      if (!is_docno && !s.known) {
        PrintError("status: '" + docno + "' is not a 文号 (expected e.g. 京政发〔2023〕20号) and no document in "
                   "the inputs has that title");
        return int(kUsage);
      }
      int written = WithOutput(options.output, [&](std::ostream& out) {
        if (format == "json") out << StatusRecord(s).dump() << "\n";
        else WriteStatusText(out, s, date);
        return int(kOk);
      });
      return written != kOk ? written : status;
    };
  });
}

}  // namespace gazette::cli

// gazette deadlines: a record per date or time limit of each document (JSON Lines or TSV).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "store/reader.hpp"
#include "export/flat_records.hpp"
#include "extract/workdays.hpp"

namespace gazette::cli {

namespace {

struct DeadlineOptions {
  InputOptions input;
  std::string format = "json";
  std::string as_of;
  int expiring_within = -1;  ///< -1: not asked
  std::string db;            ///< read from this index instead of PATH...
};

int Run(const DeadlineOptions& o) {
  bool standing = !o.as_of.empty() || o.expiring_within >= 0;
  std::string as_of = o.as_of;
  if (!as_of.empty()) {
    Date d;
    if (!ParseIsoDate(as_of, &d)) {
      PrintError("deadlines: --as-of '" + as_of + "' is not a date (expected YYYY-MM-DD)");
      return kUsage;
    }
  } else if (standing) {
    as_of = FormatIsoDate(Today());
  }
  RecordFormat format = RecordFormat::kJson;
  ParseRecordFormat(o.format, &format);
  if (!HasInput("deadlines", o.input.paths, o.db)) return kUsage;
  return WithOutput(o.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, format, DeadlineRecordKeys(standing));
    auto emit = [&](const Record& r) { writer.Write(r); };
    if (!o.db.empty()) {
      Status s = store::DeadlinesFromIndex(o.db, as_of, o.expiring_within, emit);
      if (!s.ok()) PrintError(s.message());
      return int(s.ok() ? kOk : kInputError);
    }
    return ForEachIssue(o.input.paths, [&](Issue& issue) {
      for (const auto& doc : issue.documents)
        for (const auto& r : DeadlineRecords(issue, doc, as_of, o.expiring_within)) emit(r);
    }, Extracting(kDeadlines));
  });
}

}  // namespace

void RegisterDeadlines(CLI::App& app, Runner& run) {
  static DeadlineOptions options;
  auto* cmd = app.add_subcommand(
      "deadlines",
      "A record per date or time limit: source, docno, kind (signed|published|effective|repeal-effective|"
      "validity|trial|expires|time-limit), date, precision, amount, unit, trigger, text, line");
  AddInputOptions(cmd, options.input);
  AddDbOption(cmd, options.db);
  cmd->add_option("--format", options.format, "json (JSON Lines, default) or tsv")
      ->check(CLI::IsMember({"tsv", "json"}));
  cmd->add_option("--as-of", options.as_of,
                  "Add as_of and status (not-yet-in-force|in-force|expired|unknown) to every record");
  cmd->add_option("--expiring-within", options.expiring_within,
                  "Keep only documents whose own validity ends within DAYS days from --as-of "
                  "(default today), both days included")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([&run] { run = [] { return Run(options); }; });
}

}  // namespace gazette::cli

// gazette deadlines: a record per date or time limit of each document (JSON Lines or TSV).
#include <limits>
#include <ostream>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "export/flat_records.hpp"
#include "store/reader.hpp"

namespace gazette::cli {
namespace {

struct DeadlinesCommand {
  InputOptions input;
  std::string format = "json";
  std::string as_of;
  int expiring_within = -1;  ///< -1: not asked
  std::string db;            ///< read from this index instead of PATH...
};

int Run(const DeadlinesCommand& c) {
  bool standing = !c.as_of.empty() || c.expiring_within >= 0;
  std::string as_of = standing ? AsOfOrToday(c.as_of) : "";
  RecordFormat format = RecordFormat::kJson;
  ParseRecordFormat(c.format, &format);
  if (!HasInput("deadlines", c.input.paths, c.db)) return kUsage;
  return WithOutput(c.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, format, DeadlineRecordKeys(standing));
    auto emit = [&](const Record& r) { writer.Write(r); };
    if (!c.db.empty()) {
      Status s = store::DeadlinesFromIndex(c.db, as_of, c.expiring_within, emit);
      if (!s.ok()) PrintError(s.message());
      return Ended(writer, int(s.ok() ? kOk : kInputError));
    }
    return Ended(writer, ForEachIssue<std::string>(
        c.input,
        [&](Issue& issue) {  // on the loading thread
          std::string text;
          for (const auto& doc : issue.documents)
            for (const auto& r : DeadlineRecords(issue, doc, as_of, c.expiring_within)) writer.Print(r, text);
          return text;
        },
        [&](Issue&, std::string& text) { writer.WritePrinted(text); }, Extracting(kDeadlines)));
  });
}

}  // namespace

void RegisterDeadlines(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<DeadlinesCommand>(app, run,
      "deadlines",
      "A record per date or time limit: source, docno, kind (signed|published|adopted|approved|amended|"
      "promulgated|effective|repeal-effective|validity|trial|expires|time-limit; adopted, approved, amended and "
      "promulgated from a regulation's dating lines), date, precision, amount, unit, trigger, text, line, own (true: a date or period of the "
      "document's own force, not one it quotes or gives another document; false for every time-limit)");
  AddInputOptions(cmd, c->input);
  AddDbOption(cmd, c->db);
  cmd->add_option("--format", c->format, "json (JSON Lines, default) or tsv")->check(CLI::IsMember({"tsv", "json"}));
  AddAsOfOption(cmd, c->as_of, "Add as_of and status (not-yet-in-force|in-force|expired|unknown) to every record");
  cmd->add_option("--expiring-within", c->expiring_within,
                  "Keep only documents whose own validity ends within DAYS days from --as-of "
                  "(default today), both days included")
      ->check(CLI::Range(0, std::numeric_limits<int>::max()));
}

}  // namespace gazette::cli

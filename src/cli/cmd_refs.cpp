// gazette refs: every citation of another document, with its relation, resolved across inputs.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/flat_records.hpp"
#include "xref/corpus.hpp"

namespace gazette::cli {

void RegisterRefs(CLI::App& app, Runner& run) {
  static InputOptions options;
  static std::string format = "tsv";
  static std::string type;
  auto* cmd = app.add_subcommand(
      "refs",
      "A record per citation of another document: source, from (文号 of the citing document), type "
      "(repeals|amends|revises|supplements|replaces|implements|cites), to (normalized 文号 printed, empty "
      "if none), title (cited title), resolved (true when the cited document is in the inputs), text "
      "(the sentence), line");
  AddInputOptions(cmd, options);
  cmd->add_option("--format", format, "tsv (default) or json (JSON Lines)")->check(CLI::IsMember({"tsv", "json"}));
  cmd->add_option("--type", type, "Only references of this relation")
      ->check(CLI::IsMember({"repeals", "amends", "revises", "supplements", "replaces", "implements", "cites"}));
  cmd->callback([&run] {
    run = [] {
      Corpus corpus;
      int status = ForEachIssue(options.paths, [&](Issue& issue) { corpus.AddIssue(issue); },
                                Extracting(kReferences | kDeadlines));
      RecordFormat f = RecordFormat::kTsv;
      ParseRecordFormat(format, &f);
      int written = WithOutput(options.output, [&](std::ostream& out) {
        RecordWriter writer(out, f, ReferenceRecordKeys());
        for (const auto& r : corpus.references()) {
          if (!type.empty() && r.ref.type != type) continue;
          writer.Write(ReferenceRecord(r));
        }
        return int(kOk);
      });
      return written != kOk ? written : status;
    };
  });
}

}  // namespace gazette::cli

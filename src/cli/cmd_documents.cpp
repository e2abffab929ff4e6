// gazette documents: a record per document (TSV or JSON Lines).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/documents.hpp"
#include "export/records.hpp"

namespace gazette::cli {

void RegisterDocuments(CLI::App& app, Runner& run) {
  static InputOptions options;
  static std::string format = "tsv";
  auto* cmd = app.add_subcommand("documents", "A record per document: source, line, docno, title, issuers, "
                                              "recipients, date, type, attachments, page, title_en");
  AddInputOptions(cmd, options);
  cmd->add_option("--format", format, "tsv (default) or json (JSON Lines)")->check(CLI::IsMember({"tsv", "json"}));
  cmd->callback([&run] {
    run = [] {
      RecordFormat f = RecordFormat::kTsv;
      ParseRecordFormat(format, &f);
      return WithOutput(options.output, [f](std::ostream& out) {
        RecordWriter writer(out, f, DocumentRecordKeys());
        return ForEachIssue(options.paths, [&](Issue& issue) {
          for (const auto& d : issue.documents) writer.Write(DocumentRecord(issue, d));
        }, SegmentOnly());
      });
    };
  });
}

}  // namespace gazette::cli

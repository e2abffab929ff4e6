// gazette documents: a record per document (TSV or JSON Lines).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/documents.hpp"
#include "export/records.hpp"

namespace gazette::cli {
namespace {

struct DocumentsCommand {
  InputOptions input;
  std::string format = "tsv";
};

int Run(const DocumentsCommand& c) {
  RecordFormat f = RecordFormat::kTsv;
  ParseRecordFormat(c.format, &f);
  return WithOutput(c.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, f, DocumentRecordKeys());
    return Ended(writer, ForEachIssue<std::string>(
        c.input,
        [&](Issue& issue) {  // on the loading thread
          std::string text;
          for (const auto& d : issue.documents) writer.Print(DocumentRecord(issue, d), text);
          return text;
        },
        [&](Issue&, std::string& text) { writer.WritePrinted(text); }, SegmentOnly()));
  });
}

}  // namespace

void RegisterDocuments(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<DocumentsCommand>(app, run, "documents",
                                                "A record per document: source, line, docno, title, issuers, "
                                                "recipients, date, type, attachments, page, title_en");
  AddInputOptions(cmd, c->input);
  cmd->add_option("--format", c->format, "tsv (default) or json (JSON Lines)")->check(CLI::IsMember({"tsv", "json"}));
}

}  // namespace gazette::cli

// gazette refs: every citation of another document, with its relation, resolved across inputs.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "store/reader.hpp"
#include "export/flat_records.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"

namespace gazette::cli {

void RegisterRefs(CLI::App& app, Runner& run) {
  static InputOptions options;
  static std::string format = "tsv";
  static std::string type;
  static std::string db;
  static std::string doc;
  auto* cmd = app.add_subcommand(
      "refs",
      "A record per citation of another document: source, from (文号 of the citing document), type "
      "(repeals|amends|revises|supplements|replaces|implements|cites), to (normalized 文号 printed, empty "
      "if none), title (cited title), resolved (true when the cited document is in the inputs), text "
      "(the sentence), line");
  AddInputOptions(cmd, options);
  AddDbOption(cmd, db);
  cmd->add_option("--doc", doc, "Only references made by or pointing at this document (文号, id or title)");
  cmd->add_option("--format", format, "tsv (default) or json (JSON Lines)")->check(CLI::IsMember({"tsv", "json"}));
  cmd->add_option("--type", type, "Only references of this relation")
      ->check(CLI::IsMember(AllSpellings<Relation>()));
  cmd->callback([&run] {
    run = [] {
      if (!HasInput("refs", options.paths, db)) return int(kUsage);
      RecordFormat f = RecordFormat::kTsv;
      ParseRecordFormat(format, &f);
      int status = kOk;
      int written = WithOutput(options.output, [&](std::ostream& out) {
        RecordWriter writer(out, f, ReferenceRecordKeys());
        if (!db.empty()) {
          Status s = store::ReferencesFromIndex(db, type, doc, [&](const CorpusReference& r) {
            writer.Write(ReferenceRecord(r));
          });
          if (!s.ok()) PrintError(s.message()), status = kInputError;
          return int(kOk);
        }
        Corpus corpus;
        status = ForEachIssue(options.paths, [&](Issue& issue) { corpus.AddIssue(issue); },
                              Extracting(kReferences | kDeadlines));
        const CorpusDocument* named = doc.empty() ? nullptr : corpus.Find(doc);
        std::string id = named ? named->id : Trim(doc);
        for (const auto& r : corpus.references()) {
          if (!type.empty() && ToString(r.ref.type) != type) continue;
          if (!id.empty() && r.from != id && r.ref.target_id != id) continue;
          writer.Write(ReferenceRecord(r));
        }
        return int(kOk);
      });
      return written != kOk ? written : status;
    };
  });
}

}  // namespace gazette::cli

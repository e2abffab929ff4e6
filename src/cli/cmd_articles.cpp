// gazette articles: a record per article-tree node (TSV or JSON Lines).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/flat_records.hpp"
#include "segment/docno.hpp"

namespace gazette::cli {
void RegisterArticles(CLI::App& app, Runner& run) {
  static InputOptions options;
  static std::string format = "tsv";
  static std::string docno;
  auto* cmd = app.add_subcommand(
      "articles",
      "A record per node of each document's article tree (编/章/节/条, 款, items, and the numbered "
      "sections 一、 of notices): source, docno, instrument, id, kind, num, label, heading, text, line. "
      "Ids are Akoma Ntoso style (chp_1__art_3__para_2__item_4), unique within the document; nodes of "
      "an issued instrument are prefixed ins_K__, of an attachment att_N__.");
  AddInputOptions(cmd, options);
  cmd->add_option("--doc", docno, "Only the document with this 文号 (京人社评发〔2024〕11号) or id");
  cmd->add_option("--format", format, "tsv (default) or json (JSON Lines)")->check(CLI::IsMember({"tsv", "json"}));
  cmd->callback([&run] {
    run = [] {
      RecordFormat f = RecordFormat::kTsv;
      ParseRecordFormat(format, &f);
      bool found = docno.empty();
      int code = WithOutput(options.output, [f, &found](std::ostream& out) {
        RecordWriter writer(out, f, ArticleRecordKeys());
        return ForEachIssue(options.paths, [&](Issue& issue) {
          for (const auto& d : issue.documents) {
            if (!NamesDocument(docno, d)) continue;
            found = true;
            for (const auto& node : d.articles) writer.Write(ArticleRecord(issue, d, node));
          }
        }, Extracting(kArticles));
      });
      if (code == kOk && !found) {
        PrintError("articles: no document " + docno + " in the inputs");
        return int(kInputError);
      }
      return code;
    };
  });
}

}  // namespace gazette::cli

// gazette articles: a record per article-tree node (TSV or JSON Lines).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/flat_records.hpp"
#include "segment/docno.hpp"

namespace gazette::cli {
namespace {

struct ArticlesCommand {
  InputOptions input;
  std::string format = "tsv";
  std::string docno;  ///< --doc: only this document
};

/// An issue's article records, printed on the loading thread.
struct PrintedArticles {
  std::string text;
  bool found = false;  ///< a document --doc selects is in the issue
};

/// The records of ISSUE's documents C.docno selects, printed by WRITER.
PrintedArticles PrintArticles(const ArticlesCommand& c, const RecordWriter& writer, const Issue& issue) {
  PrintedArticles printed;
  for (const auto& d : issue.documents) {
    if (!NamesDocument(c.docno, d)) continue;
    printed.found = true;
    for (const auto& node : d.articles) writer.Print(ArticleRecord(issue, d, node), printed.text);
  }
  return printed;
}

int Run(const ArticlesCommand& c) {
  RecordFormat f = RecordFormat::kTsv;
  ParseRecordFormat(c.format, &f);
  bool found = c.docno.empty();
  int code = WithOutput(c.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, f, ArticleRecordKeys());
    const int read = ForEachIssue<PrintedArticles>(
        c.input, [&](Issue& issue) { return PrintArticles(c, writer, issue); },
        [&](Issue&, PrintedArticles& printed) {
          found = found || printed.found;
          writer.WritePrinted(printed.text);
        },
        Extracting(kArticles));
    if (!found) writer.Abandon();  // no such document: said below, no empty answer
    return Ended(writer, read);
  });
  if (code == kOk && !found) {
    PrintError("articles: no document " + c.docno + " in the inputs");
    return kInputError;
  }
  return code;
}

}  // namespace

void RegisterArticles(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<ArticlesCommand>(app, run,
      "articles",
      "A record per node of each document's article tree (编/章/节/条, a plan's 第N部分, 款, items, and "
      "the numbered sections 一、 of notices): source, docno, instrument, id, kind, num, label, heading, text, line. "
      "Ids are Akoma Ntoso style (chp_1__art_3__para_2__item_4), unique within the document; nodes of "
      "an issued instrument are prefixed ins_K__, of an attachment att_N__.");
  AddInputOptions(cmd, c->input);
  cmd->add_option("--doc", c->docno, "Only the document with this 文号 (京人社评发〔2024〕11号) or id");
  cmd->add_option("--format", c->format, "tsv (default) or json (JSON Lines)")->check(CLI::IsMember({"tsv", "json"}));
}

}  // namespace gazette::cli

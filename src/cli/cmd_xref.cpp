// gazette xref: the supersession graph of the inputs, as Graphviz DOT or JSON Lines.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/graph.hpp"
#include "model/light.hpp"
#include "pipeline/records_in_order.hpp"

namespace gazette::cli {
namespace {

struct XrefCommand {
  InputOptions input;
  std::string format = "dot";
  bool all = false;  ///< also the implements and cites edges
};

int Run(const XrefCommand& c) {
  Corpus corpus;
  int status = ForEachIssue(c.input, [&](Issue& issue) {
    if (!c.all) DropCitationClauses(issue);  // only supersession edges are printed, with their clauses
    corpus.AddIssue(issue);
  }, Extracting(kReferences | kDeadlines));
  auto edges = corpus.Edges(c.all);
  int written = WithOutput(c.input.output, [&](std::ostream& out) {
    if (c.format == "dot") {
      WriteDot(out, corpus, edges);
    } else {
      GraphRecords records(corpus, edges);
      RecordWriter writer(out, RecordFormat::kJson, {});
      WriteRecordsInOrder(writer, records.size(), c.input.run.jobs, [&](size_t i, Record& record) {
        record = records[i];
        return true;
      });
    }
    return int(kOk);
  });
  return Worst(status, written);
}

}  // namespace

void RegisterXref(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<XrefCommand>(app, run,
      "xref",
      "The supersession graph: an edge per repeals/amends/revises/supplements/replaces/extends/suspends/resumes relation between "
      "documents (dashed nodes: cited documents not printed in the inputs). DOT renders with Graphviz "
      "(dot -Tsvg); json writes JSON Lines: {kind:node, id, docno, title, printed, source, line} then "
      "{kind:edge, from, to, type, resolved, source, line, text}");
  AddInputOptions(cmd, c->input);
  cmd->add_option("--format", c->format, "dot (default) or json (JSON Lines)")->check(CLI::IsMember({"dot", "json"}));
  cmd->add_flag("--all", c->all, "Also the implements and cites edges");
}

}  // namespace gazette::cli

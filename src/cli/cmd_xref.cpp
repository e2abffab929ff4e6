// gazette xref: the supersession graph of the inputs, as Graphviz DOT or JSON Lines.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/graph.hpp"

namespace gazette::cli {

void RegisterXref(CLI::App& app, Runner& run) {
  static InputOptions options;
  static std::string format = "dot";
  static bool all = false;
  auto* cmd = app.add_subcommand(
      "xref",
      "The supersession graph: an edge per repeals/amends/revises/supplements/replaces relation between "
      "documents (dashed nodes: cited documents not printed in the inputs). DOT renders with Graphviz "
      "(dot -Tsvg); json writes JSON Lines: {kind:node, id, docno, title, printed, source, line} then "
      "{kind:edge, from, to, type, resolved, source, line, text}");
  AddInputOptions(cmd, options);
  cmd->add_option("--format", format, "dot (default) or json (JSON Lines)")->check(CLI::IsMember({"dot", "json"}));
  cmd->add_flag("--all", all, "Also the implements and cites edges");
  cmd->callback([&run] {
    run = [] {
      Corpus corpus;
      int status = ForEachIssue(options.paths, [&](Issue& issue) { corpus.AddIssue(issue); },
                                Extracting(kReferences | kDeadlines));
      auto edges = corpus.Edges(all);
      int written = WithOutput(options.output, [&](std::ostream& out) {
        if (format == "dot") {
          WriteDot(out, corpus, edges);
        } else {
          for (const auto& r : GraphRecords(corpus, edges)) out << r.dump() << "\n";
        }
        return int(kOk);
      });
      return written != kOk ? written : status;
    };
  });
}

}  // namespace gazette::cli

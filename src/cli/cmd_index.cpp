// gazette index: build or update the SQLite corpus index (incremental; see src/store).
#include <iostream>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "cli/progress.hpp"
#include "io/reader.hpp"
#include "store/writer.hpp"

namespace gazette::cli {
namespace {

struct IndexCommand {
  std::vector<std::string> paths;
  std::string db = "gazette.db";
  bool prune = false;
  bool verbose = false;
  std::string as_of;
  RunOptions run;
};

int Run(const IndexCommand& c) {
  std::vector<Error> errors;
  std::vector<std::string> inputs = ExpandInputs(c.paths, &errors);
  int status = kOk;
  for (const auto& e : errors) PrintError(e.message), status = kInputError;
  if (c.prune && status != kOk) {
    PrintError("index: --prune needs every input readable; nothing was pruned or indexed");
    return kInputError;
  }
  store::IndexOptions options;
  options.prune = c.prune;
  options.as_of = c.as_of;
  options.jobs = c.run.jobs;
  Progress progress(inputs, !c.run.quiet);
  options.on_file = [&](const std::string& path, const std::string& what) {
    progress.Done(path);
    if (!c.verbose) return;
    progress.Clear();
    std::cerr << what << "\t" << path << "\n";
  };
  auto report = store::IndexFiles(c.db, inputs, options);
  progress.Clear();
  if (!report.ok()) {
    PrintError(report.error().message);
    return kInputError;
  }
  for (const auto& w : report->warnings) PrintError(w);
  for (const auto& e : report->errors) PrintError(e.message), status = kInputError;
  std::cerr << "gazette: " << c.db << ": " << report->added << " added, " << report->replaced << " replaced, "
            << report->unchanged << " unchanged, " << report->removed << " removed\n";
  return status;
}

}  // namespace

void RegisterIndex(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<IndexCommand>(app, run,
      "index", "Build or update the SQLite corpus index (FTS5 full text, documents, articles, table rows, "
               "deadlines, references, statuses) that search/status/refs/deadlines read with --db. Unchanged "
               "files are skipped; a changed file is replaced in one transaction");
  cmd->add_option("paths", c->paths, "Issue files or directories of *.txt")->required();
  cmd->add_option("--db", c->db, "The index database (default gazette.db); created when missing")->check(NonEmptyPath());
  cmd->add_flag("--prune", c->prune, "Remove issues whose files are not among PATH...");
  AddAsOfOption(cmd, c->as_of, "Date (YYYY-MM-DD) the stored status table is computed on (default today)");
  AddRunOptions(cmd, c->run);
  cmd->add_flag("-v,--verbose", c->verbose, "Print added/replaced/unchanged for each file on stderr");
}

}  // namespace gazette::cli

// Each subcommand registers itself on the app and sets the function that runs it.
// One file per command: cmd_<name>.cpp, holding a struct <Name>Command (the command's options),
// an `int Run(const <Name>Command&)` that returns the exit code, and Register<Name>.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace gazette::cli {

/// The function main() runs after parsing; returns the exit code.
using Runner = std::function<int()>;

/// Adds the subcommand NAME (HELP) to APP with a fresh COMMAND for its options to be bound to;
/// when NAME is the command given, RUN is set to call Run(command) (found beside COMMAND).
template <typename Command>
std::pair<CLI::App*, std::shared_ptr<Command>> AddCommand(CLI::App& app, Runner& run, const std::string& name,
                                                          const std::string& help) {
  auto command = std::make_shared<Command>();
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->callback([&run, command] { run = [command] { return Run(*command); }; });
  return {cmd, command};
}

void RegisterSummary(CLI::App& app, Runner& run);    ///< summary: a first look (text)
void RegisterDocuments(CLI::App& app, Runner& run);  ///< documents: tsv/json records
void RegisterArticles(CLI::App& app, Runner& run);   ///< articles: article trees
void RegisterTables(CLI::App& app, Runner& run);     ///< tables: catalog rows
void RegisterDeadlines(CLI::App& app, Runner& run);  ///< deadlines: dates and limits
void RegisterWorkdays(CLI::App& app, Runner& run);   ///< workdays: working-day arithmetic
void RegisterRefs(CLI::App& app, Runner& run);       ///< refs: citations
void RegisterStatus(CLI::App& app, Runner& run);     ///< status: in force or not, and why
void RegisterXref(CLI::App& app, Runner& run);       ///< xref: supersession graph
void RegisterCheck(CLI::App& app, Runner& run);      ///< check: counts and numbering
void RegisterXml(CLI::App& app, Runner& run);        ///< xml: schema-valid export
void RegisterXlsx(CLI::App& app, Runner& run);       ///< xlsx: publishing workbook
void RegisterQuery(CLI::App& app, Runner& run);      ///< query: XPath over the corpus
void RegisterSearch(CLI::App& app, Runner& run);     ///< search: normalized text search
void RegisterDiff(CLI::App& app, Runner& run);       ///< diff: what changed between two versions
void RegisterIndex(CLI::App& app, Runner& run);      ///< index: the SQLite corpus index

}  // namespace gazette::cli

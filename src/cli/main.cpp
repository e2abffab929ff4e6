// gazette: the command-line entry point. Parses arguments and prints; the library does the work.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "grammar/grammar.hpp"
#include "util/allocator.hpp"
#include "util/text.hpp"

int main(int argc, char** argv) {
  using namespace gazette::cli;
  gazette::FixAllocatorThresholds();  // before the first allocation that could move them
  CLI::App app{"gazette: documents, articles, tables, deadlines and cross-references from the text of "
               "北京市人民政府公报 (Beijing Municipal Government Gazette) issues.\n"
               "Exit codes: 0 ok, 1 check found problems, 2 usage error, 3 input error, 4 output error."};
  app.set_version_flag("--version", "gazette 0.1.0");
  app.require_subcommand(1);
  std::vector<std::string> args(argv + 1, argv + argc);
  app.failure_message([&args](const CLI::App* a, const CLI::Error& e) { return UsageErrorLine(*a, e, args); });
  std::string grammars;
  app.add_option("--grammars", grammars, "Read patterns from DIR/*.grammar instead of the built-in grammars")
      ->check(CLI::ExistingDirectory);
  Runner run;
  RegisterSummary(app, run);
  RegisterDocuments(app, run);
  RegisterArticles(app, run);
  RegisterTables(app, run);
  RegisterDeadlines(app, run);
  RegisterWorkdays(app, run);
  RegisterRefs(app, run);
  RegisterStatus(app, run);
  RegisterXref(app, run);
  RegisterCheck(app, run);
  RegisterXml(app, run);
  RegisterXlsx(app, run);
  RegisterQuery(app, run);
  RegisterSearch(app, run);
  RegisterDiff(app, run);
  RegisterIndex(app, run);
  for (const auto& arg : args) {
    if (!gazette::IsValidUtf8(arg)) {  // the patterns only read UTF-8; a DOCNO or TEXT in another encoding is a usage error
      PrintError("an argument is not UTF-8 text (arguments are read as UTF-8)");
      return kUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  // Huge pages for the heap (fewer page faults) for every command but those of two phases, whose
  // peaks would then stack (see util/allocator.hpp): index (its SQLite cache, then the
  // cross-issue step), diff (--superseded: the corpus, then the paired documents) and query
  // (from texts: the issues read, then the corpus XML's parts parsed).
  const bool two_phases = app.got_subcommand("index") || app.got_subcommand("diff") || app.got_subcommand("query");
  if (!two_phases) gazette::UseHugePagesForHeap();
  try {
    if (!grammars.empty()) {
      auto s = gazette::UseGrammarDir(grammars);
      if (!s.ok()) {
        PrintError(s.message());
        return kUsage;
      }
    }
    return run ? run() : kUsage;
  } catch (const std::exception& e) {
    PrintError(std::string("internal error: ") + e.what());
    return kInputError;
  }
}

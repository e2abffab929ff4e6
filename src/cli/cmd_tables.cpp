// gazette tables: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterTables(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("tables", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("tables: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

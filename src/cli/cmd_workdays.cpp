// gazette workdays: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterWorkdays(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("workdays", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("workdays: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

// gazette deadlines: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterDeadlines(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("deadlines", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("deadlines: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

// gazette status: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterStatus(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("status", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("status: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

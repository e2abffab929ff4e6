// gazette check: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterCheck(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("check", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("check: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

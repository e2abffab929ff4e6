// gazette refs: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterRefs(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("refs", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("refs: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

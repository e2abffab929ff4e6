// gazette query: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterQuery(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("query", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("query: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

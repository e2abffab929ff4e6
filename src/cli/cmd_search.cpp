// gazette search: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterSearch(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("search", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("search: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

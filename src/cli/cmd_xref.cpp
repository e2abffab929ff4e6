// gazette xref: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterXref(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("xref", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("xref: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

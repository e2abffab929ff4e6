// gazette xml: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterXml(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("xml", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("xml: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

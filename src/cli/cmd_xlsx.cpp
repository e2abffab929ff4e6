// gazette xlsx: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterXlsx(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("xlsx", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("xlsx: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

// gazette articles: placeholder until its issue lands.
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace gazette::cli {

void RegisterArticles(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("articles", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->callback([&run] { run = [] { PrintError("articles: not yet implemented"); return int(kUsage); }; });
}

}  // namespace gazette::cli

// The --db option the reading commands share: answer from the SQLite corpus index instead of
// re-reading issue texts (then no PATH is given).
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/common.hpp"

namespace gazette::cli {

/// A check that a path option is not empty (--db "$DB" with DB unset names no file).
inline CLI::Validator NonEmptyPath() {
  return CLI::Validator([](std::string& path) { return path.empty() ? std::string("an empty path names no file") : std::string(); },
                        "FILE");
}

/// Adds --db FILE to CMD and makes its PATH... argument optional (the two exclude each other).
inline void AddDbOption(CLI::App* cmd, std::string& db) {
  CLI::Option* option =
      cmd->add_option("--db", db, "Answer from the corpus index FILE built by `gazette index` (no PATH then)")
          ->check(NonEmptyPath());
  if (CLI::Option* paths = cmd->get_option_no_throw("paths")) {
    paths->required(false);
    option->excludes(paths);
  }
}

/// True when the command has something to read; else prints a usage error for COMMAND.
inline bool HasInput(const std::string& command, const std::vector<std::string>& paths, const std::string& db) {
  if (!paths.empty() || !db.empty()) return true;
  PrintError(command + ": give PATH... (issue files or directories) or --db FILE");
  return false;
}

}  // namespace gazette::cli

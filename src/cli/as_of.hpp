// The --as-of DATE option of the commands that judge a status on a day (status, deadlines, xml,
// xlsx, query, index): one spelling, one strict parser, one message.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

namespace gazette::cli {

/// Adds --as-of DATE to CMD, stored in AS_OF, with HELP. A value that is not a real day
/// YYYY-MM-DD (2023-02-31 is not) is a one-line usage error (exit 2) before the command runs.
CLI::Option* AddAsOfOption(CLI::App* cmd, std::string& as_of, const std::string& help);

/// AS_OF, or today's date (local time, YYYY-MM-DD) when AS_OF is empty.
std::string AsOfOrToday(const std::string& as_of);

}  // namespace gazette::cli

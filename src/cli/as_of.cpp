#include "cli/as_of.hpp"

#include "model/date.hpp"

namespace gazette::cli {

CLI::Option* AddAsOfOption(CLI::App* cmd, std::string& as_of, const std::string& help) {
  return cmd->add_option("--as-of", as_of, help)->check([](const std::string& text) {
    return ParseIsoDay(text) ? std::string() : "'" + text + "' is not a date (expected YYYY-MM-DD)";
  });
}

std::string AsOfOrToday(const std::string& as_of) { return as_of.empty() ? ToIso(Today()) : as_of; }

}  // namespace gazette::cli

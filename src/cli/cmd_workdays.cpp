// gazette workdays: working-day arithmetic on the official calendar (catalogs/holidays.tsv).
#include <iostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "extract/workdays.hpp"
#include "util/number.hpp"

namespace gazette::cli {

void RegisterWorkdays(CLI::App& app, Runner& run) {
  static std::string start;
  static std::string count;
  auto* cmd = app.add_subcommand("workdays",
                                 "The date N working days after DATE (N < 0: before), on the State Council "
                                 "holiday schedule 2020-2026; prints YYYY-MM-DD");
  cmd->add_option("date", start, "Start date, YYYY-MM-DD (not counted itself)")->required();
  cmd->add_option("n", count, "Working days to add; a negative N counts backwards")
      ->required();
  cmd->callback([&run] {
    run = [] {
      bool negative = !count.empty() && count[0] == '-';
      auto magnitude = ParseDecimal(negative ? count.substr(1) : count);
      int n = negative && magnitude ? -*magnitude : magnitude.value_or(0);
      if (!magnitude) {
        PrintError("workdays: N '" + count + "' is not a whole number");
        return int(kUsage);
      }
      auto shift = AddWorkdays(WorkCalendar::Official(), start, n);
      if (!shift.ok()) {
        PrintError("workdays: " + shift.error().message);
        return int(kUsage);
      }
      for (const auto& w : shift->warnings) PrintError("workdays: warning: " + w);
      std::cout << shift->date << "\n";
      return int(kOk);
    };
  });
}

}  // namespace gazette::cli

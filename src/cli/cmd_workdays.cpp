// gazette workdays: working-day arithmetic on the official calendar (catalogs/holidays.tsv).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "extract/workdays.hpp"
#include "util/number.hpp"

namespace gazette::cli {
namespace {

struct WorkdaysCommand {
  std::string start;  ///< YYYY-MM-DD, not counted itself
  std::string count;  ///< N as typed: a whole number, negative counts backwards
};

int Run(const WorkdaysCommand& c) {
  bool negative = !c.count.empty() && c.count[0] == '-';
  auto magnitude = ParseDecimal(negative ? c.count.substr(1) : c.count);
  if (!magnitude) {
    PrintError("workdays: N '" + c.count + "' is not a whole number");
    return kUsage;
  }
  int n = negative ? -*magnitude : *magnitude;
  auto shift = AddWorkdays(WorkCalendar::Official(), c.start, n);
  if (!shift.ok()) {
    PrintError("workdays: " + shift.error().message);
    return kUsage;
  }
  for (const auto& w : shift->warnings) PrintError("workdays: warning: " + w);
  return WithOutput("", [&](std::ostream& out) {  // a failed write (a full disk, a closed stdout) is exit 4
    out << shift->date << "\n";
    return int(kOk);
  });
}

}  // namespace

void RegisterWorkdays(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<WorkdaysCommand>(app, run, "workdays",
                                               "The date N working days after DATE (N < 0: before), on the State "
                                               "Council holiday schedule 2020-2026; prints YYYY-MM-DD");
  cmd->add_option("date", c->start, "Start date, YYYY-MM-DD (not counted itself)")->required();
  cmd->add_option("n", c->count, "Working days to add; a negative N counts backwards")->required();
}

}  // namespace gazette::cli

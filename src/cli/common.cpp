#include "cli/common.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/progress.hpp"
#include "io/reader.hpp"
#include "pipeline/parallel.hpp"
#include "util/atomic_file.hpp"
#include "util/descriptor_output.hpp"

namespace gazette::cli {

void PrintError(const std::string& message) { std::cerr << "gazette: " << message << "\n"; }

namespace {

// The IssueLoops the process has made and the issues they read: a run whose loops read no issue
// leaves an existing -o file as it was (WithOutput).
std::atomic<size_t> loops_made{0}, issues_read{0};

// True when the process set out to read inputs and could read none of them.
bool NothingRead() { return loops_made.load() > 0 && issues_read.load() == 0; }

// "a, b, c": the names of APP's subcommands.
std::string CommandNames(const CLI::App& app) {
  std::string names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names += (names.empty() ? "" : ", ") + sub->get_name();
  return names;
}

// True when NAME is one of APP's subcommands.
bool IsCommand(const CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->get_name() == name) return true;
  return false;
}

}  // namespace

std::string UsageErrorLine(const CLI::App& app, const CLI::Error& error, const std::vector<std::string>& args) {
  std::vector<CLI::App*> parsed = app.get_subcommands();
  if (parsed.empty()) {
    // The first word that is neither an option nor the value of --grammars should have been a command.
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i] == "--grammars") ++i;
      else if (!args[i].empty() && args[i][0] != '-') {
        if (IsCommand(app, args[i])) break;  // the error is in the options before it
        return "gazette: unknown command '" + args[i] + "' (commands: " + CommandNames(app) + ")\n";
      }
    }
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr)
      return "gazette: no command given (commands: " + CommandNames(app) + ")\n";
  }
  std::string message = error.what();
  std::replace(message.begin(), message.end(), '\n', ' ');
  // An unknown option left over is the cause even when CLI11 first reports a missing argument.
  std::vector<std::string> extras = parsed.empty() ? app.remaining() : parsed.back()->remaining();
  if (!extras.empty() && dynamic_cast<const CLI::RequiredError*>(&error) != nullptr)
    message = "unknown option or argument '" + extras.front() + "'";
  std::string command = parsed.empty() ? "" : parsed.back()->get_name();
  if (app.get_option_no_throw(message.substr(0, message.find(':'))) != nullptr) command.clear();  // --grammars
  return "gazette: " + (command.empty() ? "" : command + ": ") + message + " (see gazette " +
         (command.empty() ? "" : command + " ") + "--help)\n";
}

void AddRunOptions(CLI::App* cmd, RunOptions& run) {
  cmd->add_option("-j,--jobs", run.jobs, "Issues read in parallel (default: one per core); output is the same")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("-q,--quiet", run.quiet, "No progress line on a terminal");
}

namespace {

// The input among OPTIONS' paths (a file, or one a directory holds) that -o names, if any: writing
// there would replace the text being read (as cp refuses to copy a file onto itself).
std::optional<std::string> OutputAmongInputs(const InputOptions& options) {
  if (options.output.empty() || options.output == "-") return std::nullopt;
  std::error_code ec;
  if (!std::filesystem::exists(options.output, ec)) return std::nullopt;
  std::vector<Error> ignored;  // a path that names nothing is reported when the inputs are read
  for (const auto& input : ExpandInputs(options.paths, &ignored))
    if (input != "-" && std::filesystem::equivalent(input, options.output, ec)) return input;
  return std::nullopt;
}

}  // namespace

void AddInputOptions(CLI::App* cmd, InputOptions& options, bool with_output) {
  cmd->add_option("paths", options.paths, "Issue files, directories of *.txt, or - for stdin")->required();
  if (with_output) cmd->add_option("-o,--output", options.output, "Write to FILE instead of stdout (never one of the inputs: refused, exit 2)");
  AddRunOptions(cmd, options.run);
  cmd->parse_complete_callback([&options] {
    if (auto input = OutputAmongInputs(options))
      throw CLI::ValidationError("--output", "'" + options.output + "' is one of the inputs (" + *input +
                                                 "): writing it would replace the text read; name another file");
  });
}

namespace {

// The inputs of PATHS; each path that names nothing readable is printed and sets STATUS.
std::vector<std::string> ExpandReporting(const std::vector<std::string>& paths, int& status) {
  std::vector<Error> errors;
  std::vector<std::string> inputs = ExpandInputs(paths, &errors);
  for (const auto& e : errors) {
    PrintError(e.message);
    status = kInputError;
  }
  return inputs;
}

}  // namespace

IssueLoop::IssueLoop(const std::vector<std::string>& paths, const RunOptions& run)
    : inputs_(ExpandReporting(paths, status_)), progress_(inputs_, !run.quiet) {
  loops_made.fetch_add(1, std::memory_order_relaxed);
}

void IssueLoop::Say(const std::string& line) {
  progress_.Clear();
  PrintError(line);
}

bool IssueLoop::Take(const std::string& path, Result<Issue>& issue) {
  progress_.Done(path);
  if (!issue.ok()) {
    Say(issue.error().message);
    status_ = kInputError;
    return false;
  }
  issues_read.fetch_add(1, std::memory_order_relaxed);
  for (const auto& warning : IssueWarnings(issue.value())) Say(warning);
  if (ReportFailures(issue.value(), [this](const std::string& line) { Say(line); })) status_ = kInputError;
  return true;
}

int IssueLoop::Finish() {
  progress_.Clear();
  return status_;
}

int ForEachIssue(const std::vector<std::string>& paths, const RunOptions& run,
                 const std::function<void(Issue&)>& visit, const PipelineOptions& pipeline) {
  IssueLoop loop(paths, run);
  LoadInOrder(loop.inputs(), run.jobs, pipeline, [&](const std::string& path, Result<Issue>& issue) {
    if (loop.Take(path, issue)) visit(issue.value());
  });
  return loop.Finish();
}

bool HasXlsxOutput(const std::string& command, const std::string& output) {
  if (!output.empty() && output != "-") return true;
  PrintError(command + ": --format xlsx needs -o FILE.xlsx");
  return false;
}

int OutputStatus(const Status& written) {
  if (written.ok()) return kOk;
  PrintError(written.message());
  return kOutputError;
}

int Ended(RecordWriter& writer, int status) {
  if (status != kOk) writer.Abandon();
  return status;
}

bool ReportFailures(const Issue& issue, const std::function<void(const std::string&)>& print) {
  for (const auto& failure : issue.failures) print(failure);
  return !issue.failures.empty();
}

int WithOutput(const std::string& output, const std::function<int(std::ostream&)>& write) {
  if (output.empty() || output == "-") {
    std::cout.flush();  // what was printed before goes first
    int code = kOk;
    Status s = WriteToDescriptor(STDOUT_FILENO, "stdout", [&](std::ostream& out) -> Status {
      code = write(out);
      return {};
    });
    return s.ok() ? code : OutputStatus(s);
  }
  int code = kOk;
  bool kept = false;  // OUTPUT left as it was, for a reason already given
  Status s = WriteFileAtomically(output, [&](std::ostream& out) -> Status {
    code = write(out);
    // WRITE said why it failed; or no input could be read (each said why): an empty result
    // never replaces the old file.
    kept = code == kOutputError || NothingRead();
    return kept ? Status(Error{""}) : Status();
  });
  if (kept) return code;
  return s.ok() ? code : OutputStatus(s);
}

}  // namespace gazette::cli

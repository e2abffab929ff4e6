#include "cli/common.hpp"

#include <iostream>

#include "cli/progress.hpp"
#include "io/reader.hpp"
#include "pipeline/parallel.hpp"
#include "util/atomic_file.hpp"

namespace gazette::cli {

void PrintError(const std::string& message) { std::cerr << "gazette: " << message << "\n"; }

RunOptions& Running() {
  static RunOptions options;
  return options;
}

void AddRunOptions(CLI::App* cmd) {
  cmd->add_option("-j,--jobs", Running().jobs, "Issues read in parallel (default: one per core); output is the same")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("-q,--quiet", Running().quiet, "No progress line on a terminal");
}

void AddInputOptions(CLI::App* cmd, InputOptions& options, bool with_output) {
  cmd->add_option("paths", options.paths, "Issue files, directories of *.txt, or - for stdin")->required();
  if (with_output) cmd->add_option("-o,--output", options.output, "Write to FILE instead of stdout");
  AddRunOptions(cmd);
}

int ForEachIssue(const std::vector<std::string>& paths, const std::function<void(Issue&)>& visit,
                 const PipelineOptions& pipeline) {
  std::vector<Error> errors;
  std::vector<std::string> inputs = ExpandInputs(paths, &errors);
  int status = kOk;
  for (const auto& e : errors) {
    PrintError(e.message);
    status = kInputError;
  }
  Progress progress(inputs, !Running().quiet);
  LoadInOrder(inputs, Running().jobs, pipeline, [&](const std::string& path, Result<Issue>& issue) {
    progress.Done(path);
    if (!issue.ok()) {
      progress.Clear();
      PrintError(issue.error().message);
      status = kInputError;
      return;
    }
    for (const auto& f : issue->findings)
      if (f.kind == "no-document") PrintError(path + ": warning: " + f.message);
    visit(issue.value());
  });
  progress.Clear();
  return status;
}

int WithOutput(const std::string& output, const std::function<int(std::ostream&)>& write) {
  if (output.empty() || output == "-") {
    int code = write(std::cout);
    std::cout.flush();
    if (!std::cout) {
      PrintError("stdout: write failed");
      return kOutputError;
    }
    return code;
  }
  int code = kOk;
  Status s = WriteFileAtomically(output, [&](std::ostream& out) -> Status {
    code = write(out);
    return {};
  });
  if (!s.ok()) {
    PrintError(s.message());
    return kOutputError;
  }
  return code;
}

}  // namespace gazette::cli

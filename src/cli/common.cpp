#include "cli/common.hpp"

#include <iostream>

#include "io/reader.hpp"
#include "util/atomic_file.hpp"

namespace gazette::cli {

void PrintError(const std::string& message) { std::cerr << "gazette: " << message << "\n"; }

void AddInputOptions(CLI::App* cmd, InputOptions& options, bool with_output) {
  cmd->add_option("paths", options.paths, "Issue files, directories of *.txt, or - for stdin")->required();
  if (with_output) cmd->add_option("-o,--output", options.output, "Write to FILE instead of stdout");
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
  for (const auto& path : inputs) {
    auto issue = LoadIssue(path, pipeline);
    if (!issue.ok()) {
      PrintError(issue.error().message);
      status = kInputError;
      continue;
    }
    for (const auto& f : issue->findings)
      if (f.kind == "no-document") PrintError(path + ": warning: " + f.message);
    visit(issue.value());
  }
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

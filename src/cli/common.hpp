// What every subcommand shares: input paths, --grammars, output destination, exit codes.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/progress.hpp"
#include "export/records.hpp"
#include "model/issue.hpp"
#include "pipeline/parallel.hpp"
#include "pipeline/pipeline.hpp"
#include "util/result.hpp"

namespace gazette::cli {

/// Exit codes (DESIGN.md): 0 success, 1 check found problems, 2 usage, 3 input, 4 output.
enum Exit { kOk = 0, kFindings = 1, kUsage = 2, kInputError = 3, kOutputError = 4 };

/// How every command that reads issues runs: --jobs and --quiet.
struct RunOptions {
  unsigned jobs = 0;   ///< issues loaded in parallel; 0 = one per core
  bool quiet = false;  ///< no progress line on a terminal
};

/// Options every command that reads issues takes.
struct InputOptions {
  std::vector<std::string> paths;  ///< files, directories (*.txt inside) or "-"
  std::string output;              ///< -o FILE; empty = stdout
  RunOptions run;                  ///< --jobs, --quiet
};

/// Adds -j/--jobs and -q/--quiet to CMD, stored in RUN.
void AddRunOptions(CLI::App* cmd, RunOptions& run);

/// Adds the positional PATH... argument and -o/--output to CMD, and the run options.
void AddInputOptions(CLI::App* cmd, InputOptions& options, bool with_output = true);

/// What ForEachIssue does around each issue: the inputs expanded (a path that names nothing is
/// reported), the progress line, each input's error, warnings and extractor failures printed, and
/// the exit status kept.
class IssueLoop {
 public:
  /// The inputs of PATHS, expanded now; progress shown unless RUN.quiet.
  IssueLoop(const std::vector<std::string>& paths, const RunOptions& run);
  /// The files to read.
  const std::vector<std::string>& inputs() const { return inputs_; }
  /// Counts PATH as read and reports what ISSUE holds of errors; true when it is to be visited.
  bool Take(const std::string& path, Result<Issue>& issue);
  /// The status (kInputError if any input or document failed, or if nothing was read); clears the
  /// progress line.
  int Finish();

 private:
  void Say(const std::string& line);  // never drawn over by the progress line
  int status_ = kOk;  // first: the inputs' expansion sets it
  std::vector<std::string> inputs_;
  Progress progress_;
};

/// Loads the inputs (RUN.jobs at a time, a few issues in memory at once) and calls VISIT with each
/// in input order, showing progress on a terminal unless RUN.quiet. A bad input gets one line on
/// stderr and the others go on, and so does a document an extractor failed on. Returns
/// kInputError if any input or document failed, or if PATHS held nothing to read.
int ForEachIssue(const std::vector<std::string>& paths, const RunOptions& run,
                 const std::function<void(Issue&)>& visit, const PipelineOptions& pipeline = {});

/// ForEachIssue over INPUT's paths with its run options.
inline int ForEachIssue(const InputOptions& input, const std::function<void(Issue&)>& visit,
                        const PipelineOptions& pipeline = {}) {
  return ForEachIssue(input.paths, input.run, visit, pipeline);
}

/// ForEachIssue with a step of the command's own on the thread that loaded each issue: PREPARE
/// makes a T of the issue as soon as it is loaded, beside other issues' loads (it must touch
/// nothing they share), and VISIT gets the issue and its T in input order. Work done in PREPARE
/// rather than VISIT runs in parallel, on the core whose caches hold the issue.
template <typename T>
int ForEachIssue(const InputOptions& input, const std::function<T(Issue&)>& prepare,
                 const std::function<void(Issue&, T&)>& visit, const PipelineOptions& pipeline = {}) {
  IssueLoop loop(input.paths, input.run);
  LoadInOrder<T>(loop.inputs(), input.run.jobs, pipeline, prepare,
                 [&](const std::string& path, Result<Issue>& issue, T& value) {
                   if (loop.Take(path, issue)) visit(issue.value(), value);
                 });
  return loop.Finish();
}

/// Runs WRITE on stdout, or on OUTPUT through a temporary file renamed at the end (not when
/// WRITE returns kOutputError, having said why, nor when the run could read none of its inputs:
/// OUTPUT then stays as it was). Returns
/// kOutputError (after a one-line message) if the output cannot be written.
int WithOutput(const std::string& output, const std::function<int(std::ostream&)>& write);

/// True when OUTPUT names a file; else prints "COMMAND: --format xlsx needs -o FILE.xlsx".
bool HasXlsxOutput(const std::string& command, const std::string& output);

/// kOk when WRITTEN is ok; else prints its message and returns kOutputError.
int OutputStatus(const Status& written);

/// The exit code of a command whose reading returned READ and whose writing returned WRITTEN:
/// a failed write first, then a failed read.
inline int Worst(int read, int written) { return written != kOk ? written : read; }

/// The one line (with its newline) a usage ERROR of APP prints: "gazette: unknown command 'X'
/// (commands: …)", or "gazette: CMD: what CLI11 says (see gazette CMD --help)". ARGS: argv[1..].
std::string UsageErrorLine(const CLI::App& app, const CLI::Error& error, const std::vector<std::string>& args);

/// Prints "gazette: MESSAGE" on stderr.
void PrintError(const std::string& message);

/// Prints each of ISSUE's extractor failures ("FILE:LINE: articles of document ID failed (…);
/// skipped") through PRINT. True when there was one (the command then exits kInputError).
/// STATUS, a run's exit code: when it is not kOk, WRITER is abandoned (an empty answer of a run
/// that failed gets no TSV/CSV header; records already written stay).
int Ended(RecordWriter& writer, int status);

bool ReportFailures(const Issue& issue, const std::function<void(const std::string&)>& print = PrintError);

}  // namespace gazette::cli

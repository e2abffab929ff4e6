// A progress line on stderr while a command reads its inputs: files done/total, MB/s, time left.
// Shown only when stderr is a terminal and CI is not set; --quiet turns it off.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace gazette::cli {

/// The progress of one command over its inputs.
class Progress {
 public:
  /// Progress over INPUTS (their sizes are read now); shown if WANTED and stderr is a terminal.
  Progress(const std::vector<std::string>& inputs, bool wanted);
  /// Counts PATH as done and redraws the line (at most ten times a second).
  void Done(const std::string& path);
  /// Erases the line (before an error message, and at the end).
  void Clear();

 private:
  void Draw();

  bool shown_ = false;
  bool drawn_ = false;
  size_t files_total_ = 0, files_done_ = 0;
  uint64_t bytes_total_ = 0, bytes_done_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace gazette::cli

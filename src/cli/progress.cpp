#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace gazette::cli {
namespace {

uint64_t FileSize(const std::string& path) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

/// True where a progress line can be drawn: stderr a terminal, not a CI run.
bool Interactive() {
  const char* ci = std::getenv("CI");
  return isatty(STDERR_FILENO) && !(ci && *ci);
}

}  // namespace

Progress::Progress(const std::vector<std::string>& inputs, bool wanted)
    : shown_(wanted && Interactive()), files_total_(inputs.size()), start_(std::chrono::steady_clock::now()) {
  if (!shown_) return;
  for (const auto& path : inputs) bytes_total_ += path == "-" ? 0 : FileSize(path);
}

void Progress::Done(const std::string& path) {
  if (!shown_) return;
  ++files_done_;
  bytes_done_ += path == "-" ? 0 : FileSize(path);
  auto now = std::chrono::steady_clock::now();
  if (files_done_ < files_total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double mb = static_cast<double>(bytes_done_) / 1048576.0;
  double rate = seconds > 0 ? mb / seconds : 0;
  double left_mb = static_cast<double>(bytes_total_ - std::min(bytes_done_, bytes_total_)) / 1048576.0;
  long left = rate > 0 ? static_cast<long>(left_mb / rate + 0.5) : 0;
  std::fprintf(stderr, "\r\033[K%zu/%zu files  %.1f MB/s  %ld:%02ld left", files_done_, files_total_, rate,
               left / 60, left % 60);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace gazette::cli

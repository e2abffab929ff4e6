#include "pipeline/parallel.hpp"

#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "grammar/grammar.hpp"

namespace gazette {
namespace {

/// One input's outcome: the loaded issue (or its error), or the exception loading threw.
struct Loaded {
  std::optional<Result<Issue>> issue;
  std::exception_ptr failure;
};

Loaded LoadCatching(const std::string& path, const PipelineOptions& pipeline) {
  Loaded out;
  try {
    out.issue.emplace(LoadIssue(path, pipeline));
  } catch (...) {
    out.failure = std::current_exception();
  }
  return out;
}

/// The hand-over between the loading threads and the visiting thread.
class Window {
 public:
  Window(size_t total, size_t capacity) : total_(total), capacity_(capacity) {}

  /// The next input to load, waiting while the window is full; nullopt when all are taken.
  std::optional<size_t> Take() {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return stopped_ || next_ >= total_ || next_ - visited_ < capacity_; });
    if (stopped_ || next_ >= total_) return std::nullopt;
    return next_++;
  }

  void Put(size_t index, Loaded loaded) {
    std::lock_guard lock(mutex_);
    done_.emplace(index, std::move(loaded));
    ready_.notify_all();
  }

  /// The result for INDEX, waiting until it is loaded.
  Loaded Get(size_t index) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return done_.count(index) > 0; });
    Loaded out = std::move(done_.at(index));
    done_.erase(index);
    ++visited_;
    room_.notify_all();
    return out;
  }

  /// Lets every loader finish (after a visit threw).
  void Stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    room_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable room_, ready_;
  std::map<size_t, Loaded> done_;
  size_t total_, capacity_, next_ = 0, visited_ = 0;
  bool stopped_ = false;
};

void Visit(const std::string& path, Loaded& loaded,
           const std::function<void(const std::string&, Result<Issue>&)>& visit) {
  if (loaded.failure) std::rethrow_exception(loaded.failure);
  visit(path, *loaded.issue);
}

}  // namespace

unsigned DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void LoadInOrder(const std::vector<std::string>& inputs, unsigned jobs, const PipelineOptions& pipeline,
                 const std::function<void(const std::string& path, Result<Issue>& issue)>& visit) {
  if (jobs == 0) jobs = DefaultJobs();
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, inputs.size()));
  if (jobs <= 1) {
    for (const auto& path : inputs) {
      Loaded loaded = LoadCatching(path, pipeline);
      Visit(path, loaded, visit);
    }
    return;
  }
  Grammars();  // compiled once, before any job needs them
  Window window(inputs.size(), 2 * size_t(jobs));
  std::vector<std::thread> loaders;
  for (unsigned j = 0; j < jobs; ++j)
    loaders.emplace_back([&] {
      while (auto index = window.Take()) window.Put(*index, LoadCatching(inputs[*index], pipeline));
    });
  try {
    for (size_t i = 0; i < inputs.size(); ++i) {
      Loaded loaded = window.Get(i);
      Visit(inputs[i], loaded, visit);
    }
  } catch (...) {
    window.Stop();
    for (auto& t : loaders) t.join();
    throw;
  }
  for (auto& t : loaders) t.join();
}

}  // namespace gazette

#include "pipeline/parallel.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "grammar/grammar.hpp"

namespace gazette {
namespace {

/// The hand-over between the loading threads and the visiting thread: which index to load next,
/// and which loads have finished (with the exception each threw, if any).
class Window {
 public:
  Window(size_t total, size_t capacity) : total_(total), capacity_(capacity) {}

  /// The next index to load, waiting while the window is full; nullopt when all are taken.
  std::optional<size_t> Take() {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return stopped_ || next_ >= total_ || next_ - visited_ < capacity_; });
    if (stopped_ || next_ >= total_) return std::nullopt;
    return next_++;
  }

  /// Records that INDEX is loaded (FAILURE: what its load threw, or null).
  void Put(size_t index, std::exception_ptr failure) {
    std::lock_guard lock(mutex_);
    done_.emplace(index, std::move(failure));
    ready_.notify_all();
  }

  /// Waits until INDEX is loaded; returns what its load threw, or null.
  std::exception_ptr Get(size_t index) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return done_.count(index) > 0; });
    std::exception_ptr out = std::move(done_.at(index));
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
  std::map<size_t, std::exception_ptr> done_;
  size_t total_, capacity_, next_ = 0, visited_ = 0;
  bool stopped_ = false;
};

/// Runs LOAD(INDEX); returns what it threw, or null.
std::exception_ptr LoadCatching(const std::function<void(size_t)>& load, size_t index) {
  try {
    load(index);
  } catch (...) {
    return std::current_exception();
  }
  return nullptr;
}

}  // namespace

void RunInOrder(size_t count, unsigned jobs, const std::function<void(size_t)>& load,
                const std::function<void(size_t)>& visit) {
  if (jobs == 0) jobs = DefaultJobs();
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, count));
  if (jobs <= 1) {
    for (size_t i = 0; i < count; ++i) {
      load(i);
      visit(i);
    }
    return;
  }
  Grammars();  // compiled once, before any job needs them
  Window window(count, 2 * size_t(jobs));
  std::vector<std::thread> loaders;
  for (unsigned j = 0; j < jobs; ++j)
    loaders.emplace_back([&] {
      while (auto index = window.Take()) window.Put(*index, LoadCatching(load, *index));
    });
  try {
    for (size_t i = 0; i < count; ++i) {
      if (std::exception_ptr failure = window.Get(i)) std::rethrow_exception(failure);
      visit(i);
    }
  } catch (...) {
    window.Stop();
    for (auto& t : loaders) t.join();
    throw;
  }
  for (auto& t : loaders) t.join();
}

void LoadInOrder(const std::vector<std::string>& inputs, unsigned jobs, const PipelineOptions& pipeline,
                 const std::function<void(const std::string& path, Result<Issue>& issue)>& visit) {
  MapInOrder<Result<Issue>>(
      inputs, jobs, [&](const std::string& path) { return LoadIssue(path, pipeline); }, visit);
}

}  // namespace gazette

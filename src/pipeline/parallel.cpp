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

/// The shared state of the jobs: which index to load next, which loads have finished (with the
/// exception each threw, if any), which index is visited next and whether a job is visiting it.
/// Every job loads and visits: a job whose load is the next to visit visits it at once (its data
/// still in that core's caches), and then every later one already loaded, while the others go on
/// loading. No thread only waits and wakes for each issue in turn. With VisitOn::calling_thread
/// the jobs only load and the calling thread visits (VisitAll).
class Relay {
 public:
  Relay(size_t total, size_t capacity, VisitOn visits) : total_(total), capacity_(capacity), visits_(visits) {}

  /// One job's loop: takes an index, loads it, visits what is ready in order (unless the calling
  /// thread visits); returns when every index is taken or the run stopped.
  void Work(const std::function<void(size_t)>& load, const std::function<void(size_t)>& visit) {
    while (auto index = Take()) {
      std::exception_ptr failure = Catching(load, *index);
      std::unique_lock lock(mutex_);
      done_.emplace(*index, std::move(failure));
      if (visits_ == VisitOn::any_job) VisitReady(lock, visit);
      else ready_.notify_all();
    }
  }

  /// The calling thread's loop with VisitOn::calling_thread: visits each index in order as soon
  /// as it is loaded; returns when all are visited or the run stopped.
  void VisitAll(const std::function<void(size_t)>& visit) {
    std::unique_lock lock(mutex_);
    while (!stopped_ && visited_ < total_) {
      ready_.wait(lock, [&] { return stopped_ || done_.count(visited_) > 0; });
      VisitReady(lock, visit);
    }
  }

  /// What stopped the run (a load's exception in its turn, or a visit's), or null.
  std::exception_ptr failure() {
    std::lock_guard lock(mutex_);
    return failure_;
  }

 private:
  /// The next index to load, waiting while the window is full; nullopt when all are taken or the
  /// run stopped.
  std::optional<size_t> Take() {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return stopped_ || next_ >= total_ || next_ - visited_ < capacity_; });
    if (stopped_ || next_ >= total_) return std::nullopt;
    return next_++;
  }

  /// Visits, in order, every loaded index from the next one on, unless another job is visiting
  /// (it will visit them). LOCK is held on entry and on return, not during a visit.
  void VisitReady(std::unique_lock<std::mutex>& lock, const std::function<void(size_t)>& visit) {
    while (!visiting_ && !stopped_) {
      auto ready = done_.find(visited_);
      if (ready == done_.end()) return;
      std::exception_ptr failure = std::move(ready->second);
      done_.erase(ready);
      if (!failure) {
        visiting_ = true;
        lock.unlock();
        failure = Catching(visit, visited_);
        lock.lock();
        visiting_ = false;
      }
      if (failure) return Stop(std::move(failure));
      ++visited_;
      room_.notify_all();
    }
  }

  /// Stops the run with FAILURE (LOCK held): no job takes another index.
  void Stop(std::exception_ptr failure) {
    failure_ = std::move(failure);
    stopped_ = true;
    room_.notify_all();
  }

  /// Runs FN(INDEX); returns what it threw, or null.
  static std::exception_ptr Catching(const std::function<void(size_t)>& fn, size_t index) {
    try {
      fn(index);
    } catch (...) {
      return std::current_exception();
    }
    return nullptr;
  }

  std::mutex mutex_;
  std::condition_variable room_, ready_;
  std::map<size_t, std::exception_ptr> done_;  // loaded, not yet visited
  size_t total_, capacity_, next_ = 0, visited_ = 0;
  VisitOn visits_;
  bool visiting_ = false, stopped_ = false;
  std::exception_ptr failure_;
};

}  // namespace
void RunInOrder(size_t count, unsigned jobs, const std::function<void(size_t)>& load,
                const std::function<void(size_t)>& visit, VisitOn visits) {
  jobs = JobsFor(jobs);
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, count));
  if (jobs <= 1) {
    for (size_t i = 0; i < count; ++i) {
      load(i);
      visit(i);
    }
    return;
  }
  Grammars();  // compiled once, before any job needs them
  Relay relay(count, 2 * size_t(jobs), visits);
  const bool caller_loads = visits == VisitOn::any_job;  // else it only visits
  std::vector<std::thread> others;
  for (unsigned j = caller_loads ? 1 : 0; j < jobs; ++j) others.emplace_back([&] { relay.Work(load, visit); });
  if (caller_loads) relay.Work(load, visit);
  else relay.VisitAll(visit);
  for (auto& t : others) t.join();
  if (std::exception_ptr failure = relay.failure()) std::rethrow_exception(failure);
}

void LoadInOrder(const std::vector<std::string>& inputs, unsigned jobs, const PipelineOptions& pipeline,
                 const std::function<void(const std::string& path, Result<Issue>& issue)>& visit) {
  struct Nothing {};
  LoadInOrder<Nothing>(
      inputs, jobs, pipeline, [](Issue&) { return Nothing{}; },
      [&](const std::string& path, Result<Issue>& issue, Nothing&) { visit(path, issue); });
}

}  // namespace gazette

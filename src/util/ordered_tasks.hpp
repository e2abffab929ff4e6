// Tasks found one at a time by a serial loop, run on threads of their own, their results taken
// in the order the tasks were given: `diff --superseded` finds a pair ready to compare as the
// documents come in input order, and its diffs, most of its time, would otherwise run one at a
// time in that loop.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "util/jobs.hpp"

namespace gazette {

/// Runs the tasks it is given on JOBS jobs, JOBS − 1 threads of its own and the calling thread, and
/// hands their results, in the order given, to the caller's TAKE on the thread that calls Add or
/// Finish (never two at once). With one job a task runs in Add itself, and TAKE with it. At most
/// MAX_PENDING tasks are given and not yet taken: Add waits for room, and Add and Finish run
/// tasks not yet started rather than wait, so what they hold stays bounded and no core idles
/// (each thread started costs its heap's first pages: `diff --superseded` peaked 5–10 MB higher
/// with a thread per job beside the caller).
///
///   OrderedTasks<Diff> diffs(jobs, 8);
///   for (…) diffs.Add([=] { return Compare(a, b); }, write);  // write(Diff&) in order
///   diffs.Finish(write);
template <typename T>
class OrderedTasks {
 public:
  /// What is done with each result, in order.
  using Take = std::function<void(T&)>;

  /// JOBS jobs (0: one per core); at most MAX_PENDING (at least 1) tasks waiting or running.
  OrderedTasks(unsigned jobs, size_t max_pending)
      : jobs_(JobsFor(jobs)), max_pending_(max_pending ? max_pending : 1) {
    if (jobs_ == 1) return;
    try {  // the calling thread is the last job: it runs tasks while it waits for room or results
      for (unsigned i = 1; i < jobs_; ++i) threads_.emplace_back([this] { Work(); });
    } catch (...) {  // a thread that could not start: those started are joined
      Stop();
      throw;
    }
  }
  /// Stops the threads once the tasks running end; results not taken are dropped.
  ~OrderedTasks() { Stop(); }
  OrderedTasks(const OrderedTasks&) = delete;
  OrderedTasks& operator=(const OrderedTasks&) = delete;

  /// Gives TASK (not empty), after taking with TAKE the results done before it (and waiting while
  /// MAX_PENDING are pending). An exception TASK throws is rethrown here or in Finish, in its
  /// turn; when Add throws, TASK was not given (with one job: it ran, and threw).
  void Add(std::function<T()> task, const Take& take) {
    if (!task) throw std::invalid_argument("OrderedTasks::Add: an empty task");
    if (threads_.empty()) {
      T value = task();
      take(value);
      return;
    }
    std::unique_lock lock(mutex_);
    TakeDone(lock, take, max_pending_ - 1);
    slots_.emplace_back().task = std::move(task);
    lock.unlock();
    work_.notify_one();
  }

  /// Waits for every task given and takes their results in order.
  void Finish(const Take& take) {
    std::unique_lock lock(mutex_);
    TakeDone(lock, take, 0);
  }

 private:
  struct Slot {
    std::function<T()> task;
    bool started = false;  // a thread has taken the task
    std::optional<T> value;
    std::exception_ptr error;
    bool done = false;
  };

  // Stops the threads once the tasks running end, and joins them.
  void Stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_.notify_all();
    for (auto& t : threads_) t.join();
  }

  // Takes the results at the front in order while they are done; then, while more than LEAVE
  // slots remain, waits for the front one. TAKE runs with the lock released.
  void TakeDone(std::unique_lock<std::mutex>& lock, const Take& take, size_t leave) {
    for (;;) {
      while (!slots_.empty() && slots_.front().done) {
        Slot front = std::move(slots_.front());
        slots_.pop_front();
        lock.unlock();
        if (front.error) std::rethrow_exception(front.error);
        take(*front.value);
        lock.lock();
      }
      if (slots_.size() <= leave) return;
      if (Slot* slot = Untaken()) {
        Run(lock, *slot);  // the calling thread helps rather than waits
        continue;
      }
      done_.wait(lock, [this] { return slots_.front().done; });
    }
  }

  // A thread's loop: runs the first task no thread has taken, until stopped.
  void Work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      Slot* slot = nullptr;
      work_.wait(lock, [&] { return stopping_ || (slot = Untaken()) != nullptr; });
      if (!slot) return;
      Run(lock, *slot);
    }
  }

  // Runs SLOT's task with LOCK released, and marks it done.
  void Run(std::unique_lock<std::mutex>& lock, Slot& slot) {
    std::function<T()> task = std::move(slot.task);
    slot.started = true;
    lock.unlock();
    std::optional<T> value;
    std::exception_ptr error;
    try {
      value.emplace(task());
    } catch (...) {
      error = std::current_exception();
    }
    task = nullptr;  // what it holds (the documents compared) is let go on this thread
    lock.lock();
    slot.value = std::move(value);
    slot.error = error;
    slot.done = true;
    done_.notify_all();
  }

  // The first slot whose task no thread has taken, or null.
  Slot* Untaken() {
    for (auto& s : slots_)
      if (!s.started) return &s;
    return nullptr;
  }

  const unsigned jobs_;
  const size_t max_pending_;
  std::mutex mutex_;
  std::condition_variable work_;  // a task given, or stopping
  std::condition_variable done_;  // a task done
  std::deque<Slot> slots_;        // given and not taken, in order
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace gazette

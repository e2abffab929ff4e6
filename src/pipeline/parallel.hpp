// Issues loaded in parallel and handed over in input order: the one reading loop every command
// shares (and `gazette index`), so output is the same whatever the number of jobs.
#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "util/jobs.hpp"

namespace gazette {

/// Which thread visits: any job (the one that finds the next index ready, most often the one that
/// loaded it), or only the calling thread, the jobs loading beside it: for a visit that builds a
/// large structure of its own (the index's SQLite cache and FTS5's pending terms), whose blocks
/// then all come from one thread's heap and are freed there (with the jobs visiting, the index's
/// peak over 100 MB rose from 94 to 117 MB).
enum class VisitOn { any_job, calling_thread };

/// Runs LOAD(i) for each i in [0, COUNT) on JOBS jobs (0: DefaultJobs()), the calling thread one
/// of them, and VISIT(i) in order i = 0, 1, …, each as soon as LOAD(i) and the visits before it
/// have finished: one visit at a time, on whichever job finds it ready (the job that loaded i,
/// when i is the next to visit). At most 2 × JOBS loads run ahead of the visits, so memory stays
/// flat however large COUNT is. An exception thrown by LOAD(i) is rethrown on the calling thread
/// when i's turn comes, as it would be with one job; one from VISIT stops the loads and is
/// rethrown there. With VisitOn::calling_thread, JOBS threads load and the calling thread visits.
void RunInOrder(size_t count, unsigned jobs, const std::function<void(size_t)>& load,
                const std::function<void(size_t)>& visit, VisitOn visits = VisitOn::any_job);

/// Values loaded on one thread and visited on another, handed back to be destroyed on the thread
/// that built them: freeing a block on the thread whose heap it came from spares the allocator a
/// lock on another thread's heap (glibc's arenas: such frees were a tenth of `xml`'s CPU time).
template <typename T>
class LoadedValues {
 public:
  /// Destroys the values the calling thread built that have been visited since its last call
  /// (outside the lock).
  void DestroySpent() {
    std::vector<T> spent;
    std::lock_guard lock(mutex_);
    spent.swap(spent_[std::this_thread::get_id()]);
  }

  /// Stores VALUE, loaded by the calling thread, as the value of INDEX.
  void Put(size_t index, T value) {
    std::lock_guard lock(mutex_);
    loaded_.emplace(index, Owned{std::move(value), std::this_thread::get_id()});
  }

  /// Takes INDEX's value out, calls VISIT on it, then hands it back to its thread (destroyed at
  /// once when that is the calling thread).
  template <typename Fn>
  void Visit(size_t index, Fn&& visit) {
    std::unique_lock lock(mutex_);
    auto node = loaded_.extract(index);
    lock.unlock();
    visit(node.mapped().value);
    if (node.mapped().owner == std::this_thread::get_id()) return;
    lock.lock();
    spent_[node.mapped().owner].push_back(std::move(node.mapped().value));
  }

 private:
  struct Owned {
    T value;
    std::thread::id owner;
  };
  std::mutex mutex_;
  std::map<size_t, Owned> loaded_;  // loaded, not yet visited: at most the window
  std::map<std::thread::id, std::vector<T>> spent_;  // visited, not yet destroyed, by owner
};

/// RunInOrder over INPUTS: LOAD(path) → T on the jobs, then VISIT(path, T&) in input order; each
/// T is destroyed on the thread that loaded it.
template <typename T, typename Load, typename Visit>
void MapInOrder(const std::vector<std::string>& inputs, unsigned jobs, Load load, Visit visit,
                VisitOn visits = VisitOn::any_job) {
  LoadedValues<T> values;
  RunInOrder(
      inputs.size(), jobs, [&](size_t i) {
        values.DestroySpent();
        values.Put(i, load(inputs[i]));
      },
      [&](size_t i) { values.Visit(i, [&](T& value) { visit(inputs[i], value); }); }, visits);
}

/// An input as loaded, with what a command's own step made of it on the loading thread.
template <typename T>
struct Prepared {
  Result<Issue> issue;
  T value{};
};

/// Loads each of INPUTS (LoadIssue with PIPELINE, issues named apart: NamingApart) on JOBS
/// threads; PREPARE(Issue&) → T runs on
/// each issue loaded without error, on the thread that loaded it, at once (beside other issues'
/// loads and prepares: it must touch nothing they share); VISIT(path, issue, T&) then follows in
/// input order (MapInOrder). A command's own work on an issue done in PREPARE runs while the
/// issue is in the caches of the core that built it, and in parallel.
template <typename T, typename Prepare, typename Visit>
void LoadInOrder(const std::vector<std::string>& inputs, unsigned jobs, const PipelineOptions& pipeline,
                 Prepare prepare, Visit visit) {
  const PipelineOptions options = NamingApart(pipeline, inputs);  // two folders' notice.txt: ids apart
  MapInOrder<Prepared<T>>(
      inputs, jobs,
      [&](const std::string& path) {
        Prepared<T> loaded{LoadIssue(path, options)};
        if (loaded.issue.ok()) loaded.value = prepare(loaded.issue.value());
        return loaded;
      },
      [&](const std::string& path, Prepared<T>& loaded) { visit(path, loaded.issue, loaded.value); });
}

/// Loads each of INPUTS (LoadIssue with PIPELINE) on JOBS jobs and calls VISIT with each result
/// in input order (MapInOrder).
void LoadInOrder(const std::vector<std::string>& inputs, unsigned jobs, const PipelineOptions& pipeline,
                 const std::function<void(const std::string& path, Result<Issue>& issue)>& visit);

}  // namespace gazette

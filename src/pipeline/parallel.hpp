// Issues loaded in parallel and handed over in input order: the one reading loop every command
// shares (and `gazette index`), so output is the same whatever the number of jobs.
#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "util/jobs.hpp"

namespace gazette {

/// Runs LOAD(i) for each i in [0, COUNT) on JOBS threads (0: DefaultJobs()) and VISIT(i) on the
/// calling thread in order i = 0, 1, …, each as soon as LOAD(i) has finished. At most 2 × JOBS
/// loads run ahead of the visits, so memory stays flat however large COUNT is. An exception
/// thrown by LOAD(i) is rethrown on the calling thread when i's turn comes, as it would be with
/// one job; an exception from VISIT stops the loads and is rethrown.
void RunInOrder(size_t count, unsigned jobs, const std::function<void(size_t)>& load,
                const std::function<void(size_t)>& visit);

/// RunInOrder over INPUTS: LOAD(path) → T on the loading threads, then VISIT(path, T&) on the
/// calling thread in input order.
template <typename T, typename Load, typename Visit>
void MapInOrder(const std::vector<std::string>& inputs, unsigned jobs, Load load, Visit visit) {
  std::mutex mutex;
  std::map<size_t, T> loaded;  // loaded, not yet visited: at most the window
  RunInOrder(
      inputs.size(), jobs,
      [&](size_t i) {
        T value = load(inputs[i]);
        std::lock_guard lock(mutex);
        loaded.emplace(i, std::move(value));
      },
      [&](size_t i) {
        std::unique_lock lock(mutex);
        auto node = loaded.extract(i);
        lock.unlock();
        visit(inputs[i], node.mapped());
      });
}

/// Loads each of INPUTS (LoadIssue with PIPELINE) on JOBS threads and calls VISIT on the calling
/// thread with each result in input order (MapInOrder).
void LoadInOrder(const std::vector<std::string>& inputs, unsigned jobs, const PipelineOptions& pipeline,
                 const std::function<void(const std::string& path, Result<Issue>& issue)>& visit);

}  // namespace gazette

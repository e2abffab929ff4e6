// Issues loaded in parallel and handed over in input order: the one reading loop every command
// shares, so output is the same whatever the number of jobs.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"

namespace gazette {

/// The number of jobs --jobs 0 stands for: the machine's cores (at least 1).
unsigned DefaultJobs();

/// Loads each of INPUTS (LoadIssue with PIPELINE) on JOBS threads and calls VISIT on the calling
/// thread with each result in input order, the next as soon as it is ready. At most 2 × JOBS
/// issues are held at once, so memory stays flat however many inputs there are. An exception
/// thrown while loading an input is rethrown on the calling thread when its turn comes, as it
/// would be with one job.
void LoadInOrder(const std::vector<std::string>& inputs, unsigned jobs, const PipelineOptions& pipeline,
                 const std::function<void(const std::string& path, Result<Issue>& issue)>& visit);

}  // namespace gazette

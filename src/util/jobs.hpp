// The number of jobs a command runs when it is not told: one rule for every layer (the reading
// loop in src/pipeline, the xml writer's threads in src/export).
#pragma once
#include <algorithm>
#include <thread>

namespace gazette {

/// The number of jobs --jobs 0 stands for: the machine's cores (at least 1).
inline unsigned DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

/// The number of jobs JOBS stands for: itself, or DefaultJobs() for 0.
inline unsigned JobsFor(unsigned jobs) { return jobs ? jobs : DefaultJobs(); }

}  // namespace gazette

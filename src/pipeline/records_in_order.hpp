// Records made once every input is read (a corpus's references), printed on several jobs and
// written in order: the one thread that printed them alone was the serial tail of `refs`.
#pragma once
#include <cstddef>
#include <functional>

#include "export/records.hpp"

namespace gazette {

/// How many records a job prints at a time: large enough that handing a block over costs little
/// beside printing it (blocks of 128 made `refs` 6% slower in wall time), small enough that the
/// blocks in flight stay small (512 records of `refs` are about 280 KB of JSON).
constexpr size_t kRecordBlock = 512;

/// At most this many jobs print: each thread started for it has a heap of its own, whose first
/// pages cost about 8 MB of resident memory on the heap's huge pages (`refs` over the 100 MB
/// bench corpus peaks at 91–94 MB with two jobs, 85 with one, where it reached 83 before).
constexpr unsigned kMaxRecordJobs = 2;

/// Writes with WRITER, in order of i, the record MAKE(i, record) fills for each i in [0, COUNT)
/// (none for an i where it returns false). Blocks of BLOCK records are made and printed on JOBS
/// jobs (0: as many as there are cores; at most kMaxRecordJobs) and written in order by
/// RunInOrder, so the output is the same whatever JOBS. MAKE runs on several threads at once: it
/// must only read what it shares.
void WriteRecordsInOrder(RecordWriter& writer, size_t count, unsigned jobs,
                         const std::function<bool(size_t i, Record& record)>& make,
                         size_t block = kRecordBlock);

}  // namespace gazette

// Records made once every input is read (a corpus's references), printed on several jobs and
// written in order: the one thread that printed them alone was the serial tail of `refs`.
#pragma once
#include <cstddef>
#include <functional>

#include "export/records.hpp"

namespace gazette {

/// How many records a job prints at a time: large enough that handing a block over costs little
/// beside printing it, small enough that the blocks in flight (RunInOrder's window) stay small.
constexpr size_t kRecordBlock = 1024;

/// Writes with WRITER, in order of i, the record MAKE(i, record) fills for each i in [0, COUNT)
/// (none for an i where it returns false). Blocks of BLOCK records are made and printed on JOBS
/// jobs (0: as many as there are cores) and written in order by RunInOrder, so the output is the
/// same whatever JOBS. MAKE runs on several threads at once: it must only read what it shares.
void WriteRecordsInOrder(RecordWriter& writer, size_t count, unsigned jobs,
                         const std::function<bool(size_t i, Record& record)>& make,
                         size_t block = kRecordBlock);

}  // namespace gazette

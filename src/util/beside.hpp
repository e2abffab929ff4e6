// Two pieces of work at once: one on a thread started for it, one on the calling thread. What
// the writers use to write two independent parts of an output side by side (xml's issue files
// and corpus.xml, the workbook's two lanes of sheets).
#pragma once
#include <functional>

namespace gazette {

/// Runs OTHER on a new thread while HERE runs on the calling thread, and returns once both have
/// finished. An exception either throws is rethrown here, after both have finished (HERE's first
/// when both throw), never lost with the thread.
void RunBeside(const std::function<void()>& other, const std::function<void()>& here);

}  // namespace gazette

// util/beside: two pieces of work at once, both finished before it returns, and an exception
// from either rethrown on the calling thread.
#include "util/beside.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <thread>

using gazette::RunBeside;

TEST_CASE("RunBeside runs the other work on another thread and both to the end", "[beside]") {
  std::thread::id here_id, other_id;
  int done = 0;
  std::atomic<int> other_done = 0;
  RunBeside([&] { other_id = std::this_thread::get_id(), ++other_done; },
            [&] { here_id = std::this_thread::get_id(), ++done; });
  CHECK(done == 1);
  CHECK(other_done == 1);
  CHECK(here_id == std::this_thread::get_id());
  CHECK(other_id != here_id);
}

TEST_CASE("RunBeside rethrows either side's exception once both have finished", "[beside]") {
  std::atomic<bool> here_finished = false, other_finished = false;
  CHECK_THROWS_WITH(RunBeside([] { throw std::runtime_error("other"); }, [&] { here_finished = true; }), "other");
  CHECK(here_finished);
  CHECK_THROWS_WITH(RunBeside([&] { other_finished = true; }, [] { throw std::runtime_error("here"); }), "here");
  CHECK(other_finished);
  // Both throw: the calling thread's is the one rethrown.
  CHECK_THROWS_WITH(RunBeside([] { throw std::runtime_error("other"); }, [] { throw std::runtime_error("here"); }),
                    "here");
}

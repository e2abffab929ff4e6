#include "util/ordered_tasks.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace gazette {
namespace {

// Tasks that end out of order (the earlier ones sleep longer) are taken in the order given.
TEST_CASE("OrderedTasks takes the results in the order the tasks were given", "[ordered_tasks]") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    INFO("jobs " << jobs);
    OrderedTasks<int> tasks(jobs, 3);
    std::vector<int> taken;
    auto take = [&](int& v) { taken.push_back(v); };
    for (int i = 0; i < 40; ++i)
      tasks.Add([i] {
        std::this_thread::sleep_for(std::chrono::microseconds(((40 - i) % 4) * 300));
        return i;
      }, take);
    tasks.Finish(take);
    std::vector<int> want;
    for (int i = 0; i < 40; ++i) want.push_back(i);
    CHECK(taken == want);
  }
}

TEST_CASE("OrderedTasks holds at most its bound of tasks given and not taken", "[ordered_tasks]") {
  constexpr size_t kBound = 3;
  OrderedTasks<int> tasks(2, kBound);
  std::atomic<int> given{0}, taken{0};
  int most = 0;
  auto take = [&](int&) { ++taken; };
  for (int i = 0; i < 30; ++i) {
    tasks.Add([i] {
      std::this_thread::sleep_for(std::chrono::microseconds(200));
      return i;
    }, take);
    ++given;
    most = std::max(most, given - taken);
  }
  tasks.Finish(take);
  CHECK(taken == 30);
  CHECK(most <= int(kBound));
}

TEST_CASE("OrderedTasks with one job runs each task in Add, on the calling thread", "[ordered_tasks]") {
  OrderedTasks<std::thread::id> tasks(1, 4);
  std::vector<std::thread::id> ran;
  auto take = [&](std::thread::id& id) { ran.push_back(id); };
  tasks.Add([] { return std::this_thread::get_id(); }, take);
  CHECK(ran == std::vector<std::thread::id>{std::this_thread::get_id()});
}

// A task's exception comes out in its turn, after the results given before it.
TEST_CASE("OrderedTasks rethrows a task's exception in its turn", "[ordered_tasks]") {
  for (unsigned jobs : {1u, 2u}) {
    INFO("jobs " << jobs);
    OrderedTasks<int> tasks(jobs, 8);
    std::vector<int> taken;
    auto take = [&](int& v) { taken.push_back(v); };
    auto give_all = [&] {
      for (int i = 0; i < 5; ++i)
        tasks.Add([i]() -> int {
          if (i == 3) throw std::runtime_error("task 3");
          return i;
        }, take);
      tasks.Finish(take);
    };
    CHECK_THROWS_WITH(give_all(), "task 3");
    CHECK(taken == std::vector<int>{0, 1, 2});
  }
}

}  // namespace
}  // namespace gazette

namespace gazette {
namespace {

TEST_CASE("OrderedTasks refuses an empty task", "[ordered_tasks]") {
  for (unsigned jobs : {1u, 2u}) {
    OrderedTasks<int> tasks(jobs, 2);
    auto take = [](int&) {};
    CHECK_THROWS_AS(tasks.Add(std::function<int()>(), take), std::invalid_argument);
    tasks.Finish(take);  // nothing was given: it returns
  }
}

}  // namespace
}  // namespace gazette

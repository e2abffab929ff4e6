#include "pipeline/parallel.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace gazette {
namespace {

/// What the test values saw: how many were made and destroyed, and how many of those on a thread
/// other than the one that made them.
struct Ledger {
  std::atomic<int> made{0}, destroyed{0}, destroyed_elsewhere{0};
};

/// A loaded value that remembers the thread it was made on and checks, when destroyed, which
/// thread destroys it (a moved-from value owns nothing and is not counted).
class Tracked {
 public:
  Tracked(std::string text, Ledger& ledger)
      : text_(std::move(text)), ledger_(&ledger), maker_(std::this_thread::get_id()) {
    ++ledger.made;
  }
  Tracked(Tracked&& other) noexcept
      : text_(std::move(other.text_)), ledger_(std::exchange(other.ledger_, nullptr)), maker_(other.maker_) {}
  Tracked& operator=(Tracked&&) = delete;
  ~Tracked() {
    if (!ledger_) return;
    ++ledger_->destroyed;
    if (std::this_thread::get_id() != maker_) ++ledger_->destroyed_elsewhere;
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  Ledger* ledger_;
  std::thread::id maker_;
};

std::vector<std::string> Inputs(int count) {
  std::vector<std::string> inputs;
  for (int i = 0; i < count; ++i) inputs.push_back("issue-" + std::to_string(i));
  return inputs;
}

}  // namespace

TEST_CASE("MapInOrder visits in input order and destroys each value on the thread that loaded it") {
  const std::vector<std::string> inputs = Inputs(200);
  for (unsigned jobs : {1u, 2u, 4u}) {
    Ledger ledger;
    std::vector<std::string> visited;
    MapInOrder<Tracked>(
        inputs, jobs, [&](const std::string& path) { return Tracked(path + "!", ledger); },
        [&](const std::string& path, Tracked& value) {
          CHECK(value.text() == path + "!");
          visited.push_back(path);
        });
    CHECK(visited == inputs);
    CHECK(ledger.destroyed == 200);
    // One job destroys each value at once. With more, a loader destroys its values at its next
    // load, so only those handed back after its last one (the end of the run: in 30 runs at most
    // 8 of 200 with two jobs, 24 with four on two cores) are left to the caller.
    if (jobs == 1) CHECK(ledger.destroyed_elsewhere == 0);
    CHECK(ledger.destroyed_elsewhere <= 50);
  }
}

TEST_CASE("RunInOrder visits one at a time, in order, while other jobs go on loading") {
  for (unsigned jobs : {2u, 4u}) {
    std::atomic<int> visiting{0}, overlaps{0};
    std::mutex threads_mutex;
    std::set<std::thread::id> visitors;
    std::vector<size_t> order;
    RunInOrder(
        300, jobs, [](size_t) {},
        [&](size_t i) {
          if (++visiting > 1) ++overlaps;
          order.push_back(i);  // unguarded: a second visit at once would be a data race
          {
            std::lock_guard lock(threads_mutex);
            visitors.insert(std::this_thread::get_id());
          }
          std::this_thread::sleep_for(std::chrono::microseconds(50));
          --visiting;
        });
    CHECK(overlaps == 0);
    std::vector<size_t> expected(300);
    for (size_t i = 0; i < expected.size(); ++i) expected[i] = i;
    CHECK(order == expected);
    CHECK(!visitors.empty());
    CHECK(visitors.size() <= jobs);  // the jobs visit: no thread of its own does
  }
}

TEST_CASE("RunInOrder with VisitOn::calling_thread visits on the calling thread only, in order") {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<size_t> order;
  std::atomic<int> elsewhere{0}, loaded_by_caller{0};
  RunInOrder(
      200, 2, [&](size_t) { if (std::this_thread::get_id() == caller) ++loaded_by_caller; },
      [&](size_t i) {
        if (std::this_thread::get_id() != caller) ++elsewhere;
        order.push_back(i);
      },
      VisitOn::calling_thread);
  CHECK(elsewhere == 0);
  CHECK(loaded_by_caller == 0);
  REQUIRE(order.size() == 200);
  for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);

  CHECK_THROWS_WITH(RunInOrder(
                        50, 2, [](size_t i) { if (i == 20) throw std::runtime_error("unreadable"); },
                        [](size_t) {}, VisitOn::calling_thread),
                    "unreadable");
}

TEST_CASE("MapInOrder rethrows a load's exception in its turn and a visit's at once") {
  const std::vector<std::string> inputs = Inputs(50);
  Ledger ledger;
  std::vector<std::string> visited;
  auto load = [&](const std::string& path) {
    if (path == "issue-20") throw std::runtime_error("unreadable");
    return Tracked(path, ledger);
  };
  CHECK_THROWS_WITH(MapInOrder<Tracked>(inputs, 2, load,
                                        [&](const std::string& path, Tracked&) { visited.push_back(path); }),
                    "unreadable");
  CHECK(visited == std::vector<std::string>(inputs.begin(), inputs.begin() + 20));

  CHECK(ledger.destroyed == ledger.made);

  CHECK_THROWS_WITH(MapInOrder<Tracked>(
                        inputs, 2, [&](const std::string& path) { return Tracked(path, ledger); },
                        [&](const std::string& path, Tracked&) {
                          if (path == "issue-7") throw std::runtime_error("disk full");
                        }),
                    "disk full");
  CHECK(ledger.destroyed == ledger.made);
}

}  // namespace gazette

#include "util/beside.hpp"

#include <exception>
#include <thread>

namespace gazette {

void RunBeside(const std::function<void()>& other, const std::function<void()>& here) {
  std::exception_ptr other_failed, here_failed;
  std::thread thread([&] {
    try {
      other();
    } catch (...) {
      other_failed = std::current_exception();
    }
  });
  try {
    here();
  } catch (...) {
    here_failed = std::current_exception();
  }
  thread.join();
  if (here_failed) std::rethrow_exception(here_failed);
  if (other_failed) std::rethrow_exception(other_failed);
}

}  // namespace gazette

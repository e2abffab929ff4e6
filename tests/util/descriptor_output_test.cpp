// util/descriptor_output: standard output written whole through a pipe, in small and large
// pieces, and a failed write reported with the system's reason.
#include "util/descriptor_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <string>
#include <thread>

using gazette::DescriptorBuf;
using gazette::Status;
using gazette::WriteToDescriptor;

namespace {

/// Everything written to a pipe by WRITE_SIDE, read on another thread.
std::string ThroughPipe(const std::function<void(int fd)>& write_side) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  std::string got;
  std::thread reader([&] {
    char chunk[4096];
    for (ssize_t n; (n = read(fds[0], chunk, sizeof chunk)) > 0;) got.append(chunk, size_t(n));
  });
  write_side(fds[1]);
  close(fds[1]);
  reader.join();
  close(fds[0]);
  return got;
}

}  // namespace

TEST_CASE("DescriptorBuf writes every byte in order, small pieces and large", "[descriptor_output]") {
  std::string expected;
  std::string got = ThroughPipe([&](int fd) {
    DescriptorBuf buffer(fd, 16);  // a small buffer: pieces larger than it go straight through
    std::ostream out(&buffer);
    for (int i = 0; i < 200; ++i) {
      std::string piece(size_t(i % 37), char('a' + i % 26));
      out << piece << i << '\n';
      expected += piece + std::to_string(i) + '\n';
    }
    out.flush();
    CHECK(out.good());
    CHECK(buffer.error() == 0);
  });
  CHECK(got == expected);
}

TEST_CASE("WriteToDescriptor gives the system's reason for a failed write", "[descriptor_output]") {
  int full = open("/dev/full", O_WRONLY | O_CLOEXEC);
  if (full < 0) return;  // no /dev/full here
  Status s = WriteToDescriptor(full, "stdout", [](std::ostream& out) -> Status {
    out << std::string(200000, 'x');  // past the buffer: fails while written, not only at the end
    return {};
  });
  close(full);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "stdout: write failed (No space left on device)");
}

TEST_CASE("WriteToDescriptor passes on the writer's own error", "[descriptor_output]") {
  std::string got = ThroughPipe([](int fd) {
    Status s = WriteToDescriptor(fd, "stdout", [](std::ostream& out) -> Status {
      out << "partial";
      return gazette::Error{"the writer's reason"};
    });
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == "the writer's reason");
  });
  CHECK(got == "partial");  // what it wrote is still written: standard output is never taken back
}

// util/replaced_files with util/atomic_file: an output replaced through a ReplacedFiles is in
// place when the write returns, the old file is gone from the directory, and once Wait returns
// nothing holds it any more (its space is back); the writers may be several threads.
#include "util/replaced_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "util/atomic_file.hpp"

namespace fs = std::filesystem;
using gazette::ReplacedFiles;
using gazette::Status;
using gazette::WriteFileAtomically;

namespace {

// A fresh directory for one test, removed at the end.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("gazette-replaced-" + std::to_string(getpid()) + "-" +
                                               std::to_string(reinterpret_cast<uintptr_t>(this)));
  ScratchDir() { fs::create_directories(path); }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteText(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

Status Writing(const std::string& text, std::ostream& out) {
  out << text;
  return {};
}

// How many of this process's descriptors name a deleted file under DIR (as /proc shows them).
int HeldDeletedIn(const fs::path& dir) {
  int n = 0;
  for (const auto& e : fs::directory_iterator("/proc/self/fd")) {
    std::error_code ec;
    const std::string target = fs::read_symlink(e.path(), ec).string();
    if (!ec && target.rfind(dir.string(), 0) == 0 && target.find(" (deleted)") != std::string::npos) ++n;
  }
  return n;
}

size_t EntryCount(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("A file replaced through ReplacedFiles is out of the directory at once and freed by Wait",
          "[replaced_files]") {
  ScratchDir d;
  fs::path out = d.path / "issue.xml";
  WriteText(out, "old");
  REQUIRE(chmod(out.c_str(), 0640) == 0);
  struct stat before {};
  REQUIRE(stat(out.c_str(), &before) == 0);
  ReplacedFiles replaced;
  REQUIRE(WriteFileAtomically(out.string(), [](std::ostream& o) { return Writing("new", o); }, &replaced).ok());
  CHECK(Read(out) == "new");
  struct stat after {};
  REQUIRE(stat(out.c_str(), &after) == 0);
  CHECK(after.st_ino != before.st_ino);
  CHECK((after.st_mode & 07777) == 0640);  // the mode is kept as without it
  CHECK(EntryCount(d.path) == 1);
  replaced.Wait();
  CHECK(HeldDeletedIn(d.path) == 0);
}

TEST_CASE("A file created through ReplacedFiles holds nothing, and Wait with nothing held returns",
          "[replaced_files]") {
  ScratchDir d;
  ReplacedFiles replaced;
  replaced.Wait();
  replaced.Release(-1);  // no file was there to hold
  REQUIRE(WriteFileAtomically((d.path / "new.xml").string(), [](std::ostream& o) { return Writing("x", o); },
                              &replaced)
              .ok());
  CHECK(Read(d.path / "new.xml") == "x");
  CHECK(HeldDeletedIn(d.path) == 0);
  replaced.Wait();
  CHECK(EntryCount(d.path) == 1);
}

TEST_CASE("Two writers replace many files through one ReplacedFiles, and use it again after Wait",
          "[replaced_files]") {
  ScratchDir d;
  constexpr int kFiles = 200;
  for (int i = 0; i < kFiles; ++i) WriteText(d.path / (std::to_string(i) + ".xml"), "old " + std::to_string(i));
  ReplacedFiles replaced;
  for (int round = 1; round <= 2; ++round) {
    auto write_every_other = [&](int first, std::vector<bool>& ok) {
      for (int i = first; i < kFiles; i += 2) {
        const std::string text = "round " + std::to_string(round) + " " + std::to_string(i);
        ok[size_t(i)] = WriteFileAtomically(
                            (d.path / (std::to_string(i) + ".xml")).string(),
                            [&](gazette::GatherWriter& w) -> Status {
                              w.Add(text.data(), text.size());
                              return {};
                            },
                            &replaced)
                            .ok();
      }
    };
    std::vector<bool> even(kFiles), odd(kFiles);
    std::thread second([&] { write_every_other(1, odd); });
    write_every_other(0, even);
    second.join();
    replaced.Wait();
    for (int i = 0; i < kFiles; ++i) {
      CHECK((i % 2 ? odd : even)[size_t(i)]);
      CHECK(Read(d.path / (std::to_string(i) + ".xml")) == "round " + std::to_string(round) + " " + std::to_string(i));
    }
    CHECK(EntryCount(d.path) == size_t(kFiles));  // no temporary left
    CHECK(HeldDeletedIn(d.path) == 0);
  }
}

TEST_CASE("A failing writer through ReplacedFiles keeps the old file and holds nothing", "[replaced_files]") {
  ScratchDir d;
  fs::path out = d.path / "kept.xml";
  WriteText(out, "old");
  ReplacedFiles replaced;
  Status s = WriteFileAtomically(out.string(), [](std::ostream& o) -> Status {
    o << "half";
    return gazette::Error{"the writer gave up"};
  }, &replaced);
  REQUIRE_FALSE(s.ok());
  CHECK(Read(out) == "old");
  replaced.Wait();
  CHECK(EntryCount(d.path) == 1);
  CHECK(HeldDeletedIn(d.path) == 0);
}

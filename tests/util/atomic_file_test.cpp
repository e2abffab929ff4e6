// util/atomic_file: outputs replaced whole or not at all, modes kept, symlinks followed, errors
// naming the path and the system's reason; with util/replaced_files, the file replaced is out of
// the directory when the write returns and freed (nothing holds it) once Wait returns, from
// several writer threads too.
#include "util/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "util/replaced_files.hpp"

namespace fs = std::filesystem;
using gazette::ReplacedFiles;
using gazette::Status;
using gazette::WriteFileAtomically;

namespace {

// A fresh directory for one test, removed at the end.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("gazette-atomic-" + std::to_string(getpid()) + "-" +
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

// The names in DIR, so a test can see that no temporary was left behind.
size_t EntryCount(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("A missing file is created", "[atomic_file]") {
  ScratchDir d;
  fs::path out = d.path / "new.txt";
  REQUIRE(WriteFileAtomically(out.string(), [](std::ostream& o) { return Writing("京\n", o); }).ok());
  CHECK(Read(out) == "京\n");
  CHECK(EntryCount(d.path) == 1);
}

TEST_CASE("A regular file is replaced and keeps its permission bits", "[atomic_file]") {
  ScratchDir d;
  fs::path out = d.path / "kept.txt";
  WriteText(out, "old");
  REQUIRE(chmod(out.c_str(), 0640) == 0);
  REQUIRE(WriteFileAtomically(out.string(), [](std::ostream& o) { return Writing("new", o); }).ok());
  CHECK(Read(out) == "new");
  struct stat st {};
  REQUIRE(stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(EntryCount(d.path) == 1);
}

TEST_CASE("A symlink is followed: the file it points to is replaced, the link stays", "[atomic_file]") {
  ScratchDir d;
  fs::path target = d.path / "target.txt", link = d.path / "link.txt";
  WriteText(target, "old");
  fs::create_symlink("target.txt", link);  // relative, as `ln -s` makes it
  REQUIRE(WriteFileAtomically(link.string(), [](std::ostream& o) { return Writing("through the link", o); }).ok());
  CHECK(fs::is_symlink(fs::symlink_status(link)));
  CHECK(Read(target) == "through the link");
  CHECK(EntryCount(d.path) == 2);
}

TEST_CASE("A missing directory is an error naming the path and the system's reason", "[atomic_file]") {
  ScratchDir d;
  std::string out = (d.path / "no-such-dir" / "out.txt").string();
  bool called = false;
  Status s = WriteFileAtomically(out, [&](std::ostream& o) {
    called = true;
    return Writing("x", o);
  });
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind(out + ": ", 0) == 0);
  CHECK(s.message().find(std::strerror(ENOENT)) != std::string::npos);
  CHECK_FALSE(called);
  CHECK_FALSE(fs::exists(d.path / "no-such-dir"));
}

TEST_CASE("A failing writer leaves the old file untouched and no temporary behind", "[atomic_file]") {
  ScratchDir d;
  fs::path out = d.path / "precious.txt";
  WriteText(out, "previous");
  Status s = WriteFileAtomically(out.string(), [](std::ostream& o) -> Status {
    o << "half";
    return gazette::Error{"the writer gave up"};
  });
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "the writer gave up");
  CHECK(Read(out) == "previous");
  CHECK(EntryCount(d.path) == 1);
}

TEST_CASE("A directory is not an output file", "[atomic_file]") {
  ScratchDir d;
  Status s = WriteFileAtomically(d.path.string(), [](std::ostream& o) { return Writing("x", o); });
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == d.path.string() + ": is a directory, not a file");
}

// The gathering writer hands the kernel pieces of memory as they are, more than one writev
// takes (IOV_MAX) among them, in order; its failures read as the stream writer's.
TEST_CASE("Pieces gathered are written in order, more than one writev takes", "[atomic_file]") {
  ScratchDir d;
  fs::path out = d.path / "pieces.txt";
  std::vector<std::string> pieces;
  std::string expected;
  for (int i = 0; i < 3000; ++i) {
    pieces.push_back(std::to_string(i) + (i % 7 ? "," : "\n"));
    if (i % 500 == 0) pieces.emplace_back();  // empty pieces are skipped
  }
  for (const auto& p : pieces) expected += p;
  REQUIRE(WriteFileAtomically(out.string(), [&](gazette::GatherWriter& w) -> Status {
            for (const auto& p : pieces) w.Add(p.data(), p.size());
            return {};
          }).ok());
  CHECK(Read(out) == expected);
  CHECK(EntryCount(d.path) == 1);
}

TEST_CASE("A gathered write that fails names the path and the reason; a failing writer keeps the old file",
          "[atomic_file]") {
  if (fs::exists("/dev/full")) {
    const std::string text(100000, 'x');
    Status s = WriteFileAtomically("/dev/full", [&](gazette::GatherWriter& w) -> Status {
      w.Add(text.data(), text.size());
      return {};
    });
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == std::string("/dev/full: write failed (") + std::strerror(ENOSPC) + ")");
  }
  ScratchDir d;
  fs::path out = d.path / "precious.txt";
  WriteText(out, "previous");
  Status s = WriteFileAtomically(out.string(), [](gazette::GatherWriter& w) -> Status {
    w.Add("half", 4);
    return gazette::Error{"the writer gave up"};
  });
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "the writer gave up");
  CHECK(Read(out) == "previous");
  CHECK(EntryCount(d.path) == 1);
}

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

// More files than ReplacedFiles lets wait to be closed (at most 64), so the writers may wait for room.
TEST_CASE("Two writers replace many files through one ReplacedFiles, and use it again after Wait",
          "[replaced_files]") {
  ScratchDir d;
  constexpr int kFiles = 700;
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

#include "store/writer.hpp"

#include <sys/stat.h>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "io/reader.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"
#include "segment/segmenter.hpp"
#include "store/derive.hpp"
#include "store/rows.hpp"
#include "store/schema.hpp"

namespace gazette::store {
namespace {

// 64-bit FNV-1a of BYTES, as 16 hex digits: enough to tell a changed file from an unchanged one.
std::string HashBytes(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

struct Stored {
  int64_t id = 0;
  std::string hash, source;
  int64_t size = 0, mtime = 0;
};

std::map<std::string, Stored> StoredIssues(Db& db) {
  std::map<std::string, Stored> out;
  Stmt q(db, "SELECT path, id, hash, size, mtime, source FROM issues");
  while (q.Step()) out[q.Text(0)] = {q.Int(1), q.Text(2), q.Text(5), q.Int(3), q.Int(4)};
  return out;
}

Result<FileStamp> Stamp(const std::string& path) {
  struct stat st {};
  if (path == "-") return Error{"-: standard input cannot be indexed (give files or directories)"};
  if (::stat(path.c_str(), &st) != 0) return Error{path + ": no such file"};
  FileStamp f;
  std::error_code ec;
  f.path = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec).string();
  f.source = path;
  f.size = st.st_size;
  f.mtime = int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec;
  return f;
}

Result<std::string> ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open"};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{path + ": read error"};
  return bytes;
}

// One input made ready by the reading thread for the writing thread.
struct Job {
  std::string path;       // as given
  FileStamp file;
  int64_t old_id = 0;     // the issue it replaces, 0 if new
  bool touch = false;     // unchanged bytes, new stamp: only update the stamp
  std::string outcome;    // added | replaced | unchanged
  Issue issue;
  NormalizedText text;
};

// Writes jobs in the order they come, on a thread of its own, so reading and parsing the next
// file overlaps writing this one. At most kAhead parsed issues wait in memory.
class WriterThread {
 public:
  static constexpr size_t kAhead = 2;
  WriterThread(Db& db, const IndexOptions& options) : db_(db), options_(options), thread_([this] { Loop(); }) {}
  ~WriterThread() { Finish(); }
  void Push(Job job) {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [this] { return queue_.size() < kAhead; });
    queue_.push_back(std::move(job));
    ready_.notify_one();
  }
  void Finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    ready_.notify_one();
    if (thread_.joinable()) thread_.join();
  }
  /// What was written. REQUIRES: Finish() called.
  const IndexReport& report() const { return report_; }

 private:
  void Loop() {
    for (;;) {
      std::optional<Job> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [this] { return done_ || !queue_.empty(); });
        if (queue_.empty()) return;
        job.emplace(std::move(queue_.front()));
        queue_.pop_front();
        room_.notify_one();
      }
      Status s = Write(*job);
      if (!s.ok()) {
        report_.errors.push_back({s.message()});
        continue;
      }
      if (options_.on_file) options_.on_file(job->path, job->outcome);
      if (job->outcome == "added") ++report_.added;
      else if (job->outcome == "replaced") ++report_.replaced;
      else ++report_.unchanged;
    }
  }
  // Replaces the issue at the job's path in one transaction (or only updates its stamp).
  Status Write(const Job& job) {
    Transaction t(db_);
    if (!t.begun().ok()) return t.begun();
    if (job.touch) {
      Stmt q(db_, "UPDATE issues SET size = ?, mtime = ?, source = ? WHERE id = ?");
      q.Bind(1, job.file.size).Bind(2, job.file.mtime).Bind(3, job.file.source).Bind(4, job.old_id).Run();
      return t.Commit();
    }
    if (job.old_id) DeleteIssueRows(db_, job.old_id);
    WriteIssueRows(db_, job.file, job.issue, job.text.lines);
    SetMeta(db_, "derived", "stale");
    return t.Commit();
  }
  Db& db_;
  IndexReport report_;  // touched by the writing thread only, until Finish()
  const IndexOptions& options_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<Job> queue_;
  bool done_ = false;
  std::thread thread_;
};

// Reads and parses one input into a job; nullopt (and a report entry) when nothing is to be
// written because the stamp is unchanged.
Result<std::optional<Job>> Prepare(const std::string& path, const std::map<std::string, Stored>& stored,
                                   std::set<std::string>& seen) {
  auto stamp = Stamp(path);
  if (!stamp.ok()) return stamp.error();
  Job job;
  job.path = path;
  job.file = stamp.value();
  seen.insert(job.file.path);
  auto it = stored.find(job.file.path);
  bool known = it != stored.end();
  if (known && it->second.size == job.file.size && it->second.mtime == job.file.mtime &&
      it->second.source == job.file.source)
    return std::optional<Job>();
  auto bytes = ReadBytes(path);
  if (!bytes.ok()) return bytes.error();
  job.file.hash = HashBytes(bytes.value());
  job.old_id = known ? it->second.id : 0;
  if (known && it->second.hash == job.file.hash && it->second.source == job.file.source) {
    job.touch = true;
    job.outcome = "unchanged";
    return std::optional<Job>(std::move(job));
  }
  auto input = DecodeBytes(bytes.value(), job.file.source);
  if (!input.ok()) return input.error();
  job.file.encoding = input->encoding;
  job.text = Normalize(input->text, input->source);
  job.issue = Segment(job.text);
  ExtractAll(job.issue, kAllExtractors);
  job.outcome = known ? "replaced" : "added";
  return std::optional<Job>(std::move(job));
}

Status Prune(Db& db, const std::map<std::string, Stored>& stored, const std::set<std::string>& seen, int* removed) {
  for (const auto& [path, s] : stored) {
    if (seen.count(path)) continue;
    Transaction t(db);
    DeleteIssueRows(db, s.id);
    SetMeta(db, "derived", "stale");
    if (Status c = t.Commit(); !c.ok()) return c;
    ++*removed;
  }
  return {};
}

}  // namespace

Result<IndexReport> IndexFiles(const std::string& db_path, const std::vector<std::string>& files,
                               const IndexOptions& options) {
  Db db;
  if (Status s = OpenForWriting(db, db_path); !s.ok()) return Error{s.message()};
  IndexReport report;
  std::map<std::string, Stored> stored = StoredIssues(db);
  std::set<std::string> seen;
  std::vector<Error> read_errors;
  {
    WriterThread writer(db, options);
    for (const auto& path : files) {
      auto job = Prepare(path, stored, seen);
      if (!job.ok()) {
        read_errors.push_back(job.error());
      } else if (!job->has_value()) {
        if (options.on_file) options.on_file(path, "unchanged");
        ++report.unchanged;
      } else {
        writer.Push(std::move(**job));
      }
    }
    writer.Finish();
    report.added += writer.report().added;
    report.replaced += writer.report().replaced;
    report.unchanged += writer.report().unchanged;
    report.errors = writer.report().errors;
  }
  report.errors.insert(report.errors.end(), read_errors.begin(), read_errors.end());
  if (options.prune)
    if (Status s = Prune(db, stored, seen, &report.removed); !s.ok()) return Error{s.message()};
  Corpus today(options.as_of);
  if (Meta(db, "derived") != "current" || Meta(db, "status_as_of") != today.as_of())
    if (Status s = RebuildDerived(db, today.as_of()); !s.ok()) return Error{s.message()};
  return report;
}

}  // namespace gazette::store

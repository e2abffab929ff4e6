#include "store/writer.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <algorithm>
#include <optional>
#include <set>

#include "io/reader.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/parallel.hpp"
#include "pipeline/pipeline.hpp"
#include "segment/segmenter.hpp"
#include "store/checkpointer.hpp"
#include "store/derive.hpp"
#include "store/rows.hpp"
#include "store/schema.hpp"
#include "util/allocator.hpp"

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
  std::string name;  // the issue's name (its masthead's, its file's stem, or that named apart)
};

std::map<std::string, Stored> StoredIssues(Db& db) {
  std::map<std::string, Stored> out;
  Stmt q(db, "SELECT path, id, hash, size, mtime, source, name FROM issues");
  while (q.Step()) out[q.Text(0)] = {q.Int(1), q.Text(2), q.Text(5), q.Int(3), q.Int(4), q.Text(6)};
  return out;
}

// The canonical path the index keys a file by (FileStamp::path).
std::string CanonicalPath(const std::string& path) {
  std::error_code ec;
  return std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec).string();
}

// The names the issues of FILES take, against those STORED: a file indexed before keeps its name
// (notice-2 stays notice-2); a new one whose stem another file's issue has taken, in the index or
// earlier in FILES, is named apart (notice-2, notice-3 …), so ids stay apart across runs.
PipelineOptions IndexNaming(const std::vector<std::string>& files, const std::map<std::string, Stored>& stored) {
  std::set<std::string> taken;
  for (const auto& [path, s] : stored) taken.insert(s.name);
  auto names = std::make_shared<std::map<std::string, std::string>>();
  for (const auto& file : files) {
    const std::string stem = IssueStem(file);
    if (auto it = stored.find(CanonicalPath(file)); it != stored.end()) {
      if (it->second.name != stem) (*names)[file] = it->second.name;
      continue;
    }
    if (taken.insert(stem).second) continue;
    std::string name;
    for (int k = 2; name.empty() || taken.count(name); ++k) name = stem + "-" + std::to_string(k);
    taken.insert(name);
    (*names)[file] = name;
  }
  PipelineOptions options;
  if (!names->empty()) options.names = std::move(names);
  return options;
}

Result<FileStamp> Stamp(const std::string& path) {
  struct stat st {};
  if (path == "-") return Error{"-: standard input cannot be indexed (give files or directories)"};
  if (::stat(path.c_str(), &st) != 0) return Error{path + ": no such file"};
  FileStamp f;
  f.path = CanonicalPath(path);
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

// One input read and parsed on a loading thread, for the calling thread to write.
struct Job {
  std::string path;       // as given
  FileStamp file;
  int64_t old_id = 0;     // the issue it replaces, 0 if new
  bool skip = false;      // unchanged stamp: nothing to write
  bool touch = false;     // unchanged bytes, new stamp: only update the stamp
  std::string outcome;    // added | replaced | unchanged
  PreparedIssue rows;     // every row of the issue, made here (the parsed issue is freed here too)
  std::vector<std::string> warnings;  // the issue's warnings (IssueWarnings)
};

// Reads and parses one input into a job (only stamps it when its stamp is as stored).
Result<Job> Prepare(const std::string& path, const std::map<std::string, Stored>& stored, const PipelineOptions& naming) {
  auto stamp = Stamp(path);
  if (!stamp.ok()) return stamp.error();
  Job job;
  job.path = path;
  job.file = stamp.value();
  job.outcome = "unchanged";
  auto it = stored.find(job.file.path);
  bool known = it != stored.end();
  if (known && it->second.size == job.file.size && it->second.mtime == job.file.mtime &&
      it->second.source == job.file.source) {
    job.skip = true;
    return job;
  }
  auto bytes = ReadBytes(path);
  if (!bytes.ok()) return bytes.error();
  job.file.hash = HashBytes(bytes.value());
  job.old_id = known ? it->second.id : 0;
  if (known && it->second.hash == job.file.hash && it->second.source == job.file.source) {
    job.touch = true;
    return job;
  }
  auto input = DecodeBytes(bytes.value(), job.file.source);
  if (!input.ok()) return input.error();
  job.file.encoding = input->encoding;
  NormalizedText text = NormalizeInput(input.value());
  Issue issue = Segment(text);
  NameApart(issue, naming);  // two folders' notice.txt: ids apart
  ExtractAll(issue, kAllExtractors);
  job.rows = PrepareIssueRows(job.file, issue, text.lines);
  job.warnings = IssueWarnings(issue);
  job.outcome = known ? "replaced" : "added";
  return job;
}

// Issues are committed together, whole, in batches. FTS5 writes its pending terms as a new
// segment at every commit and merges the small segments again and again: with one transaction
// per issue those merges cost more than the terms themselves. A batch starts at one issue and
// doubles up to kBatchIssues issues or kBatchBytes of text, so a reader sees the first issues at
// once and a run killed midway loses at most the batch it was writing.
constexpr size_t kBatchIssues = 64;
constexpr size_t kBatchBytes = size_t{8} << 20;

class Batches {
 public:
  /// Reads and parses a file again (on the writing thread), for a batch written again file by file.
  using Reprepare = std::function<Result<Job>(const std::string& path)>;

  Batches(Db& db, Checkpointer& checkpoints, const IndexOptions& options, IndexReport& report,
          Reprepare reprepare)
      : db_(db), checkpoints_(checkpoints), writer_(db), options_(options), report_(report),
        reprepare_(std::move(reprepare)) {}
  ~Batches() { Commit(); }

  // Writes JOB into the open batch (opening one) and commits the batch when it is full.
  void Add(const Job& job) {
    pending_.push_back({job.path, job.outcome, !job.skip});
    report_.warnings.insert(report_.warnings.end(), job.warnings.begin(), job.warnings.end());
    if (job.skip) {
      if (!open_) Flush();  // else reported with the batch, in input order
      return;
    }
    if (!open_) open_.emplace(db_);
    if (!open_->begun().ok()) return Fail(open_->begun());
    Write(job);
    if (!db_.TakeError().ok()) return WriteEachAlone();
    // Once per batch, with its first changed file: the cross-issue tables are now behind.
    if (!job.touch && !marked_stale_) {
      SetMeta(db_, "derived", "stale");
      marked_stale_ = true;
    }
    bytes_ += job.rows.bytes;
    if (++issues_ >= limit_ || bytes_ >= kBatchBytes) {
      Commit();
      limit_ = std::min(limit_ * 2, kBatchIssues);
    }
  }

  // Commits the open batch and counts its files.
  void Commit() {
    if (open_) {
      if (Status s = open_->Commit(); !s.ok()) return Fail(s);
      checkpoints_.Committed();
    }
    Flush();
  }

 private:
  // Replaces the issue at the job's path (or only updates its stamp).
  void Write(const Job& job) {
    if (job.touch) {
      Stmt q(db_, "UPDATE issues SET size = ?, mtime = ?, source = ? WHERE id = ?");
      q.Bind(1, job.file.size).Bind(2, job.file.mtime).Bind(3, job.file.source).Bind(4, job.old_id).Run();
      return;
    }
    if (job.old_id) DeleteIssueRows(db_, job.old_id);
    writer_.Write(job.rows);
  }

  // Reports and counts the files of the batch, now committed (or never opened).
  void Flush() {
    for (const auto& f : pending_) Done(f.path, f.outcome);
    Reset();
  }

  void Done(const std::string& path, const std::string& outcome) {
    if (options_.on_file) options_.on_file(path, outcome);
    Count(outcome);
  }

  // A file's rows failed: the batch is rolled back and each of its files is read and written
  // again in a transaction of its own, so that a file whose rows fail is undone alone. (Not a
  // savepoint per file: FTS5 writes its pending terms out at every savepoint, a segment per file,
  // and the run then spends more on merging segments than on the terms.) Some errors (a full
  // disk, I/O) fail every file again.
  void WriteEachAlone() {
    open_.reset();
    std::vector<Pending> files = std::move(pending_);
    Reset();
    for (const auto& f : files) {
      if (!f.written) {
        Done(f.path, f.outcome);
        continue;
      }
      Result<Job> job = reprepare_(f.path);
      Status s = job.ok() ? WriteAlone(job.value()) : Status(job.error());
      if (s.ok()) Done(f.path, job->outcome);
      else report_.errors.push_back({f.path + ": not indexed: " + s.message()});
    }
  }

  Status WriteAlone(const Job& job) {
    if (job.skip) return {};
    Transaction t(db_);
    if (!t.begun().ok()) return t.begun();
    Write(job);
    if (!job.touch) SetMeta(db_, "derived", "stale");
    if (Status s = t.Commit(); !s.ok()) return s;
    checkpoints_.Committed();
    return {};
  }

  // Rolls the batch back: none of its files is written; each is reported with WHY, but for the
  // unchanged ones (the index already holds their text). WHY is a copy: it may live in open_.
  void Fail(Status why) {
    open_.reset();
    for (const auto& [path, outcome, written] : pending_) {
      if (outcome == "unchanged") Count(outcome);
      else report_.errors.push_back({path + ": not indexed: " + why.message()});
    }
    Reset();
  }

  void Reset() {
    open_.reset();
    pending_.clear();
    issues_ = bytes_ = 0;
    marked_stale_ = false;
  }

  void Count(const std::string& outcome) {
    if (outcome == "added") ++report_.added;
    else if (outcome == "replaced") ++report_.replaced;
    else ++report_.unchanged;
  }

  Db& db_;
  Checkpointer& checkpoints_;
  IssueWriter writer_;
  const IndexOptions& options_;
  IndexReport& report_;
  std::optional<Transaction> open_;
  Reprepare reprepare_;
  // The files of the open batch, in input order.
  struct Pending {
    std::string path, outcome;
    bool written = false;  // rows or a stamp written (not skipped)
  };
  std::vector<Pending> pending_;
  size_t issues_ = 0, bytes_ = 0, limit_ = 1;
  bool marked_stale_ = false;  // meta.derived set to stale in the open batch
};

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
  const PipelineOptions naming = IndexNaming(files, stored);
  std::set<std::string> seen;
  {
    Checkpointer checkpoints(db);
    Batches batches(db, checkpoints, options, report,
                    [&](const std::string& path) { return Prepare(path, stored, naming); });
    // Each job, its rows written, is freed on the parsing thread that made it (MapInOrder). The
    // rows are written on this thread only: SQLite's cache and FTS5's pending terms, allocated
    // and freed by whichever job visited, raised the peak over 100 MB from 94 to 117 MB.
    MapInOrder<Result<Job>>(
        files, options.jobs, [&](const std::string& path) { return Prepare(path, stored, naming); },
        [&](const std::string& path, Result<Job>& job) {
          if (!job.ok()) {
            if (auto stamp = Stamp(path); stamp.ok()) seen.insert(stamp->path);  // there, unreadable: kept
            return report.errors.push_back(job.error());
          }
          seen.insert(job->file.path);
          batches.Add(job.value());
        },
        VisitOn::calling_thread);  // SQLite's and FTS5's memory from one heap
  }
  if (options.prune)
    if (Status s = Prune(db, stored, seen, &report.removed); !s.ok()) return Error{s.message()};
  // The parsing threads' heaps and SQLite's page cache (large for the inserts, of little use to
  // the one pass that follows) are given back before the corpus is loaded, so the run's peak is
  // the larger of the two phases, not their sum.
  db.Exec("PRAGMA cache_size=-2000; PRAGMA shrink_memory");
  ReleaseFreeMemory();
  Corpus today(options.as_of);
  if (Meta(db, "derived") != "current" || Meta(db, "status_as_of") != today.as_of())
    if (Status s = RebuildDerived(db, today.as_of()); !s.ok()) return Error{s.message()};
  return report;
}

}  // namespace gazette::store

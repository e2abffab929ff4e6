#include "store/writer.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

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

// Parses BYTES and replaces the issue at F.path in one transaction.
Status Replace(Db& db, FileStamp f, const std::string& bytes, int64_t old_id) {
  auto input = DecodeBytes(bytes, f.source);
  if (!input.ok()) return input.error();
  f.encoding = input->encoding;
  NormalizedText text = Normalize(input->text, input->source);
  Issue issue = Segment(text);
  ExtractAll(issue, kAllExtractors);
  Transaction t(db);
  if (!t.begun().ok()) return t.begun();
  if (old_id) DeleteIssueRows(db, old_id);
  WriteIssueRows(db, f, issue, text.lines);
  SetMeta(db, "derived", "stale");
  return t.Commit();
}

void Touch(Db& db, const FileStamp& f, int64_t id) {
  Stmt q(db, "UPDATE issues SET size = ?, mtime = ?, source = ? WHERE id = ?");
  q.Bind(1, f.size).Bind(2, f.mtime).Bind(3, f.source).Bind(4, id).Run();
}

// Indexes one input; returns what happened ("added", "replaced", "unchanged") or the error.
Result<std::string> IndexOne(Db& db, const std::string& path, const std::map<std::string, Stored>& stored,
                             std::set<std::string>& seen) {
  auto stamp = Stamp(path);
  if (!stamp.ok()) return stamp.error();
  FileStamp f = stamp.value();
  seen.insert(f.path);
  auto it = stored.find(f.path);
  bool known = it != stored.end();
  if (known && it->second.size == f.size && it->second.mtime == f.mtime && it->second.source == f.source)
    return std::string("unchanged");
  auto bytes = ReadBytes(path);
  if (!bytes.ok()) return bytes.error();
  f.hash = HashBytes(bytes.value());
  if (known && it->second.hash == f.hash) {
    Touch(db, f, it->second.id);
    if (Status s = db.TakeError(); !s.ok()) return Error{s.message()};
    return std::string("unchanged");
  }
  if (Status s = Replace(db, f, bytes.value(), known ? it->second.id : 0); !s.ok()) return Error{s.message()};
  return std::string(known ? "replaced" : "added");
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
  for (const auto& path : files) {
    auto what = IndexOne(db, path, stored, seen);
    if (!what.ok()) {
      report.errors.push_back(what.error());
      continue;
    }
    if (options.on_file) options.on_file(path, what.value());
    if (what.value() == "added") ++report.added;
    else if (what.value() == "replaced") ++report.replaced;
    else ++report.unchanged;
  }
  if (options.prune)
    if (Status s = Prune(db, stored, seen, &report.removed); !s.ok()) return Error{s.message()};
  Corpus today(options.as_of);
  if (Meta(db, "derived") != "current" || Meta(db, "status_as_of") != today.as_of())
    if (Status s = RebuildDerived(db, today.as_of()); !s.ok()) return Error{s.message()};
  return report;
}

}  // namespace gazette::store

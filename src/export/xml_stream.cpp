#include "export/xml_stream.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string_view>
#include <thread>

#include "export/xml_text.hpp"
#include "export/xml_write.hpp"
#include "model/light.hpp"
#include "util/atomic_file.hpp"
#include "util/jobs.hpp"

namespace gazette {
namespace {

/// The opening tag of corpus.xml as BuildCorpusXml makes it, with its newline.
std::string CorpusHead(const std::string& as_of, size_t issues, size_t documents) {
  pugi::xml_document root_only;
  pugi::xml_node root = AppendCorpusRoot(root_only, as_of, issues, documents);
  root.append_child("x");  // so the root prints as an open tag: the line before <x> is it
  std::string text;
  PrintXml(text, root_only);
  return std::string(kXmlDeclaration) + text.substr(0, text.find('\n') + 1);
}

/// Marks the documents of ISSUE whose id SEEN holds, adding the others' ids to it: the corpus
/// holds each id once (AppendIssue with seen). Returns whether any is marked.
bool OmitSeenDocuments(const Issue& issue, std::set<std::string>& seen, std::vector<bool>& omit) {
  omit.assign(issue.documents.size(), false);
  bool any = false;
  for (size_t i = 0; i < issue.documents.size(); ++i)
    if (!seen.insert(issue.documents[i].id).second) omit[i] = any = true;
  return any;
}

/// Appends to OUT the <issue> of ISSUE at DEPTH as the tree BuildIssueXml makes (with OMIT and
/// without the schema version, AppendIssue's) prints, printed as it is made; with LINE_STARTS,
/// where the printer began its lines (XmlPrinter::RecordLineStarts).
void PrintIssue(std::string& out, unsigned depth, const Issue& issue, const CorpusStatus& corpus,
                const XmlOptions& options, const std::vector<bool>* omit,
                std::vector<uint32_t>* line_starts = nullptr) {
  XmlPrinter printer(out, depth);
  printer.RecordLineStarts(line_starts);
  PrintedElement level = PrintedElement::Level(printer);
  WriteIssue(level, issue, corpus, options, omit, omit == nullptr);
  printer.Finish();
}

/// FILE (an issue's file as Add prints it, every document in it) without the documents OMIT
/// marks: each <document> there begins a line "  <document " and ends with a line
/// "  </document>" (it always holds its standing's placeholder), and no text or attribute holds
/// those bytes after a line break (a text's '<' and an attribute's line break are escaped).
std::string WithoutDocuments(std::string_view file, const std::vector<bool>& omit) {
  constexpr std::string_view kOpen = "\n  <document ", kClose = "\n  </document>";
  std::string kept;
  size_t done = 0, at = 0;
  for (size_t i = 0; i < omit.size(); ++i) {
    size_t begin = file.find(kOpen, at), end = file.find(kClose, begin);
    if (end == std::string_view::npos) break;
    at = end + kClose.size();
    if (!omit[i]) continue;
    kept.append(file.substr(done, begin - done));
    done = at;
  }
  kept.append(file.substr(done));
  return kept;
}

/// Appends to OUT the opening line of corpus.xml's <issue> element made from the issue's own
/// file FILE (as Add spools it): without the declaration and the schema version, one level
/// deeper. Returns the rest of FILE, the lines inside and the closing tag.
std::string_view AppendCorpusRootLine(std::string& out, std::string_view file) {
  file.remove_prefix(kXmlDeclaration.size());
  // The root's opening tag is the first line (an attribute holds no raw line break), the line
  // IndentOneLevel begins with; BuildIssueXml put the schema version first in it.
  size_t line_end = file.find('\n');
  line_end = line_end == std::string_view::npos ? file.size() : line_end + 1;
  std::string_view root = file.substr(0, line_end);
  const std::string version = std::string(" schema-version=\"") + kGazetteSchemaVersion + "\"";
  size_t at = root.find(version);
  out += "  ";
  if (at != std::string_view::npos && at < root.find('>')) {
    out.append(root.substr(0, at));
    out.append(root.substr(at + version.size()));
  } else {
    out.append(root);
  }
  return file.substr(line_end);
}

/// The <issue> element of corpus.xml made from the issue's own file FILE (as Add spools it):
/// without the declaration and the schema version, one level deeper — the bytes pugixml prints
/// for that element at depth 1, without a second print of the tree.
std::string CorpusPartOf(std::string_view file) {
  std::string part;
  part.reserve(file.size() + file.size() / 8);
  AppendIndentedOneLevel(part, AppendCorpusRootLine(part, file));
  return part;
}

/// Writes corpus.xml's <cited> (AppendCited) one document at a time: as one tree, the list of
/// every document only cited was the largest allocation of the export (16,784 documents over
/// the 100 MB bench corpus). The documents' text goes to OUT in blocks of kWriteBlock bytes.
void WriteCited(std::ostream& out, const CorpusStatus& corpus) {
  constexpr size_t kWriteBlock = size_t{256} << 10;
  std::vector<const CorpusDocument*> cited = corpus.CitedOnly();
  if (cited.empty()) return;
  std::string block = "  <cited>\n";
  XmlPrinter printer(block, 2);
  PrintedElement level = PrintedElement::Level(printer);
  for (const CorpusDocument* d : cited) {
    WriteCitedDocument(level, *d, corpus);
    if (block.size() < kWriteBlock) continue;
    out.write(block.data(), std::streamsize(block.size()));
    block.clear();
  }
  printer.Finish();
  block += "  </cited>\n";
  out.write(block.data(), std::streamsize(block.size()));
}

/// The spool read back a part at a time, into one buffer kept for its capacity and never
/// zeroed first (a std::string of each part's size zeroed 9 M bytes for 10 issues).
class SpoolReader {
 public:
  explicit SpoolReader(const std::string& path) : in_(path, std::ios::binary) {}
  /// SIZE bytes from AT, valid until the next Read.
  std::string_view Read(std::streamoff at, std::streamoff size) {
    if (size_t(size) > capacity_) buffer_.reset(new char[capacity_ = size_t(size)]);
    in_.seekg(at);
    in_.read(buffer_.get(), size);
    return {buffer_.get(), in_ ? size_t(size) : 0};
  }
  /// False once a read failed.
  bool ok() const { return bool(in_); }

 private:
  std::ifstream in_;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
};

}  // namespace

XmlExportStream::XmlExportStream(std::string dir, std::string as_of, XmlOptions options, unsigned jobs)
    : dir_(std::move(dir)),
      options_(options),
      two_threads_((jobs == 0 ? DefaultJobs() : jobs) > 1),
      corpus_(std::move(as_of)) {
  options_.deferred = &patches_;
}

XmlExportStream::~XmlExportStream() {
  if (spool_.is_open()) spool_.close();
  if (!spool_path_.empty()) {
    std::error_code ec;
    std::filesystem::remove(spool_path_, ec);
  }
}

// The issue's name, else issue-N, made unique with -2, -3.
std::string XmlExportStream::NextFileName(const Issue& issue) {
  std::string base = issue.name.empty() ? "issue-" + std::to_string(spooled_.size() + 1) : issue.name;
  std::string name = base;
  for (int k = 2; used_names_.count(name); ++k) name = base + "-" + std::to_string(k);
  used_names_.insert(name);
  return name;
}

Status XmlExportStream::Begin() {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return Error{dir_ + ": cannot create directory (" + ec.message() + ")"};
  std::string path = (std::filesystem::path(dir_) / "corpus.xml").string();
  spool_path_ = TemporaryPathFor(path) + ".spool";
  spool_.open(spool_path_, std::ios::binary | std::ios::in | std::ios::out | std::ios::trunc);
  if (!spool_) return Error{spool_path_ + ": cannot write"};
  return {};
}

Status XmlExportStream::Add(Issue& issue) {
  if (!spool_.is_open()) {
    Status s = Begin();
    if (!s.ok()) return s;
  }
  Spooled at{NextFileName(issue)};
  printed_.assign(kXmlDeclaration);
  line_starts_.clear();
  PrintIssue(printed_, 0, issue, corpus_, options_, nullptr, &line_starts_);
  at.file_size = std::streamoff(printed_.size());
  if (OmitSeenDocuments(issue, written_ids_, omitted_)) {  // corpus.xml's part differs: make it
    if (std::find(omitted_.begin(), omitted_.end(), false) == omitted_.end()) {
      PrintIssue(printed_, 1, issue, corpus_, options_, &omitted_);  // no document: no placeholder
    } else {  // the file's placeholders, not new ones, so cut from the file
      printed_ += CorpusPartOf(WithoutDocuments(printed_, omitted_));
    }
  } else if (printed_.size() <= UINT32_MAX) {  // corpus.xml's part is the file indented
    at.part_is_file = true;
    at.lines = line_starts_.size();
    printed_.append(reinterpret_cast<const char*>(line_starts_.data()), at.lines * sizeof(uint32_t));
  } else {
    printed_ += CorpusPartOf(printed_);  // line starts past 4 GB: the lines are found again
  }
  at.file = spool_.tellp();
  spool_.write(printed_.data(), std::streamsize(printed_.size()));
  if (!spool_) return Error{spool_path_ + ": write failed"};
  at.part = at.file + at.file_size;
  at.part_size = at.part_is_file ? 0 : std::streamoff(printed_.size()) - at.file_size;
  spooled_.push_back(std::move(at));
  DropCitationClauses(issue);  // written already; the corpus keeps the <event>s' clauses only
  corpus_.Add(issue);
  return {};
}

Status XmlExportStream::WriteCorpus() const {
  std::string path = (std::filesystem::path(dir_) / "corpus.xml").string();
  SpoolReader spool(spool_path_);  // its own reader: WriteIssueFiles may run beside it
  return WriteFileAtomically(path, [&](std::ostream& out) -> Status {
    out << CorpusHead(corpus_.as_of(), spooled_.size(), written_ids_.size());
    std::string patched;
    std::vector<uint32_t> line_starts;
    for (const Spooled& s : spooled_) {
      patched.clear();
      if (s.part_is_file) {  // CorpusPartOf(file), patched as it is indented: one copy, not two
        const std::streamoff starts_size = std::streamoff(s.lines * sizeof(uint32_t));
        std::string_view file = spool.Read(s.file, s.file_size + starts_size);
        if (file.empty()) continue;
        line_starts.resize(s.lines);
        std::memcpy(line_starts.data(), file.data() + s.file_size, size_t(starts_size));
        file = file.substr(0, size_t(s.file_size));
        AppendCorpusRootLine(patched, file);  // the rest begins at the first line start
        patches_.PatchIndented(file, line_starts, corpus_, patched);
      } else {
        patches_.Patch(spool.Read(s.part, s.part_size), corpus_, patched);
      }
      out.write(patched.data(), std::streamsize(patched.size()));
    }
    WriteCited(out, corpus_);
    out << "</corpus>\n";
    return spool.ok() ? Status{} : Error{spool_path_ + ": read failed"};
  });
}

// Each file is written from the spool's buffer as it is, the placeholders' replacements between
// its spans (PatchGathered): copying it into one patched string first was two thirds of the cost.
Status XmlExportStream::WriteIssueFiles() const {
  SpoolReader spool(spool_path_);
  std::string fill;
  for (const Spooled& s : spooled_) {
    std::string path = (std::filesystem::path(dir_) / (s.name + ".xml")).string();
    Status written = WriteFileAtomically(path, [&](GatherWriter& out) -> Status {
      fill.clear();
      patches_.PatchGathered(spool.Read(s.file, s.file_size), corpus_, fill, out);
      if (!out.Flush()) return Status{};  // the caller reports the write's failure
      return spool.ok() ? Status{} : Error{spool_path_ + ": read failed"};
    });
    if (!written.ok()) return written;
  }
  return {};
}

// The issues' files and corpus.xml only read the corpus once it is resolved, so with two jobs
// they are written side by side: copying the export out of the spool was the serial tail of
// the command (about 6% of its CPU time, and most of its system time).
Status XmlExportStream::Finish() {
  if (!spool_.is_open()) {
    Status s = Begin();
    if (!s.ok()) return s;
  }
  spool_.flush();
  if (!spool_) return Error{spool_path_ + ": write failed"};
  corpus_.Resolve();
  if (!two_threads_) {
    Status files = WriteIssueFiles();
    return files.ok() ? WriteCorpus() : files;
  }
  Status files;
  std::thread issue_files([&] { files = WriteIssueFiles(); });
  Status corpus = WriteCorpus();
  issue_files.join();
  return files.ok() ? corpus : files;
}

}  // namespace gazette

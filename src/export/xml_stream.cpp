#include "export/xml_stream.hpp"

#include <filesystem>
#include <memory>
#include <string_view>
#include <thread>

#include "export/xml_text.hpp"
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

/// Leaves out of ISSUE_NODE (the <issue> of ISSUE) the documents whose id SEEN holds, adding the
/// others' ids to it: the corpus holds each id once (AppendIssue with seen). Returns whether
/// any was left out.
bool DropSeenDocuments(pugi::xml_node issue_node, const Issue& issue, std::set<std::string>& seen) {
  size_t i = 0;
  bool dropped = false;
  for (pugi::xml_node e = issue_node.child("document"); e && i < issue.documents.size(); ++i) {
    pugi::xml_node next = e.next_sibling("document");
    if (!seen.insert(issue.documents[i].id).second) issue_node.remove_child(e), dropped = true;
    e = next;
  }
  return dropped;
}

/// The <issue> element of corpus.xml made from the issue's own file FILE (as Add spools it):
/// without the declaration and the schema version, one level deeper — the bytes pugixml prints
/// for that element at depth 1, without a second print of the tree.
std::string CorpusPartOf(std::string_view file) {
  file.remove_prefix(kXmlDeclaration.size());
  std::string part = IndentOneLevel(file);
  std::string version = std::string(" schema-version=\"") + kGazetteSchemaVersion + "\"";
  size_t at = part.find(version);  // on the root's line, where BuildIssueXml put it first
  if (at != std::string::npos && at < part.find('>')) part.erase(at, version.size());
  return part;
}

/// Writes corpus.xml's <cited> (AppendCited) one document at a time: as one tree, the list of
/// every document only cited was the largest allocation of the export (16,784 documents over
/// the 100 MB bench corpus). The documents' text goes to OUT in blocks of kWriteBlock bytes.
void WriteCited(std::ostream& out, const CorpusStatus& corpus) {
  constexpr size_t kWriteBlock = size_t{256} << 10;
  pugi::xml_document scratch;
  std::string block;
  bool any = false;
  AppendCited(scratch, corpus, [&](pugi::xml_node document) {
    if (!any) block = "  <cited>\n";
    any = true;
    PrintXml(block, document, kXmlPrintFlags, 2);
    if (block.size() < kWriteBlock) return;
    out.write(block.data(), std::streamsize(block.size()));
    block.clear();
  });
  if (any) block += "  </cited>\n";
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
  pugi::xml_document doc;
  BuildIssueXml(issue, corpus_, doc, options_);
  printed_.assign(kXmlDeclaration);
  PrintXml(printed_, doc);
  at.file_size = std::streamoff(printed_.size());
  pugi::xml_node root = doc.first_child();
  if (DropSeenDocuments(root, issue, written_ids_)) {  // corpus.xml's part differs: print it
    root.remove_attribute("schema-version");
    PrintXml(printed_, root, kXmlPrintFlags, 1);
  } else {
    at.part_is_file = true;  // CorpusPartOf makes it from the file
  }
  at.file = spool_.tellp();
  spool_.write(printed_.data(), std::streamsize(printed_.size()));
  if (!spool_) return Error{spool_path_ + ": write failed"};
  at.part = at.file + at.file_size;
  at.part_size = std::streamoff(printed_.size()) - at.file_size;
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
    for (const Spooled& s : spooled_) {
      std::string indented;  // the part, when it is made from the file
      std::string_view part = s.part_is_file ? (indented = CorpusPartOf(spool.Read(s.file, s.file_size)))
                                             : spool.Read(s.part, s.part_size);
      patched.clear();
      patches_.Patch(part, corpus_, patched);
      out.write(patched.data(), std::streamsize(patched.size()));
    }
    WriteCited(out, corpus_);
    out << "</corpus>\n";
    return spool.ok() ? Status{} : Error{spool_path_ + ": read failed"};
  });
}

Status XmlExportStream::WriteIssueFiles() const {
  SpoolReader spool(spool_path_);
  std::string patched;
  for (const Spooled& s : spooled_) {
    std::string path = (std::filesystem::path(dir_) / (s.name + ".xml")).string();
    Status written = WriteFileAtomically(path, [&](std::ostream& out) -> Status {
      patched.clear();
      patches_.Patch(spool.Read(s.file, s.file_size), corpus_, patched);
      out.write(patched.data(), std::streamsize(patched.size()));
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

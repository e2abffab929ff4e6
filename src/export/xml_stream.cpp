#include "export/xml_stream.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string_view>

#include "export/xml_text.hpp"
#include "export/xml_write.hpp"
#include "model/light.hpp"
#include "util/atomic_file.hpp"
#include "util/beside.hpp"
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

/// The corpus an issue is printed with when its placeholders are deferred: the writers read
/// nothing of it then, and an empty one shared by every thread makes sure of that.
const CorpusStatus& UnreadCorpus() {
  static const CorpusStatus empty;
  return empty;
}

/// OPTIONS with their placeholders recorded in PATCHES.
XmlOptions DeferringTo(XmlOptions options, XmlPatches& patches) {
  options.deferred = &patches;
  return options;
}

/// Byte ranges [first, second) of a text, in order.
using Ranges = std::vector<std::pair<size_t, size_t>>;

/// Where FILE (an issue's file as Add prints it, every document in it) holds the documents OMIT
/// marks: each <document> there begins a line "  <document " and ends with a line
/// "  </document>" (it always holds its standing's placeholder), and no text or attribute holds
/// those bytes after a line break (a text's '<' and an attribute's line break are escaped). A
/// range runs from the line break before the document to the end of its closing tag, so the
/// text without it keeps the line break after it.
Ranges OmittedDocuments(std::string_view file, const std::vector<bool>& omit) {
  constexpr std::string_view kOpen = "\n  <document ", kClose = "\n  </document>";
  Ranges cut;
  size_t at = 0;
  for (size_t i = 0; i < omit.size(); ++i) {
    size_t begin = file.find(kOpen, at), end = file.find(kClose, begin);
    if (end == std::string_view::npos) break;
    at = end + kClose.size();
    if (omit[i]) cut.emplace_back(begin, at);
  }
  return cut;
}

/// Appends to OUT the text FILE without the ranges CUT. FILE may lie in OUT's own bytes if OUT
/// has room for the whole append (nothing moves them then).
void AppendWithout(std::string& out, std::string_view file, const Ranges& cut) {
  size_t done = 0;
  for (const auto& [begin, end] : cut) {
    out.append(file.substr(done, begin - done));
    done = end;
  }
  out.append(file.substr(done));
}

/// STARTS, the line starts of a text (XmlPrinter::RecordLineStarts), made those of the text
/// without the ranges CUT (OmittedDocuments'): the starts inside a range dropped, the others
/// moved back by the bytes cut before them. A range begins at a line break and ends before one,
/// so the line after it begins where the range began, plus one.
void DropCutLines(std::vector<uint32_t>& starts, const Ranges& cut) {
  size_t kept = 0, range = 0, removed = 0;
  for (uint32_t start : starts) {
    for (; range < cut.size() && cut[range].second < start; ++range) removed += cut[range].second - cut[range].first;
    if (range < cut.size() && cut[range].first < start) continue;  // inside the range: cut
    starts[kept++] = uint32_t(start - removed);
  }
  starts.resize(kept);
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
    const std::string_view printed = printer.Printed();
    if (printed.size() < kWriteBlock) continue;
    out.write(printed.data(), std::streamsize(printed.size()));
    printer.ClearPrinted();
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
      two_threads_(JobsFor(jobs) > 1),
      corpus_(std::move(as_of)) {
  options_.deferred = nullptr;
}

XmlExportStream::~XmlExportStream() {
  if (spool_.is_open()) spool_.close();
  if (!spool_path_.empty()) {
    std::error_code ec;
    std::filesystem::remove(spool_path_, ec);
  }
}

// Freeing the spool's pages (about 450 MB over the 100 MB bench corpus) took 30 ms at the very
// end of the command: now the closers do it while they wait on the device.
void XmlExportStream::DropSpool() {
  spool_.close();
  const int held = ReplacedFiles::Hold(spool_path_);
  if (unlink(spool_path_.c_str()) == 0) {
    replaced_.Release(held);
    spool_path_.clear();
  } else if (held >= 0) {
    close(held);
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

// corpus.xml's part is the file itself, or the file without the documents corpus.xml holds
// already, indented at Finish from the printer's line starts (PatchIndented); with no document
// left, or past 4 GB (where a line start does not fit), the element itself.
size_t XmlExportStream::AppendCorpusPart(const Issue& issue, PreparedIssueXml& prepared, Spooled& at) {
  std::string& text = prepared.text;
  const size_t file_size = text.size();
  const bool seen = OmitSeenDocuments(issue, written_ids_, omitted_);
  if (seen && std::find(omitted_.begin(), omitted_.end(), false) == omitted_.end()) {
    const XmlOptions options = DeferringTo(options_, prepared.patches);  // no document: no placeholder
    PrintIssue(text, 1, issue, UnreadCorpus(), options, &omitted_);
  } else if (file_size > UINT32_MAX) {  // the lines are found again
    std::string kept;
    AppendWithout(kept, text, seen ? OmittedDocuments(text, omitted_) : Ranges{});
    text += CorpusPartOf(kept);
  } else {
    size_t part = 0;
    if (seen) {  // the file's placeholders, not new ones, so cut from the file
      const Ranges cut = OmittedDocuments(text, omitted_);
      text.reserve(2 * file_size);
      AppendWithout(text, std::string_view(text.data(), file_size), cut);  // room reserved
      DropCutLines(prepared.line_starts, cut);
      part = file_size;
    }
    at.part_size = std::streamoff(text.size() - part);
    at.part_indented = true;
    at.lines = prepared.line_starts.size();
    return part;
  }
  at.part_size = std::streamoff(text.size() - file_size);
  return file_size;
}

// Printing is most of an issue's cost beside its load: here it runs on the loading thread, in
// parallel, with placeholders numbered from 0; Add places them among the export's. Each text is
// a new buffer (it is freed on this thread once spooled): reserved as large as the thread's last
// and a quarter, it seldom grows, where doubling from nothing copied 1.7% of the instructions.
PreparedIssueXml XmlExportStream::Prepare(Issue& issue) const {
  thread_local size_t last_text = 0, last_lines = 0;
  PreparedIssueXml prepared;
  prepared.text.reserve(last_text + last_text / 4);
  prepared.line_starts.reserve(last_lines + last_lines / 4);
  prepared.text.assign(kXmlDeclaration);
  const XmlOptions options = DeferringTo(options_, prepared.patches);
  PrintIssue(prepared.text, 0, issue, UnreadCorpus(), options, nullptr, &prepared.line_starts);
  last_text = prepared.text.size();
  last_lines = prepared.line_starts.size();
  DropCitationClauses(issue);  // printed; the corpus keeps the <event>s' clauses only
  return prepared;
}

Status XmlExportStream::Add(const Issue& issue, PreparedIssueXml& prepared) {
  if (!spool_.is_open()) {
    Status s = Begin();
    if (!s.ok()) return s;
  }
  Spooled at{NextFileName(issue)};
  at.file_size = std::streamoff(prepared.text.size());
  const size_t part = AppendCorpusPart(issue, prepared, at);
  at.file = spool_.tellp();
  spool_.write(prepared.text.data(), std::streamsize(prepared.text.size()));
  spool_.write(reinterpret_cast<const char*>(prepared.line_starts.data()),
               std::streamsize(at.lines * sizeof(uint32_t)));  // after the part: it ends the text
  if (!spool_) return Error{spool_path_ + ": write failed"};
  at.part = at.file + std::streamoff(part);
  at.patches = patches_.Append(std::move(prepared.patches));
  spooled_.push_back(std::move(at));
  corpus_.Add(issue);
  return {};
}

Status XmlExportStream::Add(Issue& issue) {
  PreparedIssueXml prepared = Prepare(issue);
  return Add(issue, prepared);
}

Status XmlExportStream::WriteCorpus() const {
  std::string path = (std::filesystem::path(dir_) / "corpus.xml").string();
  return WriteFileAtomically(path, [&](std::ostream& out) { return WriteCorpusTo(out); }, &replaced_);
}

Status XmlExportStream::WriteCorpusTo(std::ostream& out) const {
  SpoolReader spool(spool_path_);  // its own reader: WriteIssueFiles may run beside it
  out << CorpusHead(corpus_.as_of(), spooled_.size(), written_ids_.size());
  std::string patched;
  ByteBuffer indented;
  std::vector<uint32_t> line_starts;
  for (const Spooled& s : spooled_) {
    patched.clear();
    if (s.part_indented) {  // CorpusPartOf(text), patched as it is indented: one copy, not two
      const std::streamoff starts_size = std::streamoff(s.lines * sizeof(uint32_t));
      std::string_view text = spool.Read(s.part, s.part_size + starts_size);
      if (text.empty()) continue;
      line_starts.resize(s.lines);
      std::memcpy(line_starts.data(), text.data() + s.part_size, size_t(starts_size));
      text = text.substr(0, size_t(s.part_size));
      AppendCorpusRootLine(patched, text);  // the rest begins at the first line start
      indented.Clear();
      indented.Append(patched);
      patches_.PatchIndented(text, line_starts, corpus_, indented, s.patches);
      out.write(indented.view().data(), std::streamsize(indented.view().size()));
    } else {
      patches_.Patch(spool.Read(s.part, s.part_size), corpus_, patched, s.patches);
      out.write(patched.data(), std::streamsize(patched.size()));
    }
  }
  WriteCited(out, corpus_);
  out << "</corpus>\n";
  return spool.ok() ? Status{} : Error{spool_path_ + ": read failed"};
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
      patches_.PatchGathered(spool.Read(s.file, s.file_size), corpus_, fill, out, s.patches);
      if (!out.Flush()) return Status{};  // the caller reports the write's failure
      return spool.ok() ? Status{} : Error{spool_path_ + ": read failed"};
    }, &replaced_);
    if (!written.ok()) return written;
  }
  return {};
}

Status XmlExportStream::EndAdding() {
  Status begun = spool_.is_open() ? Status{} : Begin();
  if (!begun.ok()) return begun;
  if (!spool_.flush()) return Error{spool_path_ + ": write failed"};
  corpus_.Resolve();
  return {};
}

// The issues' files and corpus.xml only read the corpus once it is resolved, so with two jobs
// they are written side by side: copying the export out of the spool was the serial tail of
// the command (about 6% of its CPU time, and most of its system time). The files they replace
// are freed beside them (ReplacedFiles), and all of them before Finish returns.
Status XmlExportStream::Finish() {
  Status ended = EndAdding();
  if (!ended.ok()) return ended;
  Status files, corpus;
  if (two_threads_) {
    RunBeside([&] { files = WriteIssueFiles(); }, [&] { corpus = WriteCorpus(); });
  } else {
    files = WriteIssueFiles();
    if (files.ok()) corpus = WriteCorpus();
  }
  DropSpool();
  replaced_.Wait();
  return files.ok() ? corpus : files;
}

Status XmlExportStream::FinishCorpus(std::ostream& out) {
  Status written = EndAdding();
  if (written.ok()) written = WriteCorpusTo(out);
  DropSpool();
  return written;
}

}  // namespace gazette

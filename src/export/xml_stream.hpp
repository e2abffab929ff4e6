// The gazette XML export in one pass and flat memory: each issue's file is written as the issue
// is read, with placeholders where only the whole corpus knows the answer (each document's
// standing, each reference's resolution; XmlPatches), into a spool file beside the export.
// Finish then copies each file into place with the placeholders filled from the corpus of light
// records, and writes DIR/corpus.xml as a stream. The files are the same, byte for byte, as
// BuildIssueXml's and BuildCorpusXml's trees over the same issues, saved with SaveXml.
#pragma once
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "export/xml.hpp"
#include "export/xml_patch.hpp"
#include "export/xml_status.hpp"
#include "util/replaced_files.hpp"

namespace gazette {

/// An issue's file as XmlExportStream::Prepare printed it, apart from the export: its
/// placeholders its own, numbered from 0.
struct PreparedIssueXml {
  std::string text;  // the declaration and the <issue> file
  std::vector<uint32_t> line_starts;  // where the printer began the lines of text
  XmlPatches patches;  // the placeholders text holds
};

/// An export to DIR written one issue at a time.
class XmlExportStream {
 public:
  /// An export to DIR with statuses as of AS_OF (ISO date). With JOBS > 1, or 0 (as many as
  /// there are cores) on a machine of several, Finish writes the issues' files and corpus.xml on
  /// two threads.
  XmlExportStream(std::string dir, std::string as_of, XmlOptions options = {}, unsigned jobs = 1);
  /// Removes the spool file.
  ~XmlExportStream();
  XmlExportStream(const XmlExportStream&) = delete;
  XmlExportStream& operator=(const XmlExportStream&) = delete;

  /// Prints ISSUE's file (every extractor run) as Add spools it, then clears the clauses of its
  /// references that no status cites (printed already). Reads nothing Add changes: issues may be
  /// prepared on several threads at once, each one apart.
  PreparedIssueXml Prepare(Issue& issue) const;
  /// Writes ISSUE, as PREPARED printed it (Prepare(ISSUE)), to the spool and takes its light
  /// records into the corpus. Issues are added in input order. Errors name the file.
  Status Add(const Issue& issue, PreparedIssueXml& prepared);
  /// Add(ISSUE, Prepare(ISSUE)).
  Status Add(Issue& issue);
  /// Writes DIR/<issue>.xml for every issue added and DIR/corpus.xml. Errors name the file (an
  /// issue's file first).
  Status Finish();
  /// Writes corpus.xml, as Finish would, to OUT instead (no file is written in DIR, which only
  /// holds the spool). Errors name the spool.
  Status FinishCorpus(std::ostream& out);

 private:
  /// Where one issue's two parts are in the spool.
  struct Spooled {
    std::string name;                       // file name without .xml
    std::streamoff file = 0, file_size = 0;  // the <issue> file
    std::streamoff part = 0, part_size = 0;  // its element in corpus.xml, unless part_indented:
    bool part_indented = false;  // the element's text at depth 0 (the file, or the file cut)
    size_t lines = 0;  // then its line starts (uint32_t each) follow it in the spool
    XmlPatchBase patches{};  // where its placeholders begin among patches_
  };
  Status Begin();
  /// Ends the spool and resolves the corpus: the issues are all added.
  Status EndAdding();
  /// Removes the spool, once the export is written, its pages freed by replaced_.
  void DropSpool();
  std::string NextFileName(const Issue& issue);
  /// Makes corpus.xml's part of ISSUE from PREPARED, its file, as AT records it: appended to
  /// PREPARED.text (unless it is the file itself), PREPARED.line_starts made its own. Returns
  /// where the part begins in PREPARED.text.
  size_t AppendCorpusPart(const Issue& issue, PreparedIssueXml& prepared, Spooled& at);
  Status WriteIssueFiles() const;
  Status WriteCorpus() const;
  Status WriteCorpusTo(std::ostream& out) const;

  std::string dir_;
  XmlOptions options_;  // without deferred: each prepared issue has its own
  bool two_threads_;
  CorpusStatus corpus_;
  XmlPatches patches_;
  std::vector<Spooled> spooled_;
  std::set<std::string> written_ids_, used_names_ = {"corpus"};
  std::string spool_path_;
  std::fstream spool_;
  std::vector<bool> omitted_;  // the documents of the last issue corpus.xml holds already
  mutable ReplacedFiles replaced_;  // the files of the export before, freed beside the writers
};

}  // namespace gazette

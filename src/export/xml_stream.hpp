// The gazette XML export in flat memory: a first pass over the inputs plans it (the corpus of
// light records, the counts), a second writes each issue's file as it comes and appends its
// element to DIR/corpus.xml, written as a stream. The files are the same, byte for byte, as
// WriteXmlExport's over the same issues.
#pragma once
#include <fstream>
#include <set>
#include <string>

#include "export/xml.hpp"
#include "export/xml_status.hpp"

namespace gazette {

/// An export to DIR written one issue at a time.
class XmlExportStream {
 public:
  /// An export to DIR with statuses as of AS_OF (ISO date).
  XmlExportStream(std::string dir, std::string as_of, XmlOptions options = {});

  /// First pass: indexes ISSUE (references and deadlines extracted) and counts it.
  void Plan(const Issue& issue);
  /// Second pass, the planned issues again in the same order: writes DIR/<issue>.xml and
  /// appends the issue to corpus.xml (created with the first). Errors name the file.
  Status Write(const Issue& issue);
  /// Ends corpus.xml (the documents only cited) and renames it into place.
  Status Finish();

 private:
  Status Begin();
  std::string NextFileName(const Issue& issue);

  std::string dir_;
  XmlOptions options_;
  CorpusStatus corpus_;
  size_t planned_issues_ = 0, written_issues_ = 0;
  std::set<std::string> planned_ids_, written_ids_, used_names_ = {"corpus"};
  std::string corpus_tmp_;
  std::ofstream corpus_out_;
};

}  // namespace gazette

// Fuzz target: the whole pipeline from bytes — decode, normalize, segment, every extractor, the
// check findings, the corpus and its statuses, and the XML export serialized in memory (and read
// back: what we write must be well-formed XML).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "export/xml.hpp"
#include "io/reader.hpp"
#include "extract/check.hpp"
#include "pipeline/pipeline.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gazette;
  auto input = DecodeBytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  if (!input.ok()) return 0;
  if (!input->checked_utf8 || !IsValidUtf8(input->text)) std::abort();  // Normalize takes it as checked
  std::vector<Issue> issues{BuildIssue(input.value())};
  CheckIssue(issues[0]);
  Corpus corpus("2025-01-01");
  corpus.AddIssue(issues[0]);
  for (const auto& d : corpus.documents()) corpus.Status(d.id, "");
  corpus.Edges(true);
  CorpusStatus status(issues, "2025-01-01");
  pugi::xml_document xml;
  BuildCorpusXml(issues, status, xml);
  std::ostringstream out;
  xml.save(out);
  pugi::xml_document reread;
  if (!reread.load_string(out.str().c_str())) std::abort();  // the export must be well-formed
  return 0;
}

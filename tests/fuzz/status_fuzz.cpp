// Fuzz target: the DOCNO argument of `gazette status` — normalized as a 文号, looked up as a
// key or a title, and judged — on the corpus of a sample issue.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_corpus.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const gazette::Corpus& corpus = gazette::fuzz::SampleCorpus();
  std::string docno(reinterpret_cast<const char*>(data), size);
  if (!gazette::IsValidUtf8(docno)) return 0;  // main() refuses an argument that is not UTF-8 (exit 2)
  gazette::NormalizeDocno(docno);
  for (char32_t c : gazette::ToU32(docno)) gazette::IsHan(c);
  corpus.Find(docno);
  corpus.Status(docno, "");
  corpus.Status(docno, "2030-01-01");
  return 0;
}

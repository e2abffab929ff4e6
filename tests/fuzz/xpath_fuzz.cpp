// Fuzz target: the XPath argument of `gazette query`, run on the corpus XML of a sample issue.
#include <cstddef>
#include <cstdint>
#include <string>

#include "export/query.hpp"
#include "export/xml.hpp"
#include "fuzz_corpus.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const pugi::xml_document& xml = gazette::fuzz::SampleXml();
  std::string xpath(reinterpret_cast<const char*>(data), size);
  if (gazette::CheckXPath(xpath).ok()) gazette::RunQuery(xml, xpath);
  return 0;
}

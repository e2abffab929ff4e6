// Fuzz target: the XPath argument of `gazette query`, run on the corpus XML of a sample issue;
// where the planner lets an expression be evaluated part by part (in one reading or two), the
// streamed evaluation must give exactly the whole document's matches (a difference aborts).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "export/query.hpp"
#include "export/query_stream.hpp"
#include "export/xml.hpp"
#include "fuzz_corpus.hpp"

namespace {

/// The sample corpus XML as text, and its tree as parsed from that text (the streamed query
/// parses text: the tree it is compared with must come from the same bytes).
struct SampleText {
  std::string text;
  pugi::xml_document parsed;
  SampleText() {
    std::ostringstream out;
    gazette::fuzz::SampleXml().save(out, "  ");
    text = out.str();
    parsed.load_string(text.c_str());
  }
};

std::string Line(const gazette::QueryMatch& m) {
  return m.node + "|" + m.name + "|" + m.value + "|" + m.document + "|" + m.source + "|" + std::to_string(m.line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const SampleText sample;
  std::string xpath(reinterpret_cast<const char*>(data), size);
  if (!gazette::CheckXPath(xpath).ok()) return 0;
  auto whole = gazette::RunQuery(sample.parsed, xpath);
  if (gazette::PlanXPath(xpath, "corpus").kind == gazette::XPathPlan::Kind::kWhole || !whole.ok()) return 0;
  std::vector<std::string> streamed;
  gazette::StreamedQuery query(xpath, [&](const gazette::QueryMatch& m) { streamed.push_back(Line(m)); });
  query.AllowSecondReading();
  query.NarrowFrom(1);  // every set that may be narrowed is: the sample's sets are small
  do {
    if (!query.Feed(sample.text).ok() || !query.Finish().ok() || !query.parted()) std::abort();
  } while (query.again());
  std::vector<std::string> want;
  for (const auto& m : whole.value()) want.push_back(Line(m));
  if (streamed != want) std::abort();
  return 0;
}

// Orders cited with their year first (2003年北京市人民政府令第136号): the printed order of a series
// numbered without years that such a citation names.
#include "segment/docno.hpp"
#include "xref/corpus.hpp"

namespace gazette {

int Corpus::PrintedOrderOfYear(const std::string& docno, int otherwise) const {
  int year = 0;
  const std::string yearless = YearlessOrder(docno, &year);
  if (yearless.empty()) return otherwise;
  const int at = IndexOf(yearless);
  if (at < 0) return otherwise;
  const CorpusDocument& doc = docs_[static_cast<size_t>(at)];
  // Signed, first promulgated or (a regulation printed with its amendments) last amended that year.
  auto of_year = [year](const std::optional<Date>& d) { return d && static_cast<int>(d->day.year()) == year; };
  return doc.printed && (of_year(doc.issued) || of_year(doc.date)) ? at : otherwise;
}

}  // namespace gazette

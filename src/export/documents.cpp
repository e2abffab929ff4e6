#include "export/documents.hpp"

namespace gazette {

const std::vector<std::string>& DocumentRecordKeys() {
  static const std::vector<std::string> keys = {"source", "line",  "docno", "title",       "issuers", "recipients",
                                                "date",   "type",  "attachments", "page", "title_en"};
  return keys;
}

Record DocumentRecord(const Issue& issue, const Document& doc) {
  Record r;
  r["source"] = issue.source;
  r["line"] = doc.line;
  r["docno"] = doc.docno;
  r["title"] = doc.title;
  r["issuers"] = doc.issuers;
  r["recipients"] = doc.recipients;
  r["date"] = ToIso(doc.date);
  r["type"] = doc.type;
  Record attachments = Record::array();
  for (const auto& a : doc.attachments) attachments.push_back(Record{{"num", a.num}, {"title", a.title}});
  r["attachments"] = attachments;
  r["page"] = doc.page;
  r["title_en"] = doc.title_en;
  return r;
}

}  // namespace gazette

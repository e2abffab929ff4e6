#include "export/documents.hpp"

#include "export/fields.hpp"

namespace gazette {
namespace {

/// A document with the issue that prints it.
struct DocumentIn {
  const Issue& issue;
  const Document& doc;
};

Record AttachmentsArray(const Document& doc) {
  Record attachments = Record::array();
  for (const auto& a : doc.attachments) attachments.push_back(Record{{"num", a.num}, {"title", a.title}});
  return attachments;
}

constexpr Field<DocumentIn> kDocumentFields[] = {
    {"source", [](const DocumentIn& d) -> Record { return d.issue.source; }},
    {"line", [](const DocumentIn& d) -> Record { return d.doc.line; }},
    {"docno", [](const DocumentIn& d) -> Record { return d.doc.docno; }},
    {"title", [](const DocumentIn& d) -> Record { return d.doc.title; }},
    {"issuers", [](const DocumentIn& d) -> Record { return d.doc.issuers; }},
    {"recipients", [](const DocumentIn& d) -> Record { return d.doc.recipients; }},
    {"date", [](const DocumentIn& d) -> Record { return DateText(d.doc.date); }},
    {"type", [](const DocumentIn& d) -> Record { return d.doc.type; }},
    {"attachments", [](const DocumentIn& d) -> Record { return AttachmentsArray(d.doc); }},
    {"page", [](const DocumentIn& d) -> Record { return d.doc.page; }},
    {"title_en", [](const DocumentIn& d) -> Record { return d.doc.title_en; }},
    // The id every other command names it by (articles', deadlines' and tables' docno field; status).
    {"id", [](const DocumentIn& d) -> Record { return d.doc.id; }},
    {"joint_docnos", [](const DocumentIn& d) -> Record { return d.doc.joint_docnos; }},
};

}  // namespace

std::vector<std::string> DocumentRecordKeys() { return KeysOf(kDocumentFields); }

Record DocumentRecord(const Issue& issue, const Document& doc) { return RecordOf(kDocumentFields, {issue, doc}); }

}  // namespace gazette

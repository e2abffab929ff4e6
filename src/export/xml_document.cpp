// The <document> element: metadata, standing, extracted records and the body lines.
#include <string>

#include "export/xml.hpp"
#include "export/xml_patch.hpp"
#include "export/xml_records.hpp"
#include "export/xml_text.hpp"

namespace gazette {

namespace {

void AppendDocno(pugi::xml_node e, const Document& doc) {
  if (doc.docno.empty()) return;
  pugi::xml_node n = AddText(e, "docno", doc.docno);
  SetPositive(n, "line", doc.docno_line);
  if (doc.docno_printed != doc.docno) SetAttr(n, "printed", doc.docno_printed);
  SetAttr(n, "latin", doc.docno_latin);
}

void AppendList(pugi::xml_node e, const char* list, const char* item, const std::vector<std::string>& values) {
  if (values.empty()) return;
  pugi::xml_node l = e.append_child(list);
  for (const auto& v : values) AddText(l, item, v);
}

/// Printed line of the deadline record stating DATE with one of KINDS, 0 if none.
int LineOfDate(const std::vector<Deadline>& deadlines, const std::optional<Date>& date,
               std::initializer_list<DateKind> kinds) {
  for (DateKind kind : kinds)
    for (const auto& d : deadlines)
      if (d.kind == kind && d.date == date) return d.line;
  return 0;
}

}  // namespace

void AppendStanding(pugi::xml_node e, const std::vector<Deadline>& deadlines, const DocumentStatus& s,
                    const std::string& as_of) {
  if (pugi::xml_node n = AddText(e, "effective", ToIso(s.effective)))
    SetPositive(n, "line", LineOfDate(deadlines, s.effective, {DateKind::kEffective, DateKind::kSigned}));
  if (pugi::xml_node n = AddText(e, "expires", ToIso(s.expires)))
    SetPositive(n, "line", LineOfDate(deadlines, s.expires, {DateKind::kExpires}));
  AppendStatus(e, s, as_of);
}

void AppendStatus(pugi::xml_node e, const DocumentStatus& s, const std::string& as_of) {
  pugi::xml_node n = e.append_child("status");
  SetAttr(n, "value", ToString(s.status));
  SetAttr(n, "as-of", as_of);
  SetAttr(n, "by", s.by);
  SetAttr(n, "since", ToIso(s.since));
  SetPositive(n, "line", s.dated.line);
  for (const auto& ev : s.events) {
    pugi::xml_node v = n.append_child("event");
    SetAttr(v, "relation", PassiveOf(ev.relation));
    SetAttr(v, "by", ev.by);
    SetAttr(v, "date", ToIso(ev.date));
    SetAttr(v, "source", ev.clause.source);
    SetPositive(v, "line", ev.clause.line);
    AddText(v, "text", ev.clause.text);
  }
}

namespace {

void AppendAttachments(pugi::xml_node e, const Document& doc) {
  if (doc.attachments.empty()) return;
  pugi::xml_node l = e.append_child("attachments");
  for (const auto& a : doc.attachments) {
    pugi::xml_node n = l.append_child("attachment");
    SetPositive(n, "num", a.num);
    SetPositive(n, "line", a.line);
    SetText(n, a.title);
  }
}

void AppendInstruments(pugi::xml_node e, const Document& doc) {
  if (doc.instruments.empty()) return;
  pugi::xml_node l = e.append_child("instruments");
  for (const auto& ins : doc.instruments) {
    pugi::xml_node n = l.append_child("instrument");
    SetPositive(n, "line", ins.line);
    if (ins.last > ins.first && ins.last <= doc.body.size()) {
      SetPositive(n, "first-line", doc.body[ins.first].line);
      SetPositive(n, "last-line", doc.body[ins.last - 1].last_line);
    }
    SetText(n, ins.title);
  }
}

void AppendBody(pugi::xml_node e, const Document& doc) {
  if (doc.body.empty()) return;
  pugi::xml_node body = e.append_child("body");
  for (const auto& line : doc.body) {
    pugi::xml_node p = body.append_child("p");
    SetPositive(p, "line", line.line);
    if (line.last_line > line.line) SetPositive(p, "last-line", line.last_line);
    if (line.printed != line.text) SetAttr(p, "printed", line.printed);
    SetText(p, line.text);
  }
}

}  // namespace

pugi::xml_node AppendDocument(pugi::xml_node parent, const Issue& issue, const Document& doc, int position,
                              const CorpusStatus& corpus, const XmlOptions& options) {
  pugi::xml_node e = parent.append_child("document");
  SetAttr(e, "id", doc.id);
  SetAttr(e, "issue", issue.name);
  SetAttr(e, "source", issue.source);
  SetPositive(e, "line", doc.line);
  SetPositive(e, "page", doc.page);
  e.append_attribute("position").set_value(position);
  SetAttr(e, "section", doc.section);
  AppendDocno(e, doc);
  AddText(e, "type", doc.type);
  AppendList(e, "issuers", "issuer", doc.issuers);
  AddText(e, "title", doc.title);
  AddText(e, "title-en", doc.title_en);
  AddText(e, "recipients", doc.recipients);
  if (pugi::xml_node n = AddText(e, "signed", ToIso(doc.date))) SetPositive(n, "line", doc.date_line);
  if (options.deferred) {
    e.append_child(XmlPatches::kPlaceholderElement).append_attribute("n").set_value(
        options.deferred->DeferStanding(doc).c_str());
  } else {
    AppendStanding(e, doc.deadlines, corpus.StatusOf(doc), corpus.as_of());
  }
  AppendList(e, "signatories", "signatory", doc.signatories);
  AppendAttachments(e, doc);
  AppendInstruments(e, doc);
  AppendArticles(e, doc.articles);
  AppendTables(e, doc.tables);
  AppendDeadlines(e, doc.deadlines);
  AppendReferences(e, doc.id, doc.references, corpus, options.deferred);
  if (options.body) AppendBody(e, doc);
  return e;
}

}  // namespace gazette

// The <document> element: metadata, standing, extracted records and the body lines.
#include <string>

#include "export/xml.hpp"
#include "export/xml_patch.hpp"
#include "export/xml_records.hpp"
#include "export/xml_text.hpp"
#include "export/xml_write.hpp"

namespace gazette {

namespace {

template <class E>
void WriteDocno(E& e, const Document& doc) {
  if (doc.docno.empty()) return;
  {
    E n = e.Child("docno");  // closed at its scope's end (a stream's element), before its siblings
    n.Positive("line", doc.docno_line);
    if (doc.docno_printed != doc.docno) n.Attr("printed", doc.docno_printed);
    n.Attr("latin", doc.docno_latin);
    n.Text(doc.docno);
  }
  for (const auto& other : doc.joint_docnos) e.AddText("joint-docno", other);
}

template <class E>
void WriteList(E& e, const char* list, const char* item, const std::vector<std::string>& values) {
  if (values.empty()) return;
  E l = e.Child(list);
  for (const auto& v : values) l.AddText(item, v);
}

/// An element NAME holding TEXT with the attribute line = LINE (when positive), unless TEXT is empty.
template <class E>
void AddTextWithLine(E& e, const char* name, std::string_view text, int line) {
  if (text.empty()) return;
  E n = e.Child(name);
  n.Positive("line", line);
  n.Text(text);
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

template <class E>
void WriteStanding(E& e, const std::vector<Deadline>& deadlines, const DocumentStatus& s, const std::string& as_of) {
  std::string effective = ToIso(s.effective), expires = ToIso(s.expires);
  if (!effective.empty())
    AddTextWithLine(e, "effective", effective,
                    LineOfDate(deadlines, s.effective, {DateKind::kEffective, DateKind::kSigned}));
  if (!expires.empty()) AddTextWithLine(e, "expires", expires, LineOfDate(deadlines, s.expires, {DateKind::kExpires}));
  WriteStatus(e, s, as_of);
}

template <class E>
void WriteStatus(E& e, const DocumentStatus& s, const std::string& as_of) {
  E n = e.Child("status");
  n.Attr("value", CheckedSpelling(s.status));
  n.Attr("as-of", as_of);
  n.Attr("by", s.by);
  n.Attr("since", ToIso(s.since));
  n.Positive("line", s.dated.line);
  for (const auto& ev : s.events) {
    E v = n.Child("event");
    v.Attr("relation", PassiveOf(ev.relation));
    v.Attr("by", ev.by);
    v.Attr("date", ToIso(ev.date));
    v.Attr("source", ev.clause.source);
    v.Positive("line", ev.clause.line);
    v.AddText("text", ev.clause.text);
  }
}

void AppendStanding(pugi::xml_node e, const std::vector<Deadline>& deadlines, const DocumentStatus& s,
                    const std::string& as_of) {
  TreeElement t(e);
  WriteStanding(t, deadlines, s, as_of);
}

void AppendStatus(pugi::xml_node e, const DocumentStatus& s, const std::string& as_of) {
  TreeElement t(e);
  WriteStatus(t, s, as_of);
}

namespace {

template <class E>
void WriteAttachments(E& e, const Document& doc) {
  if (doc.attachments.empty()) return;
  E l = e.Child("attachments");
  for (const auto& a : doc.attachments) {
    E n = l.Child("attachment");
    n.Positive("num", a.num);
    n.Positive("line", a.line);
    n.Text(a.title);
  }
}

template <class E>
void WriteInstruments(E& e, const Document& doc) {
  if (doc.instruments.empty()) return;
  E l = e.Child("instruments");
  for (const auto& ins : doc.instruments) {
    E n = l.Child("instrument");
    n.Positive("line", ins.line);
    if (ins.last > ins.first && ins.last <= doc.body.size()) {
      n.Positive("first-line", doc.body[ins.first].line);
      n.Positive("last-line", doc.body[ins.last - 1].last_line);
    }
    n.Text(ins.title);
  }
}

template <class E>
void WriteBody(E& e, const Document& doc) {
  if (doc.body.empty()) return;
  E body = e.Child("body");
  for (const auto& line : doc.body) {
    E p = body.Child("p");
    p.Positive("line", line.line);
    if (line.last_line > line.line) p.Positive("last-line", line.last_line);
    if (line.printed != line.text) p.Attr("printed", line.printed);
    p.Text(line.text);
  }
}

}  // namespace

template <class E>
void WriteDocument(E& parent, const Issue& issue, const Document& doc, int position, const CorpusStatus& corpus,
                   const XmlOptions& options) {
  E e = parent.Child("document");
  e.Attr("id", doc.id);
  e.Attr("issue", issue.name);
  e.Attr("source", issue.source);
  e.Positive("line", doc.line);
  e.Positive("page", doc.page);
  e.Int("position", position);
  e.Attr("section", doc.section);
  WriteDocno(e, doc);
  e.AddText("type", doc.type);
  WriteList(e, "issuers", "issuer", doc.issuers);
  e.AddText("title", doc.title);
  e.AddText("title-en", doc.title_en);
  e.AddText("recipients", doc.recipients);
  AddTextWithLine(e, "signed", ToIso(doc.date), doc.date_line);
  if (options.deferred) {
    e.Child(XmlPatches::kPlaceholderElement).RawAttribute("n", options.deferred->DeferStanding(doc));
  } else {
    WriteStanding(e, doc.deadlines, corpus.StatusOf(doc), corpus.as_of());
  }
  WriteList(e, "signatories", "signatory", doc.signatories);
  WriteAttachments(e, doc);
  WriteInstruments(e, doc);
  WriteArticles(e, doc.articles);
  WriteTables(e, doc.tables);
  WriteDeadlines(e, doc.deadlines);
  WriteReferences(e, doc.id, doc.references, corpus, options.deferred);
  if (options.body) WriteBody(e, doc);
}

pugi::xml_node AppendDocument(pugi::xml_node parent, const Issue& issue, const Document& doc, int position,
                              const CorpusStatus& corpus, const XmlOptions& options) {
  TreeElement p(parent);
  WriteDocument(p, issue, doc, position, corpus, options);
  return parent.last_child();
}

template void WriteDocument(TreeElement&, const Issue&, const Document&, int, const CorpusStatus&, const XmlOptions&);
template void WriteDocument(PrintedElement&, const Issue&, const Document&, int, const CorpusStatus&,
                            const XmlOptions&);
template void WriteStanding(TreeElement&, const std::vector<Deadline>&, const DocumentStatus&, const std::string&);
template void WriteStanding(PrintedElement&, const std::vector<Deadline>&, const DocumentStatus&, const std::string&);
template void WriteStatus(TreeElement&, const DocumentStatus&, const std::string&);
template void WriteStatus(PrintedElement&, const DocumentStatus&, const std::string&);

}  // namespace gazette

#include "export/akn.hpp"

#include <cstdint>
#include <cstdio>

#include "export/search.hpp"
#include "export/xml.hpp"
#include "export/xml_text.hpp"
#include "extract/references.hpp"
#include "segment/docno.hpp"
#include "util/number.hpp"

namespace gazette {

namespace {

/// Lower-case ASCII letters, digits and '-' of TEXT; anything else dropped.
std::string AsciiSlug(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
  }
  return out;
}

/// Agency slug, year and sequence of DOCNO; false when it holds no 文号.
bool DocnoParts(const std::string& docno, std::string* agency, std::string* year, std::string* seq) {
  auto found = FindDocnos(docno);
  if (found.empty()) return false;
  *agency = AsciiSlug(RomanizeCompact(found[0].agency));
  if (agency->empty()) *agency = "doc";
  *year = std::to_string(found[0].year);
  *seq = std::to_string(found[0].seq);
  return true;
}

std::string IssueYear(const std::string& issue_name) {
  return issue_name.size() >= 4 ? AsciiSlug(issue_name.substr(0, 4)) : "0000";
}

struct AknIds {
  std::string work, expression, manifestation;
};

AknIds IdsOf(const Issue& issue, const Document& doc, int position) {
  AknIds ids;
  // A cited document (printed in no issue) by its corpus id: each its own work.
  ids.work = issue.name.empty() && position == 0 ? AknUriOfId(doc.docno, doc.id) : AknWorkUri(doc.docno, issue.name, position);
  ids.expression = ids.work + "/zho@";
  ids.manifestation = ids.expression + "/!main.xml";
  return ids;
}

void AppendFrbr(pugi::xml_node parent, const char* level, const std::string& uri, const std::string& date,
                const char* date_name) {
  pugi::xml_node n = parent.append_child(level);
  n.append_child("FRBRthis").append_attribute("value").set_value((uri + "/!main").c_str());
  n.append_child("FRBRuri").append_attribute("value").set_value(uri.c_str());
  pugi::xml_node d = n.append_child("FRBRdate");
  SetAttr(d, "date", date.empty() ? std::string("0001-01-01") : date);  // required; 0001 = unknown
  d.append_attribute("name").set_value(date.empty() ? "unknown" : date_name);
}

void AppendIdentification(pugi::xml_node meta, const Issue& issue, const Document& doc, const AknIds& ids,
                          const std::string& as_of) {
  pugi::xml_node ident = meta.append_child("identification");
  ident.append_attribute("source").set_value("#gazette");
  std::string year = doc.docno.empty() ? "" : AknDocnoYear(doc.docno);
  if (doc.date) {
    AppendFrbr(ident, "FRBRWork", ids.work, ToIso(doc.date), "signature");
  } else {  // known only by citation: the year its 文号 prints, said to be only that
    AppendFrbr(ident, "FRBRWork", ids.work, year.size() == 4 ? year + "-01-01" : "", "docno-year");
  }
  pugi::xml_node work = ident.child("FRBRWork");
  work.append_child("FRBRauthor").append_attribute("href").set_value(doc.issuers.empty() ? "#gazette" : "#issuer_1");
  work.append_child("FRBRcountry").append_attribute("value").set_value("cn");
  if (!doc.type.empty()) SetAttr(work.append_child("FRBRsubtype"), "value", doc.type);
  SetAttr(work.append_child("FRBRnumber"), "value", doc.docno.empty() ? doc.id : doc.docno);
  SetAttr(work.append_child("FRBRname"), "value", doc.title);
  if (issue.header.date) {
    AppendFrbr(ident, "FRBRExpression", ids.expression, ToIso(issue.header.date), "publication");
  } else {
    AppendFrbr(ident, "FRBRExpression", ids.expression, year.size() == 4 ? year + "-01-01" : "", "docno-year");
  }
  pugi::xml_node expr = ident.child("FRBRExpression");
  expr.append_child("FRBRauthor").append_attribute("href").set_value("#gazette");
  expr.append_child("FRBRlanguage").append_attribute("language").set_value("zho");
  AppendFrbr(ident, "FRBRManifestation", ids.expression + "/main.xml", as_of, "generation");
  ident.child("FRBRManifestation").append_child("FRBRauthor").append_attribute("href").set_value("#gazette");
}

void AppendPublication(pugi::xml_node meta, const Issue& issue) {
  if (!issue.header.date) return;
  pugi::xml_node p = meta.append_child("publication");
  SetAttr(p, "date", ToIso(issue.header.date));
  p.append_attribute("name").set_value("北京市人民政府公报");
  SetAttr(p, "showAs", "北京市人民政府公报 " + std::to_string(issue.header.year) + "年第" +
                           std::to_string(issue.header.number) + "期");
  SetPositive(p, "number", issue.header.number);
}

/// What the meta sections share: references to other works, numbered as they are added.
struct AknRefs {
  std::vector<std::pair<std::string, std::string>> passive;  ///< (eId, href) of works acting on this one
  std::vector<std::pair<std::string, std::string>> active;   ///< (eId, href) of works this one acts on
};

/// The Akoma Ntoso textual modification type of a relation; nullptr for implements and cites, and
/// for extends, suspends and resumes (a change of force, not of text).
const char* ModificationType(Relation ref_type) {
  switch (ref_type) {
    case Relation::kRepeals: return "repeal";
    case Relation::kAmends: return "substitution";
    case Relation::kSupplements: return "insertion";
    case Relation::kReplaces:
    case Relation::kRevises: return "replacement";
    case Relation::kExtends:
    case Relation::kSuspends:
    case Relation::kResumes:
    case Relation::kImplements:
    case Relation::kCites: break;
  }
  return nullptr;
}

/// Appends eventRef evt_N on DATE (a day only); returns its eId, empty if none.
std::string AppendEvent(pugi::xml_node lifecycle, const std::optional<Date>& date, const std::string& source,
                        const char* type) {
  if (!date || date->precision != Precision::kDay) return "";  // eventRef needs a full date
  std::string eid = "evt_" + std::to_string(std::distance(lifecycle.begin(), lifecycle.end()) + 1);
  pugi::xml_node e = lifecycle.append_child("eventRef");
  SetAttr(e, "eId", eid);
  SetAttr(e, "date", ToIso(date));
  SetAttr(e, "source", source);
  e.append_attribute("type").set_value(type);
  return eid;
}

/// The events that open and close the document's time in force.
struct AknInterval {
  std::string start, end;
};

AknInterval AppendLifecycle(pugi::xml_node meta, const Document& doc, const DocumentStatus& standing, AknRefs& refs) {
  pugi::xml_node lc = meta.append_child("lifecycle");
  lc.append_attribute("source").set_value("#gazette");
  AknInterval in_force;
  in_force.start = AppendEvent(lc, doc.date, "#original", "generation");
  if (standing.effective && standing.effective != doc.date) {
    std::string e = AppendEvent(lc, standing.effective, "#original", "generation");
    if (!e.empty()) in_force.start = e;
  }
  for (const auto& ev : standing.events) {
    if (ev.relation == Relation::kExtends) continue;  // its date is an end of validity, not an event
    refs.passive.push_back({"pref_" + std::to_string(refs.passive.size() + 1), AknUriOfId(ev.by, ev.by)});
    bool repeal = ev.relation == Relation::kRepeals;
    std::string e = AppendEvent(lc, ev.date, "#" + refs.passive.back().first, repeal ? "repeal" : "amendment");
    if (repeal && !e.empty()) in_force.end = e;
  }
  if (!lc.first_child()) meta.remove_child(lc);
  return in_force;
}

void AppendTemporalData(pugi::xml_node meta, const AknInterval& in_force) {
  if (in_force.start.empty()) return;
  pugi::xml_node td = meta.append_child("temporalData");
  td.append_attribute("source").set_value("#gazette");
  pugi::xml_node group = td.append_child("temporalGroup");
  group.append_attribute("eId").set_value("tmpg_1");
  pugi::xml_node interval = group.append_child("timeInterval");
  SetAttr(interval, "start", "#" + in_force.start);
  SetAttr(interval, "end", in_force.end.empty() ? "" : "#" + in_force.end);
  interval.append_attribute("refersTo").set_value("#inForce");
}

void AppendModification(pugi::xml_node list, const std::string& eid, const char* type, const std::string& source,
                        const std::string& destination) {
  pugi::xml_node m = list.append_child("textualMod");
  m.append_attribute("type").set_value(type);
  SetAttr(m, "eId", eid);
  SetAttr(m.append_child("source"), "href", source);
  SetAttr(m.append_child("destination"), "href", destination);
}

void AppendAnalysis(pugi::xml_node meta, const Document& doc, const DocumentStatus& standing, const AknIds& ids,
                    AknRefs& refs) {
  pugi::xml_node analysis = meta.append_child("analysis");
  analysis.append_attribute("source").set_value("#gazette");
  pugi::xml_node active = analysis.append_child("activeModifications");
  for (const auto& r : doc.references) {
    const char* type = ModificationType(r.type);
    if (!type || (r.to.empty() && r.title.empty())) continue;
    // By its 文号, else as the corpus knows it: resolved, or the cited title's stub (《title》).
    std::string target = !r.to.empty()        ? AknWorkUri(r.to, "", 0)
                         : !r.target_id.empty() ? AknUriOfId("", r.target_id)
                                                : AknUriOfId("", "《" + TitleKey(r.title) + "》");
    refs.active.push_back({"aref_" + std::to_string(refs.active.size() + 1), target});
    std::string where = EnclosingArticle(doc, r.line);
    AppendModification(active, "amod_" + std::to_string(refs.active.size()), type,
                       where.empty() ? ids.work : "#" + where, target);
  }
  pugi::xml_node passive = analysis.append_child("passiveModifications");
  int n = 0;
  for (const auto& ev : standing.events) {
    if (!ModificationType(ev.relation)) continue;  // an extension changes no text
    const char* type = ev.relation == Relation::kRepeals ? "repeal" : "substitution";
    AppendModification(passive, "pmod_" + std::to_string(++n), type, AknUriOfId(ev.by, ev.by), ids.work);
  }
  if (!active.first_child()) analysis.remove_child(active);
  if (!passive.first_child()) analysis.remove_child(passive);
  if (!analysis.first_child()) meta.remove_child(analysis);
}

void AppendReferences(pugi::xml_node meta, const Document& doc, const AknIds& ids, const AknRefs& refs) {
  pugi::xml_node r = meta.append_child("references");
  r.append_attribute("source").set_value("#gazette");
  pugi::xml_node original = r.append_child("original");
  original.append_attribute("eId").set_value("original");
  SetAttr(original, "href", ids.expression);
  SetAttr(original, "showAs", doc.title);
  for (const auto& [eid, href] : refs.passive) {
    pugi::xml_node p = r.append_child("passiveRef");
    SetAttr(p, "eId", eid);
    SetAttr(p, "href", href);
    SetAttr(p, "showAs", href);
  }
  for (const auto& [eid, href] : refs.active) {
    pugi::xml_node a = r.append_child("activeRef");
    SetAttr(a, "eId", eid);
    SetAttr(a, "href", href);
    SetAttr(a, "showAs", href);
  }
  pugi::xml_node in_force = r.append_child("TLCConcept");
  in_force.append_attribute("eId").set_value("inForce");
  in_force.append_attribute("href").set_value("/ontology/concept/inForce");
  in_force.append_attribute("showAs").set_value("in force");
  pugi::xml_node g = r.append_child("TLCOrganization");
  g.append_attribute("eId").set_value("gazette");
  g.append_attribute("href").set_value("/ontology/organization/cn-bj/gazette");
  g.append_attribute("showAs").set_value("北京市人民政府公报");
  for (size_t i = 0; i < doc.issuers.size(); ++i) {
    pugi::xml_node o = r.append_child("TLCOrganization");
    SetAttr(o, "eId", "issuer_" + std::to_string(i + 1));
    SetAttr(o, "href", "/ontology/organization/cn-bj/" + AsciiSlug(RomanizeCompact(doc.issuers[i])));
    SetAttr(o, "showAs", doc.issuers[i]);
  }
}

void AppendPreface(pugi::xml_node act, const Document& doc) {
  pugi::xml_node preface = act.append_child("preface");
  if (!doc.docno.empty()) AddText(preface.append_child("p"), "docNumber", doc.docno);
  AddText(preface.append_child("p"), "docTitle", doc.title.empty() ? doc.id : doc.title);
  if (doc.date) {
    pugi::xml_node d = preface.append_child("p").append_child("docDate");
    SetAttr(d, "date", ToIso(doc.date));
    SetText(d, ToIso(doc.date));
  }
}

}  // namespace

std::string AknDocnoYear(const std::string& docno) {
  std::string agency, year, seq;
  return DocnoParts(docno, &agency, &year, &seq) ? year : "";
}

std::string AknSlug(const std::string& docno, const std::string& issue_name, int position) {
  std::string agency, year, seq;
  if (DocnoParts(docno, &agency, &year, &seq)) return agency + "-" + year + "-" + seq;
  return AsciiSlug(issue_name) + "-" + std::to_string(position);
}

std::string AknWorkUri(const std::string& docno, const std::string& issue_name, int position) {
  std::string agency, year, seq;
  if (DocnoParts(docno, &agency, &year, &seq)) return "/akn/cn-bj/act/" + year + "/" + agency + "-" + seq;
  return "/akn/cn-bj/act/" + IssueYear(issue_name) + "/gazette-" + AsciiSlug(issue_name) + "-" +
         std::to_string(position);
}

std::string AknUriOfId(const std::string& docno, const std::string& id) {
  std::string agency, year, seq;
  if (DocnoParts(docno, &agency, &year, &seq)) return AknWorkUri(docno, "", 0);
  if (const size_t hash = id.rfind('#'); hash != std::string::npos && hash > 0)
    if (const int position = DecimalOr(id.substr(hash + 1), 0); position > 0)
      return AknWorkUri("", id.substr(0, hash), position);
  uint32_t h = 2166136261u;  // FNV-1a: the same id, the same URI, in every run
  for (unsigned char c : id) h = (h ^ c) * 16777619u;
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", h);
  return "/akn/cn-bj/act/0000/cited-" + std::string(hex);
}

void BuildAknDocument(const Issue& issue, const Document& doc, int position, const CorpusStatus& corpus,
                      pugi::xml_document& out) {
  out.reset();
  pugi::xml_node root = out.append_child("akomaNtoso");
  root.append_attribute("xmlns").set_value(kAknNamespace);
  pugi::xml_node act = root.append_child("act");
  act.append_attribute("name").set_value(doc.type.empty() ? "document" : XmlSafe(doc.type).c_str());
  act.append_attribute("contains").set_value("originalVersion");
  pugi::xml_node meta = act.append_child("meta");
  AknIds ids = IdsOf(issue, doc, position);
  DocumentStatus standing = corpus.StatusOf(doc);
  AknRefs refs;
  AppendIdentification(meta, issue, doc, ids, corpus.as_of());
  AppendPublication(meta, issue);
  AknInterval in_force = AppendLifecycle(meta, doc, standing, refs);
  AppendAnalysis(meta, doc, standing, ids, refs);
  AppendTemporalData(meta, in_force);
  AppendReferences(meta, doc, ids, refs);
  AppendPreface(act, doc);
  AppendAknBody(act, doc);
}

}  // namespace gazette

#include "export/status.hpp"

#include "export/fields.hpp"

namespace gazette {

namespace {

// The extension by the document that decided S (有效期延长至…), if one did.
const StatusEvent* DecidingExtension(const DocumentStatus& s) {
  for (const auto& e : s.events)
    if (e.relation == Relation::kExtends && e.by == s.by) return &e;
  return nullptr;
}

}  // namespace

void WriteStatusText(std::ostream& out, const DocumentStatus& s, const std::string& as_of) {
  const StatusEvent* extension = s.by.empty() ? nullptr : DecidingExtension(s);
  out << s.docno << (s.instrument.empty() ? "" : " 《" + s.instrument + "》") << ": " << ToString(s.status);
  if (!s.by.empty() && !extension) out << " by " << s.by;
  if (s.since) out << (s.status == LegalStatus::kInForce ? " since " : " on ") << ToIso(s.since);
  if (extension && s.status == LegalStatus::kExpired) out << " as extended by " << s.by;
  else if (extension) out << ", extended by " << s.by << " to " << (extension->date ? ToIso(extension->date) : "a date not read");
  out << " (as of " << as_of << ")\n";
  if (!s.known) out << "  not printed or cited in the inputs\n";
  else if (s.status == LegalStatus::kUnknown && s.printed && !extension) {
    out << "  printed, but no date read shows it out by that date (no start, signing, adoption or issue date before it):\n";
  } else if (s.status == LegalStatus::kUnknown && !s.events.empty() && !extension) {
    // Relations known, none deciding on the date asked (later ones, or an extension of an end not
    // read): say so, with each one's date.
    out << "  not printed in the inputs, so its own dates are not known; its relations:\n";
    for (const auto& e : s.events) {
      const std::string on = e.date ? ToIso(e.date) : std::string();
      out << "  " << PassiveOf(e.relation) << " " << e.by << (on.empty() ? "" : " on " + on)
          << (!on.empty() && on > as_of ? " (after that date)" : "") << "\n";
    }
    out << "  cited at:\n";
  } else if (s.status == LegalStatus::kUnknown && !extension) {
    out << "  not printed in the inputs and no relation known; cited at:\n";
  }
  for (const auto& e : s.evidence) out << "  " << e.source << ":" << e.line << ": " << e.text << "\n";
}

Record StatusRecord(const DocumentStatus& s) {
  Record j;
  j["docno"] = s.docno;
  j["instrument"] = s.instrument;
  j["status"] = ToString(s.status);
  j["by"] = s.by;
  j["date"] = DateText(s.since);
  j["evidence"] = Record::array();
  for (const auto& e : s.evidence) j["evidence"].push_back({{"source", e.source}, {"line", e.line}, {"text", e.text}});
  return j;
}

}  // namespace gazette

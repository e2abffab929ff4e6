#include "export/xml_patch.hpp"

#include <cstring>
#include <iterator>

#include "export/xml.hpp"
#include "export/xml_printer.hpp"
#include "export/xml_text.hpp"
#include "export/xml_write.hpp"
#include "util/number.hpp"

namespace gazette {
namespace {

// A placeholder value is kMark, a kind letter and a number. kMark is a control character no
// text of the export can hold (XmlSafe removes them), which pugixml writes as &#01;.
constexpr char kMark = '\x01';
constexpr std::string_view kWrittenMark = "&#01;";
constexpr std::string_view kResolvedAttr = "resolved=\"";

bool IsStandingDate(DateKind kind) {
  return kind == DateKind::kEffective || kind == DateKind::kSigned || kind == DateKind::kExpires;
}

// The number after a placeholder's kind letter at AT (up to the closing quote).
size_t PlaceholderNumber(std::string_view in, size_t at) {
  size_t end = in.find('"', at);
  return size_t(ParseDecimal(in.substr(at, end == std::string_view::npos ? end : end - at)).value_or(0));
}

}  // namespace

std::string XmlPatches::DeferStanding(const Document& doc) {
  DeferredStanding d{doc.id, {}};
  for (const auto& dl : doc.deadlines)
    if (IsStandingDate(dl.kind)) {
      Deadline kept;
      kept.kind = dl.kind;
      kept.date = dl.date;
      kept.line = dl.line;
      d.dates.push_back(std::move(kept));
    }
  standings_.push_back(std::move(d));
  return std::string(1, kMark) + "s" + std::to_string(standings_.size() - 1);
}

std::string XmlPatches::DeferResolution() { return std::string(1, kMark) + "r" + std::to_string(references_++); }

XmlPatchBase XmlPatches::Append(XmlPatches&& issue) {
  XmlPatchBase base{standings_.size(), references_};
  standings_.insert(standings_.end(), std::make_move_iterator(issue.standings_.begin()),
                    std::make_move_iterator(issue.standings_.end()));
  references_ += issue.references_;
  return base;
}

// LINE is the placeholder element's whole line: its indent is the depth the standing goes at.
void XmlPatches::PatchStanding(std::string_view line, size_t n, const CorpusStatus& corpus,
                               std::string& out) const {
  unsigned depth = unsigned(line.find_first_not_of(' ') / 2);
  const DeferredStanding& d = standings_.at(n);
  XmlPrinter printer(out, depth);
  PrintedElement level = PrintedElement::Level(printer);
  WriteStanding(level, d.dates, corpus.StatusOf(d.id), corpus.as_of());
  printer.Finish();
}

// The attributes `resolved` and `target` as the writer prints them with the corpus at hand.
void XmlPatches::PatchResolution(size_t n, const CorpusStatus& corpus, std::string& out) const {
  const CorpusReference& r = corpus.ReferenceAt(n);
  out += r.resolved ? "resolved=\"true\"" : "resolved=\"false\"";
  if (r.target_id.empty()) return;
  out += " target=\"";
  if (AllXmlChars(r.target_id)) AppendEscapedAttribute(out, r.target_id);  // no copy of a safe id
  else AppendEscapedAttribute(out, XmlSafe(r.target_id));
  out += '"';
}

// Where Patch's output goes: Keep takes a span of IN as it is; the replacement of a placeholder
// is appended to Fill(), then Filled() is called.
template <class Sink>
void XmlPatches::PatchInto(std::string_view in, const CorpusStatus& corpus, XmlPatchBase base, Sink& sink) const {
  size_t done = 0;
  for (size_t at = in.find(kWrittenMark); at != std::string_view::npos; at = in.find(kWrittenMark, done)) {
    size_t kind = at + kWrittenMark.size();
    size_t n = PlaceholderNumber(in, kind + 1);
    if (kind < in.size() && in[kind] == 's') {
      size_t begin = in.rfind('\n', at);
      begin = begin == std::string_view::npos ? 0 : begin + 1;
      size_t end = in.find('\n', at);
      end = end == std::string_view::npos ? in.size() : end + 1;
      sink.Keep(in.substr(done, begin - done));
      PatchStanding(in.substr(begin, end - begin), base.standings + n, corpus, sink.Fill());
      done = end;
    } else {
      size_t begin = at - kResolvedAttr.size();
      size_t end = in.find('"', kind) + 1;
      sink.Keep(in.substr(done, begin - done));
      PatchResolution(base.references + n, corpus, sink.Fill());
      done = end;
    }
    sink.Filled();
  }
  sink.Keep(in.substr(done));
}

namespace {

/// Patch's output appended to a string.
struct AppendingSink {
  std::string& out;
  void Keep(std::string_view kept) { out.append(kept); }
  std::string& Fill() { return out; }
  void Filled() {}
};

/// Patch's output as pieces for a GatherWriter: IN's spans where they are, the replacements in
/// FILL (whose bytes may move as it grows: their offsets are kept).
struct GatheringSink {
  struct Piece {
    const char* kept;  // a span of IN, or nullptr: FILL's bytes from offset
    size_t offset, size;
  };
  std::string& fill;
  std::vector<Piece>& pieces;
  size_t filled_from = 0;
  void Keep(std::string_view kept) { pieces.push_back({kept.data(), 0, kept.size()}); }
  std::string& Fill() {
    filled_from = fill.size();
    return fill;
  }
  void Filled() { pieces.push_back({nullptr, filled_from, fill.size() - filled_from}); }
};

}  // namespace

void XmlPatches::Patch(std::string_view in, const CorpusStatus& corpus, std::string& out, XmlPatchBase base) const {
  AppendingSink sink{out};
  PatchInto(in, corpus, base, sink);
}

void XmlPatches::PatchGathered(std::string_view in, const CorpusStatus& corpus, std::string& fill,
                               GatherWriter& out, XmlPatchBase base) const {
  thread_local std::vector<GatheringSink::Piece> pieces;  // kept for its capacity, one file after another
  pieces.clear();
  GatheringSink sink{fill, pieces};
  PatchInto(in, corpus, base, sink);
  for (const GatheringSink::Piece& p : sink.pieces) out.Add(p.kept ? p.kept : fill.data() + p.offset, p.size);
}

// A placeholder never stands in a leaf's text (XmlSafe removes the mark from texts), so the
// printed lines that hold one are tags: each is patched alone, as Patch patches it in the
// indented whole. The printer told where its lines begin: finding them again in the text (three
// searches a line, PrintedLineEnd) cost more than the rest of corpus.xml's copy. Each other line
// is one piece of OUT, its indentation and its bytes written there (appending both to a string
// was two calls a line, 100 instructions).
void XmlPatches::PatchIndented(std::string_view text, const std::vector<uint32_t>& line_starts,
                               const CorpusStatus& corpus, ByteBuffer& out, XmlPatchBase base) const {
  if (line_starts.empty()) return;
  out.Reserve((text.size() - line_starts[0]) + 2 * line_starts.size());
  std::string line, patched;
  size_t mark = text.find(kWrittenMark, line_starts[0]);
  for (size_t k = 0; k < line_starts.size(); ++k) {
    const size_t i = line_starts[k], next = k + 1 < line_starts.size() ? line_starts[k + 1] : text.size();
    if (mark >= next) {
      char* at = out.Extend(2 + (next - i));
      at[0] = at[1] = ' ';
      std::memcpy(at + 2, text.data() + i, next - i);
    } else {
      line.assign("  ");
      line.append(text.substr(i, next - i));
      patched.clear();
      Patch(line, corpus, patched, base);
      out.Append(patched);
      mark = text.find(kWrittenMark, next);
    }
  }
}

}  // namespace gazette

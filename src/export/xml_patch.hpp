// What a one-pass XML export cannot know when it writes an issue: the standing of each document
// (a later issue may repeal it) and where each reference resolves (a later issue may print its
// target). The writers put a placeholder there and record what fills it; once every issue is
// read, Patch copies the written text with the placeholders replaced by what the corpus says —
// the same bytes the writers give with the whole corpus at hand.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "export/xml_status.hpp"
#include "model/issue.hpp"
#include "util/byte_buffer.hpp"
#include "util/gather_write.hpp"

namespace gazette {

/// Where one text's placeholders begin among an export's (XmlPatches::Append's answer).
struct XmlPatchBase {
  size_t standings = 0, references = 0;
};

/// The placeholders of an export, numbered in the order they are made. Issues may be printed
/// apart, each with placeholders of its own numbered from 0, then appended to the export's in
/// input order (Append): a text's placeholders are then patched from where its issue's begin.
class XmlPatches {
 public:
  /// A placeholder attribute value standing for DOC's <effective>, <expires> and <status>; the
  /// writer puts it on an element of its own line (PlaceholderElement).
  std::string DeferStanding(const Document& doc);
  /// A placeholder value for the `resolved` attribute of the next reference, in the order the
  /// corpus keeps them (every printed document's, in input order; from its text's XmlPatchBase);
  /// Patch replaces the attribute by `resolved` and `target` as the corpus resolved it.
  std::string DeferResolution();
  /// Takes ISSUE's placeholders after these; returns where they begin.
  XmlPatchBase Append(XmlPatches&& issue);
  /// Appends IN to OUT with every placeholder replaced by what CORPUS says; IN's placeholders
  /// begin at BASE.
  void Patch(std::string_view in, const CorpusStatus& corpus, std::string& out, XmlPatchBase base = {}) const;
  /// Queues Patch(IN) to OUT without copying IN: its spans between placeholders as they are, the
  /// replacements appended to FILL. IN and FILL must stay as they are until OUT is flushed.
  void PatchGathered(std::string_view in, const CorpusStatus& corpus, std::string& fill, GatherWriter& out,
                     XmlPatchBase base = {}) const;
  /// Appends Patch(IndentOneLevel(TEXT's lines from LINE_STARTS[0] on)) to OUT in one pass: TEXT
  /// as XmlPrinter prints an element at depth 0, LINE_STARTS the offsets of the lines it began
  /// after a break (XmlPrinter::RecordLineStarts). Each line two spaces deeper, only the lines
  /// with a placeholder patched; no line is searched for.
  void PatchIndented(std::string_view text, const std::vector<uint32_t>& line_starts, const CorpusStatus& corpus,
                     ByteBuffer& out, XmlPatchBase base = {}) const;

  /// The name of the element DeferStanding's value goes on (attribute "n").
  static constexpr const char* kPlaceholderElement = "gazette-standing";

 private:
  struct DeferredStanding {
    std::string id;
    std::vector<Deadline> dates;  // the document's effective, signed and expires dates (no text)
  };
  void PatchStanding(std::string_view line, size_t n, const CorpusStatus& corpus, std::string& out) const;
  void PatchResolution(size_t n, const CorpusStatus& corpus, std::string& out) const;
  template <class Sink>
  void PatchInto(std::string_view in, const CorpusStatus& corpus, XmlPatchBase base, Sink& sink) const;
  std::vector<DeferredStanding> standings_;
  size_t references_ = 0;
};

}  // namespace gazette

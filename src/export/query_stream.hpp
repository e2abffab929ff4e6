// `query` over a corpus XML read as a stream: part by part (xml_parts) when the expression's
// plan allows it (xpath_plan), so memory is bounded by the largest child of the root element
// rather than the whole document; else over the whole document, held once it has been read.
// A plan that gathers node sets across parts reads the document twice: first the sets' values,
// then the matches.
#pragma once
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "export/gathered_values.hpp"
#include "export/query.hpp"
#include "export/xml_parts.hpp"
#include "export/xpath_plan.hpp"
#include "util/result.hpp"

namespace gazette {

/// Receives each match, in document order.
using MatchSink = std::function<void(const QueryMatch&)>;

/// Evaluates an XPath expression over an XML document given in pieces. Matches are the same,
/// in the same order, as RunQuery's over the whole document.
class StreamedQuery {
 public:
  /// XPATH (compiled already: CheckXPath) with each match handed to EMIT.
  StreamedQuery(std::string xpath, MatchSink emit);

  /// Makes room for a document of SIZE bytes, should it be held whole (a file's size is known).
  void Reserve(size_t size) { reserve_ = size; }
  /// The document can be given twice (a file, not a pipe): a plan that gathers node sets
  /// across parts may then be followed; otherwise such an expression is evaluated whole.
  void AllowSecondReading() { rereadable_ = true; }
  /// A gathered set compared with a part's nodes only is narrowed in each part once it holds
  /// VALUES values (GatheredValues::kNarrowFrom unless given; tests give 1).
  void NarrowFrom(size_t values) { narrow_from_ = values; }
  /// The document's next bytes. A part's matches are emitted once it has been read. An error
  /// ("not well-formed XML (… at byte N)") stops the reading.
  Status Feed(std::string_view bytes);
  /// The document ended: emits a number, string or boolean computed from the parts, or every
  /// match of an expression evaluated whole; or, after a first reading that gathered values,
  /// asks for the document again (again()).
  Status Finish();
  /// True when Finish ended a first reading: the document is to be given again from its start
  /// (Feed, then Finish).
  bool again() const { return again_; }
  /// True when the expression is evaluated part by part (known once the root's start tag is read).
  bool parted() const { return mode_ == Mode::kParts; }
  /// True when the expression is evaluated over the whole document, held once read (known once
  /// the root's start tag is read, or from the first 4 bytes: wide()).
  bool whole() const { return mode_ == Mode::kWhole; }
  /// True when the expression's plan reads the document twice (known once the root's start tag
  /// is read; never when the document cannot be given twice).
  bool rereads() const { return two_readings_ && mode_ == Mode::kParts; }
  /// True when the document is in UTF-16 or UTF-32 (known from its first 4 bytes): it is held
  /// whole whatever the expression.
  bool wide() const { return !validated_; }

 private:
  enum class Mode { kUnknown, kParts, kWhole };
  XmlPartSplitter NewSplitter();
  Status Head(std::string_view head, std::string_view root_name);
  /// True when every query of the plan compiles, its variables declared.
  bool PlanCompiles();
  /// Compiles the queries this reading evaluates in each part, and takes their matches among
  /// the root element's attributes.
  Status StartReading();
  /// True in the first of two readings: the parts give the gathered sets' values, or the count
  /// of the set a position is taken in.
  bool first_of_two() const { return reading_ == 1 && two_readings_; }
  /// True when X is the part's own node (not the root's copy, nor one of its attributes).
  bool Own(const pugi::xpath_node& x) const;
  Status Part(std::span<char> part, uint64_t offset);
  /// Parses PART, at OFFSET of the document, into doc_ under a copy of the root element (its
  /// name and attributes); errors name the byte.
  Status Parse(std::span<char> part, uint64_t offset);
  /// Takes the node X of the result of the I-th query in a part: emitted, counted or summed.
  void Take(const pugi::xpath_node& x, size_t i);
  /// The value of a scalar plan, from the aggregates' totals.
  QueryMatch Scalar();
  Status Whole();

  std::string xpath_;
  MatchSink emit_;
  Mode mode_ = Mode::kUnknown;
  XPathPlan plan_;
  XmlPartSplitter splitter_;
  std::string pending_;  // the bytes read before the mode is known, then the whole document
  size_t fed_ = 0;       // how many of them the splitter has read
  size_t reserve_ = 0;     // the document's size, when known
  bool validated_ = true;  // the splitter checks the document (not in UTF-16 or UTF-32)
  std::string run_;        // a run of text between parts, as it is parsed
  pugi::xml_document head_doc_;  // the head, closed: the root element alone
  pugi::xml_encoding encoding_ = pugi::encoding_auto;  // the document's, as the head declares it
  pugi::xml_document doc_;
  std::vector<pugi::xpath_query> queries_;  // evaluated in each part: the matches, each aggregate's or each gathered set's
  std::vector<const PartQuery*> in_parts_;  // what each of queries_ is
  std::vector<double> totals_;              // each aggregate's, so far
  pugi::xpath_query number_;
  bool rereadable_ = false, again_ = false, two_readings_ = false, counting_ = false;
  int reading_ = 1;
  std::unique_ptr<GatheredValues> gathered_;  // the gathered sets' values, when the plan has any
  size_t narrow_from_ = GatheredValues::kNarrowFrom;
  pugi::xpath_variable_set variables_;        // the gathered sets, then the aggregates too
  pugi::xpath_query counted_;                 // the set a position is taken in, if any
  double position_offset_ = 0, position_total_ = 0;
};

/// Receives a note for the user (one line, no newline), as the reading goes on.
using QueryNote = std::function<void(const std::string&)>;

/// The size of a document, in bytes, from which NOTE is told that an expression holds it whole:
/// about twice its size in memory (pugixml's), where one read part by part holds one issue.
inline constexpr size_t kWholeNoteFrom = size_t(64) << 20;

/// Runs XPATH over the XML document IN holds from where it stands, read in blocks, each match
/// handed to EMIT. Errors name the document NAME. When the expression is to be evaluated over
/// the whole document and IN is a file of NOTE_FROM bytes or more (any stream when 0), NOTE is
/// told so first. A stream that cannot seek (a pipe) is copied to an unlinked file in
/// TemporaryDirectory() while the expression may read it twice (a join, last() across the
/// issues), and read again from there: such an expression is read part by part from a pipe too.
Status QueryXmlStream(std::FILE* in, const std::string& name, const std::string& xpath, const MatchSink& emit,
                      const QueryNote& note = {}, size_t note_from = kWholeNoteFrom);

/// Runs XPATH over the XML document at PATH (an export directory's corpus.xml, or an XML file),
/// read in blocks, each match handed to EMIT. Errors name the file. NOTE: QueryXmlStream's.
Status QueryXmlFile(const std::string& path, const std::string& xpath, const MatchSink& emit,
                    const QueryNote& note = {});

}  // namespace gazette

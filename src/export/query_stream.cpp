#include "export/query_stream.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>

#include <sys/stat.h>

#include "util/temporary_file.hpp"

namespace gazette {

namespace {

/// What precedes a run of text parsed alone: a comment (no node with pugixml's default
/// options), so a byte-order mark the run begins with is text, not the buffer's mark.
constexpr std::string_view kRunLead = "<!---->";

/// True when BYTES, a document's first, are not in an encoding whose markup is ASCII (UTF-16
/// or UTF-32, with or without a byte-order mark): they are left to pugixml whole.
bool WideEncoding(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE") return true;
  return bytes.substr(0, 4).find('\0') != std::string_view::npos;
}

/// The note that NAME, SIZE bytes (0: not known), is to be held whole: for its expression, or
/// (WIDE) for its encoding.
std::string WholeNote(const std::string& name, size_t size, bool wide) {
  const std::string why = wide ? "a document in UTF-16 or UTF-32 is evaluated whole"
                               : "this expression is evaluated over the whole document";
  const std::string times = wide ? "three times" : "twice";
  const std::string held = size ? std::to_string(size >> 20) + " MB of XML held in memory at about " + times + " that"
                                : "held in memory at about " + times + " its size";
  const std::string hint = wide ? "in UTF-8 it can be read one issue at a time"
                                : "README, \"xml, query, search\", lists the forms read one issue at a time";
  return name + ": note: " + why + ", " + held + " (" + hint + ")";
}

std::string ParseError(const pugi::xml_parse_result& r, uint64_t at) {
  return "not well-formed XML (" + std::string(r.description()) + " at byte " + std::to_string(at) + ")";
}

}  // namespace

StreamedQuery::StreamedQuery(std::string xpath, MatchSink emit)
    : xpath_(std::move(xpath)), emit_(std::move(emit)), splitter_(NewSplitter()) {}

XmlPartSplitter StreamedQuery::NewSplitter() {
  return XmlPartSplitter([this](std::string_view head, std::string_view root) { return Head(head, root); },
                         [this](std::span<char> part, uint64_t offset) { return Part(part, offset); });
}

// The splitter reads every byte whichever way the expression is evaluated: a document is
// well-formed or not alike for both (pugixml alone takes text outside the root, or a second one).
Status StreamedQuery::Feed(std::string_view bytes) {
  if (mode_ != Mode::kUnknown) {
    if (mode_ == Mode::kWhole) pending_.append(bytes);
    return validated_ ? splitter_.Feed(bytes) : Status{};
  }
  pending_.append(bytes);
  if (pending_.size() < 4) return {};
  if (WideEncoding(pending_)) {
    mode_ = Mode::kWhole;
    validated_ = false;  // the splitter reads an encoding whose markup is ASCII
    pending_.reserve(reserve_);  // else the document is copied as it grows
    return {};
  }
  Status s = splitter_.Feed(std::string_view(pending_).substr(fed_));
  fed_ = pending_.size();
  if (mode_ == Mode::kParts) pending_ = std::string();
  return s;
}

Status StreamedQuery::Head(std::string_view head, std::string_view root_name) {
  if (reading_ > 1) return StartReading();  // the same head, read again
  // The head closed: the root element's name and attributes, and the document's encoding. The
  // name is planned with as pugixml decodes it (the split gives the bytes, maybe latin-1).
  const std::string closed = std::string(head) + "</" + std::string(root_name) + ">";
  pugi::xml_parse_result r = head_doc_.load_buffer(closed.data(), closed.size());
  if (r) plan_ = PlanXPath(xpath_, head_doc_.document_element().name());
  two_readings_ = !plan_.gathered.empty() || (plan_.positions && plan_.positions->total);
  if ((two_readings_ && !rereadable_) || !PlanCompiles()) plan_ = {};
  if (plan_.kind == XPathPlan::Kind::kWhole) {
    mode_ = Mode::kWhole;
    pending_.reserve(reserve_);  // else the document is copied as it grows
    return {};
  }
  encoding_ = r.encoding;  // the head parsed: else the plan is to read the whole
  mode_ = Mode::kParts;
  if (!plan_.gathered.empty()) {
    gathered_ = std::make_unique<GatheredValues>(plan_.gathered, narrow_from_);
  }
  number_ = pugi::xpath_query("number(.)");
  return StartReading();
}

// The variables are declared with their types, as the queries are compiled against them.
bool StreamedQuery::PlanCompiles() {
  if (plan_.kind == XPathPlan::Kind::kWhole) return true;
  for (size_t i = 0; i < plan_.gathered.size(); ++i) {
    variables_.add(GatheredVariable(i).c_str(), pugi::xpath_type_node_set);
  }
  for (size_t i = 0; i < plan_.aggregates.size(); ++i) variables_.add(AggregateVariable(i).c_str(), pugi::xpath_type_number);
  if (plan_.positions) {
    variables_.add(kPositionOffset.c_str(), pugi::xpath_type_number);
    variables_.add(kPositionTotal.c_str(), pugi::xpath_type_number);
  }
  try {
    std::vector<std::string> expressions{plan_.kind == XPathPlan::Kind::kScalar ? plan_.scalar : plan_.matches.xpath};
    for (const XPathGathered& g : plan_.gathered) expressions.push_back(g.of.xpath);
    for (const XPathAggregate& a : plan_.aggregates) expressions.push_back(a.of.xpath);
    if (plan_.positions) expressions.push_back(plan_.positions->counted);
    for (const std::string& e : expressions) pugi::xpath_query(e.c_str(), &variables_);
  } catch (const pugi::xpath_exception&) {
    return false;  // the planner's rewriting: read the whole instead
  }
  return true;
}

Status StreamedQuery::StartReading() {
  in_parts_.clear();
  // The set a position is taken in is counted in each part: for last() in a first reading, for
  // the offsets in the last.
  counting_ = plan_.positions && (!first_of_two() || plan_.positions->total);
  if (counting_) counted_ = pugi::xpath_query(plan_.positions->counted.c_str(), &variables_);
  position_offset_ = 0;
  if (plan_.positions) variables_.set(kPositionOffset.c_str(), 0.0);
  if (first_of_two()) {
    for (const XPathGathered& g : plan_.gathered) in_parts_.push_back(&g.of);
  } else {
    if (plan_.kind == XPathPlan::Kind::kEachPart) in_parts_.push_back(&plan_.matches);
    for (const XPathAggregate& a : plan_.aggregates) in_parts_.push_back(&a.of);
  }
  queries_.clear();
  for (const PartQuery* q : in_parts_) queries_.emplace_back(q->xpath.c_str(), &variables_);
  totals_.assign(plan_.aggregates.size(), 0);
  for (size_t i = 0; i < queries_.size(); ++i) {
    if (!in_parts_[i]->root_attributes) continue;
    pugi::xpath_node_set set = queries_[i].evaluate_node_set(head_doc_);
    if (!in_parts_[i]->in_pugixml_order) set.sort();
    for (const auto& x : set) {
      if (x.attribute() && x.parent() == head_doc_.document_element()) Take(x, i);
    }
  }
  return {};
}

// An element ends with '>' and is parsed where it lies, in the splitter's buffer. A run of text
// is copied first: parsed in place, a fragment's last character of text is lost (pugixml ends
// the buffer with a zero there).
Status StreamedQuery::Parse(std::span<char> part, uint64_t offset) {
  const unsigned options = pugi::parse_default | pugi::parse_fragment;
  const bool element = part.size() > 1 && part[0] == '<' && part[1] != '!' && part[1] != '?';
  uint64_t lead = 0;
  pugi::xml_parse_result r;
  if (element) {
    r = doc_.load_buffer_inplace(part.data(), part.size(), options, encoding_);
  } else {
    run_.assign(kRunLead);
    run_.append(part.data(), part.size());
    lead = kRunLead.size();
    r = doc_.load_buffer(run_.data(), run_.size(), options, encoding_);
  }
  if (!r) return Error{ParseError(r, offset + std::max<uint64_t>(uint64_t(r.offset), lead) - lead)};
  const pugi::xml_node original = head_doc_.document_element();
  pugi::xml_node root = doc_.prepend_child(pugi::node_element);
  root.set_name(original.name());
  for (const pugi::xml_attribute& a : original.attributes()) root.append_copy(a);
  for (pugi::xml_node n = root.next_sibling(), next; n; n = next) {
    next = n.next_sibling();
    root.append_move(n);
  }
  return {};
}

Status StreamedQuery::Part(std::span<char> part, uint64_t offset) {
  if (mode_ != Mode::kParts) return {};  // read to be checked only
  Status parsed = Parse(part, offset);  // with no query too: a malformed part is an error either way
  if (!parsed.ok()) return parsed;
  if (gathered_ && !first_of_two()) gathered_->BindFoundIn(variables_, doc_);
  if (counting_) {  // this part's nodes of the set numbered across the parts follow the parts before's
    const pugi::xpath_node_set set = counted_.evaluate_node_set(doc_);
    const auto counted = std::count_if(set.begin(), set.end(), [this](const pugi::xpath_node& x) { return Own(x); });
    if (first_of_two()) {
      position_total_ += double(counted);
    } else {
      variables_.set(kPositionOffset.c_str(), position_offset_);
      position_offset_ += double(counted);
    }
  }
  for (size_t i = 0; i < queries_.size(); ++i) {
    pugi::xpath_node_set set = queries_[i].evaluate_node_set(doc_);
    if (!in_parts_[i]->in_pugixml_order) set.sort();
    for (const auto& x : set) {
      if (Own(x)) Take(x, i);
    }
  }
  return {};
}

bool StreamedQuery::Own(const pugi::xpath_node& x) const {
  const pugi::xml_node node = x.attribute() ? x.parent() : x.node();
  return node != doc_.document_element() && node != doc_;
}

void StreamedQuery::Take(const pugi::xpath_node& x, size_t i) {
  if (first_of_two()) {
    gathered_->Add(i, x);
  } else if (plan_.kind == XPathPlan::Kind::kEachPart) {
    emit_(MatchOf(x));
  } else if (plan_.aggregates[i].sum) {
    totals_[i] += number_.evaluate_number(x);
  } else {
    ++totals_[i];
  }
}

QueryMatch StreamedQuery::Scalar() {
  // A gathered set may still be narrowed to the last part's values: it is compared here only with
  // the root's attributes, which every part's copy holds, so those values hold any they equal.
  for (size_t i = 0; i < totals_.size(); ++i) variables_.set(AggregateVariable(i).c_str(), totals_[i]);
  const pugi::xpath_query q(plan_.scalar.c_str(), &variables_);
  return ScalarMatch(q, head_doc_);
}

Status StreamedQuery::Finish() {
  again_ = false;
  Status s;
  if (validated_ && fed_ < pending_.size() && mode_ == Mode::kUnknown) {  // under 4 bytes came
    s = splitter_.Feed(std::string_view(pending_).substr(fed_));
    fed_ = pending_.size();
  }
  if (s.ok() && validated_) s = splitter_.Finish();
  if (!s.ok()) return s;
  if (mode_ != Mode::kParts) return Whole();
  doc_.reset();
  if (first_of_two()) {  // the sets and the count stand ready for the second reading
    if (gathered_) gathered_->Bind(variables_);
    if (plan_.positions) variables_.set(kPositionTotal.c_str(), position_total_);
    reading_ = 2;
    splitter_ = NewSplitter();
    again_ = plan_.kind == XPathPlan::Kind::kEachPart || !plan_.aggregates.empty();  // else nothing to read in the parts
    if (again_) return {};
  }
  if (plan_.kind == XPathPlan::Kind::kScalar) emit_(Scalar());
  return {};
}

Status StreamedQuery::Whole() {
  pugi::xml_parse_result r = doc_.load_buffer_inplace(pending_.data(), pending_.size());
  if (!r) return Error{ParseError(r, uint64_t(r.offset))};
  auto matches = RunQuery(doc_, xpath_);
  if (!matches.ok()) return matches.error();
  for (const auto& m : matches.value()) emit_(m);
  return {};
}

namespace {

/// Where a document is read again from: the stream itself, from where it stood, or for a stream
/// that cannot seek (a pipe) a copy of its bytes, written to an unlinked temporary file as the
/// first reading goes and only while the plan may read twice.
class SecondReading {
 public:
  explicit SecondReading(std::FILE* in) : in_(in), start_(std::ftell(in)) {
    if (start_ >= 0) return;
    dir_ = TemporaryDirectory();
    copy_.reset(UnlinkedFileIn(dir_));  // none: the document is read once, a join whole
    // Unbuffered: the blocks are large, and a write that fails (a full disk) is told at once.
    if (copy_) std::setvbuf(copy_.get(), nullptr, _IONBF, 0);
  }
  /// True when the document can be read twice.
  bool possible() const { return start_ >= 0 || copy_; }
  /// Keeps BYTES, read from a pipe, for the second reading.
  Status Keep(std::string_view bytes) {
    if (copy_ && std::fwrite(bytes.data(), 1, bytes.size(), copy_.get()) != bytes.size())
      return SystemError(dir_, "cannot copy the document to a temporary file", errno);
    return {};
  }
  /// No second reading will be asked: the copy, if any, is let go.
  void Drop() { copy_.reset(); }
  /// The stream to read again, at the document's start; null when it cannot be.
  std::FILE* Rewound() {
    if (start_ >= 0) return std::fseek(in_, start_, SEEK_SET) == 0 ? in_ : nullptr;
    if (!copy_ || std::fflush(copy_.get()) != 0) return nullptr;
    std::rewind(copy_.get());
    return copy_.get();
  }

 private:
  std::FILE* in_;
  long start_;  // -1 on a pipe
  std::string dir_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> copy_{nullptr, &std::fclose};
};

}  // namespace

Status QueryXmlStream(std::FILE* in, const std::string& name, const std::string& xpath, const MatchSink& emit,
                      const QueryNote& note, size_t note_from) {
  StreamedQuery query(xpath, emit);
  size_t size = 0;
  if (struct stat st; fstat(fileno(in), &st) == 0 && st.st_size > 0) size = size_t(st.st_size);
  query.Reserve(size);
  SecondReading second(in);
  if (second.possible()) query.AllowSecondReading();
  bool noted = !note || size < note_from;  // a size not known (a pipe) is 0
  std::string block(size_t(1) << 20, '\0');
  for (std::FILE* from = in; from;) {
    for (;;) {
      const size_t n = std::fread(block.data(), 1, block.size(), from);
      if (n == 0) break;
      Status s = query.Feed(std::string_view(block.data(), n));  // the block is left as it was
      if (!s.ok()) return Error{name + ": " + s.message()};
      if (from == in) {  // kept while a second reading may be asked: the plan unknown, or reading twice
        if ((query.parted() && !query.rereads()) || query.whole()) second.Drop();
        if (Status kept = second.Keep(std::string_view(block.data(), n)); !kept.ok()) return kept;
      }
      if (!noted && query.whole()) note(WholeNote(name, size, query.wide()));
      noted = noted || query.whole() || query.parted();
    }
    if (std::ferror(from)) return Error{name + ": cannot read"};
    Status s = query.Finish();
    if (!s.ok()) return Error{name + ": " + s.message()};
    if (!query.again()) break;
    from = second.Rewound();
    if (!from) return Error{name + ": cannot read it again"};
  }
  return {};
}

Status QueryXmlFile(const std::string& path, const std::string& xpath, const MatchSink& emit,
                    const QueryNote& note) {
  const std::string file = QueryXmlPath(path);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!in) return Error{file + ": cannot read"};
  return QueryXmlStream(in.get(), file, xpath, emit, note);
}

}  // namespace gazette

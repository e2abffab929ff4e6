#include "export/query_stream.hpp"

#include <cstdio>
#include <filesystem>
#include <memory>

namespace gazette {

namespace {

/// The stop a head handler returns to end the split when the expression is evaluated whole.
const char kEvaluateWhole[] = "";

/// True when BYTES, a document's first, are not in an encoding whose markup is ASCII (UTF-16
/// or UTF-32, with or without a byte-order mark): they are left to pugixml whole.
bool WideEncoding(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE") return true;
  return bytes.substr(0, 4).find('\0') != std::string_view::npos;
}

std::string ParseError(const pugi::xml_parse_result& r, uint64_t at) {
  return "not well-formed XML (" + std::string(r.description()) + " at byte " + std::to_string(at) + ")";
}

}  // namespace

StreamedQuery::StreamedQuery(std::string xpath, MatchSink emit)
    : xpath_(std::move(xpath)),
      emit_(std::move(emit)),
      splitter_([this](std::string_view head, std::string_view root) { return Head(head, root); },
                [this](std::string_view part, uint64_t offset) { return Part(part, offset); }) {}

Status StreamedQuery::Feed(std::string_view bytes) {
  if (mode_ == Mode::kWhole) {
    pending_.append(bytes);
    return {};
  }
  if (mode_ == Mode::kParts) return splitter_.Feed(bytes);
  pending_.append(bytes);
  if (pending_.size() < 4) return {};
  if (WideEncoding(pending_)) {
    mode_ = Mode::kWhole;
    return {};
  }
  Status s = splitter_.Feed(std::string_view(pending_).substr(fed_));
  fed_ = pending_.size();
  if (mode_ == Mode::kWhole) return {};  // the split stopped; pending_ holds every byte read
  if (mode_ == Mode::kParts) pending_ = std::string();
  return s;
}

Status StreamedQuery::Head(std::string_view head, std::string_view root_name) {
  plan_ = PlanXPath(xpath_, root_name);
  if (plan_.kind == XPathPlan::Kind::kWhole) {
    mode_ = Mode::kWhole;
    return Error{kEvaluateWhole};
  }
  mode_ = Mode::kParts;
  query_ = pugi::xpath_query(plan_.over.c_str());
  if (plan_.kind == XPathPlan::Kind::kSum) number_ = pugi::xpath_query("number(.)");
  head_ = std::string(head);
  root_end_ = "</" + std::string(root_name) + ">";
  if (!plan_.root_attributes) return {};
  Status parsed = Parse({}, head.size());
  if (!parsed.ok()) return parsed;
  pugi::xpath_node_set set = query_.evaluate_node_set(doc_);
  set.sort();
  for (const auto& x : set) {
    if (x.attribute() && x.parent() == doc_.document_element()) Take(x);
  }
  return {};
}

Status StreamedQuery::Parse(std::string_view text, uint64_t offset) {
  skeleton_.assign(head_);
  skeleton_.append(text);
  skeleton_.append(root_end_);
  pugi::xml_parse_result r = doc_.load_buffer_inplace(skeleton_.data(), skeleton_.size());
  if (r) return {};
  const uint64_t at = size_t(r.offset) < head_.size()                 ? uint64_t(r.offset)
                      : size_t(r.offset) - head_.size() > text.size() ? offset + text.size()
                                                                      : offset + (size_t(r.offset) - head_.size());
  return Error{ParseError(r, at)};
}

Status StreamedQuery::Part(std::string_view part, uint64_t offset) {
  Status parsed = Parse(part, offset);
  if (!parsed.ok()) return parsed;
  pugi::xpath_node_set set = query_.evaluate_node_set(doc_);
  set.sort();
  const pugi::xml_node root = doc_.document_element();
  for (const auto& x : set) {
    const pugi::xml_node node = x.attribute() ? x.parent() : x.node();
    if (node != root && node != doc_) Take(x);  // the skeleton's own nodes are not the part's
  }
  return {};
}

void StreamedQuery::Take(const pugi::xpath_node& x) {
  switch (plan_.kind) {
    case XPathPlan::Kind::kCount: ++count_; break;
    case XPathPlan::Kind::kSum: sum_ += number_.evaluate_number(x); break;
    default: emit_(MatchOf(x));
  }
}

Status StreamedQuery::Finish() {
  if (mode_ != Mode::kParts) return Whole();
  Status s = splitter_.Finish();
  if (!s.ok()) return s;
  doc_.reset();
  if (plan_.kind == XPathPlan::Kind::kCount) emit_(NumberMatch(count_));
  if (plan_.kind == XPathPlan::Kind::kSum) emit_(NumberMatch(sum_));
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

Status QueryXmlStream(std::FILE* in, const std::string& name, const std::string& xpath, const MatchSink& emit) {
  StreamedQuery query(xpath, emit);
  std::string block(size_t(1) << 20, '\0');
  for (;;) {
    const size_t n = std::fread(block.data(), 1, block.size(), in);
    if (n == 0) break;
    Status s = query.Feed(std::string_view(block.data(), n));
    if (!s.ok()) return Error{name + ": " + s.message()};
  }
  if (std::ferror(in)) return Error{name + ": cannot read"};
  Status s = query.Finish();
  return s.ok() ? s : Error{name + ": " + s.message()};
}

Status QueryXmlFile(const std::string& path, const std::string& xpath, const MatchSink& emit) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string file = fs::is_directory(path, ec) ? (fs::path(path) / "corpus.xml").string() : path;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!in) return Error{file + ": cannot read"};
  return QueryXmlStream(in.get(), file, xpath, emit);
}

}  // namespace gazette

#include "export/xml_stream.hpp"

#include <filesystem>
#include <sstream>

#include "util/atomic_file.hpp"

namespace gazette {
namespace {

constexpr unsigned kSaveFlags = pugi::format_default | pugi::format_no_declaration;

}  // namespace

XmlExportStream::XmlExportStream(std::string dir, std::string as_of, XmlOptions options)
    : dir_(std::move(dir)), options_(options), corpus_(std::move(as_of)) {}

void XmlExportStream::Plan(const Issue& issue) {
  corpus_.Add(issue);
  ++planned_issues_;
  for (const auto& doc : issue.documents) planned_ids_.insert(doc.id);
}

// The same names WriteXmlExport gives: the issue's name, else issue-N, made unique with -2, -3.
std::string XmlExportStream::NextFileName(const Issue& issue) {
  std::string base = issue.name.empty() ? "issue-" + std::to_string(written_issues_ + 1) : issue.name;
  std::string name = base;
  for (int k = 2; used_names_.count(name); ++k) name = base + "-" + std::to_string(k);
  used_names_.insert(name);
  return name;
}

Status XmlExportStream::Begin() {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return Error{dir_ + ": cannot create directory (" + ec.message() + ")"};
  std::string path = (std::filesystem::path(dir_) / "corpus.xml").string();
  corpus_tmp_ = TemporaryPathFor(path);
  corpus_out_.open(corpus_tmp_, std::ios::binary);
  if (!corpus_out_) return Error{path + ": cannot write"};
  // The root as BuildCorpusXml makes it, with the counts the first pass took.
  pugi::xml_document root_only;
  pugi::xml_node root = root_only.append_child("corpus");
  root.append_attribute("schema-version").set_value(kGazetteSchemaVersion);
  root.append_attribute("as-of").set_value(corpus_.as_of().c_str());
  root.append_attribute("issues").set_value(int(planned_issues_));
  root.append_attribute("documents").set_value(int(planned_ids_.size()));
  root.append_child("x");  // so the root prints as an open tag: the line before <x> is it
  std::ostringstream head;
  root_only.save(head, "  ", kSaveFlags, pugi::encoding_utf8);
  std::string text = head.str();
  corpus_out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" << text.substr(0, text.find('\n') + 1);
  return {};
}

Status XmlExportStream::Write(const Issue& issue) {
  if (written_issues_ == 0) {
    Status s = Begin();
    if (!s.ok()) return s;
  }
  std::string name = NextFileName(issue);
  ++written_issues_;
  pugi::xml_document doc;
  BuildIssueXml(issue, corpus_, doc, options_);
  Status s = SaveXml(doc, (std::filesystem::path(dir_) / (name + ".xml")).string());
  if (!s.ok()) return s;
  pugi::xml_document part;
  AppendIssue(part, issue, corpus_, options_, &written_ids_);
  part.first_child().print(corpus_out_, "  ", kSaveFlags, pugi::encoding_utf8, 1);
  return {};
}

Status XmlExportStream::Finish() {
  if (written_issues_ == 0) {
    Status s = Begin();
    if (!s.ok()) return s;
  }
  pugi::xml_document tail;
  AppendCited(tail, corpus_);
  for (pugi::xml_node n : tail.children()) n.print(corpus_out_, "  ", kSaveFlags, pugi::encoding_utf8, 1);
  corpus_out_ << "</corpus>\n";
  corpus_out_.close();
  std::string path = (std::filesystem::path(dir_) / "corpus.xml").string();
  if (!corpus_out_) {
    std::filesystem::remove(corpus_tmp_);
    return Error{path + ": write failed"};
  }
  return CommitTemporary(corpus_tmp_, path);
}

}  // namespace gazette

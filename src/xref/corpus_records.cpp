// The light records the corpus keeps of each printed document and each reference (corpus.hpp):
// what its index, resolution and statuses need, never a whole Issue.
#include <optional>
#include <string>

#include "grammar/grammar.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"
#include "xref/status.hpp"

namespace gazette {
namespace {

// The first day document D is known to have been out: the earliest of its own dates (signed,
// adopted, promulgated, amended, published) and ISSUE_DATE (the issue printing it).
std::optional<Date> IssuedOn(const Document& d, const std::optional<Date>& issue_date) {
  std::optional<Date> first = issue_date;
  auto consider = [&](const std::optional<Date>& date) {
    if (date && (!first || FirstDay(*date) < FirstDay(*first))) first = date;
  };
  consider(d.date);
  for (const auto& r : d.deadlines)
    if (r.kind == DateKind::kSigned || r.kind == DateKind::kAdopted || r.kind == DateKind::kApproved || r.kind == DateKind::kPromulgated ||
        r.kind == DateKind::kAmended || r.kind == DateKind::kPublished)
      consider(r.date);
  return first;
}

// D's title as other documents cite it: its issuers before a title the header cut them from
// (北京市人民政府 + 关于…的通知, + 转发…, + 通告); a title that names the instrument itself, as a
// regulation's does (北京市甲乙管理办法 under 北京市人民政府令第220号), as printed.
std::string TitleAsCited(const Document& d) {
  const std::string issuers = Join(d.issuers, " ");
  if (issuers.empty() || StartsWith(d.title, issuers)) return d.title;
  const bool cut_from_issuers = RxFind(d.title, "title_after_issuers"_rx) || CodePointCount(d.title) <= 4;
  return cut_from_issuers ? issuers + d.title : d.title;
}

}  // namespace

CorpusDocument LightDocument(const Issue& issue, const Document& d) {
  CorpusDocument c;
  c.id = d.id.empty() ? (d.docno.empty() ? issue.name + "#?" : d.docno) : d.id;
  c.docno = d.docno;
  c.joint_docnos = d.joint_docnos;
  c.title = TitleAsCited(d);
  c.printed = true;
  c.source = issue.source;
  c.issue = issue.name;
  c.line = d.docno_line > 0 ? d.docno_line : d.line;
  c.date = d.date ? d.date : issue.header.date;
  c.issued = IssuedOn(d, issue.header.date);
  DocumentStatus own = StatusByDate(d, std::nullopt);
  c.effective = own.effective;
  c.expires = own.expires;
  if (own.effective) {
    c.started = OwnClause(d, DateKind::kEffective);
    if (own.expires) c.ended = OwnClause(d, DateKind::kExpires);
  }
  for (const auto& in : d.instruments) c.instruments.push_back(in.title);
  return c;
}

CorpusReference CorpusReference::Of(const Reference& r, SharedText source, SharedText from, SpooledText text) {
  CorpusReference c;
  c.source = std::move(source);
  c.from = std::move(from);
  c.type = r.type;
  c.line = r.line;
  c.resolved = r.resolved;
  c.date = r.date;
  c.to = r.to;
  c.title = r.title;
  c.target_id = r.target_id;
  c.text = std::move(text);
  return c;
}

}  // namespace gazette

#include "export/xlsx_sheets.hpp"

#include "export/fields.hpp"
#include "export/status_labels.hpp"
#include "extract/check.hpp"
#include "util/text.hpp"

namespace gazette::xlsx {
namespace {

/// A number cell for a positive N, else an empty text cell.
SheetCell CountCell(int n) { return n > 0 ? SheetCell::Number(n) : TextCell(""); }

}  // namespace

std::string IssueLabel(const Issue& issue) {
  if (issue.header.year <= 0 || issue.header.number <= 0) return issue.name;
  const IssueHeader& h = issue.header;  // a supplement and a combined issue as printed: 增刊第1期, 第1-2期
  return std::to_string(h.year) + (h.supplement ? "年增刊第" : "年第") + std::to_string(h.number) +
         (h.last_number > h.number ? "-" + std::to_string(h.last_number) : "") + "期";
}

std::string DocnoOrId(const Document& doc) { return doc.docno.empty() ? doc.id : doc.docno; }

std::string SourceLine(const std::string& source, int line) {
  return line > 0 ? source + ":" + std::to_string(line) : source;
}

namespace {

/// A document with its issue and what the corpus says of it on the corpus's as-of date.
struct DocumentLine {
  const Issue& issue;
  const Document& doc;
  const DocumentStatus& status;
};

/// The status column's header, followed by " (AS_OF)".
constexpr std::string_view kStatusHeader = "状态";

constexpr Field<DocumentLine, SheetCell> kDocumentColumns[] = {
    {"期号", [](const DocumentLine& d) { return TextCell(IssueLabel(d.issue)); }},
    {"文号", [](const DocumentLine& d) { return TextCell(d.doc.docno); }},
    {"标题", [](const DocumentLine& d) { return TextCell(d.doc.title); }},
    {"英文标题", [](const DocumentLine& d) { return TextCell(d.doc.title_en); }},
    {"发文机关", [](const DocumentLine& d) { return TextCell(Join(d.doc.issuers, "、")); }},
    {"文种", [](const DocumentLine& d) { return TextCell(d.doc.type); }},
    {"成文日期", [](const DocumentLine& d) { return SheetCell::Date(d.doc.date); }},
    {"生效日期", [](const DocumentLine& d) { return SheetCell::Date(d.status.effective); }},
    {kStatusHeader, [](const DocumentLine& d) { return TextCell(StatusLabelZh(d.status.status)); }},
    {"状态代码", [](const DocumentLine& d) { return TextCell(ToString(d.status.status)); }},
    {"状态依据", [](const DocumentLine& d) { return TextCell(d.status.by); }},
    {"出处", [](const DocumentLine& d) { return TextCell(SourceLine(d.issue.source, d.doc.line)); }},
};

/// The 文件 columns read from the corpus's status of the document (the rest from the issue).
constexpr std::string_view kStatusColumns[] = {"生效日期", kStatusHeader, "状态代码", "状态依据"};

/// A deadline with the issue and document that state it.
struct DeadlineLine {
  const Issue& issue;
  const Document& doc;
  const Deadline& deadline;
};

constexpr Field<DeadlineLine, SheetCell> kDeadlineColumns[] = {
    {"期号", [](const DeadlineLine& d) { return TextCell(IssueLabel(d.issue)); }},
    {"文号", [](const DeadlineLine& d) { return TextCell(DocnoOrId(d.doc)); }},
    {"文件标题", [](const DeadlineLine& d) { return TextCell(d.doc.title); }},
    {"类别", [](const DeadlineLine& d) { return TextCell(ToString(d.deadline.kind)); }},
    {"日期", [](const DeadlineLine& d) { return SheetCell::Date(d.deadline.date); }},
    {"时长", [](const DeadlineLine& d) { return CountCell(d.deadline.amount); }},
    {"单位", [](const DeadlineLine& d) { return TextCell(ToString(d.deadline.unit)); }},
    {"起算", [](const DeadlineLine& d) { return TextCell(d.deadline.trigger); }},
    {"本文件", [](const DeadlineLine& d) { return TextCell(d.deadline.of_document ? "是" : "否"); }},
    {"条文", [](const DeadlineLine& d) { return TextCell(d.deadline.text); }},
    {"出处", [](const DeadlineLine& d) { return TextCell(SourceLine(d.issue.source, d.deadline.line)); }},
};

/// A reference with the corpus's records of the citing (FROM) and the cited (TO) document.
struct ReferenceLine {
  const CorpusReference& r;
  const CorpusDocument* from;  ///< nullptr if the corpus has none
  const CorpusDocument* to;    ///< nullptr if unresolved or unknown
};

constexpr Field<ReferenceLine, SheetCell> kReferenceColumns[] = {
    {"被影响文件",
     [](const ReferenceLine& x) { return TextCell(x.to && x.to->printed ? x.to->title : x.r.title); }},
    {"被影响文号",
     [](const ReferenceLine& x) { return TextCell(!x.r.to.empty() ? x.r.to : x.to ? x.to->docno : ""); }},
    {"类型", [](const ReferenceLine& x) { return TextCell(ToString(x.r.type)); }},
    {"影响文件", [](const ReferenceLine& x) { return TextCell(x.from ? x.from->title : x.r.from.str()); }},
    {"影响文号",
     [](const ReferenceLine& x) {
       return TextCell(x.from && !x.from->docno.empty() ? x.from->docno : x.r.from.str());
     }},
    {"日期",
     [](const ReferenceLine& x) {
       return SheetCell::Date(x.from ? (x.from->effective ? x.from->effective : x.from->date) : std::nullopt);
     }},
    {"证据", [](const ReferenceLine& x) { return TextCell(x.r.text.str()); }},
    {"出处", [](const ReferenceLine& x) { return TextCell(SourceLine(x.r.source, x.r.line)); }},
    {"在输入中", [](const ReferenceLine& x) { return TextCell(x.r.resolved ? "是" : "否"); }},
};

/// A finding with the file it names (the issue's own when it names none).
struct FindingLine {
  const std::string& source;
  const Finding& finding;
};

constexpr Field<FindingLine, SheetCell> kFindingColumns[] = {
    {"文件", [](const FindingLine& f) { return TextCell(f.source); }},
    {"行", [](const FindingLine& f) { return CountCell(f.finding.line); }},
    {"类别", [](const FindingLine& f) { return TextCell(f.finding.kind); }},
    {"说明", [](const FindingLine& f) { return TextCell(f.finding.message); }},
    {"出处", [](const FindingLine& f) { return TextCell(SourceLine(f.source, f.finding.line)); }},
};

}  // namespace

SheetSpec DocumentsSpec(const std::string& as_of) {
  SheetSpec spec;
  spec.name = "文件";
  spec.headers = KeysOf(kDocumentColumns);
  for (auto& h : spec.headers)
    if (h == kStatusHeader) h += " (" + as_of + ")";
  spec.sort_column = IndexOf(kDocumentColumns, "标题");
  spec.empty_line = "(no documents found)";
  return spec;
}

std::vector<SheetRow> DocumentRows(const Issue& issue, const Corpus& corpus) {
  std::vector<SheetRow> rows = UndecidedDocumentRows(issue);
  for (auto& row : rows) DecideDocumentRow(row, corpus);
  return rows;
}

std::vector<SheetRow> UndecidedDocumentRows(const Issue& issue) {
  const DocumentStatus undecided;
  std::vector<SheetRow> rows;
  for (const auto& doc : issue.documents) {
    rows.push_back(ValuesOf(kDocumentColumns, {issue, doc, undecided}));
    for (std::string_view column : kStatusColumns)
      rows.back()[size_t(IndexOf(kDocumentColumns, column))] = TextCell("");
    rows.back().push_back(TextCell(doc.id));
  }
  return rows;
}

void DecideDocumentRow(SheetRow& row, const Corpus& corpus) {
  static const Issue kNoIssue;  // the status columns read the status alone
  static const Document kNoDocument;
  DocumentStatus status = corpus.Status(row.back().text, corpus.as_of());
  row.pop_back();
  for (std::string_view column : kStatusColumns) {
    const size_t i = size_t(IndexOf(kDocumentColumns, column));
    row[i] = kDocumentColumns[i].get({kNoIssue, kNoDocument, status});
  }
}

SheetSpec DeadlinesSpec() {
  SheetSpec spec;
  spec.name = "期限";
  spec.headers = KeysOf(kDeadlineColumns);
  spec.sort_column = IndexOf(kDeadlineColumns, "文件标题");
  spec.empty_line = "(no deadlines found)";
  return spec;
}

std::vector<SheetRow> DeadlineRows(const Issue& issue) {
  std::vector<SheetRow> rows;
  for (const auto& doc : issue.documents)
    for (const auto& d : doc.deadlines) rows.push_back(ValuesOf(kDeadlineColumns, {issue, doc, d}));
  return rows;
}

SheetSpec ReferencesSpec() {
  SheetSpec spec;
  spec.name = "引用";
  spec.headers = KeysOf(kReferenceColumns);
  spec.sort_column = IndexOf(kReferenceColumns, "被影响文件");
  spec.empty_line = "(no references found)";
  return spec;
}

SheetRow ReferenceRow(const Corpus& corpus, const CorpusReference& r) {
  const CorpusDocument* to = r.resolved ? corpus.Find(r.target_id) : nullptr;
  return ValuesOf(kReferenceColumns, {r, corpus.Find(r.from), to});
}

SheetSpec FindingsSpec() {
  SheetSpec spec;
  spec.name = "检查";
  spec.headers = KeysOf(kFindingColumns);
  spec.empty_line = "未发现问题 (no findings)";
  return spec;
}

std::vector<SheetRow> FindingRows(const Issue& issue) {
  std::vector<SheetRow> rows;
  for (const auto& f : CheckIssue(issue)) {
    std::string source = f.source.empty() ? issue.source : f.source;
    rows.push_back(ValuesOf(kFindingColumns, {source, f}));
  }
  return rows;
}

}  // namespace gazette::xlsx

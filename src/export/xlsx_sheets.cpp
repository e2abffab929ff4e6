#include "export/xlsx_sheets.hpp"

#include "export/status_labels.hpp"
#include "extract/check.hpp"
#include "util/text.hpp"

namespace gazette::xlsx {
namespace {

SheetCell Text(std::string s) { return SheetCell::Text(std::move(s)); }

/// A number cell for a positive N, else an empty text cell.
SheetCell CountCell(int n) { return n > 0 ? SheetCell::Number(n) : Text(""); }

}  // namespace

std::string IssueLabel(const Issue& issue) {
  if (issue.header.year <= 0 || issue.header.number <= 0) return issue.name;
  return std::to_string(issue.header.year) + "年第" + std::to_string(issue.header.number) + "期";
}

std::string DocnoOrId(const Document& doc) { return doc.docno.empty() ? doc.id : doc.docno; }

std::string SourceLine(const std::string& source, int line) {
  return line > 0 ? source + ":" + std::to_string(line) : source;
}

SheetSpec DocumentsSpec(const std::string& as_of) {
  SheetSpec spec;
  spec.name = "文件";
  spec.headers = {"期号", "文号", "标题", "英文标题", "发文机关", "文种", "成文日期", "生效日期",
                  "状态 (" + as_of + ")", "状态代码", "状态依据", "出处"};
  spec.sort_column = 2;
  spec.empty_line = "(no documents found)";
  return spec;
}

std::vector<SheetRow> DocumentRows(const Issue& issue, const Corpus& corpus) {
  std::vector<SheetRow> rows;
  for (const auto& doc : issue.documents) {
    DocumentStatus status = corpus.Status(doc.id, corpus.as_of());
    rows.push_back({Text(IssueLabel(issue)), Text(doc.docno), Text(doc.title), Text(doc.title_en),
                    Text(Join(doc.issuers, "、")), Text(doc.type), SheetCell::Date(doc.date),
                    SheetCell::Date(status.effective), Text(StatusLabelZh(status.status)),
                    Text(ToString(status.status)), Text(status.by), Text(SourceLine(issue.source, doc.line))});
  }
  return rows;
}

SheetSpec DeadlinesSpec() {
  SheetSpec spec;
  spec.name = "期限";
  spec.headers = {"期号", "文号", "文件标题", "类别", "日期", "时长", "单位", "起算", "本文件", "条文", "出处"};
  spec.sort_column = 2;
  spec.empty_line = "(no deadlines found)";
  return spec;
}

std::vector<SheetRow> DeadlineRows(const Issue& issue) {
  std::vector<SheetRow> rows;
  for (const auto& doc : issue.documents)
    for (const auto& d : doc.deadlines)
      rows.push_back({Text(IssueLabel(issue)), Text(DocnoOrId(doc)), Text(doc.title), Text(ToString(d.kind)),
                      SheetCell::Date(d.date), CountCell(d.amount), Text(ToString(d.unit)), Text(d.trigger),
                      Text(d.of_document ? "是" : "否"), Text(d.text), Text(SourceLine(issue.source, d.line))});
  return rows;
}

SheetSpec ReferencesSpec() {
  SheetSpec spec;
  spec.name = "引用";
  spec.headers = {"被影响文件", "被影响文号", "类型", "影响文件", "影响文号", "日期", "证据", "出处", "在输入中"};
  spec.sort_column = 0;
  spec.empty_line = "(no references found)";
  return spec;
}

SheetRow ReferenceRow(const Corpus& corpus, const CorpusReference& r) {
  const CorpusDocument* from = corpus.Find(r.from);
  const CorpusDocument* to = r.ref.resolved ? corpus.Find(r.ref.target_id) : nullptr;
  std::string title = to && to->printed ? to->title : r.ref.title;
  std::string docno = !r.ref.to.empty() ? r.ref.to : to ? to->docno : "";
  std::optional<Date> date = from ? (from->effective ? from->effective : from->date) : std::nullopt;
  return {Text(title), Text(docno), Text(ToString(r.ref.type)), Text(from ? from->title : r.from),
          Text(from && !from->docno.empty() ? from->docno : r.from), SheetCell::Date(date), Text(r.ref.text),
          Text(SourceLine(r.source, r.ref.line)), Text(r.ref.resolved ? "是" : "否")};
}

SheetSpec FindingsSpec() {
  SheetSpec spec;
  spec.name = "检查";
  spec.headers = {"文件", "行", "类别", "说明", "出处"};
  spec.empty_line = "未发现问题 (no findings)";
  return spec;
}

std::vector<SheetRow> FindingRows(const Issue& issue) {
  std::vector<SheetRow> rows;
  for (const auto& f : CheckIssue(issue)) {
    std::string source = f.source.empty() ? issue.source : f.source;
    rows.push_back({Text(source), CountCell(f.line), Text(f.kind), Text(f.message), Text(SourceLine(source, f.line))});
  }
  return rows;
}

}  // namespace gazette::xlsx

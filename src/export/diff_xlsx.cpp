#include "export/diff_xlsx.hpp"

#include <xlsxwriter.h>

#include <set>

#include "export/diff_records.hpp"
#include "export/xlsx_cells.hpp"
#include "util/atomic_file.hpp"
#include "util/text.hpp"

namespace gazette {
using namespace diff;
namespace {

constexpr double kTextWidth = 36;
constexpr double kNarrowWidth = 9;

/// Fill colours: Excel's own "good", "bad" and "neutral" styles.
constexpr lxw_color_t kGreen = 0xC6EFCE, kRed = 0xFFC7CE, kYellow = 0xFFEB9C;
constexpr lxw_color_t kDeletedFont = 0x9C0006, kInsertedFont = 0x006100;

struct Formats {
  lxw_format* header;
  lxw_format* note;
  lxw_format* plain;    ///< wrapped, top-aligned
  lxw_format* added;    ///< green fill
  lxw_format* removed;  ///< red fill
  lxw_format* changed;  ///< yellow fill: a cell that differs
  lxw_format* deleted;  ///< run format: dark red, struck through
  lxw_format* inserted; ///< run format: dark green, bold, underlined
  lxw_format* changed_deleted;   ///< a whole cell deleted (one run): yellow fill + deleted font
  lxw_format* changed_inserted;  ///< a whole cell inserted
};

lxw_format* CellFormat(lxw_workbook* wb, lxw_color_t fill) {
  lxw_format* f = workbook_add_format(wb);
  format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  if (fill) format_set_bg_color(f, fill);
  return f;
}

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  format_set_text_wrap(f.header);
  f.note = workbook_add_format(wb);
  format_set_italic(f.note);
  f.plain = CellFormat(wb, 0);
  f.added = CellFormat(wb, kGreen);
  f.removed = CellFormat(wb, kRed);
  f.changed = CellFormat(wb, kYellow);
  f.deleted = workbook_add_format(wb);
  format_set_font_color(f.deleted, kDeletedFont);
  format_set_font_strikeout(f.deleted);
  f.inserted = workbook_add_format(wb);
  format_set_font_color(f.inserted, kInsertedFont);
  format_set_bold(f.inserted);
  format_set_underline(f.inserted, LXW_UNDERLINE_SINGLE);
  f.changed_deleted = CellFormat(wb, kYellow);
  format_set_font_color(f.changed_deleted, kDeletedFont);
  format_set_font_strikeout(f.changed_deleted);
  f.changed_inserted = CellFormat(wb, kYellow);
  format_set_font_color(f.changed_inserted, kInsertedFont);
  format_set_bold(f.changed_inserted);
  format_set_underline(f.changed_inserted, LXW_UNDERLINE_SINGLE);
  return f;
}

/// The Chinese name of CHANGE as the 新旧对照表 prints it.
std::string ChangeZh(Change change) {
  switch (change) {
    case Change::kKept: return "保留";
    case Change::kSame: return "相同";
    case Change::kChanged: return "修改";
    case Change::kRenumbered: return "重新编号";
    case Change::kAdded: return "新增";
    case Change::kRemoved: return "删除";
  }
  return "";
}

/// CHANGE in Chinese then as the JSON spells it: "新增 added".
std::string ChangeLabel(Change change) { return ChangeZh(change) + " " + ToString(change); }

/// What one side shows in one compared column: for articles the heading and the text.
std::string ArticleText(const DiffSide& side) {
  if (side.heading.empty()) return side.text;
  return side.text.empty() ? side.heading : side.heading + "\n" + side.text;
}

/// Writes one comparison sheet.
class ComparisonSheet {
 public:
  ComparisonSheet(lxw_worksheet* ws, const Formats& f, const DocumentDiff& d) : ws_(ws), f_(f), d_(d) {
    if (d.what == Compared::kTables)
      for (const auto& c : d.columns) fields_.push_back(c);
    else
      fields_ = {{"text", "条文"}};
  }

  lxw_error Write() {
    std::string note = "旧: " + d_.old_id + " " + d_.old_title + " (" + d_.old_source + ")  →  新: " + d_.new_id +
                       " " + d_.new_title + " (" + d_.new_source + ")  —  " + DiffSummary(d_);
    Text(0, 0, note, f_.note);
    std::vector<std::string> headers = {"变化"};
    std::string number = d_.what == Compared::kTables ? "序号" : "条";
    for (const char* side : {"旧", "新"}) {
      headers.push_back(std::string(side) + " " + number);
      for (const auto& [key, header] : fields_) headers.push_back(std::string(side) + " " + header);
    }
    for (const char* h : {"不同字段", "相似度", "旧出处", "新出处"}) headers.push_back(h);
    for (size_t c = 0; c < headers.size(); ++c) Text(1, c, headers[c], f_.header);
    size_t row = 2;
    for (const auto& e : d_.entries) WriteEntry(row++, e);
    SetWidths(headers.size());
    worksheet_freeze_panes(ws_, 2, 0);
    worksheet_autofilter(ws_, 1, 0, lxw_row_t(std::max<size_t>(row - 1, 2)), lxw_col_t(headers.size() - 1));
    return error_;
  }

 private:
  void WriteEntry(size_t row, const DiffEntry& e) {
    lxw_format* fill = e.change == Change::kAdded ? f_.added : e.change == Change::kRemoved ? f_.removed : f_.plain;
    size_t col = 0;
    Text(row, col++, ChangeLabel(e.change), fill);
    col = WriteSide(row, col, e, e.old_side, true, fill);
    col = WriteSide(row, col, e, e.new_side, false, fill);
    Text(row, col++, Join(e.fields, ", "), fill);
    if (e.old_side && e.new_side)
      Check(worksheet_write_number(ws_, lxw_row_t(row), lxw_col_t(col), e.similarity, fill));
    else
      Text(row, col, "", fill);
    ++col;
    Text(row, col++, e.old_side ? e.old_side->source + ":" + std::to_string(e.old_side->line) : "", fill);
    Text(row, col++, e.new_side ? e.new_side->source + ":" + std::to_string(e.new_side->line) : "", fill);
  }

  size_t WriteSide(size_t row, size_t col, const DiffEntry& e, const std::optional<DiffSide>& side, bool old,
                   lxw_format* fill) {
    Text(row, col++, side ? side->label : "", fill);
    for (const auto& [key, header] : fields_) {
      if (!side) {
        Text(row, col++, "", fill);
      } else if (d_.what != Compared::kTables) {
        std::vector<DiffSpan> spans = ArticleSpans(e, *side, old);
        bool marked = spans.size() > 1 || (spans.size() == 1 && spans[0].op != DiffSpan::Op::kEqual);
        if (marked) Spans(row, col++, spans, old);
        else Text(row, col++, ArticleText(*side), fill);
      } else if (const FieldDiff* fd = FindDiff(e, key)) {
        Spans(row, col++, old ? fd->diff.old_spans : fd->diff.new_spans, old);
      } else {
        Text(row, col++, CellOf(*side, key), fill);
      }
    }
    return col;
  }

  /// The spans of an article's or chapter's cell (ArticleText): the heading's diff or the heading,
  /// a line break, the text's diff or the text.
  static std::vector<DiffSpan> ArticleSpans(const DiffEntry& e, const DiffSide& side, bool old) {
    std::vector<DiffSpan> spans;
    auto part = [&](const std::string& field, const std::string& text) {
      if (const FieldDiff* fd = FindDiff(e, field)) {
        const auto& s = old ? fd->diff.old_spans : fd->diff.new_spans;
        spans.insert(spans.end(), s.begin(), s.end());
      } else if (!text.empty()) {
        spans.push_back({DiffSpan::Op::kEqual, text});
      }
    };
    part("heading", side.heading);
    if (!side.heading.empty() && !side.text.empty()) spans.push_back({DiffSpan::Op::kEqual, "\n"});
    part("text", side.text);
    return spans;
  }

  /// The character diff of the field KEY of E, nullptr when it does not differ.
  static const FieldDiff* FindDiff(const DiffEntry& e, const std::string& key) {
    for (const auto& fd : e.diffs)
      if (fd.field == key) return &fd;
    return nullptr;
  }

  /// Writes SPANS as a rich string: unchanged runs plain, changed runs marked; the cell filled.
  void Spans(size_t row, size_t col, const std::vector<DiffSpan>& spans, bool old) {
    std::vector<std::string> texts;
    std::vector<lxw_format*> formats;
    size_t units = 0;
    for (const auto& s : spans) {
      std::string clean = xlsx::CleanCellText(s.text);
      if (clean.empty()) continue;
      units += xlsx::Utf16Length(clean);
      texts.push_back(std::move(clean));
      formats.push_back(s.op == DiffSpan::Op::kEqual ? nullptr : old ? f_.deleted : f_.inserted);
    }
    if (texts.size() < 2 || units > xlsx::kXlsxMaxCellChars) {  // one run, or too long for runs
      std::string whole;
      for (const auto& t : texts) whole += t;
      bool marked = texts.size() == 1 && formats[0];
      Text(row, col, whole, marked ? (old ? f_.changed_deleted : f_.changed_inserted) : f_.changed);
      return;
    }
    std::vector<lxw_rich_string_tuple> tuples(texts.size());
    std::vector<lxw_rich_string_tuple*> list;
    for (size_t i = 0; i < texts.size(); ++i) {
      tuples[i].format = formats[i];
      tuples[i].string = const_cast<char*>(texts[i].c_str());
      list.push_back(&tuples[i]);
    }
    list.push_back(nullptr);
    Check(worksheet_write_rich_string(ws_, lxw_row_t(row), lxw_col_t(col), list.data(), f_.changed));
  }

  void Text(size_t row, size_t col, const std::string& text, lxw_format* format) {
    std::string clean = xlsx::CleanCellText(text);
    if (clean.empty()) Check(worksheet_write_blank(ws_, lxw_row_t(row), lxw_col_t(col), format));
    else Check(worksheet_write_string(ws_, lxw_row_t(row), lxw_col_t(col), clean.c_str(), format));
  }

  void SetWidths(size_t ncols) {
    for (size_t c = 0; c < ncols; ++c) {
      bool text = false;
      size_t per_side = 1 + fields_.size();
      if (c >= 1 && c < 1 + 2 * per_side) text = (c - 1) % per_side != 0;
      if (c >= 1 + 2 * per_side + 2) text = true;  // 出处
      worksheet_set_column(ws_, lxw_col_t(c), lxw_col_t(c), text ? kTextWidth : kNarrowWidth, nullptr);
    }
  }

  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }

  lxw_worksheet* ws_;
  const Formats& f_;
  const DocumentDiff& d_;
  std::vector<std::pair<std::string, std::string>> fields_;
  lxw_error error_ = LXW_NO_ERROR;
};

void WriteSummary(lxw_worksheet* ws, const Formats& f, const std::vector<DocumentDiff>& diffs,
                  const std::vector<std::string>& sheets) {
  const char* headers[] = {"旧文件", "旧标题", "新文件", "新标题", "比较", "单位", "保留/相同", "重新编号",
                           "修改", "新增", "删除", "工作表", "旧出处", "新出处"};
  size_t ncols = sizeof headers / sizeof *headers;
  for (size_t c = 0; c < ncols; ++c) worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], f.header);
  lxw_row_t row = 1;
  for (size_t i = 0; i < diffs.size(); ++i) {
    const DocumentDiff& d = diffs[i];
    for (diff::DiffUnit unit : {diff::DiffUnit::kRow, diff::DiffUnit::kChapter, diff::DiffUnit::kArticle}) {
      DiffCounts n = d.Count(unit);
      bool empty = n.kept + n.renumbered + n.changed + n.added + n.removed == 0;
      if (empty && !(d.what == Compared::kTables && unit == diff::DiffUnit::kRow)) continue;
      std::vector<std::string> texts = {d.old_id, d.old_title, d.new_id, d.new_title, ToString(d.what), ToString(unit)};
      for (size_t c = 0; c < texts.size(); ++c)
        worksheet_write_string(ws, row, lxw_col_t(c), xlsx::CleanCellText(texts[c]).c_str(), f.plain);
      int counts[] = {n.kept, n.renumbered, n.changed, n.added, n.removed};
      for (size_t c = 0; c < 5; ++c) worksheet_write_number(ws, row, lxw_col_t(6 + c), counts[c], nullptr);
      worksheet_write_string(ws, row, 11, sheets[i].c_str(), nullptr);
      worksheet_write_string(ws, row, 12, xlsx::CleanCellText(d.old_source).c_str(), nullptr);
      worksheet_write_string(ws, row, 13, xlsx::CleanCellText(d.new_source).c_str(), nullptr);
      ++row;
    }
  }
  worksheet_set_column(ws, 0, 3, 28, nullptr);
  worksheet_set_column(ws, 4, 11, 10, nullptr);
  worksheet_set_column(ws, 12, 13, 24, nullptr);
  worksheet_freeze_panes(ws, 1, 0);
}

}  // namespace

Status WriteDiffWorkbook(const std::vector<DocumentDiff>& diffs, const std::string& path) {
  std::string tmp = TemporaryPathFor(path);
  if (Status s = CreateTemporary(tmp, path); !s.ok()) return s;  // libxlsxwriter opens it only at the end
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) {
    std::remove(tmp.c_str());
    return Error{path + ": cannot create the workbook (out of memory)"};
  }
  Formats f = MakeFormats(wb);
  std::set<std::string> used;
  lxw_worksheet* summary = workbook_add_worksheet(wb, xlsx::UniqueSheetName("摘要", used).c_str());
  std::vector<std::string> names;
  lxw_error error = LXW_NO_ERROR;
  for (const auto& d : diffs) {
    std::string wanted = diffs.size() == 1 ? "新旧对照表" : "对照 " + d.new_id;
    names.push_back(xlsx::UniqueSheetName(wanted, used, "对照"));
    lxw_worksheet* ws = workbook_add_worksheet(wb, names.back().c_str());
    lxw_error e = ComparisonSheet(ws, f, d).Write();
    if (error == LXW_NO_ERROR) error = e;
  }
  WriteSummary(summary, f, diffs, names);
  lxw_error closed = workbook_close(wb);
  if (error == LXW_NO_ERROR) error = closed;
  if (error != LXW_NO_ERROR) {
    std::remove(tmp.c_str());
    return Error{path + ": cannot write the workbook (" + lxw_strerror(error) + ")"};
  }
  return CommitTemporary(tmp, path);
}

}  // namespace gazette
